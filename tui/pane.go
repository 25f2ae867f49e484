package tui

import (
	"fmt"
	"strconv"
	"strings"

	"yusuan/compare"
	"yusuan/model"
)

// pane draws the side pane for the selected row: what the row is, its
// amounts and where they came from, and what belongs to it.
type pane struct {
	c      *context
	doc    *model.Document
	byFunc map[string][]*model.Project // projects by function code
	// compact is set while the pane sits under the list: pairs flow on a
	// line and label-value lines are kept narrow.
	compact bool
	diff    *compare.Diff // diff mode
}

func newPane(c *context, doc *model.Document) *pane {
	p := &pane{c: c, doc: doc, byFunc: map[string][]*model.Project{}}
	for _, pr := range doc.Projects {
		if pr.FunctionCode != "" {
			p.byFunc[pr.FunctionCode] = append(p.byFunc[pr.FunctionCode], pr)
		}
	}
	return p
}

// render draws n in exactly h lines of w columns (w includes the border).
// side says the pane stands right of the list (a left border) rather than
// under it (a top border).
func (p *pane) render(n *node, v *viewState, w, h int, side bool) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	inner := w
	p.compact = !side
	var out []string
	border := p.c.st.border
	if side {
		inner = w - 3
	} else {
		out = append(out, border.Render(strings.Repeat(p.c.st.borderStyle.Top, w)))
		h--
	}
	body := p.withFindings(n, inner, p.lines(n, v, inner))
	if len(body) > h {
		more := len(body) - (h - 1)
		body = append(body[:h-1], p.c.st.faint.Render(fmt.Sprintf(p.c.tx.More, more)))
	}
	for i := 0; i < h; i++ {
		s := ""
		if i < len(body) {
			s = body[i]
		}
		s = fit(s, inner)
		if side {
			s = " " + border.Render(p.c.st.borderStyle.Left) + " " + s
		}
		out = append(out, s)
	}
	return strings.Join(out, "\n")
}

// lines is the pane's content for n, unclipped.
func (p *pane) lines(n *node, v *viewState, w int) []string {
	if n == nil {
		return p.docLines(w)
	}
	if n.diff != nil {
		return p.diffLines(n, w)
	}
	switch n.kind {
	case kindFunc:
		return p.funcLines(n, w)
	case kindEcon:
		return p.amountLines(n, w, []string{p.c.tx.ColTotal, p.c.tx.ColPersonnel, p.c.tx.ColPublic})
	case kindProject, kindIndicator:
		return p.projectLines(n, w)
	case kindThreePublic:
		return p.threePublicLines(n, w)
	case kindTable:
		return p.tableLines(n, w)
	case kindTableRow:
		return p.tableRowLines(n, w)
	case kindSection, kindParagraph:
		return p.textLines(n, w)
	case kindFinding:
		return p.findingPane(n, w)
	}
	return nil
}

// withFindings puts the findings that concern n first in its pane, where
// they cannot be missed.
func (p *pane) withFindings(n *node, w int, body []string) []string {
	if n == nil || len(n.findings) == 0 {
		return body
	}
	out := append([]string{}, p.findingLines(n.findings, w)...)
	out = append(out, p.gap()...)
	return append(out, body...)
}

func (p *pane) title(n *node, w int) []string {
	t := strings.TrimSpace(n.code + " " + n.name)
	var out []string
	for _, l := range wrapSafe(cell(t), w) {
		out = append(out, p.c.st.paneTitle.Render(l))
	}
	return out
}

// kv is a label and a right-aligned value on one line.
func (p *pane) kv(label, value string, w int) string {
	if p.compact {
		w = min(w, 48)
	}
	value = cell(value)
	vw := min(widthOf(value), max(1, w-7))
	lw := max(1, w-vw-1)
	return p.c.st.label.Render(fit(cell(label), lw)) + " " + fitLeft(value, vw)
}

func (p *pane) source(n *node) string {
	switch {
	case n.derived:
		return p.c.tx.Derived
	case n.line > 0:
		return fmt.Sprintf(p.c.tx.Line, n.line)
	}
	return ""
}

func (p *pane) amountLines(n *node, w int, labels []string) []string {
	out := p.title(n, w)
	var items [][2]string
	for i, a := range n.amts {
		if i < len(labels) {
			items = append(items, [2]string{labels[i], a.Grouped()})
		}
	}
	if par := n.parent; par != nil && len(par.amts) > 0 && len(n.amts) > 0 {
		if pc, ok := model.Percent(n.amts[0], par.amts[0], 1); ok {
			items = append(items, [2]string{p.c.tx.ShareOfParent, pc.StringFixed(1) + "%"})
		}
	}
	out = append(out, p.pairs(items, w)...)
	if s := p.source(n); s != "" {
		out = append(out, p.c.st.faint.Render(s))
	}
	return out
}

// pairs sets label-value pairs one per line, or flowing when compact.
func (p *pane) pairs(items [][2]string, w int) []string {
	if p.compact {
		return p.flow(items, w)
	}
	out := make([]string, 0, len(items))
	for _, it := range items {
		out = append(out, p.kv(it[0], it[1], w))
	}
	return out
}

// gap is the blank line between blocks, left out when height is short.
func (p *pane) gap() []string {
	if p.compact {
		return nil
	}
	return []string{""}
}

