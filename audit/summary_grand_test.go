package audit

import (
	"path/filepath"
	"strings"
	"testing"

	"yusuan/model"
	"yusuan/parse"
)

// grandTable is a summary in 元 whose header names the expenditure
// columns, as 上海's unit summaries print it.
func grandTable(columns []string, rows [][]string) *model.Table {
	t := summaryTable(rows...)
	t.Unit, t.Columns = "元", columns
	return t
}

// sh-shanghai-drugrehab-2026's 预算单位财务收支预算总表 (line 64), as the
// parser gives it: 合计 | (blank) | 人员经费 | 公用经费 | 项目支出.
var drugrehabColumns = []string{"本年收入/项目", "本年收入", "预算数", "本年支出/项目", "本年支出/合计", "人员经费", "基本支出/预算数", "公用经费", "项目支出"}

func drugrehab2026(edit func(rows [][]string)) [][]string {
	rows := [][]string{
		{"一、财政拨款收入", "", "121,224,000", "一、公共安全支出", "82,430,239", "", "63,489,719", "15,396,520", "3,544,000"},
		{"1、一般公共预算", "", "121,224,000", "二、社会保障和就业支出", "12,565,793", "", "12,488,313", "77,480", ""},
		{"2、政府性基金预算", "", "", "三、卫生健康支出", "5,257,920", "", "5,257,920", "", ""},
		{"3、国有资本经营预算", "", "", "四、住房保障支出", "20,970,048", "", "20,970,048", "", ""},
		{"二、事业收入", "", "", "", "", "", "", "", ""},
		{"三、事业单位经营收入", "", "", "", "", "", "", "", ""},
		{"四、其他收入", "", "", "", "", "", "", "", ""},
		{"收入总计", "", "121,224,000", "支出总计", "121,224,000", "", "102,206,000", "15,474,000", "3,544,000"},
	}
	if edit != nil {
		edit(rows)
	}
	return rows
}

// sh-shanghai-audit-2026's (line 94): pdftotext printed 合计 and 人员经费 in
// one cell, so only the order of an expenditure line's amounts is known;
// its 收入总计 is printed blank.
var auditColumns = []string{"本年收入/项目", "本年收入", "预算数", "本年支出/项目", "合计", "本年支出预算数基本支出人员经费公用经费", "项目支出", ""}

func audit2026(edit func(rows [][]string)) [][]string {
	rows := [][]string{
		{"", "一、财政拨款收入", "195,774,300", "", "一、一般公共服务支出", "134,339,860 93,654,340", "20,825,520", "19,860,000"},
		{"", "1、一般公共预算", "195,774,300", "", "二、社会保障和就业支出", "23,992,440 22,214,400", "977,040", "801,000"},
		{"", "2、政府性基金预算", "", "", "三、卫生健康支出", "6,142,000 6,100,000", "", "42,000"},
		{"", "3、国有资本经营预算", "", "", "四、住房保障支出", "31,300,000 31,300,000", "", ""},
		{"", "二、事业收入", "", "", "", "", "", ""},
		{"", "收入总计", "", "", "支出总计", "195,774,300 153,268,740 21,802,560", "20,703,000", ""},
	}
	if edit != nil {
		edit(rows)
	}
	return rows
}

// sh-shanghai-welfarelottery-2026's 预算单位财政拨款收支预算总表 (line 104):
// its one expenditure line is paid from 政府性基金预算, the fund column.
var fiscalColumns = []string{"财政拨款收入/项目", "财政拨款收入", "预算数", "财政拨款支出/项目", "合计", "财政拨款支出一般公共预算", "政府性基金预算", "国有资本经营预算"}

func welfarelottery2026(edit func(rows [][]string)) [][]string {
	rows := [][]string{
		{"一、一般公共预算", "", "", "一、其他支出", "215,020,000", "", "215,020,000", ""},
		{"二、政府性基金预算", "", "215,020,000", "", "", "", "", ""},
		{"三、国有资本经营预算", "", "", "", "", "", "", ""},
		{"收入总计", "", "215,020,000", "支出总计", "215,020,000", "", "215,020,000", ""},
	}
	if edit != nil {
		edit(rows)
	}
	return rows
}

