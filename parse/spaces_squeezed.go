package parse

import (
	"sort"
	"strings"

	"yusuan/model"
)

// A header line crowded with wide characters may come out of pdftotext as
// one run: words one blank apart, each character one column, though a Han
// character is about two columns wide on the page. Only the run's first
// word then stands where it is printed; every later word belongs as far
// right of it as the display width of the text before it (广州: “一般公共预
// 政府性基金 国有资本经” printed six columns apart over columns eleven
// apart, their second lines “算 预算 营预算” printed in place). Other runs
// are printed in place (苏州: “一般公共预 政府性基” over “算 金预算”;
// 重庆: two runs squeezed alike, “一般公共预 政府性基金预” over “算拨款收入
// 算拨款收入”). Which is which shows in the header's own words: a run is
// moved only where the names its columns then spell name more amount
// columns (一般公共预算, 政府性基金预算, 国有资本经营预算 rather than
// 营预算 alone).

// headerLines cuts each header line into words, in the table's measure,
// with squeezed runs moved to where they name their columns. spans marks
// the words that stand, as printed, over two words of a lower line that
// stand apart: group labels, whatever the moves.
func headerLines(header []sline, wide bool) (lines [][]chunk, spans [][]bool) {
	lines = make([][]chunk, len(header))
	for i, h := range header {
		lines[i] = joinSpaced(splitChunks(h.raw, 1))
		if wide {
			lines[i] = inDisplayCells(lines[i])
		}
	}
	spans = spanning(lines)
	if wide {
		return lines, spans // display cells place every word already
	}
	for i, h := range header {
		for _, run := range splitChunks(h.raw, 2) {
			moved, ok := unsqueezed(lines[i], run, h.raw)
			if !ok {
				continue
			}
			score, clashes := namedColumns(lines, spans)
			stacks := stacking(lines)
			kept := lines[i]
			lines[i] = moved
			score2, clashes2 := namedColumns(lines, spans)
			if score2 <= score || clashes2 > clashes || !keepsStacks(stacks, stacking(lines)) {
				lines[i] = kept
			}
		}
	}
	return lines, spans
}

// unsqueezed returns a copy of the words with those of the run after its
// first moved right by the extra width of the wide characters before them;
// ok is false when that moves nothing.
func unsqueezed(words []chunk, run chunk, raw string) ([]chunk, bool) {
	out := append([]chunk(nil), words...)
	rs := []rune(raw)
	ok := false
	for i := range out {
		if out[i].s <= run.s || out[i].e > run.e {
			continue // the run's first word, or another run's
		}
		prefix := rs[run.s:out[i].s]
		if shift := textWidth(string(prefix)) - len(prefix); shift > 0 {
			out[i].s += shift
			out[i].e += shift
			ok = true
		}
		// moved onto the next word of its line: printed in place
		if i+1 < len(out) && out[i+1].s >= run.e && out[i].e >= out[i+1].s {
			return nil, false
		}
	}
	return out, ok
}

// spanning marks the words over two words of lower lines that stand
// apart, as spansTwo does (column numbers and 栏次 are no words of it).
func spanning(lines [][]chunk) [][]bool {
	out := make([][]bool, len(lines))
	for i, ws := range lines {
		out[i] = make([]bool, len(ws))
		for j, w := range ws {
			var under []chunk
			for _, lower := range lines[i+1:] {
				for _, o := range lower {
					if w.s < o.e && o.s < w.e && !isHeaderNumber(o.text) {
						under = append(under, o)
					}
				}
			}
			for _, a := range under {
				for _, b := range under {
					out[i][j] = out[i][j] || a.e < b.s
				}
			}
		}
	}
	return out
}

// isHeaderNumber: a column number or 栏次, no name of a column.
func isHeaderNumber(s string) bool {
	return isColumnNumbers([]string{s}) || s == "栏次"
}

// namedColumns scores a header: its columns (its words that overlap,
// stacked into one as assignHeader stacks them) whose name reads as an
// amount column's role, less those whose name does not (营预算, 事业收 and
// 入 apart). clashes counts the columns that stack two words of one line,
// which no cell does.
func namedColumns(lines [][]chunk, spans [][]bool) (score, clashes int) {
	type word struct {
		line int
		c    chunk
	}
	var leaf []word
	for i, ws := range lines {
		for j, w := range ws {
			if !spans[i][j] && !isGroupLabel(w.text) && !isHeaderNumber(w.text) {
				leaf = append(leaf, word{i, w})
			}
		}
	}
	sort.SliceStable(leaf, func(a, b int) bool { return leaf[a].c.s < leaf[b].c.s })
	for a := 0; a < len(leaf); {
		col := []word{leaf[a]}
		e := leaf[a].c.e
		b := a + 1
		for ; b < len(leaf) && leaf[b].c.s <= e; b++ {
			col = append(col, leaf[b])
			e = max(e, leaf[b].c.e)
		}
		sort.SliceStable(col, func(x, y int) bool { return col[x].line < col[y].line })
		var name strings.Builder
		for k, w := range col {
			name.WriteString(nospace(w.c.text))
			if k > 0 && col[k-1].line == w.line {
				clashes++
			}
		}
		if model.RoleOf(name.String()) != model.RoleNone {
			score++
		} else {
			score--
		}
		a = b
	}
	return score, clashes
}

// stacking tells, per header line and word, whether the word stands over
// or under a word of another header line.
func stacking(lines [][]chunk) [][]bool {
	out := make([][]bool, len(lines))
	for i, ws := range lines {
		out[i] = make([]bool, len(ws))
		for j, w := range ws {
			for k, other := range lines {
				for _, o := range other {
					out[i][j] = out[i][j] || k != i && w.s < o.e && o.s < w.e
				}
			}
		}
	}
	return out
}

// keepsStacks: every word stacked before still is.
func keepsStacks(before, after [][]bool) bool {
	for i := range before {
		for j := range before[i] {
			if before[i][j] && !after[i][j] {
				return false
			}
		}
	}
	return true
}
