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
	var cols []lcol
	for _, kind := range []int{kWord, kNum} {
		cur := -1
		for _, it := range items {
			if it.kind != kind {
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

// assignHeader places every header word over its columns, adding columns
// for words above no data.
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
	ndata := len(*cols)
	// pass 1: overlap with data columns
	for i := range fr {
		for j := 0; j < ndata; j++ {
			if overlaps(fr[i].c, (*cols)[j]) {
				fr[i].cols = append(fr[i].cols, j)
			}
		}
	}
	// pass 2: the nearest data column, if close and not named by another
	// word of the same line
	for i := range fr {
		if len(fr[i].cols) > 0 {
			continue
		}
		best, bestGap := -1, 4
		for j := 0; j < ndata; j++ {
			g := gapTo(fr[i].c, (*cols)[j])
			if g >= bestGap || claimed(fr, i, j) {
				continue
			}
			best, bestGap = j, g
		}
		if best >= 0 {
			fr[i].cols = []int{best}
		}
	}
	// pass 3: words over no data: a column of their own (group labels join
	// the nearest column instead)
	for i := range fr {
		if len(fr[i].cols) > 0 {
			continue
		}
		if fr[i].group {
			best, bestGap := -1, math.MaxInt
			for j := range *cols {
				if g := gapTo(fr[i].c, (*cols)[j]); g < bestGap {
					best, bestGap = j, g
				}
			}
			if best >= 0 {
				fr[i].cols = []int{best}
			}
			continue
		}
		found := -1
		for j := ndata; j < len(*cols); j++ {
			if overlaps(fr[i].c, (*cols)[j]) {
				found = j
				break
			}
		}
		if found < 0 {
			*cols = append(*cols, lcol{fr[i].c.s, fr[i].c.e, kHead})
			found = len(*cols) - 1
		} else {
			col := &(*cols)[found]
			col.s, col.e = min(col.s, fr[i].c.s), max(col.e, fr[i].c.e)
		}
		fr[i].cols = []int{found}
	}
	// a word over several columns is a group when those columns have names
	// of their own under it; otherwise it names the column it covers most
	for i := range fr {
		if fr[i].group || len(fr[i].cols) < 2 {
			continue
		}
		below := 0
		for _, j := range fr[i].cols {
			for k := range fr {
				if fr[k].line > fr[i].line && len(fr[k].cols) == 1 && fr[k].cols[0] == j {
					below++
					break
				}
			}
		}
		if below >= 2 {
			fr[i].group = true
			continue
		}
		best, bestOv := fr[i].cols[0], -1
		for _, j := range fr[i].cols {
			c := (*cols)[j]
			if ov := min(c.e, fr[i].c.e) - max(c.s, fr[i].c.s); ov > bestOv {
				best, bestOv = j, ov
			}
		}
		fr[i].cols = []int{best}
	}
	return fr
}

func claimed(fr []hfrag, i, j int) bool {
	for k := range fr {
		if k != i && fr[k].line == fr[i].line && len(fr[k].cols) > 0 && fr[k].cols[0] == j {
			return true
		}
	}
	return false
}

// isGroupLabel: header words known to stand over several columns, which
// their position alone cannot tell (they are centred over cells whose
// borders the text does not show).
func isGroupLabel(s string) bool {
	s = nospace(s)
	switch s {
	case "功能分类", "支出用途", "收入", "支出":
		return true
	}
	return strings.Contains(s, "三公") && !strings.Contains(s, "小计") ||
		strings.HasPrefix(s, "公务用车购置及运行")
}

// headerRows writes the header as rows of the grid: one row per line of
// group labels (each repeated over the columns it spans), then one row of
// column names, the wrapped pieces of each name joined.
func headerRows(lay tableLayout) []Row {
	n := len(lay.cols)
	leaves := make([]string, n)
	leafLine := 0
	var groups []hfrag
	for _, f := range lay.head {
		if f.group {
			groups = append(groups, f)
			continue
		}
		for _, j := range f.cols {
			leaves[j] += nospace(f.c.text)
		}
		if leafLine == 0 {
			leafLine = lay.lines[f.line]
		}
	}
	var rows []Row
	byLine := map[int][]string{}
	var lineOrder []int
	for _, g := range groups {
		span := groupSpan(nospace(g.c.text), leaves)
		if span == nil {
			span = g.cols
		}
		cells, ok := byLine[g.line]
		if !ok {
			cells = make([]string, n)
			lineOrder = append(lineOrder, g.line)
		}
		for _, j := range span {
			cells[j] += nospace(g.c.text)
		}
		byLine[g.line] = cells
	}
	sort.Ints(lineOrder)
	for _, l := range lineOrder {
		rows = append(rows, Row{Line: lay.lines[l], Cells: byLine[l], Table: true})
	}
	any := false
	for _, l := range leaves {
		any = any || l != ""
	}
	if any {
		rows = append(rows, Row{Line: leafLine, Cells: leaves, Table: true})
	}
	return rows
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
