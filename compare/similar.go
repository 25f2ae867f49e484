package compare

import (
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// normName is the form names are matched in: half-width, without any white
// space (layout text wraps and pads names differently from year to year).
func normName(s string) string {
	s = width.Narrow.String(s)
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// bigrams returns the rune bigrams of a normalised name, with multiplicity;
// a one-rune name is its own bigram.
func bigrams(s string) map[string]int {
	rs := []rune(s)
	m := make(map[string]int, len(rs))
	if len(rs) == 1 {
		m[s]++
		return m
	}
	for i := 0; i+1 < len(rs); i++ {
		m[string(rs[i:i+2])]++
	}
	return m
}

// dice is the Sørensen–Dice coefficient of two bigram multisets, 0..1. It
// suits Chinese names, where a renamed project usually keeps most of its
// two-character words (安全生产专项经费 → 安全生产专项工作经费).
func dice(a, b map[string]int) float64 {
	na, nb := 0, 0
	for _, n := range a {
		na += n
	}
	for _, n := range b {
		nb += n
	}
	if na+nb == 0 {
		return 0
	}
	common := 0
	for k, n := range a {
		if m := b[k]; m > 0 {
			common += min(n, m)
		}
	}
	return 2 * float64(common) / float64(na+nb)
}
