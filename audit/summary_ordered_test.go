package audit

import (
	"path/filepath"
	"testing"

	"yusuan/model"
	"yusuan/parse"
)

// sd-yantai-transport-2026's 财政拨款收支总体情况表 (lines 477–521) as parsed:
// 本年收入合计 split over two cells (“本年 收” | “入 合 计”), the figures of
// 总计 and 一般公共预算 in one cell, 十、城乡社区支出's 政府性基金 figure in
// the column that holds 十九、's 国有资本经营 one. Expenditure items are cut
// down to those that print figures.
func yantaiTransport(edit func(rows [][]string)) *model.Table {
	rows := [][]string{
		{"一、一般公共预算收入", "", "39,664.33", "一、一般公共服务支出", "", "", "", ""},
		{"二、政府性基金预算收入", "", "80.34", "二、外交支出", "", "", "", ""},
		{"三、国有资本经营预算收入", "", "4.00", "三、公共安全支出", "", "", "", ""},
		{"", "", "", "四、教育支出", "63.55", "63.55", "", ""},
		{"", "", "", "七、社会保障和就业支出", "6,732.72", "6,732.72", "", ""},
		{"", "", "", "八、卫生健康支出", "1,724.45", "1,724.45", "", ""},
		{"", "", "", "十、城乡社区支出", "80.34", "", "80.34", ""},
		{"", "", "", "十二、交通运输支出", "28,947.23", "28,947.23", "", ""},
		{"", "", "", "十七、住房保障支出", "2,196.37", "2,196.37", "", ""},
		{"", "", "", "十九、国有资本经营预算支出", "4.00", "", "4.00", ""},
		{"本年 收", "入 合 计", "39,748.67", "本 年 支 出 合 计", "39,748.67 39,664.33", "80.34", "4.00", ""},
		{"上年结转", "", "", "结转下年", "", "", "", ""},
		{"收入 总计", "", "39,748.67", "支 出 总 计", "39,748.67 39,664.33", "80.34", "4.00", ""},
	}
	if edit != nil {
		edit(rows)
	}
	t := summaryTable(rows...)
	t.Kind, t.Title = model.TFiscalSummary, "财政拨款收支总体情况表"
	t.Columns = []string{"项目", "收入", "预算数", "项目", "总计", "预算数/支出一般公共预算", "政府性基金预算", "国有资本经营预算"}
	return t
}

// sd-yantai-stats-2026's (lines 369–415): the second page's labels two
// cells right of the first's, 本年收入合计 in three pieces.
func yantaiStats(edit func(rows [][]string)) *model.Table {
	rows := [][]string{
		{"一、一般公共预算收入", "", "2,123.11", "一、一般公共服务支出", "1,506.40", "", "1,506.40", "", ""},
		{"二、政府性基金预算收入", "", "", "二、外交支出", "", "", "", "", ""},
		{"三、国有资本经营预算收入", "", "", "三、公共安全支出", "", "", "", "", ""},
		{"", "", "", "四、教育支出", "96.86", "", "96.86", "", ""},
		{"", "", "", "七、社会保障和就业支出", "292.73", "", "292.73", "", ""},
		{"", "", "", "八、卫生健康支出", "102.63", "", "102.63", "", ""},
		{"", "", "", "", "", "十七、住房保障支出", "124.48", "124.48", ""},
		{"", "", "", "", "", "二十一、其他支出", "", "", ""},
		{"本年", "收", "", "入 合 计", "2,123.11", "本 年 支 出 合 计", "2,123.11", "2,123.11", ""},
		{"上年结转", "", "", "", "", "结转下年", "", "", ""},
		{"收入", "总计", "", "", "2,123.11", "支 出 总 计", "2,123.11", "2,123.11", ""},
	}
	if edit != nil {
		edit(rows)
	}
	t := summaryTable(rows...)
	t.Kind = model.TFiscalSummary
	t.Columns = []string{"项目", "收入", "收入/预算数", "项目", "总计", "支出一般公共预算", "支出/预算数", "政府性基金预算", "国有资本经营预算"}
	return t
}

