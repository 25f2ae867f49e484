package audit

import (
	"path/filepath"
	"testing"

	"yusuan/model"
	"yusuan/parse"
)

// The rows below are as the parser gives them for 重庆's 2026 summaries.

// water2026Fiscal: cq-chongqing-water-2026's 财政拨款收支总体情况表 (line
// 454): the expenditure figures of a row share one cell.
func water2026Fiscal(edit func(rows [][]string)) *model.Table {
	rows := [][]string{
		{"", "一、本年收入", "118,773.55", "一、本年支出", "", "172,283.15 128,148.56 44,134.59", ""},
		{"", "（一）一般公共预算资金", "118,773.55", "（一）一般公共服务支出", "", "59.56 59.56", ""},
		{"", "（二）政府性基金预算资金", "", "（二）教育支出", "", "23,350.99 23,168.99", "182.00"},
		{"", "（三）国有资本经营预算资金", "", "（三）社会保障和就业支出", "", "4,679.39 4,679.39", ""},
		{"", "", "", "（四）卫生健康支出", "", "1,222.77 1,222.77", ""},
		{"", "", "", "（五）农林水支出", "", "101,256.24 97,303.65 3,952.59", ""},
		{"", "", "", "（六）资源勘探工业信息等支出", "", "261.07 261.07", ""},
		{"", "", "", "（七）住房保障支出", "", "1,453.13 1,453.13", ""},
		{"", "", "", "（八）其他支出", "", "40,000.00 40,000.00", ""},
		{"", "二、上年结转", "53,509.60", "二、结转下年", "", "", ""},
		{"", "（一）一般公共预算拨款", "9,375.01", "", "", "", ""},
		{"", "（二）政府性基金预算拨款", "44,134.59", "", "", "", ""},
		{"", "（三）国有资本经营收入", "", "", "", "", ""},
		{"", "收入合计", "172,283.15", "支出合计", "", "172,283.15 128,148.56 44,134.59", ""},
	}
	if edit != nil {
		edit(rows)
	}
	t := summaryTable(rows...)
	t.Columns = []string{"收入/项目", "收入", "预算数", "支出/项目", "支出合计", "政府性基金一般公共预算预算", "国有资本经营预算"}
	return t
}

// commerce2026Fiscal: cq-chongqing-commerce-2026's 财政拨款收支总体情况表
// (line 648): figures broken over two lines, ".55" above "99,320" as well
// as below it, and expenditure labels a line above their figures.
func commerce2026Fiscal(edit func(rows [][]string)) *model.Table {
	rows := [][]string{
		{"一、本年收入", "", "99,320", "", "", "", "", ""},
		{"", "", ".55", "一、本年支出", "143,368.57", "101,833.84", "41,534.73", ""},
		{"(一)一般公共预算资金", "", ".55", "(一)一般公共服务支出", "", "", "", ""},
		{"", "", "99,320", "", "16,604.23", "16,604.23", "", ""},
		{"(二)政府性基金预算资金", "", "", "(二)教育支出", "32,588.24", "32,588.24", "", ""},
		{"(三)国有资本经营预算资金", "", "", "(三)社会保障和就业支出", "6,231.00", "6,231.00", "", ""},
		{"", "", "", "(四)卫生健康支出", "1,513.82", "1,513.82", "", ""},
		{"", "", "", "(五)资源勘探工业信息等支出", "41,772.73", "238.00", "41,534.73", ""},
		{"", "", "", "(六)商业服务业等支出", "42,846.68", "42,846.68", "", ""},
		{"", "", "", "(七)住房保障支出", "1,811.88", "1,811.88", "", ""},
		{"二、上年结转", "", "44,048", "", "", "", "", ""},
		{"", "", ".03", "二、结转下年", "", "", "", ""},
		{"(一)一般公共预算拨款", "", "2,513.30", "", "", "", "", ""},
		{"(二)政府性基金预算拨款", "", "41,534.73", "", "", "", "", ""},
		{"(三)国有资本经营预算拨款", "", "", "", "", "", "", ""},
		{"收入合计", "", "143,368", "", "", "", "", ""},
		{"", "", ".57", "支出合计", "143,368.57", "101,833.84", "41,534.73", ""},
	}
	if edit != nil {
		edit(rows)
	}
	t := summaryTable(rows...)
	t.Columns = []string{"项目", "收入", "预算数", "项目", "支出/合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"}
	return t
}

