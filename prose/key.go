package prose

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Key is the form in which names are matched: printing and layout differ
// from table to table and year to year in white space, bracket and digit
// width, quotes and the level marks (类)(款)(项), never in the name itself.
// Keys fold toward ASCII (see the package comment); they are for comparing
// and looking up, not for showing.
func Key(s string) string {
	if !needsKey(s) {
		return s // the common case, without allocating
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue // U+3000 too
		}
		if r >= 0xFF01 && r <= 0xFF5E {
			r -= 0xFEE0 // full-width form → ASCII
		}
		switch r {
		case '“', '”', '"', '、':
			continue
		}
		b.WriteRune(r)
	}
	out := b.String()
	if strings.Contains(out, "(") {
		out = levelMarks.Replace(out)
	}
	return out
}

var levelMarks = strings.NewReplacer("(类)", "", "(款)", "", "(项)", "")

func needsKey(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '(' || c == '"' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
				return true
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r >= 0xFF01 && r <= 0xFF5E || r == '“' || r == '”' || r == '、' {
			return true
		}
		i += size - 1
	}
	return false
}

// TrimOrdinal drops the numbering a list puts before a label: 一、 1. 2、
// （三） (4) and runs of them (一、（一）).
func TrimOrdinal(s string) string {
	for {
		t := trimOneOrdinal(s)
		if t == s {
			return s
		}
		s = t
	}
}

const chineseNumerals = "一二三四五六七八九十"

func trimOneOrdinal(s string) string {
	// （三） (4)
	for _, open := range []string{"（", "("} {
		if rest, ok := strings.CutPrefix(s, open); ok {
			n := leading(rest, func(r rune) bool { return isDigit(r) || strings.ContainsRune(chineseNumerals, r) })
			if n == 0 {
				return s
			}
			for _, cl := range []string{"）", ")"} {
				if after, ok := strings.CutPrefix(rest[n:], cl); ok {
					return after
				}
			}
			return s
		}
	}
	// 一、
	if n := leading(s, func(r rune) bool { return strings.ContainsRune(chineseNumerals, r) }); n > 0 {
		if after, ok := strings.CutPrefix(s[n:], "、"); ok {
			return after
		}
		return s
	}
	// 1. 2、 3．
	if n := leading(s, isDigit); n > 0 {
		for _, sep := range []string{".", "．", "、"} {
			if after, ok := strings.CutPrefix(s[n:], sep); ok {
				return after
			}
		}
	}
	return s
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// leading is the length in bytes of the prefix of s whose runes all satisfy f.
func leading(s string, f func(rune) bool) int {
	for i, r := range s {
		if !f(r) {
			return i
		}
	}
	return len(s)
}

// LabelKey is the key of a label printed before a figure, in a table row or
// in prose: white space and opening quotes dropped, then its numbering
// (一、 （二） 3.), then Key. Spaces go first because layout text splits a
// number (0 2、 for 02、).
func LabelKey(s string) string {
	s = strings.Join(strings.Fields(s), "")
	return Key(TrimOrdinal(strings.TrimLeft(s, "“\"")))
}
