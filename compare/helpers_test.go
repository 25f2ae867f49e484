package compare

import (
	"yusuan/model"
)

func m(s string) model.Money { return model.MustMoney(s) }

func fn(code, name, total, basic, project string, children ...*model.FuncNode) *model.FuncNode {
	return &model.FuncNode{Code: code, Name: name, Level: model.LevelOf(code),
		Total: m(total), Basic: m(basic), Project: m(project), Children: children}
}

func en(code, name, total, personnel, public string, children ...*model.EconNode) *model.EconNode {
	return &model.EconNode{Code: code, Name: name, Total: m(total), Personnel: m(personnel), Public: m(public), Children: children}
}

func ind(l1, l2, name, value string) *model.Indicator {
	return &model.Indicator{Level1: l1, Level2: l2, Name: name, Value: value}
}

func plan(ss ...string) []model.Money {
	out := make([]model.Money, len(ss))
	for i, s := range ss {
		out[i] = m(s)
	}
	return out
}

// newDoc is a hand-made 2026 document shaped like the 沧州临港 sample: the
// functional tree, a basic-expenditure economic tree, projects with plans and
// indicators, totals, “三公” and the narrative sentence about 2025.
func newDoc() *model.Document {
	return &model.Document{
		Source: "new.txt", Year: 2026, Kind: model.Budget, Department: "沧州临港经济技术开发区安全生产监督管理局",
		Totals: model.Totals{Income: m("3218.39"), Expenditure: m("3218.39"), Basic: m("622.39"), Project: m("2596.00")},
		Functional: []*model.FuncNode{
			fn("208", "社会保障和就业支出", "50.42", "50.42", "0.00",
				fn("20805", "行政事业单位养老支出", "50.42", "50.42", "0.00",
					fn("2080505", "机关事业单位基本养老保险缴费支出", "50.42", "50.42", "0.00"))),
			fn("224", "灾害防治及应急管理支出", "3167.97", "571.97", "2596.00",
				fn("22401", "应急管理事务", "3167.97", "571.97", "2596.00",
					fn("2240101", "行政运行", "571.97", "571.97", "0.00"),
					fn("2240106", "安全监管", "150.00", "0.00", "150.00"),
					fn("2240108", "应急救援", "600.00", "0.00", "600.00"),
					fn("2240199", "其他应急管理支出", "1846.00", "0.00", "1846.00"))),
		},
		Economic: []*model.EconNode{
			en("301", "工资福利支出", "613.40", "613.40", "0.00",
				en("30101", "基本工资", "300.00", "300.00", "0.00"),
				en("30102", "津贴补贴", "313.40", "313.40", "0.00")),
			en("302", "商品和服务支出", "8.99", "0.00", "8.99",
				en("30201", "办公费", "8.99", "0.00", "8.99")),
		},
		Projects: []*model.Project{
			{Code: "13091626P000072100412", Name: "安全生产举报奖励", Budget: m("10.00"), Plan: plan("2.50", "5.00", "7.50", "10.00"),
				Indicators: []*model.Indicator{
					ind("产出指标", "数量指标", "单次发放奖金金额", "≥200元"),
					ind("产出指标", "质量指标", "举报核查率", "100%"),
				}},
			{Code: "13091626P000072100500", Name: "安全生产宣传培训", Budget: m("40.00"), Plan: plan("10.00", "20.00", "30.00", "40.00"),
				Indicators: []*model.Indicator{
					ind("产出指标", "数量指标", "培训种类", "≥5种"),
					ind("效益指标", "社会效益指标", "安全意识", "提高"),
				}},
			{Code: "", Name: "危险化学品企业安全风险评估专项经费", Budget: m("300.00")},
			{Code: "", Name: "应急救援物资储备", Budget: m("600.00")},
			{Code: "", Name: "智慧应急平台建设", Budget: m("1646.00")},
		},
		ThreePublic: &model.ThreePublic{Total: m("1.50"), Subtotal: m("1.50"), Reception: m("1.50")},
		Sections: []*model.Section{{Heading: "3、比上年增减情况", Line: 1564,
			Text: "2026年预算收支安排3218.39万元，较2025年预算减少767.47万元，其中：基本支出增加152.53万元，" +
				"主要为人员经费增加支出152.87万元，日常公用经费减少支出0.34万元；项目支出减少1520万元。"},
			{Heading: "四、“三公”经费", Line: 1569,
				Text: "2026年度共安排“三公”经费1.5万元，其中因公出国（境）0.00万元；公务接待费1.5万元。较2025年度预算减少0.5万元，根据要求压减经费。"}},
	}
}

