package parse

import "strings"

// qualifyRepeated names apart the columns whose names repeat: a table in two
// parts under labels of the header's top line (北京: 本年收入 over 小计 |
// 一般公共预算资金 | …, 上年结转结余 over 小计 | 一般公共预算资金 | …) whose
// labels stand over one column each and so span nothing by position. Each
// repeated column takes the top-line word nearest its centre; where two of
// one name would take the same word, they are left as they are (which part
// each belongs to cannot be told). Names that repeat would otherwise be one
// column, the figures of the second written over the first's.
func qualifyRepeated(names []string, lay tableLayout, top int) []string {
	seen := map[string][]int{}
	for j, n := range names {
		if n != "" {
			seen[n] = append(seen[n], j)
		}
	}
	var labels []hfrag
	for _, f := range lay.head {
		if f.line == top && !isHeaderNumber(f.c.text) {
			labels = append(labels, f)
		}
	}
	out := append([]string(nil), names...)
	for name, cols := range seen {
		if len(cols) < 2 || len(labels) < 2 {
			continue
		}
		chosen := make([]string, len(cols))
		taken := map[string]bool{}
		ok := true
		for k, j := range cols {
			best, bestGap := "", -1.0
			for _, f := range labels {
				label := nospace(f.c.text)
				if strings.Contains(name, label) {
					continue // the column's own word
				}
				g := float64(f.c.s+f.c.e)/2 - lay.cols[j].center()
				if g < 0 {
					g = -g
				}
				if bestGap < 0 || g < bestGap {
					best, bestGap = label, g
				}
			}
			if best == "" || taken[best] {
				ok = false
				break
			}
			chosen[k], taken[best] = best, true
		}
		if !ok {
			continue
		}
		for k, j := range cols {
			out[j] = chosen[k] + "/" + names[j]
		}
	}
	return out
}
