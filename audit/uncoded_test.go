package audit

import (
	"strings"
	"testing"

	"yusuan/model"
)

// namesOnly is a functional table of names only whose nesting its sums gave
// (parse.shapeByArithmetic): rows are code, name, depth and 合计/基本/项目.
func namesOnly(title string, rows ...[]string) *model.Table {
	t := table(model.TExpenditure, title)
	for i, r := range rows {
		cr := row(r[0], r[1], 10+i, "合计", r[3], "基本支出", r[4], "项目支出", r[5])
		cr.Depth = map[string]int{"0": 0, "1": 1, "2": 2, "3": 3}[r[2]]
		t.Coded = append(t.Coded, cr)
	}
	return t
}

// TestUncodedLinesNotMerged: lines without a code (监狱, 强制隔离戒毒: placed
// by their table's sums) are never taken for the 合计 row nor for each other
// by their empty code: two tables of one scope are compared at their 合计
// row once, whatever their uncoded lines print; a parent without a code
// whose lines do not add up is named.
func TestUncodedLinesNotMerged(t *testing.T) {
	a := namesOnly("支出预算总表",
		[]string{"", "合计", "0", "100.00", "70.00", "30.00"},
		[]string{"204", "公共安全支出", "1", "100.00", "70.00", "30.00"},
		[]string{"", "监狱", "2", "60.00", "40.00", "20.00"},
		[]string{"", "行政运行", "3", "40.00", "40.00", ""},
		[]string{"", "狱政设施建设", "3", "20.00", "", "20.00"},
		[]string{"", "强制隔离戒毒", "2", "40.00", "30.00", "10.00"},
		[]string{"", "行政运行", "3", "30.00", "30.00", ""},
		[]string{"", "所政设施建设", "3", "10.00", "", "10.00"})
	// the same scope, its uncoded lines other figures, its 合计's 基本支出
	// printed 1.00 short
	b := namesOnly("财政拨款支出预算表",
		[]string{"", "合计", "0", "100.00", "69.00", "31.00"},
		[]string{"204", "公共安全支出", "1", "100.00", "69.00", "31.00"},
		[]string{"", "监狱", "2", "59.00", "39.00", "20.00"},
		[]string{"", "强制隔离戒毒", "2", "41.00", "30.00", "11.00"})
	b.Kind = model.TExpenditure
	fs := only(Check(docWith(a, b)), "cross-table")
	var got []string
	for _, f := range fs {
		got = append(got, f.Where+": "+f.Message)
	}
	totals := 0
	for _, g := range got {
		if strings.Contains(g, "监狱") || strings.Contains(g, "强制隔离戒毒") {
			t.Errorf("an uncoded line compared by its empty code: %s", g)
		}
		if strings.Contains(g, " 合计“") {
			totals++
		}
	}
	if totals != 2 || len(got) != 4 {
		t.Errorf("cross-table findings:\n%s\nwant the 合计 row's and 204's 基本支出 and 项目支出, once each", strings.Join(got, "\n"))
	}

	// 监狱's items 10.00 short: the finding names 监狱, not the 合计 row
	a.Coded[3].Amounts["合计"], a.Coded[3].Amounts["基本支出"] = m("30.00"), m("30.00")
	var sums []string
	for _, f := range only(Check(docWith(a)), "tree-sum") {
		sums = append(sums, f.Message)
	}
	if len(sums) != 2 || !strings.HasPrefix(sums[0], "监狱") || !strings.HasPrefix(sums[1], "监狱") {
		t.Errorf("tree-sum findings %q, want 监狱's 合计 and 基本支出", sums)
	}
}
