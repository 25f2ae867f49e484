package parse

// firstFigures is the index of the first column of figures: the first
// column of numbers right of the last column of words (the names), where a
// table prints each row's 合计; -1 where there is none.
func firstFigures(cols []lcol) int {
	words := -1
	for j, c := range cols {
		if c.kind == kWord {
			words = j
		}
	}
	for j := words + 1; j < len(cols); j++ {
		if cols[j].kind == kNum {
			return j
		}
	}
	return -1
}

// keepsFirstFigures: the mapping m of a later page's columns seg onto the
// table's cols puts the page's first column of figures on the table's
// first. Every row of a budget table prints its 合计 first, so a page's
// first figures are the 合计 whatever the page's own spacing; a mapping
// stretched by a page whose names column is narrower would shift every
// figure one column right.
func keepsFirstFigures(seg, cols []lcol, m []int) bool {
	s, c := firstFigures(seg), firstFigures(cols)
	return s < 0 || c < 0 || s >= len(m) || m[s] == c
}
