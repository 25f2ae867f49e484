package tui

import (
	"fmt"
	"strings"

	"yusuan/compare"
	"yusuan/model"
)

// pane draws the side pane for the selected row: what the row is, its
// amounts and where they came from, and what belongs to it.
type pane struct {
	c      *uiContext
	doc    *model.Document
	byFunc map[string][]*model.Project // projects by function code
	// compact is set (on the copy body draws with) while the pane sits under
	// the list: pairs flow on a line and label-value lines are kept narrow.
	compact bool
	diff    *compare.Diff // diff mode
	// off is how many lines the pane is scrolled (ctrl+d/ctrl+u); it goes
	// back to 0 when the selection changes.
	off     int
	offFor  *node
	reasons *reasonCache // diff mode: the narrative's stated reasons
}

func newPane(c *uiContext, doc *model.Document) *pane {
	p := &pane{c: c, doc: doc, byFunc: map[string][]*model.Project{}, reasons: &reasonCache{}}
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
	var out []string
	border := p.c.st.border
	if side {
		inner = w - 3
	} else {
		out = append(out, border.Render(strings.Repeat(p.c.st.borderStyle.Top, w)))
		h--
	}
	body := p.body(n, v, inner, side)
	if off := clamp(p.off, 0, p.maxOff(len(body), h)); off > 0 {
		body = append([]string{p.c.st.faint.Render(fmt.Sprintf(p.c.tx.MoreAbove, off+1))}, body[off+1:]...)
	}
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

// body is everything the pane would show for n at this width, unclipped.
func (p *pane) body(n *node, v *viewState, inner int, side bool) []string {
	q := *p // a copy carries the layout, so drawing leaves the pane as it was
	q.compact = !side
	return q.withFindings(n, inner, q.lines(n, v, inner))
}

// maxOff is how far a body of n lines can scroll in h lines: the last line
// at the bottom.
func (p *pane) maxOff(n, h int) int { return max(0, n-h) }

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
		out := p.amountLines(n, w, []string{p.c.tx.ColTotal, p.c.tx.ColPersonnel, p.c.tx.ColPublic})
		return append(out, p.appearances(n, w)...)
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
		return p.c.lineText(n.line)
	}
	return ""
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
