package parse

import (
	"slices"
	"strconv"
	"testing"

	"yusuan/model"
)

// A page of rows printing 合计 and one part under the same column has its
// part placed by the table's sums: under the one column that confirms the
// table, and nowhere when two choices confirm it alike or none does.
func TestPlacePartsByPages(t *testing.T) {
	cols := []string{"合计", "基本支出", "项目支出"}
	row := func(code string, line int, figs ...string) model.CodedRow {
		r := model.CodedRow{Code: code, Name: "行", Line: line, Order: cols, Amounts: map[string]model.Money{}}
		if code == "" {
			r.Name = "合计"
		}
		for i, f := range figs {
			if f != "" {
				m := model.MustMoney(f)
				r.Amounts[cols[i]] = m
				r.Tokens = append(r.Tokens, m)
			}
		}
		return r
	}
	// a page of rows of 1.00 each, lines from line on: more than the
	// search over a family's placements tries at once (maxCombinations)
	const perPage = 15
	pageRows := func(line int, code int) []model.CodedRow {
		var out []model.CodedRow
		for i := range perPage {
			out = append(out, row(strconv.Itoa(code+i), line+i, "1", "1"))
		}
		return out
	}
	page := func(l int) int { return 1 + (l+perPage-2)/perPage } // lines 0 and 1 page 1, 2-16 page 2, 17-31 page 3
	rows := func(rs ...[]model.CodedRow) []model.CodedRow { return slices.Concat(rs...) }
	for _, c := range []struct {
		name      string
		rows      []model.CodedRow
		confirmed bool
		project   string // 项目支出 of line 2's row afterwards, "" for none
	}{
		// page 2 prints 项目支出 where page 1 prints 基本支出: the 合计 row
		// (基本 4, 项目 15) takes it under 项目支出
		{"one choice", rows([]model.CodedRow{row("", 0, "19", "4", "15"), row("2010199", 1, "4", "4")}, pageRows(2, 2010101)), true, "1"},
		// pages 2 and 3 under 合计 30 | 15 | 15: either page may be the
		// 基本支出 one; nothing is decided
		{"two choices", rows([]model.CodedRow{row("", 0, "30", "15", "15")}, pageRows(2, 2010101), pageRows(17, 2010201)), false, ""},
		// no choice adds up (合计 row 基本 3, 项目 15): left as read
		{"none", rows([]model.CodedRow{row("", 0, "19", "3", "15"), row("2010199", 1, "4", "4")}, pageRows(2, 2010101)), false, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			tb := &model.Table{Kind: model.TExpenditure, Title: "支出总表", Columns: cols, Coded: c.rows}
			cs := model.ColumnsOf(tb)
			parts := totalParts(cs)
			pages := undeterminedPages(tb.Coded, parts, page)
			if len(pages) == 0 {
				t.Fatal("no undetermined page")
			}
			printed := cloneRows(tb.Coded)
			settleCoded(tb, 2026)
			verifyTable(tb)
			if !tb.Unverified() {
				t.Fatal("confirmed as read")
			}
			placePartsByPages(tb, printed, pages, parts, 2026)
			if got := tb.Verified != nil && *tb.Verified; got != c.confirmed {
				t.Fatalf("confirmed %v, want %v: %+v", got, c.confirmed, tb.Identities)
			}
			for _, r := range tb.Coded {
				if r.Line != 2 {
					continue
				}
				got, ok := r.Amounts["项目支出"]
				if c.project == "" && ok || c.project != "" && (!ok || !got.Equal(model.MustMoney(c.project))) {
					t.Errorf("line 2 项目支出 %v (%v), want %q", got, ok, c.project)
				}
			}
		})
	}
}

// A page that prints two parts, or any row of three figures, has its
// columns told apart by position: not undetermined. Nor is the table's
// first page, under its header.
func TestUndeterminedPagesNeedOnePart(t *testing.T) {
	cols := []string{"合计", "基本支出", "项目支出"}
	mk := func(line int, amounts map[string]string) model.CodedRow {
		r := model.CodedRow{Code: "2010101", Name: "行", Line: line, Order: cols, Amounts: map[string]model.Money{}}
		for k, v := range amounts {
			r.Amounts[k] = model.MustMoney(v)
		}
		return r
	}
	parts := []string{"基本支出", "项目支出"}
	pageOf := func(l int) int { return (l + 1) / 2 } // lines 1-2 page 1, 3-4 page 2
	basic := map[string]string{"合计": "1", "基本支出": "1"}
	project := map[string]string{"合计": "1", "项目支出": "1"}
	both := map[string]string{"合计": "2", "基本支出": "1", "项目支出": "1"}
	for _, c := range []struct {
		name string
		rows []model.CodedRow
		want int
	}{
		{"one part on page 2", []model.CodedRow{mk(1, both), mk(3, basic), mk(4, basic)}, 1},
		{"two parts on page 2", []model.CodedRow{mk(1, both), mk(3, basic), mk(4, project)}, 0},
		{"three figures on page 2", []model.CodedRow{mk(1, both), mk(3, basic), mk(4, both)}, 0},
		{"first page only", []model.CodedRow{mk(1, basic), mk(2, basic)}, 0},
		{"no pages", []model.CodedRow{mk(1, both), mk(3, basic)}, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			po := pageOf
			if c.name == "no pages" {
				po = func(int) int { return 0 }
			}
			if got := len(undeterminedPages(c.rows, parts, po)); got != c.want {
				t.Errorf("%d undetermined pages, want %d", got, c.want)
			}
		})
	}
}
