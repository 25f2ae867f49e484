package parse

import (
	"yusuan/model"
)

// A table of names only nested by its sums (shapeByArithmetic, or
// borrowShapes from a table that was) gives its functional tree by that
// nesting, not by codes: a line the catalogue gives no code (监狱 under
// 204, whose 2040701 the document never prints) is still the 款 its sums
// make it, a node with code "" under the class it adds up to, so that
// every parent's children add up to it on every screen. No code is made
// up for it; its level is the one its depth gives.

// levelOfDepth is the level of a row at depth 1, 2 or 3.
var levelOfDepth = map[int]model.Level{1: model.LevelClass, 2: model.LevelSection, 3: model.LevelItem}

// funcTreeByDepth builds the functional tree of a table whose rows carry
// their depth, each row under the row model.ShapeOf nests it under.
func funcTreeByDepth(t *model.Table, kind model.Kind) []*model.FuncNode {
	cs := model.ColumnsOf(t)
	sh := model.ShapeOf(t)
	var build func(r *model.CodedRow) *model.FuncNode
	build = func(r *model.CodedRow) *model.FuncNode {
		n := funcNode(t, cs, kind, *r)
		n.Level = levelOfDepth[r.Depth]
		for _, c := range sh.Children[r] {
			n.Children = append(n.Children, build(c))
		}
		return n
	}
	var roots []*model.FuncNode
	for _, r := range sh.Roots {
		roots = append(roots, build(r))
	}
	return roots
}

// placedByDepth: a row without a code that its table's nesting placed in
// the tree all the same (no warning that it was left out).
func placedByDepth(r model.CodedRow) bool { return r.Code == "" && r.Depth > 0 }
