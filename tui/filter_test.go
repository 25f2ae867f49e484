package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// rowsOf is the codes (or names where a row has none) of the level on screen.
func rowsOf(m *Model) string {
	var out []string
	for _, n := range m.view().top().list.rows {
		if n.code != "" && n.kind != kindFinding {
			out = append(out, n.code)
		} else {
			out = append(out, n.name)
		}
	}
	return strings.Join(out, " ")
}

// TestFilter narrows the flat view (and a tree) by text, amount ranges on
// the sorted column, and shows the filter in the status line until Esc.
func TestFilter(t *testing.T) {
	cases := []struct {
		name, keys []string
		want       string
	}{
		{nil, []string{"F", "f", "type:应急", "enter"}, "2240199 2240109 2240108"},
		{nil, []string{"F", "f", "type:yjjy", "enter"}, "2240108"}, // pinyin initials of 应急救援
		{nil, []string{"F", "f", "type:>100", "enter"}, "2240199 2120899 2240101 2240102 2240106"},
		{nil, []string{"F", "f", "type:>=150", "enter"}, "2240199 2120899 2240101 2240102 2240106"},
		{nil, []string{"F", "f", "type:>150", "enter"}, "2240199 2120899 2240101 2240102"},
		{nil, []string{"F", "f", "type:10..50", "enter"}, "2240109 2240108"},
		{nil, []string{"F", "f", "type:50..10", "enter"}, "2240109 2240108"},
		{nil, []string{"F", "f", "type:<=20 224", "enter"}, "2240109 2240108"}, // both words hold
		// On the sorted amount column: 基本支出 (s, s from 合计 goes via name).
		{nil, []string{"F", "s", "s", "f", "type:>0", "enter"}, "2240101 2210201"},
		// A tree keeps the way to a row that passes.
		{nil, []string{"f", "type:安全监管", "enter"}, "224"},
		{nil, []string{"f", "type:安全监管", "enter", "enter"}, "22401"},
		{nil, []string{"f", "type:xyzzy", "enter"}, ""},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.keys, " "), func(t *testing.T) {
			m := sized(t, New(handDoc(), Options{}), 120, 40)
			press(m, c.keys...)
			if got := rowsOf(m); got != c.want {
				t.Fatalf("rows %q, want %q", got, c.want)
			}
		})
	}
	m := sized(t, New(handDoc(), Options{}), 120, 40)
	press(m, "F", "f", "type:应急")
	if !m.filter.open || !strings.Contains(screen(m), "f> 应急") || !strings.Contains(screen(m), "3 行") {
		t.Fatalf("filter line:\n%s", screen(m))
	}
	press(m, "enter")
	if s := screen(m); m.filter.open || !strings.Contains(s, "筛选: 应急") {
		t.Fatalf("status lacks the filter:\n%s", s)
	}
	press(m, "f") // the line opens on the filter as it is, to edit it
	if m.filter.in.Value() != "应急" {
		t.Fatalf("filter line reopened with %q", m.filter.in.Value())
	}
	press(m, "backspace", "backspace", "type:安全", "enter")
	if rowsOf(m) != "2240106" {
		t.Fatalf("edited filter: %q", rowsOf(m))
	}
	press(m, "esc") // Esc clears it
	if strings.Contains(screen(m), "筛选:") || len(m.view().top().list.rows) != 8 {
		t.Fatalf("esc did not clear the filter:\n%s", screen(m))
	}
	// Esc on the line drops the filter; pasted text is cleaned.
	press(m, "f")
	m.Update(tea.PasteMsg{Content: "应急\x1b[2J\n"})
	if rowsOf(m) != "2240199 2240109 2240108" {
		t.Fatalf("pasted filter: %q", rowsOf(m))
	}
	press(m, "esc")
	if m.filter.open || !m.view().filter.empty() {
		t.Fatal("esc on the line kept the filter")
	}
}

// TestFilterDiff filters a diff view by change and sorts by Δ% and signed Δ.
func TestFilterDiff(t *testing.T) {
	cases := []struct {
		keys []string
		want string
	}{
		{[]string{"F", "f", "type:新增", "enter"}, "2240109"},
		{[]string{"F", "f", "type:changed", "enter"}, "2240199 2240101"},
		{[]string{"F", "f", "type:>100", "enter"}, "2240199"},                                                  // |Δ|, the sorted column, not the totals
		{[]string{"F", ">", ">", ">", ">", "f", "type:>0", "enter"}, "2240101 2240109"},                        // ±增减: the rises
		{[]string{"F", ">", ">", ">", ">"}, "2240101 2240109 2120899 2210201 2240102 2240106 2240108 2240199"}, // ±增减: rises first
		{[]string{"F", "<", "<"}, "2240101 2120899 2210201 2240102 2240106 2240108 2240199 2240109"},           // 增减%: 14.39% first, 新增 (no %) last
		{[]string{"F", "<", "<", "r"}, "2240199 2120899 2210201 2240102 2240106 2240108 2240101 2240109"},      // reversed: 新增 still last
	}
	for _, c := range cases {
		t.Run(strings.Join(c.keys, " "), func(t *testing.T) {
			m := diffModel(t, 120, 40)
			press(m, c.keys...)
			if got := rowsOf(m); got != c.want {
				t.Fatalf("rows %q, want %q", got, c.want)
			}
		})
	}
	m := diffModel(t, 120, 40)
	press(m, "F", "<", "<")
	if s := screen(m); !strings.Contains(s, "排序: 增减% ▼") {
		t.Fatalf("status does not name the sort:\n%s", s)
	}
}

