package parse

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"yusuan/model"
)

// tableTitled is the document's table of that title.
func tableTitled(t *testing.T, d *model.Document, title string) *model.Table {
	t.Helper()
	for _, tb := range d.Tables {
		if tb.Title == title {
			return tb
		}
	}
	t.Fatalf("no table %q", title)
	return nil
}

// A page that prints the header again is laid out in columns of its own
// (重庆: its figures two characters left of the first page's, which read
// together chained 总计 and 一般公共预算拨款收入 into one column); the tables
// are read whole, the figures under the headers they are printed under.
func TestPagesLaidOutApart(t *testing.T) {
	for _, c := range []struct {
		file, title, code, column, want string
	}{
		{"cq-chongqing-meteorology-2026-budget.layout.txt", "2026年部门收入总体情况表", "2200509", "其他收入", "1100.00"},
		{"cq-chongqing-meteorology-2026-budget.layout.txt", "2026年部门收入总体情况表", "2101102", "事业收入", "9.00"},
		{"cq-chongqing-water-2026-budget.layout.txt", "2026年部门收入总体情况表", "", "总计", ""},
		{"sd-yantai-civilaffairs-2026-budget.layout.txt", "收入总体情况表", "", "合计", ""},
		{"bj-beijing-stats-2026-budget-tables.layout.txt", "预算03表支出总表", "", "合计", ""},
		// a page begun by a bare form feed, two characters further left, that
		// prints every amount column: laid out apart, the first page's 款 kept
		// (“301 01 基本工资 21,000,000” was read as 301) and the later page's
		// 302 items under 公用经费, not 人员经费
		{"sh-shanghai-audit-2026-unitbudget.layout.txt", "2026年预算单位一般公共预算基本支出部门预算经济分类预算表", "30101", "一般公共预算基本支出人员经费", "2100.00"},
		{"sh-shanghai-audit-2026-unitbudget.layout.txt", "2026年预算单位一般公共预算基本支出部门预算经济分类预算表", "30204", "公用经费", "1.00"},
		{"sh-shanghai-audit-2026-unitbudget.layout.txt", "2026年预算单位收入预算总表", "2010801", "财政拨款收入", "11447.986"},
		{"sh-shanghai-databureau-2026-unitbudget.layout.txt", "2026年预算单位一般公共预算基本支出部门预算经济分类预算表", "30209", "公用经费", "164.16"},
		{"sh-shanghai-databureau-2026-unitbudget.layout.txt", "2026年预算单位一般公共预算基本支出部门预算经济分类预算表", "30101", "一般公共预算基本支出人员经费", "281.928"},
	} {
		t.Run(c.file+" "+c.code, func(t *testing.T) {
			d := corpusDocs(t, nationalCorpus, c.file)[0]
			tb := tableTitled(t, d, c.title)
			if tb.Unverified() || tb.Verified == nil {
				t.Fatalf("%s not confirmed: %+v", c.title, tb.Identities)
			}
			if c.want == "" {
				return
			}
			for _, r := range tb.Coded {
				if r.Code != c.code {
					continue
				}
				if got := r.Amounts[c.column]; got.String() != c.want {
					t.Errorf("%s %s = %s, want %s (%v)", c.code, c.column, got, c.want, r.Amounts)
				}
				if c.column != "一般公共预算拨款收入" {
					if v, ok := r.Amounts["一般公共预算拨款收入"]; ok && v.String() == c.want && c.code == "2101102" {
						t.Errorf("%s: %s also under 一般公共预算拨款收入", c.code, c.want)
					}
				}
				return
			}
			t.Errorf("no row %s", c.code)
		})
	}
}

