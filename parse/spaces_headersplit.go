package parse

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"yusuan/model"
)

// A header line squeezed into one run (words one blank apart, 烟台交通:
// “一般公共预 政府性基金 国有资本经 理资金收入”) prints its words left of the
// figures they head, so two of its words may land over one column of
// figures, and assignHeader stacks them into one name (政府性基金国有资本经…)
// while a figure column further right is given the next name along. No cell
// holds two words of one line side by side: such a column is two (or more)
// columns of the table. Where the words stand cannot say which figures each
// heads, so the arithmetic decides: every order-keeping match of the header
// columns to the figure columns is tried on the figures of the first page,
// and the one under which the table's sums hold (合计 = the sources, and the
// 财政拨款 小计 = 一般公共预算 + 政府性基金 + 国有资本经营) is taken, where
// the positions only break a tie between matches that add up alike. A
// header with no such stacked words is left as assignHeader read it.

// maxHeaderMatches bounds the matches tried for one header.
const maxHeaderMatches = 20000

// headCol is one column of the header: its words (indices into the
// fragments) and their extent.
type headCol struct {
	s, e  int
	frags []int
	col   int // the column assignHeader put it over
}

func (h headCol) center() float64 { return float64(h.s+h.e) / 2 }

// splitStackedHeader returns the header and columns with each stacked
// column split into its words' columns, matched to the figures by their
// sums; the input unchanged where nothing is stacked or no match adds up
// better than assignHeader's. nData is how many of cols hold data (the rest
// are columns assignHeader added for header words over no figures); base
// and place are the first page's data lines and their cells' columns.
func splitStackedHeader(fr []hfrag, cols []lcol, nData int, base []sline, place [][]int) ([]hfrag, []lcol) {
	heads, split := headColumns(fr)
	if !split {
		return fr, cols
	}
	rows := dataRows(base, place, nData)
	var amountCols []int // data columns of figures, left to right
	for j := 0; j < nData; j++ {
		if cols[j].kind == kNum && holdsMoney(rows, j) {
			amountCols = append(amountCols, j)
		}
	}
	sort.Slice(amountCols, func(a, b int) bool { return cols[amountCols[a]].s < cols[amountCols[b]].s })
	var cand []int // heads over figures or over none
	for h, hd := range heads {
		if hd.col >= nData || slices.Contains(amountCols, hd.col) {
			cand = append(cand, h)
		}
	}
	if len(amountCols) == 0 || len(cand) < len(amountCols) || binomial(len(cand), len(amountCols)) > maxHeaderMatches {
		return fr, cols
	}
	name := func(h int) string {
		var b strings.Builder
		for _, i := range heads[h].frags {
			b.WriteString(nospace(fr[i].c.text))
		}
		return b.String()
	}
	// the match as assignHeader read it: its stacked names over their columns
	asRead := map[int]string{}
	for h, hd := range heads {
		if hd.col < nData {
			asRead[hd.col] += name(h)
		}
	}
	readNames := make([]string, len(amountCols))
	for k, j := range amountCols {
		readNames[k] = asRead[j]
	}
	// a header whose names as read give no sum to check (two columns of
	// one name, where group words tell them apart) is left as read
	trial := newSumTrial(figuresUnder(amountCols, rows))
	readHeld, readFailed, ok := trial.sums(readNames)
	if !ok {
		return fr, cols
	}
	var best []int
	bestHeld, bestFailed, bestCost, ties := 0, 0, 0.0, 0
	pick := make([]int, len(amountCols))
	names := make([]string, len(amountCols))
	candNames := make([]string, len(cand)) // each built once, tried many times
	for c, h := range cand {
		candNames[c] = name(h)
	}
	var walk func(k, from int)
	walk = func(k, from int) {
		if k == len(amountCols) {
			for i, c := range pick {
				names[i] = candNames[c]
			}
			held, failed, ok := trial.sums(names)
			if !ok || held == 0 {
				return
			}
			cost := 0.0
			for i, c := range pick {
				cost += math.Abs(heads[cand[c]].center() - cols[amountCols[i]].center())
			}
			switch {
			case best == nil || held-failed > bestHeld-bestFailed || held-failed == bestHeld-bestFailed && failed < bestFailed:
				best, bestHeld, bestFailed, bestCost, ties = append([]int(nil), pick...), held, failed, cost, 1
			case failed == bestFailed && held == bestHeld:
				if cost < bestCost {
					best, bestCost = append([]int(nil), pick...), cost
				}
				ties++
			}
			return
		}
		for c := from; c <= len(cand)-(len(amountCols)-k); c++ {
			pick[k] = c
			walk(k+1, c+1)
		}
	}
	walk(0, 0)
	// taken only where more sums hold, and no more fail, than as read
	if best == nil || bestFailed > readFailed || bestHeld-bestFailed <= readHeld-readFailed {
		return fr, cols
	}
	// the figure columns as chosen; every other header column over none
	out := append([]hfrag(nil), fr...)
	newCols := append([]lcol(nil), cols[:nData]...)
	over := map[int]int{} // head → its column
	for i, c := range best {
		over[cand[c]] = amountCols[i]
	}
	// a column over no figures keeps its place in the header's order: after
	// the column left of it, where a squeezed word stood further left
	prev := -1
	for _, h := range cand {
		j, ok := over[h]
		if !ok {
			c := lcol{heads[h].s, heads[h].e, kHead}
			if prev >= 0 && c.s+c.e <= newCols[prev].s+newCols[prev].e {
				c.s, c.e = newCols[prev].e, newCols[prev].e+c.e-c.s
			}
			newCols = append(newCols, c)
			j = len(newCols) - 1
			over[h] = j
		}
		prev = j
	}
	for h, hd := range heads {
		j, ok := over[h]
		if !ok {
			j = hd.col // over a column of codes or names: as read
		}
		for _, i := range hd.frags {
			out[i].cols = []int{j}
		}
	}
	for i := range out {
		if out[i].group {
			out[i].cols = groupColumns(out[i].c, newCols)
		}
	}
	return out, newCols
}

