package tui

import (
	"yusuan/model"
)

// handDoc mimics the Cangzhou sample (沧州临港, 2026 budget): the same
// functional tree and figures, a few projects with plans and indicators, a
// “三公” table, a raw table and narrative. It also carries the awkward cases:
// curly quotes in names, ≥ in values, an inferred function code and a name
// with an escape sequence in it.
func handDoc() *model.Document {
	m := model.MustMoney
	fn := func(code, name, total, basic, project string, line int, kids ...*model.FuncNode) *model.FuncNode {
		return &model.FuncNode{Code: code, Name: name, Level: model.LevelOf(code), Total: m(total), Basic: m(basic),
			Project: m(project), Line: line, Children: kids}
	}
	ind := func(l1, l2, name, value string, line int) *model.Indicator {
		return &model.Indicator{Level1: l1, Level2: l2, Name: name, Value: value, Basis: "工作计划", Line: line}
	}
	plan := func(s ...string) []model.Money {
		out := make([]model.Money, len(s))
		for i, x := range s {
			out[i] = m(x)
		}
		return out
	}
	return &model.Document{
		Schema: model.Schema, Source: "hand", Layout: "cells",
		Department: "沧州临港经济技术开发区安全生产监督管理局", Year: 2026, Kind: model.Budget, Unit: "万元",
		Totals: model.Totals{Income: m("3218.39"), Expenditure: m("3218.39"), Basic: m("622.39"), Project: m("2596.00")},
		Functional: []*model.FuncNode{
			fn("212", "城乡社区支出", "600.00", "0", "600.00", 506,
				fn("21208", "国有土地使用权出让收入安排的支出", "600.00", "0", "600.00", 507,
					fn("2120899", "其他国有土地使用权出让收入安排的支出", "600.00", "0", "600.00", 508))),
			fn("221", "住房保障支出", "50.42", "50.42", "0", 509,
				fn("22102", "住房改革支出", "50.42", "50.42", "0", 510,
					fn("2210201", "住房公积金", "50.42", "50.42", "0", 511))),
			fn("224", "灾害防治及应急管理支出", "2567.97", "571.97", "1996.00", 512,
				fn("22401", "应急管理事务", "2567.97", "571.97", "1996.00", 513,
					fn("2240101", "行政运行", "571.97", "571.97", "0", 514),
					fn("2240102", "一般行政管理事务", "366.00", "0", "366.00", 515),
					fn("2240106", "安全监管", "150.00", "0", "150.00", 516),
					fn("2240108", "应急救援", "10.00", "0", "10.00", 517),
					fn("2240109", "应急管理", "20.00", "0", "20.00", 518),
					fn("2240199", "其他应急管理支出", "1450.00", "0", "1450.00", 519))),
		},
		FunctionalSource: "部门预算支出总表",
		Economic: []*model.EconNode{
			{Code: "301", Name: "工资福利支出", Total: m("558.79"), Personnel: m("558.79"), Line: 1160, Children: []*model.EconNode{
				{Code: "30101", Name: "基本工资", Total: m("120.50"), Personnel: m("120.50"), Line: 1161},
				{Code: "30113", Name: "住房公积金", Total: m("50.42"), Personnel: m("50.42"), Line: 1162},
				{Code: "30199", Name: "其他工资福利支出", Total: m("387.87"), Personnel: m("387.87"), Line: 1163},
			}},
			{Code: "302", Name: "商品和服务支出", Total: m("63.60"), Public: m("63.60"), Derived: true, Children: []*model.EconNode{
				{Code: "30201", Name: "办公费", Total: m("20.00"), Public: m("20.00"), Line: 1165},
				{Code: "30217", Name: "公务接待费", Total: m("3.60"), Public: m("3.60"), Line: 1166},
				{Code: "30231", Name: "公务用车运行维护费", Total: m("40.00"), Public: m("40.00"), Line: 1167},
			}},
		},
		Projects: []*model.Project{
			{Code: "13091626P000072100412", Name: "安全生产举报奖励", Budget: m("10.00"), FunctionCode: "2240199",
				FunctionCodeInferred: true, Plan: plan("2.50", "5.00", "7.50", "10.00"), Line: 1648,
				Goal: "1.遏制安全生产事故发生，保持全区安全生产稳定态势",
				Indicators: []*model.Indicator{
					ind("产出指标", "数量指标", "单次发放奖金金额", "≥200元", 1660),
					ind("产出指标", "质量指标", "举报案件符合标准程度", "100%", 1661),
					ind("产出指标", "时效指标", "完成发放期限", "≤1年", 1662),
					ind("效益指标", "社会效益指标", "保持开发区安全生产稳定态势", "保持开发区安全生产稳定态势", 1664),
					ind("满意度指标", "服务对象满意度指标", "企业满意度", "≥90%", 1666),
				}},
			{Code: "13091626P000225100159", Name: "安全管家", Budget: m("150.00"), FunctionCode: "2240106",
				Plan: plan("40.00", "80.00", "120.00", "150.00"), Line: 2870, Goal: "聘请第三方“安全管家”服务企业",
				Sources: []model.Ref{
					{Table: "项目支出预算表", Line: 300, Amount: ptr(m("150.00")), Unit: "万元"},
					{Table: "绩效目标申报表", Line: 2871, Amount: ptr(m("149.00")), Unit: "元"},
				},
				Indicators: []*model.Indicator{
					ind("产出指标", "数量指标", "服务企业数量", "≥100家", 2880),
					ind("满意度指标", "服务对象满意度指标", "企业满意度", "≥90%", 2886),
				}},
			{Code: "13091626P00LLJ610037G", Name: "“事故预防及应急管理智能化平台”运维", Budget: m("1450.00"),
				FunctionCode: "2240199", Plan: plan("0", "0", "0", "1450.00"), PlanBlank: []bool{true, false, false, false},
				Line: 2964, Indicators: []*model.Indicator{ind("产出指标", "数量指标", "平台运行时间", "365天", 2970)}},
			{Code: "13091626P00022510017G", Name: "刘官庄搬迁支持资金\x1b[31m恶意\x1b[0m", Budget: m("600.00"),
				FunctionCode: "2120899", Line: 3058},
		},
		ThreePublic: &model.ThreePublic{Total: m("43.60"), Subtotal: m("43.60"), Vehicle: m("40.00"),
			VehicleOperation: m("40.00"), Reception: m("3.60"), Table: "部门预算财政拨款“三公”经费支出表", Line: 1406,
			Stated: []string{"total", "subtotal", "abroad", "vehicle", "vehicle_operation", "reception"}},
		Tables: []*model.Table{
			{Kind: model.TExpenditure, Title: "部门预算支出总表", Line: 501, Unit: "万元",
				Columns: []string{"科目编码", "科目名称", "合计", "基本支出", "项目支出"},
				Rows: [][]string{
					{"", "合计", "3218.39", "622.39", "2596.00"},
					{"224", "灾害防治及应急管理支出", "2567.97", "571.97", "1996.00"},
					{"2240106", "安全监管", "150.00", "", "150.00"},
				},
				RowLines: []int{505, 512, 516},
				Coded: []model.CodedRow{
					{Code: "2240106", Name: "安全监管", Line: 516, Order: []string{"合计", "项目支出"},
						Amounts: map[string]model.Money{"合计": m("150.00"), "项目支出": m("150.00")}},
				}},
			{Kind: model.TIncome, Title: "部门预算收入总表", Line: 250, Unit: "万元",
				Coded: []model.CodedRow{
					{Code: "2240106", Name: "安全监管", Line: 443, Order: []string{"合计", "本年收入/一般公共预算", "本年收入/政府性基金"},
						Amounts: map[string]model.Money{"合计": m("151.00"), "本年收入/一般公共预算": m("100.00"), "本年收入/政府性基金": m("51.00")}},
				}},
			{Kind: model.TSOEExpenditure, Title: "部门预算国有资本经营预算财政拨款支出表", Line: 1371, Empty: true,
				EmptyNote: "本部门无国有资本经营预算财政拨款支出，本表无数据。"},
		},
		Sections: []*model.Section{
			{Heading: "一、部门职责及机构设置情况", Line: 1540, Text: "负责全区安全生产综合监督管理。\n内设机构3个。"},
			{Heading: "四、财政拨款“三公”经费预算情况及增减变化原因", Line: 1600,
				Text: "2026年“三公”经费预算43.60万元，比上年减少2.00万元。"},
		},
	}
}

func ptr(m model.Money) *model.Money { return &m }
