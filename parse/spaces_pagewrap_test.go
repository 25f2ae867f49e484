package parse

import (
	"strings"
	"testing"
)

// TestJoinFiguresOverPages: 杭州市公安局 2026 表2 (lines 561-564) prints
// “12,437.3” at the foot of page 20 and its “6” on page 21's first line,
// beside the rest of the unit's name; the figure is joined whole and the
// name kept. A tail under no page break, or with a figure beside it, is
// left alone.
func TestJoinFiguresOverPages(t *testing.T) {
	row := " 杭州市机动      14,549.64    14,549.64                                        12,437.3                          2,112.28"
	cases := []struct {
		name     string
		lines    []string
		starts   []bool
		row, top string // the two lines after
	}{
		{"over a page", []string{row, "", "                                                                                     20", "", "车驾驶员考试                                              6"},
			[]bool{false, false, false, false, true}, "12,437.36", "车驾驶员考试"},
		{"no page break", []string{row, "", "车驾驶员考试                                              6"},
			[]bool{false, false, false}, "12,437.3 ", "车驾驶员考试 6"},
		{"a figure beside the tail", []string{row, "", "车驾驶员考试        1.00                                      6"},
			[]bool{false, false, true}, "12,437.3 ", "车驾驶员考试 1.00 6"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := joinFiguresOverPages(c.lines, c.starts)
			if !strings.Contains(got[0]+" ", c.row) {
				t.Errorf("row line %q, want %q in it", got[0], c.row)
			}
			if last := strings.Join(strings.Fields(got[len(got)-1]), " "); last != c.top {
				t.Errorf("next page's line %q, want %q", last, c.top)
			}
		})
	}
}

// TestNoStrayTailInHangzhouIncome: 杭州市公安局's 收入预算总表 shows 12,437.36
// for 杭州市机动车驾驶员考试服务中心 and no stray 6 on the next page's line.
func TestNoStrayTailInHangzhouIncome(t *testing.T) {
	tb := hangzhouTable(t, "zj-hangzhou-publicsecurity-2026-budget", "2026年市级部门收入预算总表")
	found := false
	for i, r := range tb.Rows {
		for _, c := range r {
			found = found || tb.RowLines[i] == 561 && c == "12,437.36"
			if strings.TrimSpace(c) == "6" {
				t.Errorf("line %d: a stray 6 in %q", tb.RowLines[i], r)
			}
		}
	}
	if !found {
		t.Error("line 561 without 12,437.36")
	}
}
