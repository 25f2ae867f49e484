package tui

import (
	"yusuan/compare"
	"yusuan/model"
)

// viewID names a view; the order is the Tab order and the digit key - 1.
type viewID int

const (
	viewFunctional viewID = iota
	viewEconomic
	viewProjects
	viewThreePublic
	viewTables
	viewNarrative
	viewFindings // only when the options carry findings
	viewFlat     // every leaf of one tree in one list (F)
	numViews
)

// The amount columns by name. Outside diff mode a row's amounts are its
// total (合计 or 预算数) and, for lines, its two parts (基本/项目支出 or
// 人员/公用经费); in diff mode they are the old year, the new year and the
// change, in the order auditors write them.
const (
	colTotal   = 0
	colBasic   = 1 // or 人员经费
	colProject = 2 // or 公用经费
	colOld     = 0
	colNew     = 1
	colDelta   = 2
	// On wide screens a line in diff mode also shows the change of its
	// parts: 基本/项目支出 (人员/公用经费).
	colDeltaPart1 = 3
	colDeltaPart2 = 4
)

// nodeKind says what a browser row stands for, so the side pane knows what to draw.
type nodeKind int

const (
	kindRoot nodeKind = iota
	kindFunc
	kindEcon
	kindProject
	kindIndicator
	kindThreePublic
	kindTable
	kindTableRow
	kindSection
	kindParagraph
	kindFinding
)

// node is one browser row. Every view is turned into a tree of nodes once, at
// start, so the browser, search and pane work the same way on all of them.
// Strings are already cleaned (model.CleanText) when a node is built.
type node struct {
	kind   nodeKind
	code   string
	name   string
	amts   []model.Money // one per amount column of the view (nil for text rows)
	cells  []string      // raw table cells (table rows only)
	line   int           // source line, 0 when unknown or derived
	parent *node
	kids   []*node
	order  int // position among siblings in document order

	derived bool // a parent the document did not print
	// unverified: read from a table whose own arithmetic did not confirm the
	// reading (读取存疑); absent: amount columns the table does not print
	// (shown "—", never 0.00)
	unverified bool
	absent     []bool
	inferred   bool // a project whose function code was inferred
	stated     bool // three-public: printed by the document

	fn   *model.FuncNode
	econ *model.EconNode
	proj *model.Project
	ind  *model.Indicator
	tbl  *model.Table
	sec  *model.Section
	text string // paragraph text; for “三公” rows, the model field name

	pyInit, pyFull string // pinyin of name, for search and name sorting

	finding  *Finding   // a findings row
	target   *node      // where a finding points, if it names a code or project
	findings []*Finding // findings that concern this row

	diff *diffInfo // diff mode: status, Δ%, absent sides
	// confirmed are the statements about last year in this section or
	// paragraph that the older document bears out (diff mode).
	confirmed []compare.Claim

	// A list of nodes that belong to another tree (the flat view, a line's
	// projects) has a parent of its own that does not adopt them (their
	// parent stays the one in their tree): rowsOf says whose columns they
	// have. path is set on a flattened leaf and shown before its name in
	// the flat view.
	rowsOf *viewDef
	flat   bool
	path   string

	meas   *measures // of the children, computed when first listed
	amtStr []string  // amounts as displayed, formatted once
}

// amount is amount column i as displayed (grouped), formatted once.
func (n *node) amount(i int) string {
	if n.amtStr == nil {
		n.amtStr = make([]string, len(n.amts))
		for j, a := range n.amts {
			n.amtStr[j] = a.Grouped()
			if n.diff == nil {
				if n.isAbsent(j) {
					n.amtStr[j] = cell("—") // as the panes show it: the dash of ambiguous width drawn as "-"
				}
				continue
			}
			switch {
			case j < len(n.diff.absent) && n.diff.absent[j]:
				n.amtStr[j] = "" // the year has no such line
			case j >= colDelta && a.Sign() > 0:
				n.amtStr[j] = "+" + n.amtStr[j] // Δ carries its sign, not only a colour
			}
		}
	}
	return n.amtStr[i]
}

// isAbsent: amount column i is one the source table does not print.
func (n *node) isAbsent(i int) bool { return i < len(n.absent) && n.absent[i] }

func (n *node) add(k *node) *node {
	k.parent = n
	k.order = len(n.kids)
	n.kids = append(n.kids, k)
	return k
}

// first is the node's first amount column (合计 or 预算数; in diff mode the
// old year), the one share and bars use outside diff mode.
func (n *node) first() (model.Money, bool) {
	if len(n.amts) == 0 {
		return model.Zero, false
	}
	return n.amts[colTotal], true
}

// barAmount is what the bar measures: the amount, or in diff mode |Δ|.
func (n *node) barAmount() model.Money {
	if n.diff != nil && len(n.amts) > colDelta {
		return n.amts[colDelta].Abs()
	}
	a, _ := n.first()
	return a.Abs()
}

// pathFromRoot lists the ancestors of n from the root (excluded) down to n.
func (n *node) pathFromRoot() []*node {
	var p []*node
	for c := n; c != nil && c.kind != kindRoot; c = c.parent {
		p = append(p, c)
	}
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
	return p
}
