package export

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"charm.land/lipgloss/v2"

	"yusuan/model"
)

// ErrNoFunctional is returned by Tree for a document with no functional
// table (a narrative-only half, a performance-target attachment): there is
// no tree to print, and an empty one would look like a budget of nothing.
var ErrNoFunctional = errors.New("未找到功能分类支出表，没有科目树可列 (no functional table found)")

// Tree writes the functional tree as indented text: code and name on the
// left, 合计 / 基本支出 / 项目支出 and every further part the table prints
// right-aligned under each other whatever the width of the Chinese names
// (measured with lipgloss.Width). A column the table does not print is "—",
// never 0.00; figures from a table whose arithmetic failed are marked "?".
func Tree(w io.Writer, d *model.Document) error {
	if len(d.Functional) == 0 {
		return fmt.Errorf("%s: %w", model.CleanText(d.Source), ErrNoFunctional)
	}
	others := otherNames(d.Functional)
	header := append([]string{"合计", "基本支出", "项目支出"}, others...)
	lines := [][]string{append([]string{"科目"}, header...)}
	unverified := false
	model.WalkFunc(d.Functional, func(n, _ *model.FuncNode) {
		depth := map[model.Level]int{model.LevelClass: 0, model.LevelSection: 1, model.LevelItem: 2}[n.Level]
		label := strings.Repeat("  ", depth) + codeAndName(n.Code, n.Name)
		if n.Unverified {
			label, unverified = "? "+label, true
		}
		lines = append(lines, append([]string{label}, treeAmounts(n.Total, n.Basic, n.Project, n.NoBasic, n.NoProject, n.Other, others)...))
	})
	sum := &model.FuncNode{NoBasic: true, NoProject: true}
	for _, n := range d.Functional {
		sum.Total, sum.Basic, sum.Project = sum.Total.Add(n.Total), sum.Basic.Add(n.Basic), sum.Project.Add(n.Project)
		sum.NoBasic, sum.NoProject = sum.NoBasic && n.NoBasic, sum.NoProject && n.NoProject
		sum.Other = model.AddParts(sum.Other, n.Other)
	}
	lines = append(lines, append([]string{"合计"}, treeAmounts(sum.Total, sum.Basic, sum.Project, sum.NoBasic, sum.NoProject, sum.Other, others)...))
	widths := make([]int, len(lines[0]))
	for _, l := range lines {
		for i, c := range l {
			widths[i] = max(widths[i], lipgloss.Width(c))
		}
	}
	title := fmt.Sprintf("%s %d年%s（单位：万元；来源：%s）", model.CleanText(d.Department), d.Year, d.Kind.Chinese(), model.CleanText(d.FunctionalSource))
	if _, err := fmt.Fprintln(w, title); err != nil {
		return err
	}
	if unverified {
		if _, err := fmt.Fprintln(w, "? 读取存疑：来源表的合计关系不成立，标“?”的数字未经核实（详见 yusuan check）"); err != nil {
			return err
		}
	}
	for _, l := range lines {
		var b strings.Builder
		for i, c := range l {
			if i > 0 {
				b.WriteString("  ")
			}
			b.WriteString(pad(c, widths[i], i > 0))
		}
		if _, err := fmt.Fprintln(w, strings.TrimRight(b.String(), " ")); err != nil {
			return err
		}
	}
	return nil
}

// codeAndName is a line's label: its code, then its name; a line the
// document prints without a code (and the catalogue cannot give one) is its
// name alone, at the indent of its level.
func codeAndName(code, name string) string {
	if code == "" {
		return model.CleanText(name)
	}
	return code + " " + model.CleanText(name)
}

// treeAmounts formats one line's amounts: absent columns as "—".
func treeAmounts(total, basic, project model.Money, noBasic, noProject bool, parts []model.Part, others []string) []string {
	out := []string{total.Grouped(), orDash(basic, noBasic), orDash(project, noProject)}
	for _, name := range others {
		cell := "—"
		for _, p := range parts {
			if p.Name == name {
				cell = p.Amount.Grouped()
			}
		}
		out = append(out, cell)
	}
	return out
}

func orDash(m model.Money, absent bool) string {
	if absent {
		return "—"
	}
	return m.Grouped()
}

// otherNames lists the further parts of 合计 that some line fills with a
// figure other than zero, in order: a column of zeros adds nothing to any
// sum and is left out of the text.
func otherNames(nodes []*model.FuncNode) []string {
	var out []string
	model.WalkFunc(nodes, func(n, _ *model.FuncNode) {
		for _, p := range n.Other {
			if !p.Amount.IsZero() && !slices.Contains(out, p.Name) {
				out = append(out, p.Name)
			}
		}
	})
	return out
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
