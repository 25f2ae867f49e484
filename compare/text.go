package compare

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"yusuan/model"
)

// statusOrder is the order the text report lists the groups in; unchanged
// lines are only counted.
var statusOrder = []Status{Changed, Renamed, Added, Removed}

var statusTitle = map[Status]string{
	Changed: "变化", Renamed: "改名", Added: "新增", Removed: "删除", Same: "未变",
}

// WriteText writes a plain report for a terminal or a pipe: the totals, then
// each section grouped by status with the largest |Δ| first, then the
// narrative checks. Names go last on each row so that the ASCII figures
// align whatever the width of the Chinese text; all document text is cleaned.
func WriteText(w io.Writer, d *Diff) error {
	b := bufio.NewWriter(w)
	last := func(old, cur *model.Money, pct, _ string) string { return PctText(old, cur, pct) }
	if d.Execution {
		fmt.Fprintf(b, "预算执行：%s（%s预算）→ %s（决算）；列：预算数 → 决算数  差额  执行率\n", clean(d.Old.Source), yearText(d.Old.Year), clean(d.New.Source))
		last = func(old, cur *model.Money, _, rate string) string { return RateText(old, cur, rate) }
	} else {
		fmt.Fprintf(b, "对比：%s（%s）→ %s（%s）\n", clean(d.Old.Source), yearText(d.Old.Year), clean(d.New.Source), yearText(d.New.Year))
	}
	for _, msg := range d.Warnings {
		fmt.Fprintf(b, "警告：%s\n", clean(msg))
	}

	fmt.Fprintf(b, "\n合计（万元）\n")
	for _, l := range d.Totals.Lines() {
		t := l.T
		row := amountRow(glyphFor(t.Status(), t.Delta), t.Old, t.New, t.Delta, last(t.Old, t.New, t.DeltaPct, t.Rate))
		if t.Old == nil || t.New == nil {
			// a figure one document does not print has no change to show
			row = fmt.Sprintf("%s %14s → %14s  %14s  %9s", "=", orDash(optGrouped(t.Old)), orDash(optGrouped(t.New)), "—", "—")
		}
		fmt.Fprintf(b, "  %s %s\n", l.Label, row)
	}

	writeLines(b, "功能分类", d.Functional, last)
	writeLines(b, "经济分类", d.Economic, last)
	writeProjects(b, d.Projects, last)
	if len(d.ThreePublic) > 0 {
		writeLines(b, "“三公”经费", d.ThreePublic, last)
	}
	writeFindings(b, d.Findings)
	writeNarrative(b, d.Narrative)
	return b.Flush()
}

func yearText(y int) string {
	if y == 0 {
		return "年度不详"
	}
	return fmt.Sprintf("%d年", y)
}

func clean(s string) string { return model.CleanText(strings.ReplaceAll(s, "\n", " ")) }

// glyphFor is the sign shown beside a row: never colour alone.
func glyphFor(s Status, delta model.Money) string {
	switch s {
	case Added:
		return "+"
	case Removed:
		return "-"
	case Same:
		return "="
	}
	switch delta.Sign() {
	case 1:
		return "▲"
	case -1:
		return "▼"
	}
	if s == Renamed {
		return "~"
	}
	return "≠"
}

// lastColumn is the text of a row's last column: Δ% between two years, the
// execution rate between a budget and its final accounts.
type lastColumn func(old, cur *model.Money, pct, rate string) string

// amountRow formats "glyph old → new Δ Δ%" (or the execution rate for Δ%)
// in fixed ASCII columns.
func amountRow(glyph string, old, cur *model.Money, delta model.Money, lastText string) string {
	o, n := "—", "—"
	if old != nil {
		o = old.Grouped()
	}
	if cur != nil {
		n = cur.Grouped()
	}
	return fmt.Sprintf("%s %14s → %14s  %14s  %9s", glyph, o, n, signedGrouped(delta), lastText)
}

func optGrouped(m *model.Money) string {
	if m == nil {
		return ""
	}
	return m.Grouped()
}

func signedGrouped(m model.Money) string {
	if m.Sign() > 0 {
		return "+" + m.Grouped()
	}
	return m.Grouped()
}

func totalOf(a *Amounts) *model.Money {
	if a == nil {
		return nil
	}
	t := a.Total
	return &t
}

// byAbsDelta orders largest |Δ| first, then by code and name for a stable report.
func byAbsDelta(ls []*Line) {
	sort.SliceStable(ls, func(i, j int) bool {
		if c := ls[i].Delta.Abs().Cmp(ls[j].Delta.Abs()); c != 0 {
			return c > 0
		}
		if ls[i].Code != ls[j].Code {
			return ls[i].Code < ls[j].Code
		}
		return ls[i].Name < ls[j].Name
	})
}

