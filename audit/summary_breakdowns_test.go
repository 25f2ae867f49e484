package audit

import (
	"path/filepath"
	"testing"

	"yusuan/model"
	"yusuan/parse"
)

// js-highcourt-2019's 收支预算总表 (江苏 2017–2019): year totals 当年收入小计 /
// 当年支出小计, grand totals 收入合计 / 支出合计, expenditure printed by
// function and by kind side by side, each adding up to 当年支出小计.
func highcourt2019(edit func(rows [][]string)) [][]string {
	rows := [][]string{
		{"一、财政拨款", "", "37,188.34", "一、一般公共服务支出", "", "", "一、基本支出", "21,968.00"},
		{"1.一般公共预算", "", "37,188.34", "二、外交支出", "", "", "二、项目支出", "10,208.94"},
		{"2.政府性基金预算", "", "", "三、国防支出", "", "", "三、单位预留机动经费", "5,011.40"},
		{"二、财政专户管理资金", "", "", "四、公共安全支出", "", "27,488.23", "", ""},
		{"三、其他资金", "", "", "五、教育支出", "", "", "", ""},
		{"", "", "", "八、社会保障和就业支出", "", "2,355.65", "", ""},
		{"", "", "", "十八、住房保障支出", "", "7,344.46", "", ""},
		{"", "", "", "二十一、其他支出", "", "", "", ""},
		{"当年收入小计", "", "37,188.34", "", "当年支出小计", "", "", "37,188.34"},
		{"上年结转资金", "", "", "", "结转下年资金", "", "", ""},
		{"收入合计", "", "37,188.34", "", "支出合计", "", "", "37,188.34"},
	}
	if edit != nil {
		edit(rows)
	}
	return rows
}

func TestSummaryBreakdowns(t *testing.T) {
	cases := []struct {
		name     string
		rows     [][]string
		wantErr  bool   // a summary-identity error
		expected string // its expected and actual amounts
		actual   string
		diff     string
		unread   bool // reported in doubt instead
		warns    int  // differences within the printed rounding (warnings)
	}{
		{name: "江苏 收支预算总表 as printed", rows: highcourt2019(nil)},
		{name: "a function item off by 100", rows: highcourt2019(func(r [][]string) { r[6][5] = "7,244.46" }),
			wantErr: true, expected: "37088.34", actual: "37188.34", diff: "+100.00"},
		{name: "a kind item off by 100", rows: highcourt2019(func(r [][]string) { r[1][7] = "10,108.94" }),
			wantErr: true, expected: "37088.34", actual: "37188.34", diff: "+100.00"},
		{name: "grand total not year total plus carry-over", rows: highcourt2019(func(r [][]string) { r[10][7] = "37,288.34" }),
			unread: true}, // fails twice: with 收入合计 = 支出合计

		{name: "sub-item 1. not added to its parent's level", rows: highcourt2019(func(r [][]string) { r[1][2] = "37,188.34" })},
		// js-procuratorate-2018's 财政拨款收支预算总表: items, then 收入合计 / 支出合计
		{name: "江苏 财政拨款收支预算总表", rows: [][]string{
			{"一、一般公共预算", "", "21,940.96", "一、基本支出", "", "13,979.92"},
			{"二、政府性基金预算", "", "", "二、项目支出", "", "5,573.00"},
			{"", "", "", "三、单位预留机动经费", "", "2,388.04"},
			{"", "收入合计", "21,940.96", "支出合计", "", "21,940.96"},
		}},
		{name: "财政拨款收支预算总表 totals differ", rows: [][]string{
			{"一、一般公共预算", "", "21,940.96", "一、基本支出", "", "14,079.92"},
			{"二、政府性基金预算", "", "", "二、项目支出", "", "5,573.00"},
			{"", "", "", "三、单位预留机动经费", "", "2,388.04"},
			{"", "收入合计", "21,940.96", "支出合计", "", "22,040.96"},
		}, wantErr: true, expected: "21940.96", actual: "22040.96", diff: "+100.00"},
		// cn-central-petition-2026's 财政拨款收支总表: 一、本年收入 and
		// 二、上年结转 add up to 收入总计, their sub-items （一）… to them
		{name: "中央 财政拨款收支总表", rows: petition2026(nil)},
		{name: "a sub-item off by 100", rows: petition2026(func(r [][]string) { r[2][5] = "18.01" }),
			wantErr: true, expected: "18628.94", actual: "18728.94", diff: "+100.00"},
		{name: "a carry-over sub-item off by 100", rows: petition2026(func(r [][]string) { r[6][2] = "2,154.12" }),
			wantErr: true, expected: "2154.12", actual: "2254.12", diff: "+100.00"},
		{name: "lines 1.、其中 under a numbered item are not added", rows: petition2026(func(r [][]string) {
			r[7][3], r[7][5] = "其中：住房公积金", "500.00"
		})},
		// cq-chongqing-water-2026's 部门收支总体情况表: 合计 first, items below
		// each side adds to 186,549.31, a cent within rounding of 186,549.30
		{name: "重庆 合计 first", rows: chongqing2026(nil), warns: 2},
		{name: "重庆 an item off by 100", rows: chongqing2026(func(r [][]string) { r[8][2] = "1,062.62" }),
			wantErr: true, expected: "186649.31", actual: "186549.30", diff: "-100.01", warns: 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := Check(docWith(summaryTable(c.rows...)))
			if c.unread {
				if len(only(fs, "table-unverified")) != 1 {
					t.Fatalf("want the table in doubt, got %+v", fs)
				}
				return
			}
			none(t, fs, "table-unverified")
			if !c.wantErr {
				c.expected = ""
			}
			wantIdentities(t, fs, c.warns, c.expected, c.actual, c.diff)
		})
	}
}

