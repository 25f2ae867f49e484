package tui

import (
	"strings"

	"yusuan/model"
)

// Finding is one place where the document disagrees with itself: the
// model's type, which audit and compare produce.
type Finding = model.Finding

// buildFindings lists the findings in the order given, each pointing at the
// line or project it names, and marks those rows in the other views.
func buildFindings(fs []Finding, defs [numViews]*viewDef, tx *text) *node {
	root := newRoot(tx)
	byCode := map[string]*node{}
	byProject := map[string]*node{}
	// functional lines without a code, by source line
	uncoded := map[int]*node{}
	for _, id := range []viewID{viewEconomic, viewFunctional} { // functional wins a shared code
		for _, n := range allNodes(defs[id].root) {
			if n.code != "" {
				byCode[n.code] = n
			} else if n.kind == kindFunc && n.line > 0 {
				uncoded[n.line] = n
			}
		}
	}
	for _, n := range defs[viewProjects].root.kids {
		byProject[n.proj.Name] = n
		if n.proj.Code != "" {
			byProject[n.proj.Code] = n
		}
	}
	for i := range fs {
		f := &fs[i]
		sev := tx.Severity[string(f.Severity)]
		if sev == "" {
			sev = oneLine(string(f.Severity))
		}
		n := root.add(&node{kind: kindFinding, code: sev, name: findingName(f), line: f.Line, finding: f,
			cells: []string{oneLine(f.Where), oneLine(f.Rule)}})
		if t := byProject[strings.TrimSpace(f.Project)]; f.Project != "" && t != nil {
			n.target = t
		} else if t := byCode[strings.TrimSpace(f.Code)]; f.Code != "" && t != nil {
			n.target = t
		} else if t := uncoded[f.Line]; f.Code == "" && f.Line > 0 && t != nil {
			n.target = t // a line printed by name only (监狱): found by its line
		} else if f.Line > 0 {
			n.target = atLine(defs, f.Line)
		}
		if n.target != nil {
			n.target.findings = append(n.target.findings, f)
		}
	}
	return root
}

// atLine finds the raw table row printed on a line, else the narrative
// section (or paragraph's section) the line falls in: where a finding without
// a code or project can still be checked against the source.
func atLine(defs [numViews]*viewDef, line int) *node {
	for _, t := range defs[viewTables].root.kids {
		for _, r := range t.kids {
			if r.line == line {
				return r
			}
		}
	}
	var best *node
	for _, s := range defs[viewNarrative].root.kids {
		if s.line > 0 && s.line <= line && (best == nil || s.line > best.line) {
			best = s
		}
	}
	return best
}

// viewOf says which view a node belongs to, by walking up to its root.
func viewOf(defs [numViews]*viewDef, n *node) viewID {
	r := n
	for r.parent != nil {
		r = r.parent
	}
	for i, d := range defs {
		if d != nil && d.root == r {
			return viewID(i)
		}
	}
	return viewFunctional
}

// findingLines describes findings for the pane.
func (p *pane) findingLines(fs []*Finding, w int) []string {
	tx := p.c.tx
	var out []string
	for _, f := range fs {
		sev := tx.Severity[string(f.Severity)]
		if sev == "" {
			sev = oneLine(string(f.Severity))
		}
		out = append(out, p.c.st.warn.Render("! "+cell(sev))+" "+cell(oneLine(f.Rule)))
		for _, l := range wrapSafe(oneLine(f.Message), w-2) {
			out = append(out, "  "+l)
		}
		var items [][2]string
		for _, it := range [][2]string{{tx.Expected, f.Expected}, {tx.Actual, f.Actual}, {tx.Diff, f.Difference}} {
			if it[1] != "" {
				items = append(items, [2]string{it[0], oneLine(it[1])})
			}
		}
		out = append(out, p.pairs(items, w)...)
		if r := f.Review; r != nil {
			out = append(out, "  "+p.c.st.label.Render(cell(tx.R.Mark+"："+tx.R.State[string(r.State)]+" "+r.At)))
			if r.Note != "" {
				for _, l := range wrapSafe(oneLine(r.Note), w-2) {
					out = append(out, "  "+l)
				}
			}
		}
	}
	return out
}

// findingPane is the pane for a row of the findings view.
func (p *pane) findingPane(n *node, w int) []string {
	f := n.finding
	out := []string{}
	if f.Where != "" {
		out = append(out, p.title(&node{name: oneLine(f.Where)}, w)...)
	}
	out = append(out, p.findingLines([]*Finding{f}, w)...)
	if f.Line > 0 {
		out = append(out, p.c.st.faint.Render(p.c.lineText(f.Line)))
	}
	if n.target != nil {
		out = append(out, p.gap()...)
		out = append(out, p.c.st.label.Render(cell("enter → "+strings.TrimSpace(n.target.code+" "+n.target.name))))
	}
	return out
}
