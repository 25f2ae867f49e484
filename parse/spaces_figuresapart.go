package parse

import (
	"cmp"
	"slices"
	"strings"
)

// Two amounts of one line are never one cell. Clustering by overlap chains
// the figures of neighbouring columns into one where some line bridges them:
// 重庆商务委's 收入总体情况表 rebuilds its 合计 row from figures printed in
// steps, three characters right of the rows below, and its 22,070.82 (财政专户)
// bridges 20,716.33 (财政专户) and 1,761.25 (事业收入) of the rows below. Such a
// column of amounts only (with decimals or thousands separators, as no code,
// row number or bare 0 is) is split where both of these hold:
//   - the lines printing one amount there, without those printing several,
//     stand in runs apart (a column whose figures merely drift from line to
//     line, as names of uneven width push them, stays as read);
//   - the line printing the most amounts there gives the columns: each run
//     stands under a column of its own, and every other line's amounts under
//     columns of their own.
// Where a figure lands is a hypothesis like any position: the table's sums
// confirm or refute it.

// printsMoney: an amount with its decimals or thousands separators, which
// no code or row number prints.
func printsMoney(s string) bool {
	return strings.ContainsAny(s, ".,") && isMoneyText(s)
}

// splitFiguresApart returns the columns with each such column split, and
// the lines' cells placed in the new columns.
func splitFiguresApart(ls []sline, cols []lcol, place [][]int) ([]lcol, [][]int) {
	for j := 0; j < len(cols); j++ {
		if cols[j].kind != kNum {
			continue
		}
		to, parts := splitColumn(ls, place, j)
		if parts == nil {
			continue
		}
		n := len(parts)
		out := make([]lcol, 0, len(cols)+n-1)
		out = append(out, cols[:j]...)
		out = append(out, parts...)
		out = append(out, cols[j+1:]...)
		for li := range place {
			for ci, c := range place[li] {
				switch {
				case c == j:
					place[li][ci] = j + to[[2]int{li, ci}]
				case c > j:
					place[li][ci] = c + n - 1
				}
			}
		}
		cols = out
		j += n - 1
	}
	return cols, place
}

// splitColumn returns the columns column j splits into, each of its cells'
// (line, chunk) part among them; nil where it stays one.
func splitColumn(ls []sline, place [][]int, j int) (map[[2]int]int, []lcol) {
	type cell struct {
		li, ci int
		c      chunk
	}
	var widest []cell // the line printing the most amounts in column j
	var lone []cell   // the cells of the lines printing one amount there
	var multi [][]cell
	for li, l := range ls {
		var in []cell
		for ci, c := range l.chunks {
			if place[li][ci] == j {
				if !printsMoney(c.text) {
					return nil, nil // a zero, a code or a word: what it heads is unclear
				}
				in = append(in, cell{li, ci, c})
			}
		}
		if len(in) >= 2 {
			multi = append(multi, in)
			if len(in) > len(widest) {
				widest = in
			}
			continue
		}
		lone = append(lone, in...)
	}
	if len(widest) < 2 {
		return nil, nil
	}
	slices.SortFunc(widest, func(a, b cell) int { return cmp.Compare(a.c.s, b.c.s) })
	parts := make([]lcol, len(widest))
	for k, w := range widest {
		parts[k] = lcol{w.c.s, w.c.e, kNum}
	}
	nearest := func(s, e int) int {
		best, bestOv := 0, -1<<31
		for k, p := range parts {
			if ov := min(e, p.e) - max(s, p.s); ov > bestOv {
				best, bestOv = k, ov
			}
		}
		return best
	}
	// the runs of the lone cells, each under a part of its own
	slices.SortFunc(lone, func(a, b cell) int { return cmp.Compare(a.c.s, b.c.s) })
	to := map[[2]int]int{}
	var runs [][]cell
	end := 0
	for _, c := range lone {
		if len(runs) > 0 && c.c.s < end {
			runs[len(runs)-1] = append(runs[len(runs)-1], c)
			end = max(end, c.c.e)
			continue
		}
		runs = append(runs, []cell{c})
		end = c.c.e
	}
	if len(runs) < 2 {
		return nil, nil
	}

	taken := map[int]bool{}
	for _, run := range runs {
		s, e := run[0].c.s, run[0].c.e
		for _, c := range run {
			s, e = min(s, c.c.s), max(e, c.c.e)
		}
		k := nearest(s, e)
		if taken[k] {
			return nil, nil // two runs under one part: the line does not part them
		}
		taken[k] = true
		for _, c := range run {
			to[[2]int{c.li, c.ci}] = k
		}
	}
	// every line of several figures with each under a part of its own
	for _, line := range multi {
		used := map[int]bool{}
		for _, c := range line {
			k := nearest(c.c.s, c.c.e)
			if used[k] {
				return nil, nil
			}
			used[k] = true
			to[[2]int{c.li, c.ci}] = k
		}
	}
	// the parts cover the figures they took
	for _, c := range append(lone, widest...) {
		k := to[[2]int{c.li, c.ci}]
		parts[k].s, parts[k].e = min(parts[k].s, c.c.s), max(parts[k].e, c.c.e)
	}
	return to, parts
}
