package tui

import (
	"fmt"
	"strings"

	"yusuan/model"
)

func (p *pane) projectLines(n *node, w int) []string {
	pr := n.proj
	tx := p.c.tx
	var out []string
	if n.kind == kindIndicator {
		// The indicator first, then the project it belongs to.
		ind := n.ind
		out = append(out, p.title(n, w)...)
		out = append(out, p.kv(tx.ColVal, oneLine(ind.Value), w))
		out = append(out, p.kv(tx.ColLevel1, oneLine(ind.Level1), w), p.kv(tx.ColLevel2, oneLine(ind.Level2), w))
		if ind.Basis != "" {
			out = append(out, p.kv(tx.Basis, oneLine(ind.Basis), w))
		}
		if ind.Line > 0 {
			out = append(out, p.c.st.faint.Render(p.c.lineText(ind.Line)))
		}
		out = append(out, p.gap()...)
	}
	out = append(out, p.title(&node{name: oneLine(pr.Name)}, w)...)
	var items [][2]string
	if pr.Code != "" {
		items = append(items, [2]string{tx.ProjectCode, oneLine(pr.Code)})
	}
	budget := "—" // no budget read: absent, not 0.00
	if pr.BudgetRead() {
		budget = pr.Budget.Grouped()
	}
	items = append(items, [2]string{tx.Budget, budget})
	if pr.FunctionCode != "" {
		fc := oneLine(pr.FunctionCode)
		if pr.FunctionCodeInferred {
			fc = "? " + fc + " (" + tx.Inferred + ")"
		}
		items = append(items, [2]string{tx.FuncCode, fc})
	}
	if pr.PeriodBudget != nil {
		items = append(items, [2]string{tx.PeriodBudget, pr.PeriodBudget.Grouped()})
	}
	out = append(out, p.pairs(items, w)...)
	if pr.Line > 0 {
		out = append(out, p.c.st.faint.Render(p.c.lineText(pr.Line)))
	}
	out = append(out, p.projectSources(pr, w)...)
	if g := model.CleanText(pr.Purpose); strings.TrimSpace(g) != "" {
		out = append(out, p.gap()...)
		out = append(out, p.c.st.paneTitle.Render(tx.Purpose))
		out = append(out, wrapSafe(strings.TrimSpace(g), w)...)
	}
	if g := model.CleanText(pr.Goal); strings.TrimSpace(g) != "" {
		out = append(out, p.gap()...)
		out = append(out, p.c.st.paneTitle.Render(tx.Goal))
		out = append(out, wrapSafe(strings.TrimSpace(g), w)...)
	}
	if len(pr.Plan) > 0 {
		out = append(out, p.gap()...)
		out = append(out, p.c.st.paneTitle.Render(tx.Plan))
		out = append(out, planChart(pr, w, p.c)...)
	}
	if len(pr.Indicators) > 0 {
		out = append(out, p.gap()...)
		out = append(out, p.c.st.paneTitle.Render(tx.Indicators))
		out = append(out, indicatorLines(pr.Indicators, w, p)...)
	}
	if len(pr.PeriodIndicators) > 0 {
		out = append(out, p.gap()...)
		out = append(out, p.c.st.paneTitle.Render(tx.PeriodIndicators))
		out = append(out, indicatorLines(pr.PeriodIndicators, w, p)...)
	}
	return out
}

// projectSources lists where the document names the project, with the amount
// each place gives (in 万元, and the unit it was printed in), flagged where it
// is not the budget.
func (p *pane) projectSources(pr *model.Project, w int) []string {
	if len(pr.Sources) < 2 {
		return nil // one place: nothing to compare
	}
	out := append(p.gap(), p.c.st.paneTitle.Render(p.c.tx.ProjectIn))
	for _, s := range pr.Sources {
		val := ""
		mark := "  "
		if s.Amount != nil {
			val = s.Amount.Grouped()
			if s.Unit != "" && s.Unit != "万元" {
				val += " (" + p.c.tx.PrintedIn + oneLine(s.Unit) + ")"
			}
			mark = "= "
			if !s.Amount.Equal(pr.Budget) {
				mark = "!="
			}
		}
		if s.Line > 0 {
			val += fmt.Sprintf("  L%d", s.Line)
		}
		line := p.kv(mark+" "+oneLine(s.Table), val, w)
		if mark == "!=" {
			line = p.c.st.warn.Render(line)
		}
		out = append(out, line)
	}
	return out
}

// indicatorLines groups indicators under 一级指标 / 二级指标 headings, in
// document order, with each value right-aligned.
func indicatorLines(inds []*model.Indicator, w int, p *pane) []string {
	var out []string
	l1, l2 := "\x00", "\x00"
	for _, ind := range inds {
		if ind.Level1 != l1 && ind.Level1 != "" {
			l1 = ind.Level1
			l2 = "\x00"
			out = append(out, p.c.st.label.Render(cell(oneLine(l1))))
		}
		if ind.Level2 != l2 && ind.Level2 != "" {
			l2 = ind.Level2
			out = append(out, " "+p.c.st.label.Render(cell(oneLine(l2))))
		}
		out = append(out, "  "+p.kv(oneLine(ind.Name), oneLine(ind.Value), w-2))
	}
	return out
}