// flow sets label-value pairs one after another, wrapping at w: under the
// list, where height is short and width is not.
func (p *pane) flow(items [][2]string, w int) []string {
	var out []string
	line, lw := "", 0
	for _, it := range items {
		s := p.c.st.label.Render(cell(it[0])) + " " + cell(it[1])
		sw := widthOf(it[0]) + 1 + widthOf(it[1])
		if lw > 0 && lw+3+sw > w {
			out = append(out, line)
			line, lw = "", 0
		}
		if lw > 0 {
			line += "   "
			lw += 3
		}
		line += s
		lw += sw
	}
	if lw > 0 {
		out = append(out, line)
	}
	return out
}

// funcLines adds the projects charged to a functional line: exactly its code
// for an item, every item below it for a class or section.
func (p *pane) funcLines(n *node, w int) []string {
	out := p.amountLines(n, w, []string{p.c.tx.ColTotal, p.c.tx.ColBasic, p.c.tx.ColProject})
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
	out = append(out, "")
	if len(projs) == 0 {
		return append(out, p.c.st.faint.Render(p.c.tx.NoProjects))
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
		if d := sum.Sub(n.amts[2]); d.IsZero() {
			out = append(out, "  "+p.kv("= "+p.c.tx.ColProject, n.amts[2].Grouped(), w-2))
		} else {
			out = append(out, "  "+p.c.st.warn.Render(p.kv("!= "+p.c.tx.ColProject, n.amts[2].Grouped(), w-2)))
			out = append(out, "  "+p.c.st.warn.Render(p.kv(p.c.tx.Diff, d.Grouped(), w-2)))
		}
	}
	if inferred {
		out = append(out, p.c.st.faint.Render("? = "+p.c.tx.Inferred))
	}
	return out
}

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
			out = append(out, p.c.st.faint.Render(fmt.Sprintf(tx.Line, ind.Line)))
		}
		out = append(out, p.gap()...)
	}
	out = append(out, p.title(&node{name: oneLine(pr.Name)}, w)...)
	var items [][2]string
	if pr.Code != "" {
		items = append(items, [2]string{tx.ProjectCode, oneLine(pr.Code)})
	}
	items = append(items, [2]string{tx.Budget, pr.Budget.Grouped()})
	if pr.FunctionCode != "" {
		fc := oneLine(pr.FunctionCode)
		if pr.FunctionCodeInferred {
			fc = "? " + fc + " (" + tx.Inferred + ")"
		}
		items = append(items, [2]string{tx.FuncCode, fc})
	}
	out = append(out, p.pairs(items, w)...)
	if pr.Line > 0 {
		out = append(out, p.c.st.faint.Render(fmt.Sprintf(tx.Line, pr.Line)))
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

func (p *pane) threePublicLines(n *node, w int) []string {
	out := p.amountLines(n, w, []string{p.c.tx.ColBudget})
	if !n.stated {
		out = append(out, p.c.st.faint.Render(p.c.tx.Unstated))
	}
	if tp := p.doc.ThreePublic; tp != nil {
		names := threePublicNames(p.c.tx)
		out = append(out, "", p.kv(names["subtotal"], tp.Subtotal.Grouped(), w), p.kv(names["total"], tp.Total.Grouped(), w))
		if tp.Table != "" {
			out = append(out, p.c.st.faint.Render(cell(oneLine(tp.Table))))
		}
	}
	return out
}

func (p *pane) tableLines(n *node, w int) []string {
	t := n.tbl
	out := p.title(&node{name: n.name}, w)
	out = append(out, p.kv(p.c.tx.ColKind, string(t.Kind), w))
	out = append(out, p.kv(p.c.tx.ColRows, strconv.Itoa(len(t.Rows)), w))
	if t.Unit != "" {
		out = append(out, p.kv(p.c.tx.Unit, oneLine(t.Unit), w))
	}
	if t.Line > 0 {
		out = append(out, p.c.st.faint.Render(fmt.Sprintf(p.c.tx.Line, t.Line)))
	}
	if t.Empty {
		out = append(out, "", p.c.st.warn.Render(p.c.tx.EmptyTable))
		out = append(out, wrapSafe(oneLine(t.EmptyNote), w)...)
	}
	if len(t.Columns) > 0 {
		out = append(out, "")
		for _, c := range t.Columns {
			out = append(out, "  "+cell(oneLine(c)))
		}
	}
	return out
}

// tableRowLines lists a raw row's cells under their column names, so any
// figure can be read against the source line.
func (p *pane) tableRowLines(n *node, w int) []string {
	out := []string{p.c.st.paneTitle.Render(fmt.Sprintf(p.c.tx.Line, n.line))}
	cols := n.tbl.Columns
	for i, c := range n.cells {
		label := ""
		if i < len(cols) {
			label = oneLine(cols[i])
		}
		if label == "" {
			label = fmt.Sprintf("#%d", i+1)
		}
		out = append(out, p.kv(label, c, w))
	}
	return out
}

func (p *pane) textLines(n *node, w int) []string {
	if n.kind == kindParagraph {
		return wrapSafe(n.text, w)
	}
	out := p.title(&node{name: n.name}, w)
	if n.line > 0 {
		out = append(out, p.c.st.faint.Render(fmt.Sprintf(p.c.tx.Line, n.line)))
	}
	out = append(out, "")
	return append(out, wrapSafe(strings.TrimSpace(model.CleanText(n.sec.Text)), w)...)
}

// docLines summarises the document when nothing is selected.
func (p *pane) docLines(w int) []string {
	d := p.doc
	tx := p.c.tx
	out := []string{p.c.st.paneTitle.Render(cell(oneLine(d.Department)))}
	out = append(out, p.kv(tx.ColTotal, d.Totals.Expenditure.Grouped(), w),
		p.kv(tx.ColBasic, d.Totals.Basic.Grouped(), w), p.kv(tx.ColProject, d.Totals.Project.Grouped(), w))
	return out
}