// The reading must see the checks it makes: a table of the shape is read
// (ok), and one whose expenditure amount has no label is left unchecked.
func TestSummaryBreakdownsReading(t *testing.T) {
	cases := []struct {
		name   string
		rows   [][]string
		ok     bool
		chains [2]int
	}{
		{"two expenditure breakdowns", highcourt2019(nil), true, [2]int{1, 2}},
		{"an expenditure amount without its label", highcourt2019(func(r [][]string) { r[6][3] = "" }), false, [2]int{}},
		{"an item with two amounts", highcourt2019(func(r [][]string) { r[3][4] = "1.00" }), false, [2]int{}},
		{"no year total", highcourt2019(func(r [][]string) { r[8][0], r[10][0] = "小计", "总计" }), false, [2]int{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sides, ok := summaryBreakdowns(summaryTable(c.rows...))
			if ok != c.ok {
				t.Fatalf("ok = %v, want %v", ok, c.ok)
			}
			if ok && (len(sides[0].chains) != c.chains[0] || len(sides[1].chains) != c.chains[1]) {
				t.Errorf("breakdowns %d, %d; want %v", len(sides[0].chains), len(sides[1].chains), c.chains)
			}
		})
	}
}

func petition2026(edit func(rows [][]string)) [][]string {
	rows := [][]string{
		{"一、本年收入", "", "16,474.82", "一、本年支出", "", "18,728.94"},
		{"（一）一般公共预算拨款", "", "16,474.82", "（一）一般公共服务支出", "", "15,291.30"},
		{"（二）政府性基金预算拨款", "", "", "（二）教育支出", "", "118.01"},
		{"（三）国有资本经营预算拨款", "", "", "（三）社会保障和就业支出", "", "2,208.19"},
		{"", "", "", "（四）住房保障支出", "", "1,111.44"},
		{"二、上年结转", "", "2,254.12", "", "", ""},
		{"（一）一般公共预算拨款", "", "2,254.12", "二、结转下年", "", ""},
		{"（二）政府性基金预算拨款", "", "", "", "", ""},
		{"收入 总计", "", "18,728.94", "", "支出 总计", "18,728.94"},
	}
	if edit != nil {
		edit(rows)
	}
	return rows
}

func chongqing2026(edit func(rows [][]string)) [][]string {
	rows := [][]string{
		{"合计", "", "186,549.30", "合计", "", "186,549.30"},
		{"一、一般公共预算资金", "", "128,148.56", "一、一般公共服务支出", "", "59.56"},
		{"二、政府性基金预算资金", "", "44,134.59", "二、教育支出", "", "33,862.49"},
		{"三、国有资本经营预算资金", "", "", "三、社会保障和就业支出", "", "5,932.26"},
		{"四、财政专户管理资金", "", "11,791.50", "四、卫生健康支出", "", "1,293.73"},
		{"五、事业收入资金", "", "", "五、农林水支出", "", "102,942.13"},
		{"六、上级补助收入资金", "", "", "六、资源勘探工业信息等支出", "", "261.07"},
		{"七、附属单位上缴收入资金", "", "", "七、住房保障支出", "", "2,198.07"},
		{"八、事业单位经营收入资金", "", "962.62", "八、其他支出", "", "40,000.00"},
		{"九、其他收入资金", "", "1,512.04", "", "", ""},
	}
	if edit != nil {
		edit(rows)
	}
	return rows
}

// On the corpus documents of each shape, the summary tables are read and
// every breakdown adds up (no error-level difference, within rounding at
// most: 重庆水利局's sides add to 186,549.31 against its 186,549.30).
func TestSummaryBreakdownsCorpus(t *testing.T) {
	cases := []struct {
		file  string
		title string
	}{
		{"../../shared/corpus/jiangsu/js-highcourt-2019.layout.txt", "收支预算总表"},
		{"../../shared/corpus/jiangsu/js-highcourt-2019.layout.txt", "财政拨款收支预算总表"},
		{nationalDir + "/fj-fuzhou-commerce-2026-budget-dept.layout.txt", "2026年度财政拨款收支预算总表"},
		{nationalDir + "/js-suzhou-audit-2026-budget-dept.layout.txt", "财政拨款收支总表"},
		{nationalDir + "/cn-central-petition-2026-budget.layout.txt", "财政拨款收支总表"},
		{nationalDir + "/cq-chongqing-water-2026-budget.layout.txt", "2026年部门收支总体情况表"},
	}
	for _, c := range cases {
		t.Run(filepath.Base(c.file)+"|"+c.title, func(t *testing.T) {
			doc, err := parse.File(c.file)
			if err != nil {
				t.Skip("corpus not present: " + c.file)
			}
			var tb *model.Table
			for _, x := range doc.Tables {
				if x.Title == c.title {
					tb = x
				}
			}
			if tb == nil {
				t.Fatalf("no table %q", c.title)
			}
			sides, ok := summaryBreakdowns(tb)
			if !ok {
				t.Fatal("not read")
			}
			sc := &checker{doc: doc}
			checkBreakdowns(sc, tb, sides)
			if sc.checks < 3 {
				t.Errorf("%d checks", sc.checks)
			}
			for _, f := range sc.findings {
				if f.Severity == Error {
					t.Errorf("%s", f.Message)
				}
			}
		})
	}
}
