package export

import (
	"fmt"
	"io"
	"strings"

	"charm.land/lipgloss/v2"

	"yusuan/model"
)

// Tree writes the functional tree as indented text: code and name on the
// left, 合计 / 基本支出 / 项目支出 right-aligned under each other whatever
// the width of the Chinese names (measured with lipgloss.Width).
func Tree(w io.Writer, d *model.Document) error {
	type line struct {
		label              string
		total, basic, proj string
	}
	lines := []line{{label: "科目", total: "合计", basic: "基本支出", proj: "项目支出"}}
	model.WalkFunc(d.Functional, func(n, _ *model.FuncNode) {
		depth := map[model.Level]int{model.LevelClass: 0, model.LevelSection: 1, model.LevelItem: 2}[n.Level]
		lines = append(lines, line{
			label: strings.Repeat("  ", depth) + n.Code + " " + model.CleanText(n.Name),
			total: n.Total.Grouped(), basic: n.Basic.Grouped(), proj: n.Project.Grouped(),
		})
	})
	if len(d.Functional) > 0 {
		var t, b, p model.Money
		for _, n := range d.Functional {
			t, b, p = t.Add(n.Total), b.Add(n.Basic), p.Add(n.Project)
		}
		lines = append(lines, line{label: "合计", total: t.Grouped(), basic: b.Grouped(), proj: p.Grouped()})
	}
	wl, wt, wb, wp := 0, 0, 0, 0
	for _, l := range lines {
		wl = max(wl, lipgloss.Width(l.label))
		wt = max(wt, lipgloss.Width(l.total))
		wb = max(wb, lipgloss.Width(l.basic))
		wp = max(wp, lipgloss.Width(l.proj))
	}
	title := fmt.Sprintf("%s %d年%s（单位：万元；来源：%s）", model.CleanText(d.Department), d.Year, d.Kind.Chinese(), model.CleanText(d.FunctionalSource))
	if _, err := fmt.Fprintln(w, title); err != nil {
		return err
	}
	for _, l := range lines {
		s := pad(l.label, wl, false) + "  " + pad(l.total, wt, true) + "  " + pad(l.basic, wb, true) + "  " + pad(l.proj, wp, true)
		if _, err := fmt.Fprintln(w, strings.TrimRight(s, " ")); err != nil {
			return err
		}
	}
	return nil
}

// pad pads s with spaces to display width w, on the left when right is true.
func pad(s string, w int, right bool) string {
	n := w - lipgloss.Width(s)
	if n <= 0 {
		return s
	}
	if right {
		return strings.Repeat(" ", n) + s
	}
	return s + strings.Repeat(" ", n)
}
