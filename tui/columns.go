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
	base       int    // amount columns always wanted; those after them only on wide screens (0: all)
	src        string // title of the source line column (wide screens), "" for none
	cells      []string
}

func headsFor(l *listing, def *viewDef, tx *text) heads {
	if l.parent.rowsOf != nil {
		def = l.parent.rowsOf // rows listed outside their tree keep its columns
	}
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
		return heads{code: tx.ColFunc, name: tx.ColName, amts: def.amountCols, src: tx.ColSrc}
	}
	return heads{code: tx.ColCode, name: tx.ColName, amts: def.amountCols, base: def.baseCols, src: tx.ColSrc}
}

// layout is the widths a level is drawn with at a given list width.
type layout struct {
	codeW, nameW int
	amtW         []int // amount columns shown (a prefix of the level's)
	pct          bool
	pctW         int
	barW         int // 0: no bar
	srcW         int // 0: no source line column
	cellW        []int
}

const (
	minNameW = 10
	pctW     = 6 // "100.0%"
	minBarW  = 6
	// wideListW is the list width from which the wide-screen columns may
	// show: a terminal of about 160 columns, beside the pane.
	wideListW = 100
	prefixW   = 3 // cursor, mark, space
)

// layoutFor fits a level into w columns. The wide-screen columns (amounts
// after the base ones, the source line) come only when the name has its full
// width beside them; then the bar goes before the name is cut below what
// short names need; then, while the row is too wide, the share, then the
// amount columns after the first. The name keeps at least minNameW columns.
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
	n := len(amts)
	base := n
	if h.base > 0 && h.base < n {
		base = h.base
	}
	pct := n > 0 && mode != modeBar
	barW := 0
	if n > 0 && mode != modePct {
		barW = clamp(w/8, minBarW, 20)
	}
	srcW := 0
	if h.src != "" && l.srcW > 0 {
		srcW = max(l.srcW, widthOf(h.src))
	}
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
		if srcW > 0 {
			t += 1 + srcW
		}
		return t
	}
	for n > base && !l.amtNZ[n-1] {
		n-- // a wide-screen column with nothing in it (the document has no split)
	}
	nameFull := min(max(l.nameW, widthOf(h.name), minNameW), 40)
	for (n > base || srcW > 0) && (w < wideListW || need()-minNameW+nameFull > w) {
		if srcW > 0 {
			srcW = 0
		} else {
			n--
		}
	}
	nameWant := min(max(l.nameW, widthOf(h.name)), 16)
	if barW > 0 && need()-minNameW+nameWant > w {
		barW = 0
	}
	for need() > w {
		if pct {
			pct = false // the share before an amount: the figures are what is checked
		} else if n > 1 {
			n--
		} else {
			break
		}
	}
	want := max(l.nameW, widthOf(h.name), minNameW)
	if short := want - (w - need() + minNameW); short > 0 && barW > minBarW {
		barW -= min(short, barW-minBarW) // a cut name costs more than a shorter bar
	}
	lay.nameW = max(1, min(w-need()+minNameW, want))
	if barW > 0 {
		// Columns the name does not need lengthen the bar, up to a limit.
		barW = min(barW+w-(need()-minNameW+lay.nameW), 24)
	}
	lay.amtW, lay.pct, lay.barW, lay.srcW = amts[:n], pct, barW, srcW
	return lay
}

// layoutCells fits a level of text cells: the name (if any) first, then the
// cells. Each cell column wants its widest value and at least the last part
// of its title ("2023年预算数/基本支出" → "基本支出"); when the row is too
// wide, text columns narrow first (widest first, down to minTextW), so an
// amount column is never lost while a name or code column can give way. Only
// then are columns dropped from the right. Spare room shows whole titles.
func layoutCells(l *listing, h heads, lay layout, fixed, w int) layout {
	rest := w - fixed
	if !h.noName {
		// Leave the first cell (an indicator's value, a table's row count)
		// room; on a wide list, every cell (a finding's place and rule
		// beside a long message).
		first := 0
		for i, cw := range l.cellW {
			switch {
			case w >= wideListW:
				first += 1 + min(max(cw, l.cellF[i]), maxWideCellW)
			case i == 0:
				first += 1 + cw
			}
		}
		lay.nameW = max(minNameW, min(max(l.nameW, widthOf(h.name)), rest-first))
		lay.nameW = min(lay.nameW, max(1, rest))
		rest -= lay.nameW
	}
	n := len(l.cellW)
	ws, low := make([]int, n), make([]int, n)
	for i, cw := range l.cellW {
		empty := cw == 0
		if i < len(h.cells) {
			cw = max(cw, min(widthOf(lastPart(h.cells[i])), maxCellW))
		}
		ws[i], low[i] = cw, cw
		if i >= len(l.cellR) || !l.cellR[i] {
			low[i] = min(cw, minTextW)
		}
		if empty {
			low[i] = 0 // a column with nothing in it: the first to go
		}
	}
	need := func() int {
		t := 0
		for _, x := range ws {
			if x > 0 {
				t += 1 + x
			}
		}
		return t
	}
	// Columns with nothing in them go first, from the right (the pane still
	// lists them).
	for i := n - 1; i >= 0 && need() > rest; i-- {
		if low[i] == 0 {
			ws[i] = 0
		}
	}
	for over := need() - rest; over > 0; over-- {
		j := -1
		for i := range ws {
			if ws[i] > low[i] && (j < 0 || ws[i] > ws[j]) {
				j = i
			}
		}
		if j < 0 {
			break
		}
		ws[j]--
	}
	if extra := rest - need(); extra > 0 {
		for i := range ws {
			if i >= len(h.cells) {
				break
			}
			if fw := min(widthOf(h.cells[i]), maxCellW); ws[i] > 0 && fw > ws[i] && fw-ws[i] <= extra {
				extra -= fw - ws[i]
				ws[i] = fw
			}
		}
	}
	// Still room: text columns cut at maxCellW grow to their widest value
	// (a finding's place, a long indicator value), left first.
	for i := range ws {
		if extra := rest - need(); extra > 0 && ws[i] > 0 && i < len(l.cellF) && l.cellF[i] > ws[i] {
			ws[i] += min(extra, l.cellF[i]-ws[i])
		}
	}
	for _, cw := range ws {
		if cw == 0 {
			lay.cellW = append(lay.cellW, 0) // hidden: drawn as nothing
			continue
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

// maxWideCellW is how wide a text cell column may grow on a wide list
// while a long name beside it gives way.
const maxWideCellW = 40

// minTextW is how narrow a text cell column may get before amount columns
// are dropped.
const minTextW = 8

// cellTitle is a cell column's title in cw columns: whole when it fits, else
// the last part of its header path (the pane keeps the whole name).
func cellTitle(t string, cw int) string {
	if widthOf(t) > cw {
		return lastPart(t)
	}
	return t
}

func widthOf(s string) int { return lipgloss.Width(cell(s)) }
