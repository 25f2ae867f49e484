package tui

import (
	"strings"

	"yusuan/compare"
	"yusuan/model"
)

// diffLines is the pane of a row in diff mode: the status, both years'
// figures side by side with Δ, and for a functional line the projects behind
// it; for a project, its plans and changed indicators.
func (p *pane) diffLines(n *node, w int) []string {
	tx := p.c.tx
	lang := p.c.opt.Lang
	out := p.title(n, w)
	di := n.diff
	status := di.glyph + " " + di.status.Label(lang)
	items := [][2]string{{tx.Status, status}}
	if l := di.line; l != nil {
		if l.MatchedBy == compare.BySimilarity {
			items = append(items, [2]string{tx.MatchedBy, l.MatchedBy})
		}
		if l.OldName != "" {
			items = append(items, [2]string{tx.OldName, oneLine(l.OldName)})
		}
	}
	if pd := di.proj; pd != nil {
		if pd.MatchedBy != "" && pd.MatchedBy != compare.ByCode {
			items = append(items, [2]string{tx.MatchedBy, pd.MatchedBy})
		}
		if pd.OldName != "" && pd.OldName != pd.Name {
			items = append(items, [2]string{tx.OldName, oneLine(pd.OldName)})
		}
	}
	out = append(out, p.pairs(items, w)...)
	out = append(out, p.gap()...)
	if l := di.line; l != nil {
		out = append(out, p.yearTable(n, l, w)...)
		out = append(out, p.reasonLines(n, w)...)
		if n.kind == kindFunc && p.diff != nil {
			out = append(out, p.diffProjects(p.diff.ProjectsOf(l.Code), w)...)
		}
	}
	if pd := di.proj; pd != nil {
		out = append(out, p.yearRows([]string{tx.Budget}, []*model.Money{pd.NewBudget}, []*model.Money{pd.OldBudget}, w)...)
		out = append(out, p.kv(tx.ColDelta, n.amount(colDelta), w), p.kv(tx.ColDeltaPct, cell(di.pct), w))
		out = append(out, p.planDiff(pd, w)...)
		if ch := pd.ChangedIndicators(); len(ch) > 0 {
			out = append(out, p.gap()...)
			out = append(out, p.c.st.paneTitle.Render(tx.IndChanged))
			for _, in := range ch {
				out = append(out, cell(compare.Glyph(in.Status, model.Zero, true)+" "+oneLine(in.Name)))
				out = append(out, "    "+cell(oneLine(orDash(in.Old))+" -> "+oneLine(orDash(in.New))))
			}
		}
		if pr := pd.NewProject; pr != nil && strings.TrimSpace(pr.Goal) != "" {
			out = append(out, p.gap()...)
			out = append(out, p.c.st.paneTitle.Render(tx.Goal))
			out = append(out, wrapSafe(strings.TrimSpace(model.CleanText(pr.Goal)), w)...)
		}
	}
	return out
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "-"
	}
	return s
}

// yearTable lays out a line's figures: one row per amount, old and new year.
func (p *pane) yearTable(n *node, l *compare.Line, w int) []string {
	tx := p.c.tx
	get := func(a *compare.Amounts, f func(*compare.Amounts) *model.Money) *model.Money {
		if a == nil {
			return nil
		}
		return f(a)
	}
	total := func(a *compare.Amounts) *model.Money { return &a.Total }
	basic := func(a *compare.Amounts) *model.Money { return &a.Basic }
	proj := func(a *compare.Amounts) *model.Money { return &a.Project }
	labels := []string{tx.ColTotal, tx.ColBasic, tx.ColProject}
	fs := []func(*compare.Amounts) *model.Money{total, basic, proj}
	if n.kind == kindEcon {
		labels = []string{tx.ColTotal, tx.ColPersonnel, tx.ColPublic}
		fs = []func(*compare.Amounts) *model.Money{total,
			func(a *compare.Amounts) *model.Money { return a.Personnel },
			func(a *compare.Amounts) *model.Money { return a.Public }}
	}
	if n.kind == kindThreePublic {
		labels, fs = labels[:1], fs[:1]
	}
	var news, olds []*model.Money
	for _, f := range fs {
		news = append(news, get(l.New, f))
		olds = append(olds, get(l.Old, f))
	}
	out := p.yearRows(labels, news, olds, w)
	out = append(out, p.kv(tx.ColDelta, n.amount(colDelta), w), p.kv(tx.ColDeltaPct, cell(n.diff.pct), w))
	return out
}

// yearRows is a small table: label, old, new, right-aligned in columns.
func (p *pane) yearRows(labels []string, news, olds []*model.Money, w int) []string {
	tx := p.c.tx
	show := func(m *model.Money) string {
		if m == nil {
			return "-"
		}
		return m.Grouped()
	}
	lw, aw := 0, max(widthOf(tx.ColNew), widthOf(tx.ColOld))
	for i, l := range labels {
		lw = max(lw, widthOf(l))
		aw = max(aw, widthOf(show(news[i])), widthOf(show(olds[i])))
	}
	if lw+2*(aw+1) > w {
		aw = max(1, (w-lw-2)/2)
	}
	// The old year first, as auditors write it and as the list shows it.
	out := []string{p.c.st.label.Render(strings.Repeat(" ", lw) + " " + fitLeft(tx.ColOld, aw) + " " + fitLeft(tx.ColNew, aw))}
	for i, l := range labels {
		out = append(out, p.c.st.label.Render(fit(cell(l), lw))+" "+fitLeft(show(olds[i]), aw)+" "+fitLeft(show(news[i]), aw))
	}
	return out
}

// planDiff shows both years' cumulative quarterly plans.
func (p *pane) planDiff(pd *compare.ProjectDiff, w int) []string {
	if len(pd.PlanOld) == 0 && len(pd.PlanNew) == 0 {
		return nil
	}
	tx := p.c.tx
	out := append(p.gap(), p.c.st.paneTitle.Render(tx.Plan))
	var labels []string
	var news, olds []*model.Money
	for i := 0; i < max(len(pd.PlanOld), len(pd.PlanNew)) && i < len(tx.Quarters); i++ {
		labels = append(labels, tx.Quarters[i])
		var nm, om *model.Money
		if i < len(pd.PlanNew) {
			nm = &pd.PlanNew[i]
		}
		if i < len(pd.PlanOld) {
			om = &pd.PlanOld[i]
		}
		news, olds = append(news, nm), append(olds, om)
	}
	return append(out, p.yearRows(labels, news, olds, w)...)
}

// diffProjects lists the projects charged to a line, each with its change.
func (p *pane) diffProjects(ps []*compare.ProjectDiff, w int) []string {
	out := p.gap()
	if len(ps) == 0 {
		return append(out, p.c.st.faint.Render(p.c.tx.NoProjects))
	}
	out = append(out, p.c.st.paneTitle.Render(p.c.tx.Projects))
	for _, pd := range ps {
		d := pd.Delta.Grouped()
		if pd.Delta.Sign() > 0 {
			d = "+" + d
		}
		out = append(out, compare.Glyph(pd.Status, pd.Delta, true)+" "+p.kv(oneLine(pd.Name), d, w-2))
	}
	return out
}
