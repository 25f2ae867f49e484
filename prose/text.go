package prose

import (
	"strings"
	"unicode"

	"yusuan/internal/lazyregexp"
)

// IsPageNumber reports a line that is only a page number, bare or between
// dashes (12, — 12 —, -12-, －１２－): printed between two halves of a
// paragraph, it is not part of the text.
func IsPageNumber(line string) bool {
	n := strings.TrimFunc(line, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(dashes, r) })
	if strings.HasPrefix(n, "第") {
		return rePageOf.MatchString(n)
	}
	digits := 0
	for _, r := range n {
		if !isAnyDigit(r) {
			return false
		}
		digits++
	}
	return digits >= 1 && digits <= 3
}

// rePageOf is a page footer in words: 第10页，共45页, 第 3 页, 第2页/共9页.
var rePageOf = lazyregexp.New(`^第\s*[0-9０-９]{1,3}\s*页(?:\s*[，,/、]?\s*共\s*[0-9０-９]{1,3}\s*页)?$`)

// dashes are those printed around page numbers.
const dashes = "-－—–─"

func isAnyDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// narrowRune folds one rune of text that is read for figures: the
// characters of a number to ASCII.
func narrowRune(r rune) rune {
	switch {
	case r >= '０' && r <= '９':
		return r - '０' + '0'
	case r == '．':
		return '.'
	case r == '％':
		return '%'
	case r == '＋':
		return '+'
	case r == '－':
		return '-'
	}
	return r
}

// Narrow folds text for reading figures: full-width digits, point, percent
// and signs become ASCII (２６１８．３９ → 2618.39). Everything else, lines
// and spaces too, is kept, so that a sentence is quoted as printed.
func Narrow(s string) string {
	if !needsNarrow(s) {
		return s
	}
	return strings.Map(narrowRune, s)
}

func needsNarrow(s string) bool {
	for _, r := range s {
		if narrowRune(r) != r {
			return true
		}
	}
	return false
}

// Squeeze makes a statement that layout text wrapped anywhere read as one
// line: page-number lines and all white space are dropped, the text is
// narrowed (Narrow) and ASCII brackets become the Chinese ones, in which
// the patterns that read statements are written.
func Squeeze(s string) string {
	if strings.ContainsAny(s, "0123456789０１２３４５６７８９") {
		lines := strings.Split(s, "\n")
		kept := lines[:0]
		for _, ln := range lines {
			if !IsPageNumber(ln) {
				kept = append(kept, ln)
			}
		}
		s = strings.Join(kept, "\n")
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		switch r {
		case '(':
			return '（'
		case ')':
			return '）'
		}
		return narrowRune(r)
	}, s)
}
