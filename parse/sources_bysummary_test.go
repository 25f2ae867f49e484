package parse

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"yusuan/model"
)

// The income side of summaries as the reader gives their rows, cut from the
// documents: 重庆商务委 2026 (部门收支总体情况表: a figure's decimals wrapped
// onto the next line, under it, beside the expenditure side's next label;
// 财政拨款收支总体情况表: each source listed under 本年收入 and again under
// 上年结转), 烟台信访局 2026 (收支总体情况表: both sources blank).
var (
	commerceSummary = [][]string{
		{"合计", "", "", "174,900", "", "", "", ""},
		{"", "", "", ".64", "合计", "", "", "174,900.64"},
		{"一、一般公共预算资金", "", "", "101,833", "", "", "", ""},
		{"", "", "", ".84", "一、一般公共服务支出", "", "", "23,103.76"},
		{"二、政府性基金预算资金", "", "", "41,534", "", "", "", ""},
		{"", "", "", ".73", "二、教育支出", "", "", "55,670.32"},
		{"三、国有资本经营预算资金", "", "", "", "三、社会保障和就业支出", "", "", "7,686.68"},
		{"四、财政专户管理资金", "", "", "22,070", "", "", "", ""},
		{"", "", "", ".82", "四、卫生健康支出", "", "", "1,872.52"},
	}
	commerceFiscalSummary = [][]string{
		{"一、本年收入", "", "99,320", "", "", "", "", ""},
		{"", "", ".55", "一、本年支出", "143,368.57", "101,833.84", "41,534.73", ""},
		{"(一)一般公共预算资金", "", ".55", "(一)一般公共服务支出", "", "", "", ""},
		{"", "", "99,320", "", "16,604.23", "16,604.23", "", ""},
		{"(二)政府性基金预算资金", "", "", "(二)教育支出", "32,588.24", "32,588.24", "", ""},
		{"(三)国有资本经营预算资金", "", "", "(三)社会保障和就业支出", "6,231.00", "6,231.00", "", ""},
		{"二、上年结转", "", "44,048", "", "", "", "", ""},
		{"", "", ".03", "二、结转下年", "", "", "", ""},
		{"(一)一般公共预算拨款", "", "2,513.30", "", "", "", "", ""},
		{"(二)政府性基金预算拨款", "", "41,534.73", "", "", "", "", ""},
		{"(三)国有资本经营预算拨款", "", "", "", "", "", "", ""},
	}
	yantaiSummary = [][]string{
		{"一、财政拨款收入", "", "1,717.85", "一、一般公共服务支出", "", "1,378.84"},
		{"一般公共预算收入", "", "1,717.85", "二、外交支出", "", ""},
		{"政府性基金预算收入", "", "", "三、公共安全支出", "", ""},
		{"国有资本经营预算收入", "", "", "四、教育支出", "", "1.00"},
		{"二、财政专户管理资金收入", "", "", "五、科学技术支出", "", ""},
	}
)

// fundBlankSOEPrinted is 重庆商务委's summary with the two sources' figures
// the other way round.
var fundBlankSOEPrinted = withRow(withRow(withRow(commerceSummary, 4, "二、政府性基金预算资金", "", "", "", "", "", "", ""),
	5, "", "", "", "", "二、教育支出", "", "", "55,670.32"),
	6, "三、国有资本经营预算资金", "", "", "41,534.73", "三、社会保障和就业支出", "", "", "7,686.68")

// withRow is rows with row i replaced.
func withRow(rows [][]string, i int, row ...string) [][]string {
	out := slices.Clone(rows)
	out[i] = row
	return out
}