// zj-hangzhou-publicsecurity-2026's 财政拨款收支预算总表 (lines 647–679): the
// sources of 一、财政拨款 indented a column, 一、本年支出合计 and
// 二、年终结转结余 the items of 支出总计, the classes under them by name.
func hangzhouPublicSecurity(edit func(rows [][]string)) *model.Table {
	rows := [][]string{
		{"一、财政拨款", "", "373,795.79", "一、本年支出合计", "377,819.25"},
		{"", "一般公共预算", "366,195.79", "一般公共服务支出", "5,140.00"},
		{"", "政府性基金预算", "7,600.00", "其他一般公共服务支出", "5,140.00"},
		{"", "国有资本经营预算", "", "其他一般公共服务支出", "5,140.00"},
		{"二、上年结转结余", "", "4,023.45", "公共安全支出", "299,901.02"},
		{"", "一般公共预算", "4,023.45", "公安", "299,901.02"},
		{"", "政府性基金预算", "", "科学技术支出", "32,240.98"},
		{"", "国有资本经营预算", "", "社会保障和就业支出", "22,617.06"},
		{"", "", "", "卫生健康支出", "7,871.60"},
		{"", "", "", "城乡社区支出", "7,600.00"},
		{"", "", "", "资源勘探工业信息等支出", "2,448.58"},
		{"", "", "", "二、年终结转结余", ""},
		{"收入", "总计", "377,819.25", "支出 总计", "377,819.25"},
	}
	if edit != nil {
		edit(rows)
	}
	t := summaryTable(rows...)
	t.Kind = model.TFiscalSummary
	return t
}

// sn-xian-meteorology-2022's 部门综合预算收支总表 (元, lines 306–345): four
// panels, its lines numbered (序号) in a column or glued to the income
// label, and a figure glued to the end of its label. Cut to the lines
// that print a figure other than 0.00.
func xianMeteorology(edit func(rows [][]string)) *model.Table {
	rows := [][]string{
		{"", "1 一、部门预算", "18999011.66", "", "一、部门预算", "18999011.66", "一、部门预算", "18999011.66", "一、部门预算", "18999011.66"},
		{"2", "1、财政拨款", "18999011.66", "", "1、一般公共服务支出", "0.00", "1、人员经费和公用经费支出1839311.66", "", "1、机关工资福利支出", "3055700.00"},
		{"3", "(1)一般公共预算拨款", "18999011.66", "", "2、外交支出", "0.00", "(1)工资福利支出", "1732620.66", "2、机关商品和服务支出", "14104000.00"},
		{"4", "(2)政府性基金拨款", "0.00", "", "8、社会保障和就业支出", "44699.18", "(2)商品和服务支出", "106691.00", "3、机关资本性支出（一）0.00", ""},
		{"5", "2、上级补助收入", "0.00", "", "10、卫生健康支出", "55279.20", "2、专项业务经费支出", "17159700.00", "5、对事业单位经常性补助1839311.66", ""},
		{"6", "3、事业收入", "0.00", "", "19、自然资源海洋气象等支出18803323.32", "", "(1)工资福利支出", "3055700.00", "7、对企业补助", "0.00"},
		{"7", "", "", "", "20、住房保障支出", "95709.96", "(2)商品和服务支出", "14104000.00", "", ""},
		{"", "33 本年收入合计", "18999011.66", "", "本年支出合计", "18999011.66", "本年支出合计", "18999011.66", "本年支出合计", "18999011.66"},
		{"", "34 用事业基金弥补收支差额", "0.00", "", "结转下年", "0.00", "结转下年", "0.00", "结转下年", "0.00"},
		{"", "36 上年结转", "0.00", "", "", "", "", "", "", ""},
		{"", "40 收入总计", "18999011.66", "", "支出总计", "18999011.66", "支出总计", "18999011.66", "支出总计", "18999011.66"},
	}
	if edit != nil {
		edit(rows)
	}
	t := summaryTable(rows...)
	t.Unit = "元"
	t.Columns = []string{"序号", "收项目", "入", "入/预算数", "支出功能分科目（按大类）", "支/预算数", "支部门预算支出经济科目（按大类）", "出预算数", "政府预算支出经济分类科目（按大类）", "出/预算数"}
	return t
}