// headColumns gathers the leaf words of the header by the column
// assignHeader put them over, a column stacking two words of one line cut
// into one column per word of that line (the other lines' words going to
// the one they overlap most); split tells whether any was cut.
func headColumns(fr []hfrag) (heads []headCol, split bool) {
	byCol := map[int][]int{}
	var order []int
	for i := range fr {
		if fr[i].group || len(fr[i].cols) != 1 {
			continue
		}
		j := fr[i].cols[0]
		if _, ok := byCol[j]; !ok {
			order = append(order, j)
		}
		byCol[j] = append(byCol[j], i)
	}
	for _, j := range order {
		members := byCol[j]
		perLine := map[int][]int{}
		widest := -1
		for _, i := range members {
			l := fr[i].line
			perLine[l] = append(perLine[l], i)
			if widest < 0 || len(perLine[l]) > len(perLine[widest]) {
				widest = l
			}
		}
		line := perLine[widest]
		sort.Slice(line, func(a, b int) bool { return fr[line[a]].c.s < fr[line[b]].c.s })
		if !squeezedWords(fr, line) {
			heads = append(heads, newHeadCol(fr, members, j))
			continue
		}
		split = true
		parts := make([][]int, len(line))
		for k, i := range line {
			parts[k] = []int{i}
		}
		for _, i := range members {
			if fr[i].line == widest {
				continue
			}
			bestK, bestOv := 0, math.MinInt
			for k, w := range line {
				if ov := min(fr[i].c.e, fr[w].c.e) - max(fr[i].c.s, fr[w].c.s); ov > bestOv {
					bestK, bestOv = k, ov
				}
			}
			parts[bestK] = append(parts[bestK], i)
		}
		for _, p := range parts {
			sort.SliceStable(p, func(a, b int) bool { return fr[p[a]].line < fr[p[b]].line })
			heads = append(heads, newHeadCol(fr, p, j))
		}
	}
	sort.SliceStable(heads, func(a, b int) bool { return heads[a].center() < heads[b].center() })
	return heads, split
}

func newHeadCol(fr []hfrag, members []int, col int) headCol {
	h := headCol{s: math.MaxInt, e: math.MinInt, frags: members, col: col}
	for _, i := range members {
		h.s, h.e = min(h.s, fr[i].c.s), max(h.e, fr[i].c.e)
	}
	return h
}

// groupColumns: the columns a group label stands over, or the nearest.
func groupColumns(c chunk, cols []lcol) []int {
	var out []int
	for j, col := range cols {
		if overlaps(c, col) {
			out = append(out, j)
		}
	}
	if len(out) > 0 {
		return out
	}
	best, bestGap := -1, math.MaxInt
	for j, col := range cols {
		if g := gapTo(c, col); g < bestGap {
			best, bestGap = j, g
		}
	}
	if best >= 0 {
		out = []int{best}
	}
	return out
}

