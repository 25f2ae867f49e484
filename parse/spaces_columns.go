package parse

import (
	"math"
	"sort"
	"strings"
)

// lcol is one column of a table region: the character extent its cells
// cover on the page where the table starts, and what fills it.
type lcol struct{ s, e, kind int }

func (c lcol) center() float64 { return float64(c.s+c.e) / 2 }

// hfrag is one word of a header line and the columns it names.
type hfrag struct {
	line  int // index into the header lines
	c     chunk
	cols  []int
	group bool // spans several columns above their own names
}

// tableLayout is a region cut into columns.
type tableLayout struct {
	cols  []lcol
	place [][]int // per data line, per chunk: its column
	head  []hfrag
	lines []int // source line of each header line
}

// layoutColumns finds the columns of a table region. Cells of the data
// lines that overlap belong to one column (amounts and words apart: a long
// name may reach under the amount column's header, never into its figures).
// Header words name the column they overlap or nearly touch; a header word
// over no data starts a column of its own (a column left empty). Each page
// is laid out afresh by pdftotext, so the columns of a later page are matched
// to those of the first in order.
func layoutColumns(header, data []sline) tableLayout {
	var lay tableLayout
	for _, h := range header {
		lay.lines = append(lay.lines, h.no)
	}
	basePage := -1
	if len(data) > 0 {
		basePage = data[0].page
	}
	var base []sline
	var baseIdx []int
	for i, l := range data {
		if l.page == basePage {
			base = append(base, l)
			baseIdx = append(baseIdx, i)
		}
	}
	cols, place := clusterLines(base)
	var heads []chunk
	for _, h := range header {
		heads = append(heads, joinSpaced(splitChunks(h.raw, 1))...)
	}
	cols, place = mergeDisjoint(retemplate(base, cols, place), place, heads)
	lay.cols = cols
	lay.place = make([][]int, len(data))
	for k, i := range baseIdx {
		lay.place[i] = place[k]
	}
	lay.head = assignHeader(header, &lay.cols)
	// order the columns left to right and renumber
	order := make([]int, len(lay.cols))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return lay.cols[order[a]].center() < lay.cols[order[b]].center() })
	renum := make([]int, len(order))
	sorted := make([]lcol, len(order))
	for to, from := range order {
		renum[from] = to
		sorted[to] = lay.cols[from]
	}
	lay.cols = sorted
	for _, p := range lay.place {
		for j := range p {
			p[j] = renum[p[j]]
		}
	}
	for i := range lay.head {
		for j := range lay.head[i].cols {
			lay.head[i].cols[j] = renum[lay.head[i].cols[j]]
		}
	}
	// later pages
	for pg := basePage + 1; len(data) > 0; pg++ {
		var ls []sline
		var idx []int
		for i, l := range data {
			if l.page == pg {
				ls = append(ls, l)
				idx = append(idx, i)
			}
		}
		if len(ls) == 0 {
			if pg > data[len(data)-1].page {
				break
			}
			continue
		}
		segCols, segPlace := clusterLines(ls)
		segCols, segPlace = mergeDisjoint(retemplate(ls, segCols, segPlace), segPlace, nil)
		m := mapColumns(segCols, lay.cols)
		for k, i := range idx {
			p := segPlace[k]
			for j := range p {
				p[j] = m[p[j]]
			}
			lay.place[i] = p
		}
	}
	return lay
}

// clusterLines groups the chunks of the lines into columns by overlap.
func clusterLines(ls []sline) ([]lcol, [][]int) {
	type item struct {
		li, ci, kind int
		c            chunk
	}
	var items []item
	place := make([][]int, len(ls))
	for li, l := range ls {
		place[li] = make([]int, len(l.chunks))
		for ci, c := range l.chunks {
			items = append(items, item{li, ci, kindOf(c, ci == 0), c})
		}
	}
	sort.SliceStable(items, func(a, b int) bool { return items[a].c.s < items[b].c.s })
	// a total label is centred across the code and name columns: it joins
	// the column it covers most once the columns are known
	isTotal := func(it item) bool { return it.kind == kWord && isTotalLabel(it.c.text) }
	deferTotals := false // only when there are other words to join
	for _, it := range items {
		deferTotals = deferTotals || it.kind == kWord && !isTotal(it)
	}
	var cols []lcol
	for _, kind := range []int{kWord, kNum, kCode} {
		cur := -1
		for _, it := range items {
			if it.kind != kind || isTotal(it) && deferTotals {
				continue
			}
			if cur >= 0 && it.c.s < cols[cur].e {
				cols[cur].e = max(cols[cur].e, it.c.e)
			} else {
				cols = append(cols, lcol{it.c.s, it.c.e, kind})
				cur = len(cols) - 1
			}
			place[it.li][it.ci] = cur
		}
	}
	for _, it := range items {
		if !isTotal(it) || !deferTotals {
			continue
		}
		best, bestOv := -1, math.MinInt
		for j, c := range cols {
			if c.kind != kWord {
				continue
			}
			ov := min(c.e, it.c.e) - max(c.s, it.c.s) // negative: the gap
			if ov > bestOv {
				best, bestOv = j, ov
			}
		}
		place[it.li][it.ci] = best
	}
	order := make([]int, len(cols))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return cols[order[a]].center() < cols[order[b]].center() })
	renum := make([]int, len(cols))
	sorted := make([]lcol, len(cols))
	for to, from := range order {
		renum[from] = to
		sorted[to] = cols[from]
	}
	for _, p := range place {
		for j := range p {
			p[j] = renum[p[j]]
		}
	}
	return sorted, place
}