// sn-xian-civilaffairs-2021's 部门综合预算财政拨款收支总表 (元, lines 798–890):
// four panels closing with 收入总计 and 支出总计 alone, no 本年收入合计.
// Cut to the lines that print a figure other than 0.00.
func xianCivilAffairsFiscal(edit func(rows [][]string)) *model.Table {
	rows := [][]string{
		{"1", "一、财政拨款", "703768605.79", "一、财政拨款", "703768605.79", "一、财政拨款", "703768605.79", "一、财政拨款", "703768605.79"},
		{"2", "1、一般公共预算拨款", "535987052.43", "5、教育支出", "1023214.00", "1、人员经费和公用经费支出", "149875645.79", "1、机关工资福利支出", "45443293.74"},
		{"3", "2、政府性基金拨款", "167781553.36", "8、社会保障和就业支出", "526937277.62", "(1)工资福利支出", "140958644.42", "2、机关商品和服务支出", "196896096.85"},
		{"4", "", "", "10、卫生健康支出", "1176894.18", "(2)商品和服务支出", "7326734.93", "3、机关资本性支出（一）", "870000.00"},
		{"5", "", "", "20、住房保障支出", "6849666.63", "(3)对个人和家庭的补助", "1590266.44", "4、机关资本性支出（二）", "1004500.00"},
		{"6", "", "", "25、其他支出", "167781553.36", "2、专项业务经费支出", "553892960.00", "5、对事业单位经常性补助", "117564448.76"},
		{"7", "", "", "", "", "(1)工资福利支出", "500000.00", "6、对事业单位资本性补助", "60000.00"},
		{"8", "", "", "", "", "(2)商品和服务支出", "211118460.00", "9、对个人和家庭的补助", "341930266.44"},
		{"9", "", "", "", "", "(3)对个人和家庭补助", "340340000.00", "", ""},
		{"10", "", "", "", "", "(5)资本性支出(基本建设)", "1004500.00", "", ""},
		{"11", "", "", "", "", "(6)资本性支出", "930000.00", "", ""},
		{"32", "收入总计", "703768605.79", "支出总计", "703768605.79", "支出总计", "703768605.79", "支出总计", "703768605.79"},
	}
	if edit != nil {
		edit(rows)
	}
	t := summaryTable(rows...)
	t.Kind, t.Unit = model.TFiscalSummary, "元"
	t.Columns = []string{"序号", "收项目", "入预算数", "支出功能分科目（按大类）", "支/预算数", "支部门预算支出经济科目（按大类）", "出预算数", "政府预算支出经济科目（按大类）", "出/预算数"}
	return t
}

