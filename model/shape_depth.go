package model

// byDepth reports a table whose nesting its rows' Depth gives (a table of
// names only, shaped by its own sums): every row but the 合计 has a depth.
func byDepth(t *Table) bool {
	for i := range t.Coded {
		if t.Coded[i].Depth > 0 {
			return true
		}
	}
	return false
}

// shapeByDepth nests each row under the last row before it one level up;
// the 合计 is the row without a depth, the classes its children.
func shapeByDepth(t *Table) TreeShape {
	sh := TreeShape{Children: map[*CodedRow][]*CodedRow{}}
	var open []*CodedRow // the last row seen at each depth, open[d-1]
	var totals []*CodedRow
	for i := range t.Coded {
		r := &t.Coded[i]
		if r.Depth == 0 {
			totals = append(totals, r)
			continue
		}
		open = append(open[:min(len(open), r.Depth-1)], r)
		if r.Depth == 1 || len(open) < r.Depth {
			sh.Roots = append(sh.Roots, r)
			continue
		}
		p := open[r.Depth-2]
		sh.Children[p] = append(sh.Children[p], r)
	}
	sh.Total = totalOf(totals)
	return sh
}