// oldDoc is the 2025 edition the tests derive from newDoc: 20805 under its
// older name, 安全监管 larger, 应急救援 absent (added in 2026), a 2025-only
// item (removed), the 宣传培训 project renamed under the same code with one
// indicator value changed and its plan changed, a project matched by name
// only, one by similarity, one removed, and one added in 2026.
func oldDoc() *model.Document {
	return &model.Document{
		Source: "old.txt", Year: 2025, Kind: model.Budget, Department: "沧州临港经济技术开发区安全生产监督管理局",
		Totals: model.Totals{Income: m("3985.86"), Expenditure: m("3985.86"), Basic: m("469.86"), Project: m("3516.00")},
		Functional: []*model.FuncNode{
			fn("208", "社会保障和就业支出", "50.42", "50.42", "0.00",
				fn("20805", "行政事业单位离退休", "50.42", "50.42", "0.00",
					fn("2080505", "机关事业单位基本养老保险缴费支出", "50.42", "50.42", "0.00"))),
			fn("224", "灾害防治及应急管理支出", "3935.44", "419.44", "3516.00",
				fn("22401", "应急管理事务", "3935.44", "419.44", "3516.00",
					fn("2240101", "行政运行", "419.44", "419.44", "0.00"),
					fn("2240106", "安全监管", "180.00", "0.00", "180.00"),
					fn("2240104", "灾害风险防治", "1490.00", "0.00", "1490.00"),
					fn("2240199", "其他应急管理支出", "1846.00", "0.00", "1846.00"))),
		},
		Economic: []*model.EconNode{
			en("301", "工资福利支出", "460.53", "460.53", "0.00",
				en("30101", "基本工资", "300.00", "300.00", "0.00"),
				en("30102", "津贴补贴", "160.53", "160.53", "0.00")),
			en("302", "商品和服务支出", "9.33", "0.00", "9.33",
				en("30201", "办公费", "9.33", "0.00", "9.33")),
		},
		Projects: []*model.Project{
			{Code: "13091626P000072100412", Name: "安全生产举报奖励", Budget: m("10.00"), Plan: plan("2.50", "5.00", "7.50", "10.00"),
				Indicators: []*model.Indicator{
					ind("产出指标", "数量指标", "单次发放奖金金额", "≥200元"),
					ind("产出指标", "质量指标", "举报核查率", "100%"),
				}},
			{Code: "13091626P000072100500", Name: "安全生产宣传教育", Budget: m("40.00"), Plan: plan("10.00", "20.00", "30.00", "40.00"),
				Indicators: []*model.Indicator{
					ind("产出指标", "数量指标", "培训种类", "≥4种"),
					ind("效益指标", "社会效益指标", "安全意识", "提高"),
					ind("满意度指标", "服务对象满意度指标", "企业满意度", "≥90%"),
				}},
			{Code: "", Name: "危险化学品企业安全风险评估专项经费", Budget: m("320.00")},
			{Code: "", Name: "应急救援物资储备项目", Budget: m("600.00")},
			{Code: "", Name: "灾害风险普查", Budget: m("1490.00")},
			{Code: "", Name: "智慧应急平台建设", Budget: m("1646.00"), Plan: plan("400.00", "800.00", "1200.00", "1646.00")},
		},
		ThreePublic: &model.ThreePublic{Total: m("2.00"), Subtotal: m("2.00"), Reception: m("2.00")},
	}
}