func TestSummaryGrandItems(t *testing.T) {
	cases := []struct {
		name     string
		columns  []string
		rows     [][]string
		checks   int    // the sums checked
		wantErr  bool   // one summary-identity error
		expected string // its expected and actual amounts
		actual   string
		diff     string
		unread   bool // reported in doubt instead
	}{
		// income: 1 column, its sub-items; expenditure: 4 columns and
		// 合计 = parts on 5 lines; 收入总计 = 支出总计
		{name: "上海 财务收支预算总表 as printed", columns: drugrehabColumns, rows: drugrehab2026(nil), checks: 12},
		{name: "a sub-item off by 1,000,000 元", columns: drugrehabColumns, rows: drugrehab2026(func(r [][]string) { r[1][2] = "122,224,000" }),
			checks: 12, wantErr: true, expected: "12222.40", actual: "12122.40", diff: "-100.00"},
		// 合计 and its column both fail for one wrong figure: the reading is
		// in doubt, not the document wrong twice
		{name: "a 人员经费 off by 1,000,000 元", columns: drugrehabColumns, rows: drugrehab2026(func(r [][]string) { r[2][6] = "6,257,920" }),
			unread: true},
		{name: "a header not naming 合计's parts: no line checked against them", columns: []string{"项目", "", "", "项目", "合计"},
			rows: drugrehab2026(nil), checks: 7},
		{name: "amounts in one cell: 合计 only", columns: auditColumns, rows: audit2026(nil), checks: 7},
		{name: "amounts in one cell, one line's parts off", columns: auditColumns, rows: audit2026(func(r [][]string) { r[2][7] = "142,000" }),
			checks: 7, wantErr: true, expected: "624.20", actual: "614.20", diff: "-10.00"},
		{name: "a total's column out of place", columns: drugrehabColumns, rows: drugrehab2026(func(r [][]string) { r[7][5], r[7][6] = r[7][6], "" }),
			unread: true}, // its column and the one it left both fail
		{name: "totals alone: nothing to add", columns: drugrehabColumns, checks: 2, rows: [][]string{
			{"收入总计", "", "121,224,000", "支出总计", "121,224,000", "", "121,224,000", "", ""}}},
		{name: "a fund column", columns: fiscalColumns, rows: welfarelottery2026(nil), checks: 6},
		{name: "totals differ", columns: fiscalColumns, rows: welfarelottery2026(func(r [][]string) { r[3][2] = "215,030,000" }),
			unread: true}, // 收入总计 against its items and against 支出总计
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tb := grandTable(c.columns, c.rows)
			fs := Check(docWith(tb))
			if c.unread {
				if len(only(fs, "table-unverified")) != 1 {
					t.Fatalf("want the table in doubt, got %+v", fs)
				}
				return
			}
			none(t, fs, "table-unverified")
			none(t, fs, "summary-unchecked")
			sides, ok := summaryGrandItems(tb)
			if !ok {
				t.Fatal("not read")
			}
			sc := &checker{doc: docWith(tb)}
			checkGrandItems(sc, tb, sides)
			if sc.checks != c.checks {
				t.Errorf("%d sums checked, want %d", sc.checks, c.checks)
			}
			errs := only(fs, "summary-identity")
			if !c.wantErr {
				if len(errs) > 0 {
					t.Fatalf("want no finding, got %+v", errs)
				}
				return
			}
			want(t, errs, "summary-identity", Error, c.expected, c.actual, c.diff)
		})
	}
}