func TestCutSummaries(t *testing.T) {
	cases := []struct {
		name      string
		table     *model.Table
		unchecked bool   // left summary-unchecked
		expected  string // the one error's expected and actual amounts
		actual    string
		diff      string
		warns     int // differences within the printed rounding
	}{
		{name: "烟台 交通 as printed", table: yantaiTransport(nil), warns: 1},
		{name: "烟台 交通 an item's fund off by 100", table: yantaiTransport(func(r [][]string) { r[7][5] = "28,847.23" }),
			warns: 1, expected: "28847.23", actual: "28947.23", diff: "+100.00"},
		{name: "烟台 交通 an income item off by 100", table: yantaiTransport(func(r [][]string) { r[0][2] = "39,764.33" }),
			warns: 1, expected: "39848.67", actual: "39748.67", diff: "-100.00"},
		{name: "烟台 交通 a fund of the total row off", table: yantaiTransport(func(r [][]string) { r[10][4] = "39,748.67 39,564.33" }),
			warns: 1, expected: "39648.67", actual: "39748.67", diff: "+100.00"},
		{name: "烟台 统计 columns shifted on page 2", table: yantaiStats(nil), warns: 1},
		{name: "烟台 统计 a page-2 item off by 100", table: yantaiStats(func(r [][]string) { r[6][6], r[6][7] = "224.48", "224.48" }),
			expected: "2223.10", actual: "2123.11", diff: "-99.99"},
		{name: "杭州 公安 as printed", table: hangzhouPublicSecurity(nil), warns: 1},
		{name: "杭州 公安 a source off by 100", table: hangzhouPublicSecurity(func(r [][]string) { r[2][2] = "7,700.00" }),
			warns: 1, expected: "373895.79", actual: "373795.79", diff: "-100.00"},
		{name: "杭州 公安 totals differ", table: hangzhouPublicSecurity(func(r [][]string) { r[0][4], r[12][4] = "377,919.25", "377,919.25" }),
			warns: 1, expected: "377819.25", actual: "377919.25", diff: "+100.00"},
		{name: "西安 气象 numbered lines, glued figures", table: xianMeteorology(nil)},
		{name: "西安 气象 a glued figure off by 100 元", table: xianMeteorology(func(r [][]string) { r[5][4] = "19、自然资源海洋气象等支出18803423.32" }),
			expected: "1899.911166", actual: "1899.901166", diff: "-0.01"},
		{name: "西安 民政 panels closing with 总计 alone", table: xianCivilAffairsFiscal(nil)},
		{name: "西安 民政 a function item off by 100 元", table: xianCivilAffairsFiscal(func(r [][]string) { r[3][4] = "1176994.18" }),
			expected: "70376.870579", actual: "70376.860579", diff: "-0.01"},
		{name: "西安 民政 an expenditure panel's 总计 off", table: xianCivilAffairsFiscal(func(r [][]string) { r[11][4] = "703768705.79" }),
			unchecked: true}, // fails twice: its items and the 收入总计
		{name: "an amount without its label", table: yantaiTransport(func(r [][]string) { r[7][3] = "" }), unchecked: true},
		{name: "numbers going back", table: yantaiTransport(func(r [][]string) { r[8][3] = "三、住房保障支出" }), unchecked: true},
		{name: "numbered lines without a 序号 header", table: withColumns(xianMeteorology(nil), "项目"), unchecked: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := Check(docWith(c.table))
			none(t, fs, "table-unverified")
			if c.unchecked {
				want(t, fs, "summary-unchecked", Info, "", "", "")
				return
			}
			none(t, fs, "summary-unchecked")
			wantIdentities(t, fs, c.warns, c.expected, c.actual, c.diff)
		})
	}
}

func withColumns(t *model.Table, cols ...string) *model.Table {
	t.Columns = cols
	return t
}

// On the corpus, each summary of these shapes is read and confirmed by its
// sums: neither left unchecked nor in doubt.
func TestCutSummariesOnCorpus(t *testing.T) {
	for _, c := range []struct{ file, title string }{
		{"sd-yantai-audit-2026-budget.layout.txt", "财政拨款收支总体情况表"},
		{"sd-yantai-stats-2026-budget.layout.txt", "财政拨款收支总体情况表"},
		{"sd-yantai-transport-2026-budget.layout.txt", "财政拨款收支总体情况表"},
		{"zj-hangzhou-meteorology-2026-budget.layout.txt", "2026年市级部门财政拨款收支预算总表"},
		{"zj-hangzhou-publicsecurity-2026-budget.layout.txt", "2026年市级部门财政拨款收支预算总表"},
		{"sn-xian-civilaffairs-2021-budget.layout.txt", "2021年部门综合预算收支总表"},
		{"sn-xian-civilaffairs-2021-budget.layout.txt", "2021年部门综合预算财政拨款收支总表"},
		{"sn-xian-meteorology-2022-budget.layout.txt", "2022年部门综合预算收支总表"},
		{"../jiangsu/js-renda-2017.layout.txt", "收支预算总表"},
		{"../jiangsu/js-renda-2018.layout.txt", "收支预算总表"},
	} {
		t.Run(c.file, func(t *testing.T) {
			doc, err := parse.File(filepath.Join(nationalDir, c.file))
			if err != nil {
				t.Skip("corpus not present at " + nationalDir)
			}
			var table *model.Table
			for _, tb := range doc.Tables {
				if tb.Title == c.title {
					table = tb
				}
			}
			if table == nil {
				t.Fatalf("no table %q", c.title)
			}
			sc, ok := checkCutSummary(doc, table)
			if !ok {
				t.Fatalf("%q not read", c.title)
			}
			if sc.checks < 4 {
				t.Errorf("%d sums checked, want at least 4", sc.checks)
			}
			for _, f := range sc.findings {
				if f.Severity == Error || f.Rule != "summary-identity" {
					t.Errorf("%+v", f)
				}
			}
		})
	}
}

