package tui

import (
	"testing"
)

// sizes3 are the sizes the working-day screens are pinned at: the two
// usual ones and a wide screen, where more columns show.
var sizes3 = []struct {
	name string
	w, h int
}{{"80x24", 80, 24}, {"120x40", 120, 40}, {"200x50", 200, 50}}

// TestGoldenWorkday pins the screens of issue 14: the flat view, a sort and
// a filter, a leaf's projects, the findings sorted by severity, and diff
// mode (flat by |Δ|, a level with the change of the parts, its help).
func TestGoldenWorkday(t *testing.T) {
	frames := []struct {
		name string
		diff bool
		keys []string
	}{
		{"flat", false, []string{"F"}},
		{"flat-economic", false, []string{"2", "F"}},
		{"sort-project", false, []string{"G", "enter", "enter", "s", "s", "s", "s"}},
		{"filter", false, []string{"F", "f", "type:10..600", "enter"}},
		{"filter-typing", false, []string{"F", "f", "type:应急"}},
		{"leaf-projects", false, []string{"G", "enter", "enter", "G", "enter"}},
		{"findings-severity", false, []string{"7", "s"}},
		{"search-grouped", false, []string{"2", "/", "type:住房公积金"}},
		{"diff-flat", true, []string{"F"}},
		{"diff-section", true, []string{"G", "enter", "enter"}},
		{"diff-pct", true, []string{"F", "<", "<"}},
		{"diff-help", true, []string{"?"}},
	}
	for _, sz := range sizes3 {
		for _, f := range frames {
			t.Run(sz.name+"/"+f.name, func(t *testing.T) {
				var m *Model
				if f.diff {
					m = diffModel(t, sz.w, sz.h)
				} else {
					fs := append(testFindings(), Finding{Rule: "cross-table", Severity: "warn",
						Where: "部门预算支出总表 / 2240106 与 部门预算收入总表 / 2240106", Message: "同一编码在两表中金额不同", Code: "2240106"})
					m = sized(t, New(handDoc(), Options{NoColor: true, Findings: fs}), sz.w, sz.h)
				}
				press(m, f.keys...)
				s := screen(m)
				checkFrame(t, s, sz.w, sz.h)
				goldenEqual(t, s)
			})
		}
	}
}
