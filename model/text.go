package model

import (
	"strings"
)

// CleanText removes what must never reach a terminal from document text:
// escape sequences (CSI, OSC, other ESC forms), C0 and C1 control characters
// other than tab and newline, bidirectional overrides and DEL. Documents are
// untrusted; the parser cleans every line once, and views call this again
// on anything they did not get from the parser.
func CleanText(s string) string {
	clean := true
	for _, r := range s {
		if isUnsafe(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == 0x1b { // ESC: skip the whole sequence
			i = skipEscape(rs, i)
			continue
		}
		if r == 0x9b { // C1 CSI
			i = skipCSI(rs, i+1)
			continue
		}
		if r == 0x9d { // C1 OSC
			i = skipString(rs, i+1)
			continue
		}
		if isUnsafe(r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isUnsafe(r rune) bool {
	if r == '\t' || r == '\n' {
		return false
	}
	if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
		return true
	}
	switch r {
	case '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\ufeff', '\u200b':
		return true
	}
	return false
}

// skipEscape returns the index of the last rune of the escape sequence at i.
func skipEscape(rs []rune, i int) int {
	if i+1 >= len(rs) {
		return i
	}
	switch rs[i+1] {
	case '[':
		return skipCSI(rs, i+2)
	case ']', 'P', 'X', '^', '_':
		return skipString(rs, i+2)
	default:
		return i + 1
	}
}

// skipCSI skips parameter and intermediate bytes up to the final byte.
func skipCSI(rs []rune, j int) int {
	for ; j < len(rs); j++ {
		if rs[j] >= 0x40 && rs[j] <= 0x7e {
			return j
		}
		if rs[j] < 0x20 || rs[j] > 0x7e {
			return j - 1
		}
	}
	return len(rs) - 1
}

// skipString skips an OSC/DCS string up to BEL or ST (ESC \).
func skipString(rs []rune, j int) int {
	for ; j < len(rs); j++ {
		if rs[j] == 0x07 || rs[j] == 0x9c {
			return j
		}
		if rs[j] == 0x1b && j+1 < len(rs) && rs[j+1] == '\\' {
			return j + 1
		}
		if rs[j] == '\n' {
			return j - 1
		}
	}
	return len(rs) - 1
}
