package parse

import (
	"cmp"
	"math"
	"slices"
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
// lines that overlap belong to one column (codes, words and amounts apart: a
// long name may reach under the amount column's header, never into its
// figures). The header is cut into columns of its own and matched to them
// (spaces_header.go); a header column over no data is a column left empty.
// Each page is laid out afresh by pdftotext, so the columns of a later page
// are matched to those of the first in order (spaces_shift.go).
func layoutColumns(header, data []sline, wide bool) tableLayout {
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
	lines, spans := headerLines(header, wide)
	for _, words := range lines {
		heads = append(heads, words...)
	}
	cols, place = mergeDisjoint(retemplate(base, cols, place, namedApart(heads)), place, heads)
	cols, place = splitFiguresApart(base, cols, place)
	lay.cols = cols
	lay.place = make([][]int, len(data))
	for k, i := range baseIdx {
		lay.place[i] = place[k]
	}
	nData := len(lay.cols)
	lay.head = assignHeader(header, lines, spans, &lay.cols, wide)
	lay.head, lay.cols = pairWrappedNames(header, lay.head, lay.cols)
	lay.head, lay.cols = splitStackedHeader(lay.head, lay.cols, nData, base, place)
	// order the columns left to right and renumber
	order := make([]int, len(lay.cols))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(lay.cols[a].s+lay.cols[a].e, lay.cols[b].s+lay.cols[b].e) })
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
		segCols, segPlace = mergeDisjointBy(retemplate(ls, segCols, segPlace, apartInTable(lay.cols)), segPlace, apartInTable(lay.cols))
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
	// an item is a chunk's place and what sorting and clustering need of
	// it, kept small: the sort moves it about
	type item struct {
		s, e, li, ci int32
		kind         int8
		total        bool // a total label, joined to a word column last
	}
	n := 0
	for _, l := range ls {
		n += len(l.chunks)
	}
	items := make([]item, 0, n)
	place := make([][]int, len(ls))
	deferTotals := false // only when there are other words to join
	for li, l := range ls {
		place[li] = make([]int, len(l.chunks))
		for ci, c := range l.chunks {
			kind := kindOf(c, ci == 0)
			total := kind == kWord && isTotalLabel(c.text)
			deferTotals = deferTotals || kind == kWord && !total
			items = append(items, item{int32(c.s), int32(c.e), int32(li), int32(ci), int8(kind), total})
		}
	}
	// left to right, in reading order where words start alike. The items
	// come in reading order, so a stable sort by start alone gives that
	// order: a counting sort where the starts are few (a page's width),
	// the comparison sort otherwise (a line of a million characters)
	maxS := int32(0)
	for _, it := range items {
		maxS = max(maxS, it.s)
	}
	if int(maxS) <= 4*len(items)+1024 {
		items = countingSortByStart(items, int(maxS), func(it item) int32 { return it.s })
	} else {
		slices.SortFunc(items, func(a, b item) int {
			return cmp.Or(cmp.Compare(a.s, b.s), cmp.Compare(a.li, b.li), cmp.Compare(a.ci, b.ci))
		})
	}
	// a total label is centred across the code and name columns: it joins
	// the column it covers most once the columns are known
	var cols []lcol
	for _, kind := range []int8{kWord, kNum, kCode} {
		cur := -1
		for _, it := range items {
			if it.kind != kind || it.total && deferTotals {
				continue
			}
			if cur >= 0 && int(it.s) < cols[cur].e {
				cols[cur].e = max(cols[cur].e, int(it.e))
			} else {
				cols = append(cols, lcol{int(it.s), int(it.e), int(kind)})
				cur = len(cols) - 1
			}
			place[it.li][it.ci] = cur
		}
	}
	for _, it := range items {
		if !it.total || !deferTotals {
			continue
		}
		best, bestOv := -1, math.MinInt
		for j, c := range cols {
			if c.kind != kWord {
				continue
			}
			ov := min(c.e, int(it.e)) - max(c.s, int(it.s)) // negative: the gap
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
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(cols[a].s+cols[a].e, cols[b].s+cols[b].e) })
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

// countingSortByStart orders items by start (0…maxS), keeping the order of
// items that start alike: a stable sort in one pass over the items.
func countingSortByStart[T any](items []T, maxS int, start func(T) int32) []T {
	at := make([]int, maxS+2)
	for _, it := range items {
		at[start(it)+1]++
	}
	for i := 1; i < len(at); i++ {
		at[i] += at[i-1]
	}
	out := make([]T, len(items))
	for _, it := range items {
		s := start(it)
		out[at[s]] = it
		at[s]++
	}
	return out
}