// wantIdentities asserts a summary's summary-identity findings: warns
// differences within the printed rounding, and one error with the
// expected and actual amounts, or none where expected is "".
func wantIdentities(t *testing.T, fs []Finding, warns int, expected, actual, diff string) {
	t.Helper()
	var errs []Finding
	n := 0
	for _, f := range only(fs, "summary-identity") {
		if f.Severity == Error {
			errs = append(errs, f)
		} else {
			n++
		}
	}
	if n != warns {
		t.Errorf("%d differences within rounding, want %d: %+v", n, warns, fs)
	}
	if expected == "" {
		if len(errs) > 0 {
			t.Fatalf("want no error, got %+v", errs)
		}
		return
	}
	want(t, errs, "summary-identity", Error, expected, actual, diff)
}

// js-renda-2017's 收支预算总表 (lines 156–260) as parsed: “1.” in a column
// of its own, 当年收入小计 over two lines, and 单位预留机动经费's 128.43 on
// the line between its label's two, beside 三、国防支出. Function items
// that print no figure are left out.
func renda2017(edit func(rows [][]string)) [][]string {
	rows := [][]string{
		{"", "一、财政拨款", "13,649.07", "一、一般公共服务支出", "10,528.33", "一、基本支出", "", "7,666.68"},
		{"1.", "一 般 公", "", "", "", "", "", ""},
		{"", "共预算", "13,649.07", "二、外交支出", "", "二、项目支出", "", "5,853.96"},
		{"2.", "政 府 性", "", "", "", "三、单位预留机", "", ""},
		{"", "", "", "三、国防支出", "", "", "", "128.43"},
		{"", "基金预算", "", "", "", "动经费", "", ""},
		{"", "二、财政专户", "", "", "", "", "", ""},
		{"", "管理资金", "", "四、公共安全支出", "", "", "", ""},
		{"", "", "", "八、社会保障和就", "1,608.51", "", "", ""},
		{"", "", "", "业支出", "", "", "", ""},
		{"", "", "", "十八、住房保障支出", "1,512.23", "", "", ""},
		{"", "当 年 收 入", "13,649.07", "当年支出小计", "", "", "13,649.07", ""},
		{"", "小计", "", "", "", "", "", ""},
		{"", "上年结转资金", "", "", "", "结转下年资金", "", ""},
		{"", "收入合计", "13,649.07", "", "", "支出合计", "", "13,649.07"},
	}
	if edit != nil {
		edit(rows)
	}
	return rows
}

func TestWrappedSummaries(t *testing.T) {
	cases := []struct {
		name      string
		rows      [][]string
		unchecked bool
		expected  string
		actual    string
		diff      string
	}{
		{name: "江苏 人大 2017 as printed", rows: renda2017(nil)},
		{name: "the amount between a label's lines off by 100", rows: renda2017(func(r [][]string) { r[4][7] = "228.43" }),
			expected: "13749.07", actual: "13649.07", diff: "-100.00"},
		{name: "a function item off by 100", rows: renda2017(func(r [][]string) { r[10][4] = "1,612.23" }),
			expected: "13749.07", actual: "13649.07", diff: "-100.00"},
		// the label above prints its own amount: whose the 128.43 is cannot be told
		{name: "an amount no label above explains", rows: renda2017(func(r [][]string) { r[3][7] = "1.00" }), unchecked: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := Check(docWith(summaryTable(c.rows...)))
			none(t, fs, "table-unverified")
			if c.unchecked {
				want(t, fs, "summary-unchecked", Info, "", "", "")
				return
			}
			none(t, fs, "summary-unchecked")
			wantIdentities(t, fs, 0, c.expected, c.actual, c.diff)
		})
	}
}
