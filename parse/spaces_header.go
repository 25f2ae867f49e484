package parse

import (
	"math"
	"sort"
	"strings"
)

// assignHeader places every header word over its columns. The words of
// one column are stacked (a name wrapped over lines of a narrow cell), so
// the header is first cut into columns of its own by overlap, and those are
// matched in order to the columns of the data; a header column matched to
// no data is a column left empty, and is added. lines and spans are the
// header's words as headerLines cuts them.
func assignHeader(header []sline, lines [][]chunk, spans [][]bool, cols *[]lcol, wide bool) []hfrag {
	var fr []hfrag
	for hi, words := range lines {
		for k, c := range words {
			if isHeaderNumber(c.text) {
				continue
			}
			fr = append(fr, hfrag{line: hi, c: c, group: isGroupLabel(c.text) || spans[hi][k]})
		}
	}
	for i := range fr {
		if !fr[i].group && spansTwo(fr, i) {
			fr[i].group = true
		}
	}
	if nums := columnNumberCentres(header, wide); nums != nil {
		markNumberedGroups(fr, nums)
	}
	hc, member := headerWordColumns(fr)
	m := alignHeader(hc, *cols)
	// a word over the gap between two names below is a group label where,
	// taken for a column, it leaves a name below without figures
	if gap := gapLabels(fr, *cols); len(gap) > 0 {
		for _, i := range gap {
			fr[i].group = true
		}
		hc2, member2 := headerWordColumns(fr)
		if m2 := alignHeader(hc2, *cols); unmatched(m2) < unmatched(m) {
			hc, member, m = hc2, member2, m2
		} else {
			for _, i := range gap {
				fr[i].group = false
			}
		}
	}
	// a label beside its 小计, over no word of its own (spaces_subtotal.go)
	if groupOverSubtotal(fr, hc, member, m) {
		hc, member = headerWordColumns(fr)
		m = alignHeader(hc, *cols)
	}
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

// headerWordColumns cuts the header into columns of its own: the leaf words
// that overlap or touch, and member: each leaf word's header column.
func headerWordColumns(fr []hfrag) ([]lcol, map[int]int) {
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
	return hc, member
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
	sideBySideNames(lay.head, leaves)
	if first < 0 {
		return nil
	}
	sort.SliceStable(groups, func(a, b int) bool { return groups[a].line < groups[b].line })
	names := make([]string, n)
	for _, g := range groups {
		span := groupSpan(nospace(g.c.text), leaves)
		if span == nil {
			span = subtotalSpan(g.cols, leaves)
		}
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
	names = qualifyRepeated(names, lay, first)
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
