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
	if !needsClean(s) {
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

// needsClean is CleanText's fast path: a scan of the bytes for the UTF-8
// encodings of what isUnsafe rejects, without decoding runes (every line of
// every document goes through it).
func needsClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !suspect[c] {
			continue
		}
		switch {
		case c < 0x20:
			if c != '\t' && c != '\n' {
				return true
			}
		case c == 0x7f:
			return true
		case c == 0xC2: // C1 controls U+0080–U+009F
			if i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] < 0xA0 {
				return true
			}
		case c == 0xE2 && i+2 < len(s):
			b1, b2 := s[i+1], s[i+2]
			if b1 == 0x80 && (b2 == 0x8B || b2 >= 0xAA && b2 <= 0xAE) || // U+200B, U+202A–U+202E
				b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9 { // U+2066–U+2069
				return true
			}
		case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBB && s[i+2] == 0xBF: // U+FEFF
			return true
		}
	}
	return false
}

// suspect marks the bytes that can start what needsClean looks for; the
// bytes of ordinary text (ASCII letters, CJK) are skipped with one lookup.
var suspect = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = c != '\t' && c != '\n'
	}
	t[0x7f], t[0xC2], t[0xE2], t[0xEF] = true, true, true, true
	return t
}()
