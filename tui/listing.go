package tui

import (
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"yusuan/model"
)

// listing is one level of a view as the browser shows it: the children of a
// node, ordered, with the column widths and the figures shares and bars are
// measured against. It is built when the level is entered or re-sorted, never
// while drawing, so a frame costs only the visible rows.
type listing struct {
	parent *node
	rows   []*node
	*measures
	total  model.Money
	hasTot bool
}

// measures are the widths and the largest amount of a node's children. They
// do not depend on the order, so they are computed once per node and kept.
type measures struct {
	codeW int
	nameW int    // widest name
	amtW  []int  // widest amount per amount column
	amtNZ []bool // amount column holds a figure other than zero
	cellW []int  // widest text per cell column (capped)
	cellF []int  // widest text per cell column, uncapped: what wide screens give
	cellR []bool // cell column holds amounts: right-align it
	max   model.Money
	pctW  int // widest Δ% in diff mode
	srcW  int // widest source line label
}

const maxCellW = 24

// newListing lists the children of parent that keep lets through (all of
// them when it is nil), sorted by by.
func newListing(parent *node, by sortKey, reverse, sortable bool, keep func(*node) bool) *listing {
	l := &listing{parent: parent}
	for _, k := range parent.kids {
		if keep == nil || keep(k) {
			l.rows = append(l.rows, k)
		}
	}
	if sortable {
		sortRows(l.rows, by, reverse)
	}
	if parent.meas == nil {
		parent.meas = measure(parent)
	}
	l.measures = parent.meas
	if t, ok := parent.first(); ok {
		l.total, l.hasTot = t, true
	}
	return l
}

func measure(parent *node) *measures {
	rows := parent.kids
	l := &measures{}
	// A column of bare integers is codes or counts, left-aligned like text;
	// amounts have decimals.
	decimals := map[int]bool{}
	for _, n := range rows {
		if w := lipgloss.Width(cell(shownCode(n))); w > l.codeW {
			l.codeW = w
		}
		if w := lipgloss.Width(cell(shownName(n, parent))); w > l.nameW {
			l.nameW = w
		}
		for i := range n.amts {
			if i >= len(l.amtW) {
				l.amtW = append(l.amtW, 0)
				l.amtNZ = append(l.amtNZ, false)
			}
			l.amtNZ[i] = l.amtNZ[i] || !n.amts[i].IsZero()
			if w := lipgloss.Width(n.amount(i)); w > l.amtW[i] {
				l.amtW[i] = w
			}
		}
		if n.diff != nil {
			l.pctW = max(l.pctW, widthOf(n.diff.pct))
		}
		l.srcW = max(l.srcW, widthOf(srcLabel(n)))
		if len(n.amts) > 0 && n.barAmount().Cmp(l.max) > 0 {
			l.max = n.barAmount()
		}
		for i, c := range n.cells {
			if i >= len(l.cellW) {
				l.cellW = append(l.cellW, 0)
				l.cellF = append(l.cellF, 0)
				l.cellR = append(l.cellR, true)
			}
			if w := lipgloss.Width(cell(c)); w > l.cellW[i] {
				l.cellW[i] = min(w, maxCellW)
				l.cellF[i] = max(l.cellF[i], w)
			}
			if c != "" && !model.IsBlankAmount(c) {
				if !model.IsAmount(c) {
					l.cellR[i] = false
				}
			}
			if strings.Contains(c, ".") {
				decimals[i] = true
			}
		}
	}
	for i := range l.cellR {
		l.cellR[i] = l.cellR[i] && decimals[i]
	}
	return l
}

// indexOf finds a node among the rows (-1 when absent).
func (l *listing) indexOf(n *node) int {
	for i, r := range l.rows {
		if r == n {
			return i
		}
	}
	return -1
}

// srcLabel is a row's source line as the wide list shows it: "L516", or "*"
// for a line the document did not print; "" for rows without amounts.
func srcLabel(n *node) string {
	switch {
	case len(n.amts) == 0 || n.diff != nil:
		return ""
	case n.derived:
		return "*"
	case n.line > 0:
		return "L" + strconv.Itoa(n.line)
	}
	return ""
}