func TestNameSourcesBySummary(t *testing.T) {
	const both = "政府性基金预算拨款收入或国有资本经营预算拨款收入"
	cases := []struct {
		name      string
		column    string
		total     string
		summaries [][][]string
		want      string
	}{
		{"the summary prints the first source's line with the total, the second's blank (重庆商务委)",
			both, "41534.73", [][][]string{commerceSummary}, "政府性基金预算拨款收入"},
		{"the second source's line with the total, the first's blank",
			"国有资本经营预算拨款收入或政府性基金预算拨款收入", "41534.73", [][][]string{commerceSummary}, "政府性基金预算拨款收入"},
		{"the other source printed instead",
			both, "41534.73", [][][]string{fundBlankSOEPrinted}, "国有资本经营预算拨款收入"},
		{"under a group (烟台): the leaf renamed, the group kept",
			"财政拨款收入/政府性基金预算收入或国有资本经营预算收入", "25.00",
			[][][]string{withRow(yantaiSummary, 2, "政府性基金预算收入", "", "25.00", "三、公共安全支出", "", "")},
			"财政拨款收入/政府性基金预算收入"},
		{"the second line zero is none",
			both, "41534.73", [][][]string{withRow(commerceSummary, 6, "三、国有资本经营预算资金", "", "", "0.00", "三、社会保障和就业支出", "", "", "7,686.68")},
			"政府性基金预算拨款收入"},
		{"a summary listing each source twice decides nothing, another one does",
			both, "41534.73", [][][]string{commerceFiscalSummary, commerceSummary}, "政府性基金预算拨款收入"},
		{"undecided: each source listed twice (本年收入, 上年结转)",
			both, "41534.73", [][][]string{commerceFiscalSummary}, both},
		{"undecided: both lines blank (烟台信访局)",
			"财政拨款收入/政府性基金预算收入或国有资本经营预算收入", "25.00", [][][]string{yantaiSummary},
			"财政拨款收入/政府性基金预算收入或国有资本经营预算收入"},
		{"undecided: both lines printed",
			both, "41534.73", [][][]string{withRow(commerceSummary, 6, "三、国有资本经营预算资金", "", "", "10.00", "三、社会保障和就业支出", "", "", "7,686.68")},
			both},
		{"undecided: the figure is not the column's total",
			both, "41534.74", [][][]string{commerceSummary}, both},
		{"undecided: the wrapped decimals are the figure's, 41,534 alone is not it",
			both, "41534", [][][]string{commerceSummary}, both},
		{"undecided: a line beside the blank one, with no label, prints a figure that may be its",
			both, "41534.73", [][][]string{withRow(commerceSummary, 7, "", "", "", "5.00", "", "", "", "")}, both},
		{"undecided: no summary",
			both, "41534.73", nil, both},
		{"undecided: two summaries disagree",
			both, "41534.73", [][][]string{commerceSummary, fundBlankSOEPrinted}, both},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			total, _ := model.ParseAmount(c.total)
			yes := true
			income := &model.Table{Kind: model.TIncome, Title: "部门收入总体情况表", Unit: "万元",
				Columns: []string{"科目编码", "科目名称", "总计", "一般公共预算拨款收入", c.column}, Verified: &yes}
			order := []string{"总计", "一般公共预算拨款收入", c.column}
			for _, r := range []struct {
				code, name string
			}{{"", "合计"}, {"211", "节能环保支出"}} {
				income.Coded = append(income.Coded, model.CodedRow{Code: r.code, Name: r.name, Order: order,
					Amounts: map[string]model.Money{"总计": total, "一般公共预算拨款收入": model.Zero, c.column: total}})
			}
			doc := &model.Document{}
			for _, rows := range c.summaries {
				doc.Tables = append(doc.Tables, &model.Table{Kind: model.TSummary, Unit: "万元", Rows: rows})
			}
			doc.Tables = append(doc.Tables, income)
			nameSourcesBySummary(doc)
			if got := income.Columns[4]; got != c.want {
				t.Fatalf("column %q, want %q", got, c.want)
			}
			for _, r := range income.Coded {
				if r.Order[2] != c.want || !r.Amounts[c.want].Equal(total) || len(r.Amounts) != 3 {
					t.Errorf("row %s: order %q, amounts %v: want the figure %s under %q", r.Name, r.Order, r.Amounts, total, c.want)
				}
			}
		})
	}
}

// TestNameSourcesBySummaryInDoubt: a table read in doubt keeps both names,
// whatever the summary says (its total may be another column's figure).
func TestNameSourcesBySummaryInDoubt(t *testing.T) {
	const both = "政府性基金预算拨款收入或国有资本经营预算拨款收入"
	total, _ := model.ParseAmount("41534.73")
	no := false
	income := &model.Table{Kind: model.TIncome, Columns: []string{both}, Verified: &no,
		Coded: []model.CodedRow{{Name: "合计", Order: []string{both}, Amounts: map[string]model.Money{both: total}}}}
	doc := &model.Document{Tables: []*model.Table{{Kind: model.TSummary, Unit: "万元", Rows: commerceSummary}, income}}
	nameSourcesBySummary(doc)
	if income.Columns[0] != both {
		t.Errorf("column %q of a table in doubt renamed", income.Columns[0])
	}
}

// TestNameSourcesBySummaryCorpus: on the documents whose 收入总体情况表
// prints two sources' names side by side over one column, the column is
// named by the one the 部门收支总体情况表 prints its total for, its figures
// unchanged; where the column prints nothing, by both. (重庆商务委:
// TestSideBySideCorpus.)
func TestNameSourcesBySummaryCorpus(t *testing.T) {
	const both = "政府性基金预算拨款收入或国有资本经营预算拨款收入"
	cases := []struct {
		file, want, total string
	}{
		{"cq-chongqing-meteorology-2026-budget.layout.txt", "政府性基金预算拨款收入", "579.89"},
		{"cq-chongqing-govoffice-2026-budget.layout.txt", both, ""}, // the column prints nothing
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			path := filepath.Join(nationalCorpus, c.file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Skip("national corpus absent")
			}
			d, err := Bytes(path, data)
			if err != nil {
				t.Fatal(err)
			}
			for _, tb := range d.Tables {
				if tb.Kind != model.TIncome || len(tb.Coded) == 0 {
					continue
				}
				if !slices.Contains(tb.Columns, c.want) || !slices.Contains(tb.Coded[0].Order, c.want) {
					t.Fatalf("columns %q, order %q: want one named %s", tb.Columns, tb.Coded[0].Order, c.want)
				}
				r, ok := totalRow(tb)
				if !ok {
					t.Fatal("no 合计 row")
				}
				got, printed := r.Amounts[c.want]
				if c.total == "" && got.IsZero() {
					return
				}
				if want, _ := model.ParseAmount(c.total); !printed || !got.Equal(want) {
					t.Errorf("合计 row: %s = %v, want %s", c.want, got, c.total)
				}
				return
			}
			t.Fatal("收入总体情况表 not read")
		})
	}
}
