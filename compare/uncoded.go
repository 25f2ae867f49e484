package compare

import "yusuan/model"

// A functional line the document prints by name only, with no code the
// catalogue can give (监狱 under 204), is matched by its name under its
// parent (pairSiblings: never by its empty code, so two uncoded lines are
// never taken for one). Where the diff is flattened (the text report, the
// JSON list) such a line is named by its place: its parent's code, or the
// names down from the nearest line with a code (204 › 监狱 › 行政运行), since
// two uncoded 行政运行 under two parents are two lines.

// funcLevel is a functional node's level: its code's, else the level the
// document's nesting gave it.
func funcLevel(n *model.FuncNode) string {
	if l := model.LevelOf(n.Code); l != "" {
		return string(l)
	}
	return string(n.Level)
}

// placeSep joins the steps of a line's place.
const placeSep = " › "

// placedName is a line's name, led by its place where it has no code.
func placedName(l *Line, parentOf map[*Line]*Line, name string) string {
	if l.Code != "" {
		return name
	}
	for p := parentOf[l]; p != nil; p = parentOf[p] {
		if p.Code != "" {
			return p.Code + placeSep + name
		}
		name = p.Name + placeSep + name
	}
	return name
}

// parentsOf maps every line of a tree to its parent.
func parentsOf(tree []*Line) map[*Line]*Line {
	out := map[*Line]*Line{}
	walkLines(tree, func(l, p *Line) { out[l] = p })
	return out
}
