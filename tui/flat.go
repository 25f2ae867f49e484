package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// The flat view (F, or its tab) lists every leaf of one tree at once, largest
// first, as ncdu and gdu list files: the 项 of the functional tree, the
// economic items, every project or every “三公” item. Each row keeps its
// place in its tree (Enter goes there) and shows the path to it.

// flatSources are the trees the flat view can list, in the order F cycles.
var flatSources = []viewID{viewFunctional, viewEconomic, viewProjects, viewThreePublic}

// flatDef builds the flat view of src: a root that lists the leaves of src's
// tree without adopting them, so each keeps its parent, its pane and its
// findings.
func flatDef(src *viewDef, tx *text, sep string) *viewDef {
	root := &node{kind: kindRoot, flat: true, rowsOf: src}
	for _, n := range allNodes(src.root) {
		if !isFlatLeaf(n) {
			continue
		}
		var parts []string
		for _, p := range n.pathFromRoot() {
			if p == n {
				break
			}
			parts = append(parts, flatLabel(p))
		}
		if len(parts) > 0 {
			n.path = strings.Join(parts, sep) + sep
		}
		root.kids = append(root.kids, n)
	}
	root.name = strings.TrimSpace(tx.Views[src.id] + " " + tx.FlatAll)
	sumKids(root, len(src.amountCols))
	return &viewDef{id: viewFlat, root: root, amountCols: src.amountCols, sortable: true, source: src.id}
}

// isFlatLeaf is a row the flat view lists: a line with no lines below it; a
// project (its indicators are not amounts).
func isFlatLeaf(n *node) bool {
	switch n.kind {
	case kindProject:
		return true
	case kindFunc, kindEcon, kindThreePublic:
		return len(n.kids) == 0
	}
	return false
}

// flatLabel names an ancestor in a leaf's path: its code, else its name.
func flatLabel(n *node) string {
	if n.code != "" {
		return n.code
	}
	return n.name
}

// shownName is a row's name as its list shows it: with its path in the flat view.
func shownName(n, parent *node) string {
	if parent.flat {
		return n.path + n.name
	}
	return n.name
}

// fitName is a row's name in w columns. A flat row short of room loses the
// start of its path, never its name: "..22401 › 安全监管".
func fitName(n, parent *node, w int) string {
	s := cell(shownName(n, parent))
	if !parent.flat || n.path == "" || widthOf(s) <= w {
		return fit(s, w)
	}
	name := cell(n.name)
	if widthOf(name)+2 >= w {
		return fit(name, w)
	}
	return fit(".."+ansi.TruncateLeft(s, widthOf(s)-(w-2), ""), w)
}