// What the arithmetic refutes stays in doubt, however few sums fail.
func TestTablesLeftInDoubt(t *testing.T) {
	for _, c := range []struct {
		file, title, failure string
		edit                 [2]string // a line of the text changed first, where the text reads whole as printed
	}{
		// (杭州公安局's “106,512.0” over “0”, once a second 合计 row beside the
		// first, is now joined into one figure and confirmed: hangzhou_test.go)
		// 101,833.84 printed a digit or two a line: “1”, “01,”, “833” …, now
		// joined (spaces_diagonal.go); with one piece spoilt (“36.0” as
		// “36.x”) the chains do not make figures, nothing is joined, and the
		// 合计 is left unread
		{"cq-chongqing-commerce-2026-budget.layout.txt", "2026年一般公共预算支出情况表", "合计行不止一行",
			[2]string{"\n                                                       36.0\n", "\n                                                       36.x\n"}},
		// figures crossed between two columns: the sums miss by as much over in
		// one as under in the other. 北京司法局's second page of 预算03表 prints
		// only 项目支出, closed up beside 合计, and is read under 基本支出
		// (5,484.43 of 2040602 … 2040608); as printed the page's part is placed
		// by the sums (reassign_pages.go), but with the form feed before it
		// taken out the page is the header's and its position stands.
		// (烟台交通运输局's 收入总体情况表, whose merged 政府性基金 | 国有资本经营
		// column crossed ±4.00 with 财政专户管理资金收入, now has its header
		// split into its columns and reads whole: spaces_headersplit_test.go.)
		{"bj-beijing-justice-2026-budget-tables.layout.txt", "预算03表支出总表", "数字读入了错误的栏",
			[2]string{"\n\f2040602-", "\n2040602-"}},
	} {
		t.Run(c.file, func(t *testing.T) {
			d := corpusDocs(t, nationalCorpus, c.file)[0]
			if c.edit[0] != "" {
				data, err := os.ReadFile(filepath.Join(nationalCorpus, c.file))
				if err != nil || !bytes.Contains(data, []byte(c.edit[0])) {
					t.Fatalf("no line %q to change: %v", c.edit[0], err)
				}
				if d, err = Bytes(c.file, bytes.Replace(data, []byte(c.edit[0]), []byte(c.edit[1]), 1)); err != nil {
					t.Fatal(err)
				}
			}
			tb := tableTitled(t, d, c.title)
			if !tb.Unverified() {
				t.Fatalf("%s confirmed", c.title)
			}
			if !strings.Contains(strings.Join(tb.Identities.Failures, "\n"), c.failure) {
				t.Errorf("failures %q, want one with %q", tb.Identities.Failures, c.failure)
			}
		})
	}
}

// A decimal part broken onto the next line with the next figure's whole
// part against it is split after the table's usual decimals.
func TestContinuationFigures(t *testing.T) {
	for _, c := range []struct {
		line   string
		places int
		want   string // the figures, | between; "" for no figure line
	}{
		{"        .64101,833", 2, ".64|101,833"},
		{"   .0041,534", 2, ".00|41,534"},
		{"  .73   22,070 ", 2, ".73|22,070"},
		{"  .00238", 2, ".00238"},     // a decimal part as printed: no comma to tell
		{"  .0041,53", 2, ".0041,53"}, // 41,53 is no figure: left whole, no decimal part
		{"  .64101,833", 0, ".64101,833"},
		{"  支出", 2, ""},
	} {
		figs, ok := continuationFigures(c.line, c.places)
		var got []string
		for _, f := range figs {
			got = append(got, f.text)
		}
		if s := strings.Join(got, "|"); !ok && c.want != "" || ok && s != c.want {
			t.Errorf("%q: %q %v, want %q", c.line, s, ok, c.want)
		}
	}
}

// A run of rows under a column the header names is no shifted run: 北京市统计局's
// 预算06表 fills 人员经费 on some rows and 公用经费 on others, never both, and
// the rows of 公用经费 are kept under it (they were moved under 人员经费, and
// the 合计 row missed by 7,256.15 in each).
func TestNamedColumnKept(t *testing.T) {
	d := corpusDocs(t, nationalCorpus, "bj-beijing-stats-2026-budget-tables.layout.txt")[0]
	tb := tableTitled(t, d, "预算06表一般公共预算基本支出表")
	if tb.Identities == nil || tb.Identities.Failed != 0 {
		t.Fatalf("预算06表: %+v", tb.Identities)
	}
	for _, r := range tb.Coded {
		if r.Code == "30201" {
			if _, ok := r.Amounts["公用经费"]; !ok {
				t.Errorf("30201 办公费 %v, want 公用经费", r.Amounts)
			}
			return
		}
	}
	t.Error("no 30201")
}