// A table the shape does not explain is not read: its numbered items
// would not add up to 总计, or which item an amount is cannot be told.
func TestSummaryGrandItemsReading(t *testing.T) {
	cases := []struct {
		name string
		rows [][]string
		ok   bool
	}{
		{"上海 财务收支预算总表", drugrehab2026(nil), true},
		{"an unnumbered line with an amount (a carry-over)", drugrehab2026(func(r [][]string) { r[6][0], r[6][2] = "上年结转", "1,000" }), false},
		{"a year total, even blank", drugrehab2026(func(r [][]string) { r[6][0] = "本年收入合计" }), false},
		{"an amount before any label", drugrehab2026(func(r [][]string) { r[4][0] = ""; r[4][2] = "1,000" }), false},
		{"an income line with two amounts", drugrehab2026(func(r [][]string) { r[4][1] = "1,000"; r[4][2] = "1,000" }), false},
		{"an income label with an amount on the expenditure side", drugrehab2026(func(r [][]string) { r[4][4] = "1,000" }), false},
		{"amounts below 总计", append(drugrehab2026(nil), []string{"", "", "", "结转下年", "1,000", "", "", "", ""}), false},
		{"no 收入总计 and 支出总计 row", drugrehab2026(func(r [][]string) { r[7][0] = "收入合计" }), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, ok := summaryGrandItems(grandTable(drugrehabColumns, c.rows)); ok != c.ok {
				t.Fatalf("ok = %v, want %v", ok, c.ok)
			}
		})
	}
}

// The header names 合计's parts only where the lines print no more amounts
// than 合计 and those parts.
func TestSummaryGrandItemsHeaderParts(t *testing.T) {
	five := drugrehab2026(func(r [][]string) { r[0][5] = "1" })
	cases := []struct {
		name    string
		columns []string
		rows    [][]string
		want    string
	}{
		{"by use, 基本支出 over 人员经费 and 公用经费", drugrehabColumns, drugrehab2026(nil), "人员经费、公用经费、项目支出"},
		{"by fund", fiscalColumns, welfarelottery2026(nil), "一般公共预算、政府性基金预算、国有资本经营预算"},
		{"基本支出 and 项目支出 under 合计, lines of four amounts", []string{"项目", "预算数", "项目", "合计", "基本支出", "项目支出"}, drugrehab2026(nil), ""},
		{"no 合计", []string{"项目", "预算数", "项目", "人员经费", "公用经费", "项目支出"}, drugrehab2026(nil), ""},
		{"a line with more amounts than the header explains", drugrehabColumns, five, ""},
		{"amounts in more columns than the header explains", drugrehabColumns, drugrehab2026(func(r [][]string) { r[1][5], r[1][6] = "12,488,313", "" }), ""},
		{"a 其中 column", append(append([]string{}, drugrehabColumns...), "其中：政府采购"), drugrehab2026(nil), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tb := grandTable(c.columns, c.rows)
			sides, ok := summaryGrandItems(tb)
			if !ok {
				t.Fatal("not read")
			}
			if got := strings.Join(headerParts(tb, sides[1]), "、"); got != c.want {
				t.Errorf("parts %q, want %q", got, c.want)
			}
		})
	}
}

// On the corpus, 上海's twelve unit summaries are read in this shape and
// every sum holds.
func TestSummaryGrandItemsCorpus(t *testing.T) {
	files := []string{
		"sh-shanghai-audit-2026-unitbudget", "sh-shanghai-databureau-2026-unitbudget",
		"sh-shanghai-drugrehab-2026-budget-unit", "sh-shanghai-jiaotongcollege-2026-budget-unit",
		"sh-shanghai-shanghaitechschool-2026-unitbudget", "sh-shanghai-welfarelottery-2026-budget-unit",
	}
	for _, f := range files {
		for _, title := range []string{"2026年预算单位财务收支预算总表", "2026年预算单位财政拨款收支预算总表"} {
			t.Run(f+"|"+title, func(t *testing.T) {
				doc, err := parse.File(filepath.Join(nationalDir, f+".layout.txt"))
				if err != nil {
					t.Skip("corpus not present: " + f)
				}
				var tb *model.Table
				for _, x := range doc.Tables {
					if x.Title == title {
						tb = x
					}
				}
				if tb == nil {
					t.Fatalf("no table %q", title)
				}
				sides, ok := summaryGrandItems(tb)
				if !ok {
					t.Fatal("not read")
				}
				sc := &checker{doc: doc}
				checkGrandItems(sc, tb, sides)
				if sc.checks < 6 {
					t.Errorf("%d checks", sc.checks)
				}
				for _, x := range sc.findings {
					t.Errorf("%s: %s", x.Severity, x.Message)
				}
			})
		}
	}
}