// meteorology2026: cq-chongqing-meteorology-2026's 部门收支总体情况表 (line
// 128): 合计 first, the income figures broken over two lines.
func meteorology2026(edit func(rows [][]string)) *model.Table {
	rows := [][]string{
		{"合计", "", "", "14,770", "", "", "", ""},
		{"", "", "", ".62", "合计", "", "", "14,770.62"},
		{"一、一般公共预算资金", "", "", "12,672", "", "", "", ""},
		{"", "", "", ".73", "一、社会保障和就业支出", "", "", "120.17"},
		{"二、政府性基金预算资金", "", "", "579", "", "", "", ""},
		{"", "", "", ".89", "二、卫生健康支出", "", "", "40.68"},
		{"三、国有资本经营预算资金", "", "", "", "三、农林水支出", "", "", "579.89"},
		{"四、财政专户管理资金", "", "", "", "四、自然资源海洋气象等支出", "", "", "13,873.36"},
		{"五、事业收入资金", "", "", "388", "", "", "", ""},
		{"", "", "", ".00", "五、住房保障支出", "", "", "56.53"},
		{"六、上级补助收入资金", "", "", "", "六、灾害防治及应急管理支出", "", "", "100.00"},
		{"七、附属单位上缴收入资金", "", "", "", "", "", "", ""},
		{"八、事业单位经营收入资金", "", "", "", "", "", "", ""},
		{"九、其他收入资金", "", "", "1,130.00", "", "", "", ""},
	}
	if edit != nil {
		edit(rows)
	}
	t := summaryTable(rows...)
	t.Columns = []string{"收入/项目", "收入", "收入/预算", "收入/数", "支出/项目", "支出", "支出/预算", "支出/数"}
	return t
}

// propaganda2026Fiscal: cq-chongqing-propaganda-2026's 财政拨款收支总体情况表
// (line 363): each figure in a cell of its own, a blank column between.
func propaganda2026Fiscal(edit func(rows [][]string)) *model.Table {
	rows := [][]string{
		{"一、本年收入", "", "39,238.43", "一、本年支出", "41,958.18", "", "37,891.58", "4,066.60"},
		{"（一）一般公共预算资金", "", "36,208.43", "（一）一般公共服务支出", "22,006.16", "", "22,006.16", ""},
		{"（二）政府性基金预算资金", "", "3,030.00", "（二）教育支出", "9.30", "", "9.30", ""},
		{"（三）国有资本经营预算资金", "", "", "（三）文化旅游体育与传媒支出", "16,211.66", "", "12,145.06", "4,066.60"},
		{"", "", "", "（四）社会保障和就业支出", "2,087.17", "", "2,087.17", ""},
		{"", "", "", "（五）卫生健康支出", "610.90", "", "610.90", ""},
		{"", "", "", "（六）资源勘探工业信息等支出", "371.13", "", "371.13", ""},
		{"", "", "", "（七）住房保障支出", "661.86", "", "661.86", ""},
		{"二、上年结转", "", "2,719.75", "二、结转下年", "", "", "", ""},
		{"（一）一般公共预算拨款", "", "1,683.15", "", "", "", "", ""},
		{"（二）政府性基金预算拨款", "", "1,036.60", "", "", "", "", ""},
		{"（三）国有资本经营收入", "", "", "", "", "", "", ""},
		{"收入合计", "", "41,958.18", "支出合计", "41,958.18", "", "37,891.58", "4,066.60"},
	}
	if edit != nil {
		edit(rows)
	}
	t := summaryTable(rows...)
	t.Kind = model.TFiscalSummary
	t.Columns = []string{"项目", "收入", "预算数", "项目", "合计", "支出一般公共预算", "政府性基金预算", "国有资本经营预算"}
	return t
}

func TestSummarySideBySide(t *testing.T) {
	cases := []struct {
		name  string
		table *model.Table
		summaryWant
	}{
		{name: "水利局 figures sharing a cell", table: water2026Fiscal(nil)},
		{name: "水利局 a part off by 100 (its row's 合计)", table: water2026Fiscal(func(r [][]string) { r[6][5] = "261.07 161.07" }),
			summaryWant: summaryWant{wantErr: true, expected: "161.07", actual: "261.07", diff: "+100.00"}},
		{name: "水利局 a carry-over sub-item off by 100", table: water2026Fiscal(func(r [][]string) { r[10][2] = "9,475.01" }),
			summaryWant: summaryWant{wantErr: true, expected: "53609.60", actual: "53509.60", diff: "-100.00"}},
		{name: "商务委 broken figures", table: commerce2026Fiscal(nil), summaryWant: summaryWant{warns: 3}},
		{name: "商务委 a broken income figure off by 100", table: commerce2026Fiscal(func(r [][]string) { r[3][2] = "99,420" }),
			summaryWant: summaryWant{wantErr: true, expected: "99420.55", actual: "99320.55", diff: "-100.00", warns: 3}},
		{name: "商务委 a carry-over sub-item off by 100", table: commerce2026Fiscal(func(r [][]string) { r[13][2] = "41,634.73" }),
			summaryWant: summaryWant{wantErr: true, expected: "44148.03", actual: "44048.03", diff: "-100.00", warns: 3}},
		{name: "气象局 合计 first, broken figures", table: meteorology2026(nil), summaryWant: summaryWant{warns: 1}},
		{name: "气象局 an income item off by 100", table: meteorology2026(func(r [][]string) { r[13][3] = "1,230.00" }),
			summaryWant: summaryWant{wantErr: true, expected: "14870.62", actual: "14770.62", diff: "-100.00", warns: 1}},
		{name: "宣传部 figures by column", table: propaganda2026Fiscal(nil)},
		{name: "宣传部 an income sub-item off by 100", table: propaganda2026Fiscal(func(r [][]string) { r[2][2] = "3,130.00" }),
			summaryWant: summaryWant{wantErr: true, expected: "39338.43", actual: "39238.43", diff: "-100.00"}},
		{name: "宣传部 a column's part and 合计 off by 100: two sums fail", table: propaganda2026Fiscal(func(r [][]string) {
			r[3][4], r[3][7] = "16,311.66", "4,166.60"
		}), summaryWant: summaryWant{unread: true}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := Check(docWith(c.table))
			none(t, fs, "summary-unchecked")
			c.check(t, fs)
		})
	}
}