// TestFindingsSortFilter sorts the findings by severity and rule, filters
// them by severity and rule, and finds them with /.
func TestFindingsSortFilter(t *testing.T) {
	fs := append(testFindings(), Finding{Rule: "tree-sum", Severity: "warn", Where: "表 / 301", Message: "经济分类合计不等", Code: "301"})
	cases := []struct {
		keys []string
		want string
	}{
		{[]string{"7"}, "下级合计与上级不等 资金支出计划未到预算数 说明中的“三公”经费与表不一致 经济分类合计不等"},
		{[]string{"7", "s"}, "下级合计与上级不等 资金支出计划未到预算数 经济分类合计不等 说明中的“三公”经费与表不一致"}, // severity
		{[]string{"7", "s", "r"}, "说明中的“三公”经费与表不一致 资金支出计划未到预算数 经济分类合计不等 下级合计与上级不等"},
		{[]string{"7", "s", "s"}, "说明中的“三公”经费与表不一致 资金支出计划未到预算数 下级合计与上级不等 经济分类合计不等"}, // rule
		{[]string{"7", "f", "type:tree-sum", "enter"}, "下级合计与上级不等 经济分类合计不等"},
		{[]string{"7", "f", "type:警告", "enter"}, "资金支出计划未到预算数 经济分类合计不等"},
		{[]string{"7", "f", "type:warn tree-sum", "enter"}, "经济分类合计不等"},
		// In a tree, a severity keeps the rows a finding of it concerns.
		{[]string{"f", "type:error", "enter"}, "224"},
		{[]string{"f", "type:error", "enter", "enter"}, "22401"},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.keys, " "), func(t *testing.T) {
			m := sized(t, New(handDoc(), Options{Findings: fs}), 120, 40)
			press(m, c.keys...)
			if got := rowsOf(m); got != c.want {
				t.Fatalf("rows %q, want %q", got, c.want)
			}
		})
	}
	m := sized(t, New(handDoc(), Options{Findings: fs}), 120, 40)
	press(m, "/", "type:project-plan", "enter")
	if m.cur != viewFindings || sel(m) != "警告 资金支出计划未到预算数" {
		t.Fatalf("search for a rule landed on view %d %q", m.cur, sel(m))
	}
}

// TestSearchGroupedByView: the matches in the view the search is made from
// come first, and n goes through them before it leaves the view.
func TestSearchGroupedByView(t *testing.T) {
	m := sized(t, New(handDoc(), Options{}), 120, 40)
	// 住房公积金 is a functional line (2210201) and an economic item (30113).
	press(m, "2", "/", "type:住房公积金")
	if s := screen(m); !strings.Contains(s, "经济分类 1, 功能分类 1") {
		t.Fatalf("prompt does not group the matches:\n%s", s)
	}
	press(m, "enter")
	if m.cur != viewEconomic || sel(m) != "30113 住房公积金" {
		t.Fatalf("from the economic view landed on %d %q", m.cur, sel(m))
	}
	press(m, "n")
	if m.cur != viewFunctional || sel(m) != "2210201 住房公积金" {
		t.Fatalf("n went to %d %q", m.cur, sel(m))
	}
	// 应急: several functional lines and projects; n stays in the functional
	// view until its matches are done.
	m = sized(t, New(handDoc(), Options{}), 120, 40)
	press(m, "/", "type:应急", "enter")
	var views []viewID
	for i := 0; i < len(m.search.hits); i++ {
		views = append(views, m.cur)
		press(m, "n")
	}
	for i := 1; i < len(views); i++ {
		if views[i] < views[i-1] && views[i] == viewFunctional {
			t.Fatalf("n came back to the functional view: %v", views)
		}
	}
	if views[0] != viewFunctional {
		t.Fatalf("first match in view %d", views[0])
	}
}

// TestFolderFilterRange filters the folder list by expenditure and severity.
func TestFolderFilterRange(t *testing.T) {
	f := folderSized(t, 120, 40)
	for _, c := range []struct {
		filter string
		want   string
	}{{">1000", "a-hand.txt"}, {"<1000", "c-small.txt"}, {"错误", "a-hand.txt"}, {"10..10 2025", "c-small.txt"}, {"新增", ""}} {
		pressF(f, "f")
		f.Update(tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
		pressF(f, "type:"+c.filter, "enter")
		var got []string
		for _, r := range f.shown {
			got = append(got, r.file)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%s: rows %v, want %q", c.filter, got, c.want)
		}
	}
}

// TestFolderSortColumns: < and > pick the folder list's sort as s does.
func TestFolderSortColumns(t *testing.T) {
	f := folderSized(t, 120, 40)
	for _, c := range []struct {
		key  string
		want folderSort
	}{{">", sortDept}, {">", sortExpend}, {"<", sortDept}, {"<", sortFile}, {"<", sortFindings}, {"s", sortFile}} {
		pressF(f, c.key)
		if f.by != c.want {
			t.Fatalf("after %s: sort %d, want %d", c.key, f.by, c.want)
		}
	}
	pressF(f, "<", "<") // by expenditure, largest first
	if selF(f) != "a-hand.txt" || f.shown[1].file != "c-small.txt" {
		t.Fatalf("by expenditure: %s, %s", f.shown[0].file, f.shown[1].file)
	}
}
