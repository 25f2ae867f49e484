package tui

import (
	"fmt"
	"strings"

	"yusuan/model"
)

func (p *pane) amountLines(n *node, w int, labels []string) []string {
	out := p.title(n, w)
	var items [][2]string
	if n.unverified {
		out = append(out, p.c.st.warn.Render(fit(p.c.tx.Doubt, w)))
	}
	for i := range n.amts {
		if i < len(labels) {
			items = append(items, [2]string{labels[i], n.amount(i)})
		}
	}
	if par := n.parent; par != nil && len(par.amts) > 0 && len(n.amts) > 0 {
		if pc, ok := model.Percent(n.amts[colTotal], par.amts[colTotal], 1); ok {
			items = append(items, [2]string{p.c.tx.ShareOfParent, pc.StringFixed(1) + "%"})
		}
	}
	out = append(out, p.pairs(items, w)...)
	if s := p.source(n); s != "" {
		out = append(out, p.c.st.faint.Render(s))
	}
	return out
}

// funcLines adds the projects charged to a functional line: exactly its code
// for an item, every item below it for a class or section.
func (p *pane) funcLines(n *node, w int) []string {
	out := p.amountLines(n, w, []string{p.c.tx.ColTotal, p.c.tx.ColBasic, p.c.tx.ColProject})
	out = append(out, p.noCodeNote(n, w)...)
	out = append(out, p.fundSources(n.code, w)...)
	out = append(out, p.projectsOf(n, w)...)
	return append(out, p.appearances(n, w)...)
}

// projectsOf lists the projects charged to a functional line, with their sum
// against the line's 项目支出.
func (p *pane) projectsOf(n *node, w int) []string {
	var out []string
	var projs []*model.Project
	if len(n.code) == 7 {
		projs = p.byFunc[n.code]
	} else if n.code != "" {
		for _, pr := range p.doc.Projects {
			if strings.HasPrefix(pr.FunctionCode, n.code) {
				projs = append(projs, pr)
			}
		}
	}
	out = append(out, p.gap()...)
	uncoded := 0
	for _, pr := range p.doc.Projects {
		if pr.FunctionCode == "" {
			uncoded++
		}
	}
	if len(projs) == 0 && uncoded > 0 && uncoded == len(p.doc.Projects) {
		// Not "no projects": the document does not say which line they are
		// charged to, and the parser could not tell from the amounts.
		for _, l := range wrapSafe(breakAfterComma(p.c.tx.NoFuncCodes, w), w) {
			out = append(out, p.c.st.faint.Render(l))
		}
		return out
	}
	if len(projs) == 0 {
		out = append(out, p.c.st.faint.Render(p.c.tx.NoProjects))
		return append(out, p.uncodedNote(n, uncoded)...)
	}
	sum, inferred := model.Zero, false
	for _, pr := range projs {
		sum = sum.Add(pr.Budget)
		inferred = inferred || pr.FunctionCodeInferred
	}
	out = append(out, p.c.st.paneTitle.Render(fmt.Sprintf("%s (%d)", p.c.tx.Projects, len(projs))))
	for _, pr := range projs {
		m := "  "
		if pr.FunctionCodeInferred {
			m = "? "
		}
		out = append(out, m+p.kv(oneLine(pr.Name), pr.Budget.Grouped(), w-2))
	}
	out = append(out, "  "+p.kv(p.c.tx.ProjectSum, sum.Grouped(), w-2))
	if len(n.amts) == 3 {
		// The reconciliation an auditor does by hand: projects against 项目支出.
		if d := sum.Sub(n.amts[colProject]); d.IsZero() {
			out = append(out, "  "+p.kv("= "+p.c.tx.ColProject, n.amts[colProject].Grouped(), w-2))
		} else {
			out = append(out, "  "+p.c.st.warn.Render(p.kv("!= "+p.c.tx.ColProject, n.amts[colProject].Grouped(), w-2)))
			out = append(out, "  "+p.c.st.warn.Render(p.kv(p.c.tx.Diff, d.Grouped(), w-2)))
		}
	}
	if inferred {
		out = append(out, p.c.st.faint.Render("? = "+p.c.tx.Inferred))
	}
	return append(out, p.uncodedNote(n, uncoded)...)
}

// uncodedNote says, under a line with 项目支出, how many of the document's
// projects could not be placed on any line: they may belong here.
func (p *pane) uncodedNote(n *node, uncoded int) []string {
	if uncoded == 0 || len(n.amts) <= colProject || n.amts[colProject].IsZero() {
		return nil
	}
	return []string{p.c.st.faint.Render(fmt.Sprintf(p.c.tx.SomeUncoded, uncoded))}
}

// breakAfterComma starts a new line after the first clause of s when s does
// not fit in w columns, so a two-clause sentence breaks where it reads best.
func breakAfterComma(s string, w int) string {
	if widthOf(s) <= w {
		return s
	}
	for _, sep := range []string{"，", ", "} {
		if a, b, ok := strings.Cut(s, sep); ok {
			return a + strings.TrimSpace(sep) + "\n" + b
		}
	}
	return s
}
