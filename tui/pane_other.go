package tui

import (
	"fmt"
	"strconv"
	"strings"

	"yusuan/model"
)

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
		out = append(out, p.c.st.faint.Render(p.c.lineText(t.Line)))
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
	out := []string{p.c.st.paneTitle.Render(p.c.lineText(n.line))}
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
		return append(wrapSafe(n.text, w), p.confirmedLines(n, w)...)
	}
	out := p.title(&node{name: n.name}, w)
	if n.line > 0 {
		out = append(out, p.c.st.faint.Render(p.c.lineText(n.line)))
	}
	out = append(out, p.confirmedLines(n, w)...)
	out = append(out, "")
	return append(out, wrapSafe(strings.TrimSpace(model.CleanText(n.sec.Text)), w)...)
}

// docLines summarises the document when nothing is selected.
func (p *pane) docLines(w int) []string {
	d := p.doc
	tx := p.c.tx
	out := []string{p.c.st.paneTitle.Render(cell(oneLine(d.Department)))}
	mark := "" // taken from a table whose arithmetic did not confirm it
	if d.Totals.Unverified {
		mark = "? "
	}
	f := d.Totals.Figures()
	for _, c := range []struct {
		label string
		v     *model.Money
	}{{tx.ColTotal, f[1].Value}, {tx.ColBasic, f[2].Value}, {tx.ColProject, f[3].Value}} {
		v := "—" // the document does not print it
		if c.v != nil {
			v = mark + c.v.Grouped()
		}
		out = append(out, p.kv(c.label, v, w))
	}
	return out
}
