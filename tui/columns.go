package tui

import "charm.land/lipgloss/v2"

// barMode is what the browser draws after the amounts; a cycles it.
type barMode int

const (
	modeBoth barMode = iota
	modePct
	modeBar
	numModes
)

// heads are the column titles of a level, chosen by what its rows are.
type heads struct {
	code, name string
	noName     bool   // table rows: the cells are the row
	pct        string // title of the share column
	amts       []string
	cells      []string
}

func headsFor(l *listing, def *viewDef, tx *text) heads {
	h := headsOf(l, def, tx)
	h.pct = tx.ColShare
	if len(l.rows) > 0 && l.rows[0].diff != nil {
		h.pct = tx.ColDeltaPct
	}
	return h
}

func headsOf(l *listing, def *viewDef, tx *text) heads {
	switch p := l.parent; {
	case p.kind == kindTable:
		return heads{code: tx.ColLine, noName: true, cells: p.tbl.Columns}
	case p.kind == kindProject:
		return heads{name: tx.ColIndicator, cells: []string{tx.ColVal, tx.ColLevel1, tx.ColLevel2}}
	case p.kind == kindSection:
		return heads{name: tx.ColPara}
	case def.id == viewTables:
		return heads{code: tx.ColLine, name: tx.ColTitle, cells: []string{tx.ColRows, tx.ColKind}}
	case def.id == viewFindings:
		return heads{code: tx.ColSeverity, name: tx.Findings, cells: []string{tx.ColWhere, tx.ColRule}}
	case def.id == viewNarrative:
		return heads{code: tx.ColLine, name: tx.ColSection}
	case def.id == viewProjects:
		return heads{code: tx.ColFunc, name: tx.ColName, amts: def.amountCols}
	}
	return heads{code: tx.ColCode, name: tx.ColName, amts: def.amountCols}
}

// layout is the widths a level is drawn with at a given list width.
type layout struct {
	codeW, nameW int
	amtW         []int // amount columns shown (a prefix of the level's)
	pct          bool
	pctW         int
	barW         int // 0: no bar
	cellW        []int
}

const (
	minNameW = 10
	pctW     = 6 // "100.0%"
	prefixW  = 3 // cursor, mark, space
)

// layoutFor fits a level into w columns. When space is short it drops, in
// turn, the bar, the amount columns after the first, then the share; the name
// keeps at least minNameW columns.
func layoutFor(l *listing, h heads, mode barMode, w int) layout {
	lay := layout{codeW: max(l.codeW, widthOf(h.code))}
	if l.codeW == 0 {
		lay.codeW = 0
	}
	fixed := prefixW
	if lay.codeW > 0 {
		fixed += lay.codeW + 1
	}
	if len(l.cellW) > 0 || len(h.cells) > 0 {
		return layoutCells(l, h, lay, fixed, w)
	}
	amts := make([]int, 0, len(l.amtW))
	for i, aw := range l.amtW {
		t := ""
		if i < len(h.amts) {
			t = h.amts[i]
		}
		amts = append(amts, max(aw, widthOf(t)))
	}
	pct := len(amts) > 0 && mode != modeBar
	barW := 0
	if len(amts) > 0 && mode != modePct {
		barW = clamp(w/8, 6, 20)
	}
	n := len(amts)
	pw := max(pctW, l.pctW)
	lay.pctW = pw
	need := func() int {
		t := fixed + minNameW
		for _, aw := range amts[:n] {
			t += 1 + aw
		}
		if pct {
			t += 1 + pw
		}
		if barW > 0 {
			t += 1 + barW
		}
		return t
	}
	// The bar is the first thing to go, and it goes before the name is cut
	// below what short names need.
	nameWant := min(max(l.nameW, widthOf(h.name)), 16)
	for need() > w || (barW > 0 && need()-minNameW+nameWant > w) {
		if barW > 0 {
			barW = 0
		} else if n > 1 {
			n--
		} else if pct {
			pct = false
		} else {
			break
		}
	}
	lay.nameW = max(1, min(w-need()+minNameW, max(l.nameW, widthOf(h.name), minNameW)))
	if barW > 0 {
		// Columns the name does not need lengthen the bar, up to a limit.
		barW = min(barW+w-(need()-minNameW+lay.nameW), 24)
	}
	lay.amtW, lay.pct, lay.barW = amts[:n], pct, barW
	return lay
}

// layoutCells fits a level of text cells: the name (if any) first, then as
// many cells as fit, the last one cut to what is left.
func layoutCells(l *listing, h heads, lay layout, fixed, w int) layout {
	rest := w - fixed
	if !h.noName {
		// Leave the first cell (an indicator's value, a table's row count) room.
		first := 0
		if len(l.cellW) > 0 {
			first = 1 + l.cellW[0]
		}
		lay.nameW = max(minNameW, min(max(l.nameW, widthOf(h.name)), rest-first))
		lay.nameW = min(lay.nameW, max(1, rest))
		rest -= lay.nameW
	}
	for i, cw := range l.cellW {
		if i < len(h.cells) {
			cw = max(cw, min(widthOf(h.cells[i]), maxCellW))
		}
		if rest < 1+4 {
			break
		}
		cw = min(cw, rest-1)
		lay.cellW = append(lay.cellW, cw)
		rest -= 1 + cw
	}
	return lay
}

func widthOf(s string) int { return lipgloss.Width(cell(s)) }
