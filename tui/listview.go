package tui

import (
	"strings"

	"github.com/shopspring/decimal"
	"yusuan/model"
)

// renderList draws the level on top of v's path in exactly h lines of w
// columns: a header line, then only the rows that are visible.
func renderList(c *uiContext, v *viewState, mode barMode, w, h int) string {
	f := v.top()
	l := f.list
	hd := headsFor(l, v.def, c.tx)
	lay := layoutFor(l, hd, mode, w)
	lines := make([]string, 0, h)
	lines = append(lines, c.st.colHead.Render(fit(headLine(hd, lay, c), w)))
	if len(l.rows) == 0 {
		lines = append(lines, fit("   "+c.tx.Empty, w))
	}
	end := min(len(l.rows), f.offset+h-1)
	for i := f.offset; i < end; i++ {
		n := l.rows[i]
		row := fit(rowLine(n, l, hd, lay, mode, i == f.cursor, c), w)
		switch {
		case i == f.cursor:
			row = c.st.selected.Render(row)
		case n.diff != nil && len(n.amts) > colDelta && n.amts[colDelta].Sign() > 0:
			row = c.st.up.Render(row) // red: increase, as Chinese finance reads it
		case n.diff != nil && len(n.amts) > colDelta && n.amts[colDelta].Sign() < 0:
			row = c.st.down.Render(row)
		case n.derived:
			row = c.st.faint.Render(row)
		}
		lines = append(lines, row)
	}
	for len(lines) < h {
		lines = append(lines, strings.Repeat(" ", w))
	}
	return strings.Join(lines[:h], "\n")
}

func headLine(hd heads, lay layout, c *uiContext) string {
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", prefixW))
	if lay.codeW > 0 {
		b.WriteString(fit(cell(hd.code), lay.codeW) + " ")
	}
	if !hd.noName {
		b.WriteString(fit(cell(hd.name), lay.nameW))
	}
	for i, aw := range lay.amtW {
		b.WriteString(" " + fitLeft(cell(hd.amts[i]), aw))
	}
	if lay.pct {
		b.WriteString(" " + fitLeft(hd.pct, lay.pctW))
	}
	if lay.barW > 0 {
		b.WriteString(" " + strings.Repeat(" ", lay.barW))
	}
	if lay.srcW > 0 {
		b.WriteString(" " + fitLeft(hd.src, lay.srcW))
	}
	first := hd.noName // the first cell of a table row has no space before it
	for i, cw := range lay.cellW {
		if cw == 0 {
			continue // a hidden empty column
		}
		t := ""
		if i < len(hd.cells) {
			t = cell(cellTitle(oneLine(hd.cells[i]), cw))
		}
		if !first {
			b.WriteString(" ")
		}
		first = false
		b.WriteString(fit(t, cw))
	}
	return b.String()
}

// mark is the one-column sign before a row's code, so that what colour or
// faintness says is also said in plain text.
func mark(n *node) string {
	switch {
	case n.diff != nil:
		return n.diff.glyph // ^ v + - = ~ !: the change, in plain text
	case len(n.findings) > 0:
		return "!" // a finding concerns it
	case n.unverified:
		return "?" // read from a table whose arithmetic did not confirm it
	case n.derived:
		return "*" // summed from children, not printed
	case n.inferred:
		return "?" // function code inferred
	case n.kind == kindThreePublic && !n.stated:
		return "~" // not printed, derived
	case len(n.kids) > 0:
		return "+" // can be opened
	}
	return " "
}

func rowLine(n *node, l *listing, hd heads, lay layout, mode barMode, sel bool, c *uiContext) string {
	var b strings.Builder
	if sel {
		b.WriteString(c.g.cursor)
	} else {
		b.WriteString(" ")
	}
	if len(n.confirmed) > 0 && n.diff == nil && len(n.findings) == 0 {
		b.WriteString(c.g.check + " ") // statements about last year that hold
	} else {
		b.WriteString(mark(n) + " ")
	}
	if lay.codeW > 0 {
		b.WriteString(fit(cell(shownCode(n)), lay.codeW) + " ")
	}
	if !hd.noName {
		b.WriteString(fitName(n, l.parent, lay.nameW))
	}
	for i, aw := range lay.amtW {
		s := ""
		if i < len(n.amts) && (i == 0 || !n.amts[i].IsZero() || n.isAbsent(i)) {
			s = n.amount(i)
		}
		b.WriteString(" " + fitLeft(s, aw))
	}
	if lay.pct {
		b.WriteString(" " + fitLeft(share(n, l), lay.pctW))
	}
	if lay.barW > 0 {
		b.WriteString(" " + bar(n.barAmount(), barScale(l), lay.barW, c.g))
	}
	if lay.srcW > 0 {
		b.WriteString(" " + fitLeft(srcLabel(n), lay.srcW))
	}
	first := hd.noName
	for i, cw := range lay.cellW {
		if cw == 0 {
			continue
		}
		t := ""
		if i < len(n.cells) {
			t = cell(n.cells[i])
		}
		if !first {
			b.WriteString(" ")
		}
		first = false
		if i < len(l.cellR) && l.cellR[i] {
			b.WriteString(fitLeft(t, cw))
		} else {
			b.WriteString(fit(t, cw))
		}
	}
	return b.String()
}

// share is the row's first amount as a percentage of its parent's, "" when
// the parent has none.
func share(n *node, l *listing) string {
	if n.diff != nil {
		return cell(n.diff.pct) // diff mode: Δ% instead of the share
	}
	a, ok := n.first()
	if !ok || !l.hasTot {
		return ""
	}
	p, ok := model.Percent(a, l.total, 1)
	if !ok {
		return ""
	}
	s := p.StringFixed(1) + "%"
	if widthOf(s) > pctW {
		return ">999%"
	}
	return s
}

// barScale is what a full bar stands for: the parent's total, so that the
// bar says what the share says; in diff mode (where the share column is Δ%)
// and where the parent has no total, the largest sibling.
func barScale(l *listing) model.Money {
	if l.hasTot && !l.total.IsZero() && (len(l.rows) == 0 || l.rows[0].diff == nil) {
		return l.total.Abs()
	}
	return l.max
}

var eight = decimal.NewFromInt(8)

// bar draws |a| against scale in w cells, with eighth-cell precision where
// block characters are allowed; an amount above the scale fills the cells.
// Exact decimals, no floats.
func bar(a, scale model.Money, w int, g glyphs) string {
	if scale.IsZero() || w <= 0 {
		return strings.Repeat(" ", max(w, 0))
	}
	eighths := a.Abs().Decimal().Mul(decimal.NewFromInt(int64(w))).Mul(eight).
		DivRound(scale.Decimal(), 4).IntPart()
	eighths = min(eighths, int64(w)*8)
	full := int(eighths / 8)
	rem := int(eighths % 8)
	var b strings.Builder
	b.WriteString(strings.Repeat(g.barFull, full))
	used := full
	if rem > 0 && len(g.barEighths) > 0 && used < w {
		b.WriteString(g.barEighths[rem-1])
		used++
	}
	if full == 0 && rem > 0 && len(g.barEighths) == 0 {
		b.WriteString(g.barFull) // ASCII: a sliver still shows as one cell
		used++
	}
	b.WriteString(strings.Repeat(g.barEmpty, max(0, w-used)))
	return b.String()
}
