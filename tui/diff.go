package tui

import (
	"yusuan/compare"
	"yusuan/model"
)

// Diff mode: with Options.Diff set, the functional, economic, project and
// “三公” views show both years (上年, 本年, 增减, 增减%) from the compare
// package's trees; the raw tables and the narrative stay those of the newer
// document. Every row carries a plain-text status glyph, n/N step through the
// changes, and u hides the unchanged rows.

// diffInfo is what a row of a diff view knows beyond its amounts.
type diffInfo struct {
	status  compare.Status
	glyph   string // ASCII: aligned cells cannot hold ▲▼≠ (ambiguous width)
	pct     string // Δ% as shown
	pctVal  model.Money
	hasPct  bool   // false where the old year is zero or absent (新增)
	absent  []bool // per amount column: the year has no such line
	changed int    // changed lines below
	line    *compare.Line
	proj    *compare.ProjectDiff
}

// diffCols titles the amount columns of diff mode: colOld, colNew, colDelta.
func diffCols(tx *text) []string { return []string{tx.ColOld, tx.ColNew, tx.ColDelta} }

// buildDiffViews replaces the views that compare two years.
func buildDiffViews(v *[numViews]*viewDef, d *compare.Diff, tx *text) {
	cols := diffCols(tx)
	v[viewFunctional] = &viewDef{id: viewFunctional, root: diffLines(d.Functional, kindFunc, tx, d.Execution), sortable: true,
		amountCols: append(cols, tx.ColBasic+tx.ColDelta, tx.ColProject+tx.ColDelta), baseCols: len(cols)}
	v[viewEconomic] = &viewDef{id: viewEconomic, root: diffLines(d.Economic, kindEcon, tx, d.Execution), sortable: true,
		amountCols: append(cols, tx.ColPersonnel+tx.ColDelta, tx.ColPublic+tx.ColDelta), baseCols: len(cols)}
	v[viewProjects] = &viewDef{id: viewProjects, root: diffProjects(d.Projects, tx, d.Execution), sortable: true, amountCols: cols}
	tp := diffLines(d.ThreePublic, kindThreePublic, tx, d.Execution)
	names := threePublicNames(tx)
	for _, n := range allNodes(tp) {
		if nm := names[n.code]; nm != "" {
			n.text, n.name, n.code = n.code, nm, ""
		}
		n.stated = true
	}
	v[viewThreePublic] = &viewDef{id: viewThreePublic, root: tp, sortable: true, amountCols: cols}
}

// diffAmounts is the row's amounts: old, new, Δ, with absent sides marked.
func diffAmounts(oldM, newM *model.Money, delta model.Money) ([]model.Money, []bool) {
	amts := []model.Money{model.Zero, model.Zero, delta}
	absent := []bool{oldM == nil, newM == nil, false}
	if oldM != nil {
		amts[colOld] = *oldM
	}
	if newM != nil {
		amts[colNew] = *newM
	}
	return amts, absent
}

// newDiffInfo is a row's change as the browser shows and sorts it: Δ%, or
// for a budget beside its final accounts (exec) the execution rate.
func newDiffInfo(st compare.Status, delta model.Money, oldM, newM *model.Money, pct, rate string, exec bool, absent []bool) *diffInfo {
	di := &diffInfo{status: st, glyph: compare.Glyph(st, delta, true),
		pct: compare.PctText(oldM, newM, pct), absent: absent}
	if exec {
		di.pct, pct = compare.RateText(oldM, newM, rate), rate
	}
	di.pctVal, di.hasPct = model.ParseAmount(pct)
	return di
}

func diffLines(ls []*compare.Line, kind nodeKind, tx *text, exec bool) *node {
	root := newRoot(tx)
	var add func(p *node, ls []*compare.Line)
	add = func(p *node, ls []*compare.Line) {
		for _, l := range ls {
			amts, absent := diffAmounts(l.OldTotal(), l.NewTotal(), l.Delta)
			di := newDiffInfo(l.Status, l.Delta, l.OldTotal(), l.NewTotal(), l.DeltaPct, l.Rate, exec, absent)
			di.changed, di.line = l.ChangedChildren, l
			if kind == kindFunc || kind == kindEcon {
				amts = append(amts, partDeltas(l, kind)...)
			}
			n := p.add(&node{kind: kind, code: oneLine(l.Code), name: oneLine(l.Name), amts: amts, diff: di})
			add(n, l.Children)
		}
	}
	add(root, ls)
	sumKids(root, colDeltaPart2+1)
	return root
}

// partDeltas is the change of a line's two parts (基本/项目支出, or for
// an economic line 人员/公用经费); a year without the line counts as zero.
func partDeltas(l *compare.Line, kind nodeKind) []model.Money {
	part := func(a *compare.Amounts, i int) model.Money {
		if a == nil {
			return model.Zero
		}
		var m *model.Money
		switch {
		case kind == kindEcon && i == 0:
			m = a.Personnel
		case kind == kindEcon:
			m = a.Public
		case i == 0:
			m = &a.Basic
		default:
			m = &a.Project
		}
		if m == nil {
			return model.Zero
		}
		return *m
	}
	return []model.Money{part(l.New, 0).Sub(part(l.Old, 0)), part(l.New, 1).Sub(part(l.Old, 1))}
}

func diffProjects(ps []*compare.ProjectDiff, tx *text, exec bool) *node {
	root := newRoot(tx)
	for _, p := range ps {
		amts, absent := diffAmounts(p.OldBudget, p.NewBudget, p.Delta)
		pr := p.NewProject
		if pr == nil {
			pr = p.OldProject
		}
		di := newDiffInfo(p.Status, p.Delta, p.OldBudget, p.NewBudget, p.DeltaPct, p.Rate, exec, absent)
		di.proj = p
		n := root.add(&node{kind: kindProject, name: oneLine(p.Name), amts: amts, proj: pr, diff: di})
		if pr != nil {
			n.code = oneLine(pr.FunctionCode)
			n.inferred = pr.FunctionCodeInferred
		}
	}
	sumKids(root, 3)
	return root
}

// isChange reports a row that n/N stop at.
func isChange(n *node) bool { return n.diff != nil && n.diff.status != compare.Same }

// hidden reports a row that u hides: unchanged with nothing changed below.
func hidden(n *node) bool {
	return n.diff != nil && n.diff.status == compare.Same && n.diff.changed == 0
}

// claimFindings turns the newer document's wrong statements about last year
// into findings; the statements that agree are not findings (they are marked
// ✓ in the narrative view, see markConfirmed).
func claimFindings(cs []compare.Claim) []Finding {
	out := make([]Finding, 0, len(cs))
	for _, c := range cs {
		if c.OK {
			continue // a statement the older document bears out is shown as ✓, not as a finding
		}
		out = append(out, c.Finding())
	}
	return out
}
