package tui

import (
	"yusuan/model"
)

// planChart draws a project's cumulative spending plan (end of Mar, Jun, Oct,
// Dec) as one bar per quarter against the budget, with the amount and its
// share of the budget beside it. Blank quarters say so instead of a bar.
func planChart(pr *model.Project, w int, c *uiContext) []string {
	base := pr.Budget
	for _, m := range pr.Plan {
		if m.Abs().Cmp(base.Abs()) > 0 {
			base = m.Abs()
		}
	}
	labelW := 0
	for _, q := range c.tx.Quarters {
		labelW = max(labelW, widthOf(q))
	}
	amtW := 0
	for _, m := range pr.Plan {
		amtW = max(amtW, widthOf(m.Grouped()))
	}
	barW := clamp(w-labelW-amtW-pctW-3, 0, 24)
	var out []string
	for i, m := range pr.Plan {
		q := ""
		if i < len(c.tx.Quarters) {
			q = c.tx.Quarters[i]
		}
		if i < len(pr.PlanBlank) && pr.PlanBlank[i] {
			out = append(out, fit(q, labelW)+" "+c.st.faint.Render(c.tx.PlanBlank))
			continue
		}
		pc := ""
		if p, ok := model.Percent(m, pr.Budget, 0); ok {
			pc = p.String() + "%"
		}
		line := fit(q, labelW) + " "
		if barW > 0 {
			line += c.st.bar.Render(bar(m, base, barW, c.g)) + " "
		}
		line += fitLeft(m.Grouped(), amtW) + " " + fitLeft(pc, pctW-1)
		out = append(out, line)
	}
	return out
}
