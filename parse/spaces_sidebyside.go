package parse

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A column whose header stacks two names side by side, line by line
// (重庆商务委: “政府性基 国有资本” / “金预算拨 经营预算” / “款收入 拨款收入”
// over one column of figures), is named by neither alone where the sums
// could not part them (spaces_headersplit.go): both sources add up alike
// when the other prints nothing. Joined line by line its words interleave
// into a name that is no name (政府性基国有资本金预算拨经营预算款收入拨款收入).
// Read by their place on each line, they are two names; the column keeps
// both, joined by 或, and so says that the print does not tell which of
// the two its figures are.

// sideBySideNames renames each such column: where every header line with
// words over the column holds the same number of them, two or more, each
// opening with a Han character, the k-th words of the lines spell the k-th
// name.
func sideBySideNames(head []hfrag, leaves []string) {
	if !twoWordsOverOneColumn(head) {
		return // the usual header: nothing to gather
	}
	byCol := map[int]map[int][]chunk{} // column → header line → its words
	for _, f := range head {
		if f.group || len(f.cols) != 1 {
			continue
		}
		j := f.cols[0]
		if byCol[j] == nil {
			byCol[j] = map[int][]chunk{}
		}
		byCol[j][f.line] = append(byCol[j][f.line], f.c)
	}
	for j, lines := range byCol {
		n := -1
		var order []int
		for li, words := range lines {
			for _, w := range words {
				if r, _ := utf8.DecodeRuneInString(w.text); !unicode.Is(unicode.Han, r) {
					n = 0 // “2026 年预算数”: a year printed apart from its 年 is one name
				}
			}
			if n == 0 {
				break
			}
			if n >= 0 && len(words) != n {
				n = 0
			} else if n < 0 {
				n = len(words)
			}
			order = append(order, li)
		}
		if n < 2 || len(order) < 2 {
			continue
		}
		sort.Ints(order)
		names := make([]string, n)
		for _, li := range order {
			words := lines[li]
			sort.Slice(words, func(a, b int) bool { return words[a].s < words[b].s })
			for k, w := range words {
				names[k] += nospace(w.text)
			}
		}
		leaves[j] = strings.Join(names, "或")
	}
}

// twoWordsOverOneColumn: some header line holds two words over one column
// (a header has a few dozen words: compared pairwise, nothing is built).
func twoWordsOverOneColumn(head []hfrag) bool {
	for a, f := range head {
		if f.group || len(f.cols) != 1 {
			continue
		}
		for _, g := range head[a+1:] {
			if !g.group && len(g.cols) == 1 && g.line == f.line && g.cols[0] == f.cols[0] {
				return true
			}
		}
	}
	return false
}