// retemplate puts back into the table's usual columns a run of lines that
// pdftotext laid out elsewhere (the last rows of a page moved left): a line
// whose cells are of the same kinds, in the same order, as the most common
// full row takes that row's columns. Columns left unused are dropped.
func retemplate(ls []sline, cols []lcol, place [][]int) []lcol {
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
			b.WriteString(itoa(c))
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
			if c != tplace[k] && other[c] {
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
	for j := 0; j+1 < len(cols); j++ {
		a, b := cols[j], cols[j+1]
		if a.kind != b.kind || named(a) && named(b) {
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

func overlaps(a chunk, c lcol) bool { return a.s < c.e && c.s < a.e }

func gapTo(a chunk, c lcol) int {
	switch {
	case a.e <= c.s:
		return c.s - a.e
	case c.e <= a.s:
		return a.s - c.e
	}
	return 0
}

// assignHeader places every header word over its columns. The words of
// one column are stacked (a name wrapped over lines of a narrow cell), so
// the header is first cut into columns of its own by overlap, and those are
// matched in order to the columns of the data; a header column matched to
// no data is a column left empty, and is added.
func assignHeader(header []sline, cols *[]lcol) []hfrag {
	var fr []hfrag
	for hi, h := range header {
		for _, c := range joinSpaced(splitChunks(h.raw, 1)) {
			if isColumnNumbers([]string{c.text}) || c.text == "栏次" {
				continue
			}
			fr = append(fr, hfrag{line: hi, c: c, group: isGroupLabel(c.text)})
		}
	}
	for i := range fr {
		if !fr[i].group && spansTwo(fr, i) {
			fr[i].group = true
		}
	}
	// header columns: leaf words that overlap or touch
	var leaf []int
	for i := range fr {
		if !fr[i].group {
			leaf = append(leaf, i)
		}
	}
	sort.SliceStable(leaf, func(a, b int) bool { return fr[leaf[a]].c.s < fr[leaf[b]].c.s })
	var hc []lcol
	member := map[int]int{}
	for _, i := range leaf {
		c := fr[i].c
		if n := len(hc); n > 0 && c.s <= hc[n-1].e {
			hc[n-1].e = max(hc[n-1].e, c.e)
		} else {
			hc = append(hc, lcol{c.s, c.e, kHead})
		}
		member[i] = len(hc) - 1
	}
	// a name spelt down a narrow cell one character a line (小 / 计)
	// drifts sideways between the lines: neighbouring columns made of
	// lone characters only are one
	single := make([]bool, len(hc))
	for k := range hc {
		single[k] = true
	}
	for _, i := range leaf {
		if fr[i].c.e-fr[i].c.s > 1 {
			single[member[i]] = false
		}
	}
	joined := make([]int, len(hc)) // old header column → new
	var hc2 []lcol
	for k, c := range hc {
		if n := len(hc2); k > 0 && single[k] && single[k-1] && c.s-hc[k-1].e <= 4 {
			hc2[n-1].e = c.e
		} else {
			hc2 = append(hc2, c)
		}
		joined[k] = len(hc2) - 1
	}
	hc = hc2
	for i, k := range member {
		member[i] = joined[k]
	}
	m := alignHeader(hc, *cols)
	for h, j := range m {
		if j < 0 {
			*cols = append(*cols, hc[h])
			m[h] = len(*cols) - 1
		}
	}
	for i := range fr {
		if !fr[i].group {
			fr[i].cols = []int{m[member[i]]}
			continue
		}
		for j, c := range *cols {
			if overlaps(fr[i].c, c) {
				fr[i].cols = append(fr[i].cols, j)
			}
		}
		if len(fr[i].cols) == 0 {
			best, bestGap := -1, math.MaxInt
			for j, c := range *cols {
				if g := gapTo(fr[i].c, c); g < bestGap {
					best, bestGap = j, g
				}
			}
			if best >= 0 {
				fr[i].cols = []int{best}
			}
		}
	}
	return fr
}

// spansTwo: a header word over two words of lower lines that stand apart
// (a group label over its columns).
func spansTwo(fr []hfrag, i int) bool {
	var under []chunk
	for k := range fr {
		if fr[k].line > fr[i].line && fr[k].c.s < fr[i].c.e && fr[i].c.s < fr[k].c.e {
			under = append(under, fr[k].c)
		}
	}
	for a := range under {
		for b := range under {
			if under[a].e < under[b].s {
				return true
			}
		}
	}
	return false
}

// alignHeader matches header columns to data columns in order, by the
// distance of their centres; either side may go unmatched (-1 for a header
// column over no data).
func alignHeader(hc, dc []lcol) []int {
	// a data column with no header is rarer than a header over an empty
	// column, and a crowded header line is squeezed to the left
	const skipH, skipD = 8.0, 14.0
	h, d := len(hc), len(dc)
	dp := make([][]float64, h+1)
	mv := make([][]byte, h+1) // 'm' match, 'h' skip header, 'd' skip data
	for i := range dp {
		dp[i] = make([]float64, d+1)
		mv[i] = make([]byte, d+1)
	}
	for i := 1; i <= h; i++ {
		dp[i][0], mv[i][0] = float64(i)*skipH, 'h'
	}
	for j := 1; j <= d; j++ {
		dp[0][j], mv[0][j] = float64(j)*skipD, 'd'
	}
	for i := 1; i <= h; i++ {
		for j := 1; j <= d; j++ {
			dp[i][j], mv[i][j] = dp[i-1][j-1]+math.Abs(hc[i-1].center()-dc[j-1].center()), 'm'
			if v := dp[i-1][j] + skipH; v < dp[i][j] {
				dp[i][j], mv[i][j] = v, 'h'
			}
			if v := dp[i][j-1] + skipD; v < dp[i][j] {
				dp[i][j], mv[i][j] = v, 'd'
			}
		}
	}
	out := make([]int, h)
	for i, j := h, d; i > 0 || j > 0; {
		switch mv[i][j] {
		case 'm':
			out[i-1] = j - 1
			i, j = i-1, j-1
		case 'h':
			out[i-1] = -1
			i--
		default:
			j--
		}
	}
	return out
}

// isGroupLabel: header words known to stand over several columns, which
// their position alone cannot tell (they are centred over cells whose
// borders the text does not show).
func isGroupLabel(s string) bool {
	s = nospace(s)
	return strings.Contains(s, "三公") && !strings.Contains(s, "小计") ||
		strings.HasPrefix(s, "公务用车购置及运行")
}

// headerRows writes the header as one row of the grid: each column's name,
// the wrapped pieces of a name joined, under the group labels that span it
// (“三公”经费/公务用车购置及运行维护费/小计).
func headerRows(lay tableLayout) []Row {
	n := len(lay.cols)
	leaves := make([]string, n)
	first := -1
	var groups []hfrag
	for _, f := range lay.head {
		if first < 0 || f.line < first {
			first = f.line
		}
		if f.group {
			groups = append(groups, f)
			continue
		}
		for _, j := range f.cols {
			leaves[j] += nospace(f.c.text)
		}
	}
	if first < 0 {
		return nil
	}
	sort.SliceStable(groups, func(a, b int) bool { return groups[a].line < groups[b].line })
	names := make([]string, n)
	for _, g := range groups {
		span := groupSpan(nospace(g.c.text), leaves)
		if span == nil {
			span = g.cols
		}
		for _, j := range span {
			names[j] += nospace(g.c.text) + "/"
		}
	}
	for j := range names {
		names[j] = strings.TrimSuffix(names[j]+leaves[j], "/")
	}
	return []Row{{Line: lay.lines[first], Cells: names, Table: true}}
}

// groupSpan gives the columns of the “三公” table's two groups from the
// names under them: “三公”经费 from its 小计 to 公务接待费, 公务用车购置及运行维护费
// between 因公出国（境）费 and 公务接待费.
func groupSpan(label string, leaves []string) []int {
	find := func(from int, word string) int {
		for j := from; j < len(leaves); j++ {
			if strings.Contains(leaves[j], word) {
				return j
			}
		}
		return -1
	}
	var a, b int
	switch {
	case strings.Contains(label, "三公"):
		a, b = find(0, "小计"), find(0, "接待")
	case strings.HasPrefix(label, "公务用车购置及运行"):
		a, b = find(0, "出国")+1, find(0, "接待")-1
		if a == 0 {
			return nil
		}
	default:
		return nil
	}
	if a < 0 || b < a {
		return nil
	}
	var span []int
	for j := a; j <= b; j++ {
		span = append(span, j)
	}
	return span
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
		if m, c := try(scale, float64(cmin)-float64(smin)*scale); c < cost {
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
