package parse

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A header too narrow for its names wraps each over two lines and prints
// the pieces of each line squeezed into one run, one blank apart (重庆宣传部:
// “一般公共预算 政府性基金预 国有资本经营 财政专户管” over “拨款收入 … 预算拨
// 款收入 理资金收入”). The runs keep the names' order but not their places,
// so a piece may land over the neighbour's column: 财政专户管 over 事业收入,
// a name of one line on the line between, and the two were read as one name
// (财政专户管事业收入) while 理资金收入 was stacked under 国有资本经营. Where
// another line prints as many words under a squeezed run as the run has,
// the words pair in order, the i-th of the run with the i-th under it: the
// two pieces of one name. A pair read into two columns is put together:
// into the column of one of them that holds no other name, or, where each
// column holds another name as well, into a column of its own (a name over
// no figures, as 国有资本经营 and 财政专户 are on 宣传部's page 1).

// pairWrappedNames returns the header with the pieces of each name in one
// column, and the columns with any added for such names.
func pairWrappedNames(header []sline, fr []hfrag, cols []lcol) ([]hfrag, []lcol) {
	names := wrappedNames(header, fr)
	if len(names) == 0 {
		return fr, cols
	}
	out := append([]hfrag(nil), fr...)
	words := map[int][]int{} // each column's leaf words
	for i := range out {
		if !out[i].group && len(out[i].cols) == 1 {
			words[out[i].cols[0]] = append(words[out[i].cols[0]], i)
		}
	}
	for _, name := range names {
		var in []int // the columns the pieces were read into
		for _, i := range name {
			if c := out[i].cols[0]; !slices.Contains(in, c) {
				in = append(in, c)
			}
		}
		if len(in) < 2 {
			continue
		}
		var alone []int // those columns holding no other word
		for _, c := range in {
			if !slices.ContainsFunc(words[c], func(i int) bool { return !slices.Contains(name, i) }) {
				alone = append(alone, c)
			}
		}
		to := -1
		switch len(alone) {
		case 1:
			to = alone[0]
		case 0:
			c := lcol{math.MaxInt, math.MinInt, kHead}
			for _, i := range name {
				c.s, c.e = min(c.s, out[i].c.s), max(c.e, out[i].c.e)
			}
			cols = append(cols, c)
			to = len(cols) - 1
		default:
			continue // pieces alone in two columns: which is theirs the header does not say
		}
		for _, i := range name {
			from := out[i].cols[0]
			out[i].cols = []int{to}
			words[from] = slices.DeleteFunc(words[from], func(x int) bool { return x == i })
			words[to] = append(words[to], i)
		}
	}
	return out, cols
}

// wrappedNames lists the names (indexes into fr, top to bottom) whose
// pieces pair across lines: a squeezed run's words with the words another
// line prints under the run, where both are as many. A name that would
// take two words of one line pairs nothing.
func wrappedNames(header []sline, fr []hfrag) [][]int {
	byLine := map[int][]int{} // leaf words of each line, left to right
	var lines []int
	for i := range fr {
		if !fr[i].group && len(fr[i].cols) == 1 && fr[i].line < len(header) {
			if _, ok := byLine[fr[i].line]; !ok {
				lines = append(lines, fr[i].line)
			}
			byLine[fr[i].line] = append(byLine[fr[i].line], i)
		}
	}
	slices.Sort(lines)
	for _, ws := range byLine {
		slices.SortFunc(ws, func(a, b int) int { return fr[a].c.s - fr[b].c.s })
	}
	root := map[int]int{}
	var find func(int) int
	find = func(x int) int {
		r, ok := root[x]
		if !ok || r == x {
			return x
		}
		root[x] = find(r)
		return root[x]
	}
	for _, line := range lines {
		for _, run := range squeezedRuns(header[line].raw, fr, byLine[line]) {
			s, e := fr[run[0]].c.s, fr[run[len(run)-1]].c.e
			for _, other := range lines {
				if other == line {
					continue
				}
				var under []int
				for _, i := range byLine[other] {
					if fr[i].c.s < e && s < fr[i].c.e {
						under = append(under, i)
					}
				}
				if len(under) != len(run) {
					continue
				}
				for k := range run {
					if a, b := find(run[k]), find(under[k]); a != b {
						root[a] = b
					}
				}
			}
		}
	}
	groups := map[int][]int{}
	var order []int
	for x := range root {
		r := find(x)
		if _, ok := groups[r]; !ok {
			order = append(order, r)
		}
		groups[r] = append(groups[r], x)
	}
	slices.Sort(order)
	var out [][]int
	for _, r := range order {
		g := groups[r]
		if !slices.Contains(g, r) {
			g = append(g, r)
		}
		slices.SortFunc(g, func(a, b int) int { return fr[a].line - fr[b].line })
		ok := true
		for k := 1; k < len(g); k++ {
			ok = ok && fr[g[k]].line != fr[g[k-1]].line
		}
		if ok && len(g) >= 2 {
			out = append(out, g)
		}
	}
	return out
}

// squeezedRuns finds, among a header line's words (ws, left to right), the
// runs of two or more words of Han characters each one blank from the next
// in the line as printed (raw), where the words' places may have been
// moved since (headerLines spreads a squeezed run by the characters' width).
func squeezedRuns(raw string, fr []hfrag, ws []int) [][]int {
	rs := []rune(raw)
	at := make([][2]int, len(ws)) // each word's extent in raw
	cursor := 0
	for k, i := range ws {
		w := []rune(fr[i].c.text)
		pos := indexRunes(rs, w, cursor)
		if pos < 0 {
			return nil
		}
		at[k] = [2]int{pos, pos + len(w)}
		cursor = pos + len(w)
	}
	han := func(k int) bool {
		t := fr[ws[k]].c.text
		return utf8.RuneCountInString(t) >= 2 && nameWord(t)
	}
	var out [][]int
	var run []int
	for k := range ws {
		if len(run) > 0 && han(k) && at[k][0] == at[k-1][1]+1 {
			run = append(run, ws[k])
			continue
		}
		if len(run) >= 2 {
			out = append(out, run)
		}
		run = nil
		if han(k) {
			run = []int{ws[k]}
		}
	}
	if len(run) >= 2 {
		out = append(out, run)
	}
	return out
}

func indexRunes(s, w []rune, from int) int {
	for i := from; i+len(w) <= len(s); i++ {
		match := true
		for k := range w {
			if s[i+k] != w[k] {
				match = false
				break
			}
		}
		if match {
			return i
		}
	}
	return -1
}

// nameWord: a piece of a column's name, Han characters and brackets only
// (no figure, no label with its colon).
func nameWord(t string) bool {
	for _, r := range t {
		if !unicode.Is(unicode.Han, r) && !strings.ContainsRune("（）()“”", r) {
			return false
		}
	}
	return true
}