func writeLines(b *bufio.Writer, title string, tree []*Line, last lastColumn) {
	groups := map[Status][]*Line{}
	walkLines(tree, func(l, _ *Line) { groups[l.Status] = append(groups[l.Status], l) })
	parentOf := parentsOf(tree)
	fmt.Fprintf(b, "\n%s（变化%d行，未变%d行）\n", title, countChanged(groups), len(groups[Same]))
	for _, s := range statusOrder {
		ls := groups[s]
		if len(ls) == 0 {
			continue
		}
		byAbsDelta(ls)
		fmt.Fprintf(b, " %s %d\n", statusTitle[s], len(ls))
		for _, l := range ls {
			name := placedName(l, parentOf, displayName(l.Name, l.OldName, l.MatchedBy))
			fmt.Fprintf(b, "  %s  %-8s %s\n", amountRow(glyphFor(l.Status, l.Delta), totalOf(l.Old), totalOf(l.New), l.Delta, last(totalOf(l.Old), totalOf(l.New), l.DeltaPct, l.Rate)), clean(l.Code), clean(name))
		}
	}
}

func countChanged(groups map[Status][]*Line) int {
	n := 0
	for s, ls := range groups {
		if s != Same {
			n += len(ls)
		}
	}
	return n
}

func writeProjects(b *bufio.Writer, ps []*ProjectDiff, last lastColumn) {
	groups := map[Status][]*ProjectDiff{}
	for _, p := range ps {
		groups[p.Status] = append(groups[p.Status], p)
	}
	fmt.Fprintf(b, "\n项目（变化%d个，未变%d个）\n", len(ps)-len(groups[Same]), len(groups[Same]))
	for _, s := range statusOrder {
		list := groups[s]
		if len(list) == 0 {
			continue
		}
		SortProjectsByAbsDelta(list)
		fmt.Fprintf(b, " %s %d\n", statusTitle[s], len(list))
		for _, p := range list {
			name := displayName(p.Name, p.OldName, p.MatchedBy)
			fmt.Fprintf(b, "  %s  %s\n", amountRow(glyphFor(p.Status, p.Delta), p.OldBudget, p.NewBudget, p.Delta, last(p.OldBudget, p.NewBudget, p.DeltaPct, p.Rate)), clean(name))
			if p.Code != "" {
				fmt.Fprintf(b, "      编码 %s\n", clean(p.Code))
			}
			if p.PlanChanged {
				fmt.Fprintf(b, "      季度计划 %s → %s\n", planText(p.PlanOld), planText(p.PlanNew))
			}
			if p.Status == Added || p.Status == Removed {
				continue
			}
			for _, in := range p.Indicators {
				if in.Status == Same {
					continue
				}
				path := clean(strings.Join(nonEmpty(in.Level1, in.Level2, in.Name), "/"))
				fmt.Fprintf(b, "      指标%s %s：%s → %s\n", statusTitle[in.Status], path, orDash(clean(in.Old)), orDash(clean(in.New)))
			}
		}
	}
}

func planText(p []model.Money) string {
	if p == nil {
		return "无"
	}
	parts := make([]string, len(p))
	for i, m := range p {
		parts[i] = m.Grouped()
	}
	return strings.Join(parts, "/")
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// writeFindings lists where the final accounts' 年初预算数 differs from the budget.
func writeFindings(b *bufio.Writer, fs []model.Finding) {
	if len(fs) == 0 {
		return
	}
	fmt.Fprintf(b, "\n年初预算数与预算文件不符（%d处）\n", len(fs))
	for _, f := range fs {
		fmt.Fprintf(b, "  [%s] %s（第%d行）\n      %s；差额 %s\n", f.Rule, clean(f.Where), f.Line, clean(f.Message), f.Difference)
	}
}

func writeNarrative(b *bufio.Writer, cs []Claim) {
	if len(cs) == 0 {
		return
	}
	bad := 0
	for _, c := range cs {
		if !c.OK {
			bad++
		}
	}
	fmt.Fprintf(b, "\n叙述核对（%d条，不符%d条）\n", len(cs), bad)
	// Disagreements first: they are what the auditor is looking for.
	sorted := append([]Claim(nil), cs...)
	sort.SliceStable(sorted, func(i, j int) bool { return !sorted[i].OK && sorted[j].OK })
	for _, c := range sorted {
		mark := "✓ 相符"
		if !c.OK {
			mark = "✗ 不符"
		}
		where := ""
		if c.Line > 0 {
			where = fmt.Sprintf("（第%d行）", c.Line)
		}
		fmt.Fprintf(b, "  %s %s%s：%s\n", mark, clean(c.Subject), where, clean(c.Statement))
		fmt.Fprintf(b, "      文中：%s；核算：%s\n", clean(c.Stated), clean(c.Computed))
	}
}

// displayName is a line's or project's name with its former name and how it
// was matched, where those say something.
func displayName(name, oldName, matchedBy string) string {
	if oldName != "" {
		name += "（原：" + oldName + "）"
	}
	if matchedBy == BySimilarity {
		name += "［按名称相似匹配］"
	}
	return name
}