// rowFigs are a row's figures under the amount columns (at: their indexes
// in amountCols), read once for every trial of names.
type rowFigs struct {
	at  []int
	val []model.Money
}

func figuresUnder(amountCols []int, rows []Row) []rowFigs {
	var out []rowFigs
	for _, r := range rows {
		var f rowFigs
		for k, j := range amountCols {
			if j < len(r.Cells) {
				if m, ok := amount(r.Cells[j], "万元"); ok {
					f.at, f.val = append(f.at, k), append(f.val, m)
				}
			}
		}
		if len(f.at) > 0 {
			out = append(out, f)
		}
	}
	return out
}

// sumTrial tries names for a header's figure columns against its rows'
// figures, one naming after another, on one table built once: a squeezed
// header has many namings to try.
type sumTrial struct {
	figs []rowFigs
	t    model.Table
}

func newSumTrial(figs []rowFigs) *sumTrial {
	st := &sumTrial{figs: figs}
	st.t.Coded = make([]model.CodedRow, len(figs))
	for i, f := range figs {
		st.t.Coded[i].Amounts = make(map[string]model.Money, len(f.at))
	}
	return st
}

// sums counts the sums that hold and fail on the rows with the figure
// columns named so: each row's 合计 = its parts (model.RowIdentities) and
// each 小计 = the columns of its group (subtotalHolds). ok is false where
// the names give the table no sum to check or claim one role twice.
func (st *sumTrial) sums(names []string) (held, failed int, ok bool) {
	for _, n := range names {
		if n == "" {
			return 0, 0, false
		}
	}
	t := &st.t
	for i, f := range st.figs {
		cr := &t.Coded[i]
		cr.Order = names
		clear(cr.Amounts)
		for k, c := range f.at {
			cr.Amounts[names[c]] = f.val[k]
		}
	}
	cs := model.ColumnsOf(t)
	if cs.Ambiguous || len(model.RowSums(cs)) == 0 {
		return 0, 0, false
	}
	for i := range t.Coded {
		r := &t.Coded[i]
		for _, id := range model.RowIdentities(cs, r) {
			if id.Holds() {
				held++
			} else {
				failed++
			}
		}
		for k, n := range names {
			if model.Leaf(n) != "小计" {
				continue
			}
			if s, has := r.Amounts[n]; has {
				if subtotalHolds(s, names[k+1:], r) {
					held++
				} else {
					failed++
				}
			}
		}
	}
	return held, failed, true
}

// holdsMoney: a cell of column j prints an amount with its decimals or
// thousands separators, which no classification code does (201 | 05 | 07
// are numbers as well).
func holdsMoney(rows []Row, j int) bool {
	for _, r := range rows {
		if j < len(r.Cells) && strings.ContainsAny(r.Cells[j], ".,") {
			if _, ok := amount(r.Cells[j], "万元"); ok {
				return true
			}
		}
	}
	return false
}

// squeezedWords: two or more words of one line, each of Han characters and
// one blank from the next, as a squeezed run prints the names of columns
// side by side (a year before its words, 2026 年基本支出, is one name).
func squeezedWords(fr []hfrag, line []int) bool {
	if len(line) < 2 {
		return false
	}
	for k, i := range line {
		if !hasHan(fr[i].c.text) || utf8.RuneCountInString(nospace(fr[i].c.text)) < 2 {
			return false
		}
		if k > 0 && fr[i].c.s-fr[line[k-1]].c.e != 1 {
			return false
		}
	}
	return true
}

// subtotalHolds: a 小计 heads the columns after it, up to the next 小计: it
// is their sum (本年收入/小计 over every source of the year), or the sum of
// those of them that are 财政拨款 (财政拨款/小计 over 一般公共预算,
// 政府性基金 and 国有资本经营, beside 财政专户 and 事业收入).
func subtotalHolds(sub model.Money, after []string, r *model.CodedRow) bool {
	all, fiscal := model.Zero, model.Zero
	for _, n := range after {
		if model.Leaf(n) == "小计" {
			break
		}
		m, ok := r.Amounts[n]
		if !ok {
			continue
		}
		all = all.Add(m)
		if strings.Contains(n, "一般公共预算") || strings.Contains(n, "政府性基金") || strings.Contains(n, "国有资本") {
			fiscal = fiscal.Add(m)
		}
	}
	return sub.Equal(all) || sub.Equal(fiscal)
}
