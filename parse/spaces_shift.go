package parse

import (
	"math"
	"strconv"
	"strings"
)

// The columns of a table move: pdftotext lays out each page afresh, and
// sometimes prints a run of rows or figures off the columns of the rest.

// retemplate puts back into the table's usual columns a run of lines that
// pdftotext laid out elsewhere (the last rows of a page moved left): a line
// whose cells are of the same kinds, in the same order, as the most common
// full row takes that row's columns. Columns left unused are dropped.
//
// A column known apart from the template's (apart: on the first page its
// own header word over it, on a later page a column of the first page's of
// its own) is a real column too: a 基本支出表 fills 人员经费 on some rows and
// 公用经费 on others, never both, and a run of either is no shifted row.
func retemplate(ls []sline, cols []lcol, place [][]int, apart func(c, t lcol) bool) []lcol {
	sig := func(l sline) string {
		b := make([]byte, len(l.chunks))
		for ci, c := range l.chunks {
			switch {
			case ci == 0 && isCodeText(c.text):
				b[ci] = 'c'
			case isNumChunk(c.text):
				b[ci] = 'n'
			default:
				b[ci] = 'w'
			}
		}
		return string(b)
	}
	key := func(p []int) string {
		var b strings.Builder
		for _, c := range p {
			b.WriteString(strconv.Itoa(c))
			b.WriteByte(',')
		}
		return b.String()
	}
	sigs := make([]string, len(ls))
	for i, l := range ls {
		sigs[i] = sig(l)
	}
	count := map[string]int{}
	best, bestN := -1, 0
	for i, l := range ls {
		if len(l.chunks) < 3 {
			continue
		}
		k := sigs[i] + key(place[i])
		count[k]++
		if count[k] > bestN {
			best, bestN = i, count[k]
		}
	}
	if best < 0 || bestN < 3 {
		return cols
	}
	tsig, tplace := sigs[best], place[best]
	// a column some line of another shape uses is a real column, and a line
	// in it stays there
	other := map[int]bool{}
	for i := range ls {
		if sigs[i] != tsig {
			for _, c := range place[i] {
				other[c] = true
			}
		}
	}
	for i := range ls {
		if sigs[i] != tsig {
			continue
		}
		moved := true
		for k, c := range place[i] {
			if c != tplace[k] && (other[c] || apart != nil && apart(cols[c], cols[tplace[k]])) {
				moved = false
			}
		}
		if moved {
			copy(place[i], tplace)
		}
	}
	// drop unused columns
	used := make([]bool, len(cols))
	for _, p := range place {
		for _, c := range p {
			used[c] = true
		}
	}
	renum := make([]int, len(cols))
	var out []lcol
	for j, c := range cols {
		renum[j] = len(out)
		if used[j] {
			out = append(out, c)
		}
	}
	for _, p := range place {
		for k, c := range p {
			p[k] = renum[c]
		}
	}
	return out
}

// namedApart: a header word stands over amount column c and not over t (a
// code or name moved off its column is put back whatever stands above it).
func namedApart(heads []chunk) func(c, t lcol) bool {
	return func(c, t lcol) bool {
		if c.kind != kNum {
			return false
		}
		for _, h := range heads {
			if !isGroupLabel(h.text) && overlaps(h, c) && !overlaps(h, t) {
				return true
			}
		}
		return false
	}
}

// mergeDisjoint joins neighbouring columns of the same kind that never
// share a line, unless the header names each of them: pdftotext sometimes
// shifts the figures of one column sideways for a run of lines.
func mergeDisjoint(cols []lcol, place [][]int, heads []chunk) ([]lcol, [][]int) {
	named := func(c lcol) bool {
		for _, h := range heads {
			if !isGroupLabel(h.text) && gapTo(h, c) <= 3 {
				return true
			}
		}
		return false
	}
	return mergeDisjointBy(cols, place, func(a, b lcol) bool { return named(a) && named(b) })
}

// mergeDisjointBy is mergeDisjoint with the test that keeps two columns apart.
func mergeDisjointBy(cols []lcol, place [][]int, apart func(a, b lcol) bool) ([]lcol, [][]int) {
	for j := 0; j+1 < len(cols); j++ {
		a, b := cols[j], cols[j+1]
		if a.kind != b.kind || apart(a, b) {
			continue
		}
		shared := false
		for _, p := range place {
			ha, hb := false, false
			for _, c := range p {
				ha, hb = ha || c == j, hb || c == j+1
			}
			if ha && hb {
				shared = true
				break
			}
		}
		if shared {
			continue
		}
		cols[j] = lcol{min(a.s, b.s), max(a.e, b.e), a.kind}
		cols = append(cols[:j+1], cols[j+2:]...)
		for _, p := range place {
			for k, c := range p {
				if c > j {
					p[k] = c - 1
				}
			}
		}
		j--
	}
	return cols, place
}

// mapColumns matches the columns found on a later page to the table's
// columns, keeping their order, under either the same positions or the
// positions stretched to the table's width, whichever fits better.
func mapColumns(seg, cols []lcol) []int {
	if len(seg) == 0 {
		return nil
	}
	try := func(scale, off float64) ([]int, float64) {
		return alignCols(seg, cols, func(x float64) float64 { return x*scale + off })
	}
	best, cost := try(1, 0)
	smin, smax := seg[0].s, seg[len(seg)-1].e
	cmin, cmax := math.MaxInt, 0
	for _, c := range cols {
		if c.kind != kHead {
			cmin, cmax = min(cmin, c.s), max(cmax, c.e)
		}
	}
	if smax > smin && cmax > cmin {
		scale := float64(cmax-cmin) / float64(smax-smin)
		if m, c := try(scale, float64(cmin)-float64(smin)*scale); c < cost && (keepsFirstFigures(seg, cols, m) || !keepsFirstFigures(seg, cols, best)) {
			best = m
		}
	}
	return best
}

// alignCols is a monotone matching of seg onto cols minimising the distance
// of centres (a word column never takes an amount column's place).
func alignCols(seg, cols []lcol, pos func(float64) float64) ([]int, float64) {
	m, n := len(seg), len(cols)
	cost := func(i, j int) float64 {
		d := math.Abs(pos(seg[i].center()) - cols[j].center())
		switch {
		case cols[j].kind == kHead:
			d += 5
		case cols[j].kind != seg[i].kind:
			d += 1000
		}
		return d
	}
	if m > n {
		// more columns than the table has: each to its nearest
		out := make([]int, m)
		total := 0.0
		for i := range seg {
			best := 0
			for j := range cols {
				if cost(i, j) < cost(i, best) {
					best = j
				}
			}
			out[i] = best
			total += cost(i, best)
		}
		return out, total
	}
	inf := math.Inf(1)
	dp := make([][]float64, m+1)
	from := make([][]bool, m+1) // true: seg i-1 matched to col j-1
	for i := range dp {
		dp[i] = make([]float64, n+1)
		from[i] = make([]bool, n+1)
		for j := range dp[i] {
			if i > 0 {
				dp[i][j] = inf
			}
		}
	}
	for i := 1; i <= m; i++ {
		for j := i; j <= n; j++ {
			skip := dp[i][j-1]
			take := dp[i-1][j-1] + cost(i-1, j-1)
			if take <= skip {
				dp[i][j], from[i][j] = take, true
			} else {
				dp[i][j] = skip
			}
		}
	}
	out := make([]int, m)
	for i, j := m, n; i > 0; j-- {
		if from[i][j] {
			out[i-1] = j - 1
			i--
		}
	}
	return out, dp[m][n]
}
