package tui

import (
	"strings"
	"testing"

	"yusuan/model"
)

// row is the screen line of the list row whose text holds s.
func row(t *testing.T, m *Model, s string) string {
	t.Helper()
	for _, l := range strings.Split(screen(m), "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	t.Fatalf("no line holds %q:\n%s", s, screen(m))
	return ""
}

// TestWidthsUsed: what each width shows, and that the labels say what is
// shown.
func TestWidthsUsed(t *testing.T) {
	item := []string{"G", "enter", "enter"}
	// 200 columns: the source line column; in diff mode, the change of the parts.
	m := sized(t, New(handDoc(), Options{}), 200, 50)
	press(m, item...)
	if head := row(t, m, "编码"); !strings.Contains(head, "来源行") {
		t.Fatalf("no source column at 200: %q", head)
	}
	if r := row(t, m, "2240106 安全监管"); !strings.Contains(r, "L516") {
		t.Fatalf("row lacks its source line: %q", r)
	}
	d := diffModel(t, 200, 50)
	press(d, item...)
	if head := row(t, d, "编码"); !strings.Contains(head, "上年     本年    增减 基本支出增减 项目支出增减  增减%") {
		t.Fatalf("diff heading at 200: %q", head)
	}
	// 120: neither.
	m = sized(t, New(handDoc(), Options{}), 120, 40)
	press(m, item...)
	if head := row(t, m, "编码"); strings.Contains(head, "来源行") {
		t.Fatalf("source column at 120: %q", head)
	}
	// 100: the bar gives way, and the status line no longer promises it.
	m = sized(t, New(handDoc(), Options{ASCII: true}), 100, 30)
	press(m, item...)
	if r := row(t, m, "2240199 其他"); strings.Contains(r, "#") {
		t.Fatalf("bar at 100: %q", r)
	}
	if st := row(t, m, "排序"); strings.Contains(st, "占比+条形") || !strings.Contains(st, "占比") {
		t.Fatalf("status at 100: %q", st)
	}
	// 50: 占比 goes before 项目支出.
	m = sized(t, New(handDoc(), Options{}), 50, 20)
	press(m, item...)
	if head := row(t, m, "编码"); !strings.Contains(head, "项目支出") || strings.Contains(head, "占比") {
		t.Fatalf("heading at 50: %q", head)
	}
	if st := row(t, m, "排序"); strings.Contains(st, "占比") {
		t.Fatalf("status at 50 names a share that is not shown: %q", st)
	}
	// The projects view sorts by the column it shows.
	m = sized(t, New(handDoc(), Options{Lang: "en"}), 120, 40)
	press(m, "3")
	if st := row(t, m, "sort:"); !strings.Contains(st, "sort: Function") {
		t.Fatalf("projects sort label: %q", st)
	}
	if tabs := strings.Split(screen(m), "\n")[1]; !strings.Contains(tabs, "4 Three public") {
		t.Fatalf("English tabs: %q", tabs)
	}
	// Tabs that do not fit keep the current view's name and the others' digits.
	d = diffModel(t, 80, 24)
	press(d, "F")
	if tabs := strings.Split(screen(d), "\n")[1]; !strings.Contains(tabs, "[8 明细]") || !strings.Contains(tabs, " 1  2  3 ") {
		t.Fatalf("tabs at 80 in diff mode: %q", tabs)
	}
}

// TestBarIsShare: the bar says what the share says: 56.5% of 20 cells.
func TestBarIsShare(t *testing.T) {
	for _, c := range []struct {
		a, scale string
		w        int
		want     string
	}{
		{"1450.00", "2567.97", 20, "###########........."}, // 56.5% → 11.3 cells
		{"150.00", "2567.97", 20, "#..................."},  // 5.8% → 1.17: one cell
		{"0", "2567.97", 8, "........"},
		{"3000", "2567.97", 8, "########"}, // above the parent (a document error): full, not wider
	} {
		g := newGlyphs(true)
		if got := bar(model.MustMoney(c.a), model.MustMoney(c.scale), c.w, g); got != c.want {
			t.Errorf("bar(%s/%s) = %q, want %q", c.a, c.scale, got, c.want)
		}
	}
	m := sized(t, New(handDoc(), Options{ASCII: true}), 120, 40)
	press(m, "G", "enter", "enter")
	r := row(t, m, "2240199 其他")
	full := strings.Count(r, "#")
	dots := strings.Count(r[strings.Index(r, "%"):], ".")
	if permille := full * 1000 / max(1, full+dots); permille < 500 || permille > 600 {
		t.Fatalf("bar of 56.5%% fills %d of %d cells: %q", full, full+dots, r)
	}
}

// TestWideColumnsOnlyWithFigures: a wide-screen amount column that holds
// nothing but zeros (a document without the basic/project split) is not drawn.
func TestWideColumnsOnlyWithFigures(t *testing.T) {
	h := heads{code: "编码", name: "名称", amts: []string{"上年", "本年", "增减", "基本支出增减", "项目支出增减"}, base: 3}
	for _, c := range []struct {
		nz   []bool
		want int
	}{{[]bool{true, true, true, true, true}, 5}, {[]bool{true, true, true, true, false}, 4}, {[]bool{true, true, true, false, false}, 3}} {
		l := &listing{parent: &node{}, measures: &measures{codeW: 7, nameW: 12, amtW: []int{9, 9, 9, 9, 9}, amtNZ: c.nz}}
		if got := len(layoutFor(l, h, modeBoth, 140).amtW); got != c.want {
			t.Errorf("%v: %d columns, want %d", c.nz, got, c.want)
		}
	}
}

// TestFindingColumnsWide: at 200 columns a long message leaves the place
// and the rule whole; at 80 the message keeps its room as before.
func TestFindingColumnsWide(t *testing.T) {
	fs := []Finding{{Rule: "narrative-change", Severity: "error", Where: "正文 / （一）公共安全（类）",
		Message: strings.Repeat("正文6049.97万元减少392.92万元，推算上年为 6442.89 万元", 3)}}
	m := sized(t, New(handDoc(), Options{Findings: fs}), 200, 50)
	press(m, "7")
	if r := row(t, m, "错误"); !strings.Contains(r, "正文 / （一）公共安全（类） narrative-change") {
		t.Fatalf("place and rule cut at 200: %q", r)
	}
	m = sized(t, New(handDoc(), Options{Findings: fs}), 80, 24)
	press(m, "7")
	if r := row(t, m, "错误"); !strings.Contains(r, "正文6049.97万元减少392.92万元") {
		t.Fatalf("message lost its room at 80: %q", r)
	}
}
