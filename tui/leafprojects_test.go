package tui

import (
	"strings"
	"testing"
)

// TestLeafOpensProjects: Enter on a 项 lists its projects (the project
// list filtered to its code); back returns to the leaf; a project opens
// onto its indicators from there.
func TestLeafOpensProjects(t *testing.T) {
	for _, c := range []struct {
		name string
		m    func() *Model
	}{
		{"budget", func() *Model { return sized(t, New(handDoc(), Options{}), 120, 40) }},
		{"diff", func() *Model { return diffModel(t, 120, 40) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := c.m()
			press(m, "G", "enter", "enter", "G") // 2240199 其他应急管理支出
			press(m, "enter")
			if got := rowsOf(m); got != "2240199 2240199" {
				t.Fatalf("projects of 2240199: %q", got)
			}
			lines := strings.Split(screen(m), "\n")
			if crumb := strings.TrimSpace(lines[2]); !strings.HasSuffix(crumb, "› 2240199 其他应急管理支出 › 所属项目") {
				t.Fatalf("breadcrumb %q", crumb)
			}
			if !strings.Contains(lines[3], "功能科目") {
				t.Fatalf("heading is not the projects': %q", lines[3])
			}
			if st := row(t, m, "排序"); !strings.Contains(st, "排序: 功能科目") {
				t.Fatalf("sort named by a column not shown: %q", st)
			}
			if c.name == "budget" { // diff rows carry no indicators
				press(m, "G", "enter") // a project: its indicators
				if n := m.view().top().list.rows; len(n) == 0 || n[0].kind != kindIndicator {
					t.Fatal("project did not open onto its indicators")
				}
				press(m, "h")
			}
			press(m, "h")
			if sel(m) != "2240199 其他应急管理支出" || m.cur != viewFunctional {
				t.Fatalf("back went to %q", sel(m))
			}
		})
	}
	// A leaf without projects stays, and says so.
	m := sized(t, New(handDoc(), Options{}), 120, 40)
	press(m, "G", "enter", "enter", "enter") // 2240101 行政运行: basic only
	if sel(m) != "2240101 行政运行" || !strings.Contains(screen(m), "（无对应项目）") {
		t.Fatalf("leaf without projects: %q", sel(m))
	}
	// From the flat view: Enter goes to the leaf, Enter again to its projects.
	press(m, "F", "enter", "enter")
	if m.cur != viewFunctional || rowsOf(m) != "2240199 2240199" {
		t.Fatalf("flat → leaf → projects: view %d %q", m.cur, rowsOf(m))
	}
}
