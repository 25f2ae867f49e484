package tui

import (
	"strings"
	"testing"
)

// TestPaneUncodedProjects: where no project names its functional line, the
// pane of a line says so instead of "no projects"; where only some do not,
// a line with 项目支出 counts those that could not be placed.
func TestPaneUncodedProjects(t *testing.T) {
	cases := []struct {
		name   string
		lang   string
		strip  func(i int) bool // which projects lose their code
		want   string
		absent string
	}{
		{"none coded", "zh", func(int) bool { return true }, "本文件未注明项目对应的功能科目", "（无对应项目）"},
		{"none coded en", "en", func(int) bool { return true }, "does not give the projects'", "(no projects)"},
		{"one uncoded", "zh", func(i int) bool { return i == 0 }, "另有 1 个项目未注明功能科目", "本文件未注明"},
		{"all coded", "zh", func(int) bool { return false }, "", "未注明"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := handDoc()
			for i, p := range doc.Projects {
				if c.strip(i) {
					p.FunctionCode, p.FunctionCodeInferred = "", false
				}
			}
			m := sized(t, New(doc, Options{Lang: c.lang}), 160, 50)
			press(m, "G", "enter", "enter", "G") // 2240199, an item with 项目支出
			s := screen(m)
			if c.want != "" && !strings.Contains(strings.ReplaceAll(s, "│", ""), c.want) {
				t.Fatalf("pane lacks %q:\n%s", c.want, s)
			}
			if strings.Contains(s, c.absent) {
				t.Fatalf("pane has %q:\n%s", c.absent, s)
			}
		})
	}
}
