package parse

import "math"

// maxGroupOffCentre is how far (in characters) a group label's centre may
// stand from the centre of the names it is printed over: pdftotext places a
// merged cell's text where the cell is centred, rounded to its grid.
const maxGroupOffCentre = 3

// centredOverGap: a header word printed in the gap between two names of the
// lines below, centred over the pair and touching neither, over a column
// that one of them already names — the label of a merged cell over several
// columns (项目支出 over 项目支出总数 | 扣除基建项目后预算数), not a column of its
// own. spansTwo finds such a label where it is wide enough to reach over
// its columns' names; a short label over long names falls between them.
// The columns under it must be amount columns each named below as well: a
// name printed higher than its neighbours' (a one-row cell beside two-row
// ones) is a column's only name, and stays one; a word over codes or names
// (收入 over 项目 | 行次 of a 收支总表) heads a half of the table, not figures.
func centredOverGap(fr []hfrag, i int, cols []lcol) bool {
	w := fr[i].c
	left, right := -1, -1
	for k := range fr {
		if fr[k].line <= fr[i].line {
			continue
		}
		c := fr[k].c
		switch {
		case c.s < w.e && w.s < c.e:
			return false // a word under it: spansTwo's case, or a stacked name
		case c.e <= w.s && (left < 0 || c.e > fr[left].c.e):
			left = k
		case w.e <= c.s && (right < 0 || c.s < fr[right].c.s):
			right = k
		}
	}
	if left < 0 || right < 0 {
		return false
	}
	a, b := fr[left].c, fr[right].c
	if math.Abs(float64(w.s+w.e)/2-float64(a.s+b.e)/2) > maxGroupOffCentre {
		return false
	}
	// the names either side head figures, and so does every column between
	// them: a group of amount columns, each named below it
	under := false
	for _, c := range cols {
		if c.s >= b.e || c.e <= a.s {
			continue
		}
		if c.kind != kNum || !namedBelow(fr, i, c) {
			return false
		}
		under = under || overlaps(w, c)
	}
	return under && overAmounts(a, cols) && overAmounts(b, cols)
}

// namedBelow: a word of a line below fr[i]'s names column c.
func namedBelow(fr []hfrag, i int, c lcol) bool {
	for _, f := range fr {
		if f.line > fr[i].line && overlaps(f.c, c) {
			return true
		}
	}
	return false
}

// overAmounts: the word stands over an amount column.
func overAmounts(w chunk, cols []lcol) bool {
	for _, c := range cols {
		if c.kind == kNum && overlaps(w, c) {
			return true
		}
	}
	return false
}

// gapLabels lists the header words that centredOverGap finds over a gap.
func gapLabels(fr []hfrag, cols []lcol) []int {
	var out []int
	for i := range fr {
		if !fr[i].group && centredOverGap(fr, i, cols) {
			out = append(out, i)
		}
	}
	return out
}

// unmatched counts the header columns alignHeader left over no figures.
func unmatched(m []int) int {
	n := 0
	for _, j := range m {
		if j < 0 {
			n++
		}
	}
	return n
}