// summaryWant is what a summary's check should find: one summary-identity
// error with these figures, or the table in doubt, and how many
// differences within the printed rounding (warnings).
type summaryWant struct {
	wantErr                bool
	expected, actual, diff string
	unread                 bool
	warns                  int
}

func (w summaryWant) check(t *testing.T, fs []Finding) {
	t.Helper()
	if w.unread {
		if len(only(fs, "table-unverified")) != 1 {
			t.Fatalf("want the table in doubt, got %+v", fs)
		}
		return
	}
	none(t, fs, "table-unverified")
	expected := w.expected
	if !w.wantErr {
		expected = ""
	}
	wantIdentities(t, fs, w.warns, expected, w.actual, w.diff)
}

// A table whose figures cannot all be placed is not read (the summary
// stays unchecked, neither confirmed nor in doubt).
func TestSummarySideBySideNotRead(t *testing.T) {
	cases := []struct {
		name  string
		table *model.Table
	}{
		{"a decimal part with no whole figure next to it", commerce2026Fiscal(func(r [][]string) { r[3][2] = "" })},
		{"figures without a label under a label with figures", commerce2026Fiscal(func(r [][]string) { r[2][4] = "1.00" })},
		{"figures sharing a cell under a header without 合计", withColumn(water2026Fiscal(nil), 4, "支出")},
		{"a third label column", propaganda2026Fiscal(func(r [][]string) { r[4][1] = "其中：人员" })},
		{"two figures in an income cell", propaganda2026Fiscal(func(r [][]string) { r[1][2] = "36,208.43 1.00" })},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := &checker{doc: docWith(c.table)}
			if summarySideBySide(sc, c.table) {
				t.Fatalf("read, with %d checks: %+v", sc.checks, sc.findings)
			}
			if len(only(Check(docWith(c.table)), "summary-unchecked")) != 1 {
				t.Error("not said to be unchecked")
			}
		})
	}
}

func withColumn(t *model.Table, j int, header string) *model.Table {
	t.Columns[j] = header
	return t
}

// On 重庆's 2026 budgets every 收支总体情况表 is read and adds up: no error,
// no table in doubt, and more sums checked than a side's total alone. The
// same rules read 上海's 预算单位 summaries (合计 | 人员经费 | 公用经费 |
// 项目支出 by column).
func TestSummarySideBySideCorpus(t *testing.T) {
	cases := []struct {
		file   string
		title  string
		checks int
	}{
		{"cq-chongqing-commerce-2026-budget", "2026年部门收支总体情况表", 3},
		{"cq-chongqing-commerce-2026-budget", "2026年财政拨款收支总体情况表", 19},
		{"cq-chongqing-govoffice-2026-budget", "2026年财政拨款收支总体情况表", 16},
		{"cq-chongqing-meteorology-2026-budget", "2026年部门收支总体情况表", 3},
		{"cq-chongqing-meteorology-2026-budget", "2026年财政拨款收支总体情况表", 18},
		{"cq-chongqing-propaganda-2026-budget", "2026年财政拨款收支总体情况表", 19},
		{"cq-chongqing-water-2026-budget", "2026年财政拨款收支总体情况表", 16},
		{"sh-shanghai-drugrehab-2026-budget-unit", "2026年预算单位财务收支预算总表", 11},
		{"sh-shanghai-drugrehab-2026-budget-unit", "2026年预算单位财政拨款收支预算总表", 9},
	}
	for _, c := range cases {
		file := filepath.Join(nationalDir, c.file+".layout.txt")
		t.Run(c.file+"|"+c.title, func(t *testing.T) {
			doc, err := parse.File(file)
			if err != nil {
				t.Skip("corpus not present: " + file)
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
			sc := &checker{doc: doc}
			if !summarySideBySide(sc, tb) {
				t.Fatal("not read")
			}
			if sc.checks != c.checks {
				t.Errorf("%d checks, want %d", sc.checks, c.checks)
			}
			for _, f := range sc.findings {
				if f.Severity == Error {
					t.Errorf("%s", f.Message)
				}
			}
			for _, f := range Check(doc) {
				if f.Where == c.title && (f.Rule == "summary-unchecked" || f.Rule == "table-unverified") {
					t.Errorf("%s: %s", f.Rule, f.Message)
				}
			}
		})
	}
}
