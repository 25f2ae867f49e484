package tui

import (
	"strings"
	"testing"

	"yusuan/model"
)

// pathTableDoc has one raw table whose columns are named by their whole
// header path, as the parser names them, with long item names and an empty
// column: the shape that used to push the last amount column off screen.
func pathTableDoc() *model.Document {
	cols := []string{"项目/科目编码", "项目/科目名称", "2023年预算数/合计", "2023年预算数/基本支出",
		"2023年预算数/项目支出", "2023年预算数/经营支出"}
	rows := [][]string{
		{"", "合计", "595.20", "40.50", "554.70", ""},
		{"2240106", "安全监管（含安全生产执法、监督检查等事务）", "467.60", "40.50", "427.10", ""},
		{"2240299", "其他消防救援事务支出", "126.00", "", "126.00", ""},
	}
	return &model.Document{Department: "测试", Year: 2023, Unit: "万元",
		Tables: []*model.Table{{Kind: "expenditure", Title: "2023年预算支出总表", Line: 1, Columns: cols,
			Rows: rows, RowLines: []int{2, 3, 4}}}}
}

// TestTableColumnsFit: at every width from 80 up, every amount is on screen
// and the amount columns are titled (by the last part of their path when the
// whole does not fit); the empty column goes before anything else.
func TestTableColumnsFit(t *testing.T) {
	for _, w := range []int{60, 80, 90, 100, 120, 160} {
		m := sized(t, New(pathTableDoc(), Options{}), w, 30)
		press(m, "5", "enter")
		s := screen(m)
		checkFrame(t, s, w, 30)
		lines := strings.Split(s, "\n")
		head := lines[3]
		for _, title := range []string{"合计", "基本支出", "项目支出"} {
			if !strings.Contains(head, title) {
				t.Errorf("width %d: header lacks %q: %q", w, title, head)
			}
		}
		for _, a := range []string{"595.20", "554.70", "427.10", "126.00"} {
			if !strings.Contains(s, a) {
				t.Errorf("width %d: amount %s not on screen:\n%s", w, a, s)
			}
		}
		if w == 60 && strings.Contains(head, "经营支出") {
			t.Errorf("width 60: the empty column kept its room: %q", head)
		}
	}
	// At 200 columns there is room for whole titles.
	m := sized(t, New(pathTableDoc(), Options{}), 200, 30)
	press(m, "5", "enter")
	if head := strings.Split(screen(m), "\n")[3]; !strings.Contains(head, "2023年预算数/项目支出") {
		t.Errorf("width 200: whole title not shown: %q", head)
	}
}

func TestCellTitle(t *testing.T) {
	cases := []struct {
		t    string
		w    int
		want string
	}{
		{"2023年预算数/基本支出", 30, "2023年预算数/基本支出"},
		{"2023年预算数/基本支出", 10, "基本支出"},
		{"合计", 4, "合计"},
		{"a/b/c", 3, "c"},
	}
	for _, c := range cases {
		if got := cellTitle(c.t, c.w); got != c.want {
			t.Errorf("cellTitle(%q, %d) = %q, want %q", c.t, c.w, got, c.want)
		}
	}
}
