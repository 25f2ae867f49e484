package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// chunk is a run of text on a `pdftotext -layout` line with its position.
// Positions count characters, not display cells: pdftotext puts one
// character in each column of its grid, CJK included, so right-aligned
// amounts end in the same character column whatever the width of the names
// before them (measured on the corpus: amount ends agree in characters, and
// differ by up to 16 in display cells).
//
// Text laid out by other tools may align in display cells (CJK = 2) instead:
// each chunk carries both measures, and a table whose figures line up in
// display cells is read in those (see displayAligned).
type chunk struct {
	s, e   int // [s, e) in characters
	text   string
	ds, de int // [ds, de) in display cells
}

// cellWidth is a rune's display width: 2 for East Asian wide and
// full-width characters, as lipgloss.Width counts them.
func cellWidth(r rune) int {
	if r < 0x1100 {
		return 1
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// textWidth is the display width of s.
func textWidth(s string) int {
	n := 0
	for _, r := range s {
		n += cellWidth(r)
	}
	return n
}

// displayAligned reports a table whose last figures line up in display
// cells better than in characters.
func displayAligned(ls []sline) bool {
	prevR, prevD, dr, dd := -1, -1, 0, 0
	for _, l := range ls {
		n := len(l.chunks)
		if n < 2 || !isMoneyText(l.chunks[n-1].text) {
			prevR = -1
			continue
		}
		c := l.chunks[n-1]
		if prevR >= 0 {
			dr += abs(c.e - prevR)
			dd += abs(c.de - prevD)
		}
		prevR, prevD = c.e, c.de
	}
	return dd < dr
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// inDisplayCells switches the chunks to display positions.
func inDisplayCells(cs []chunk) []chunk {
	for i := range cs {
		cs[i].s, cs[i].e = cs[i].ds, cs[i].de
	}
	return cs
}

// chunk kinds: amounts are right-aligned, words (codes, names) left-aligned
// or centred; the two never share a column cluster.
const (
	kWord = iota
	kNum
	kCode // a classification code opening a line
	kHead // a column known only from the header
)

func isBlankRune(r rune) bool { return r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' }

// splitChunks cuts a line at runs of at least gap blanks. Shorter runs stay
// inside the chunk (a tab or ideographic space there becomes one space).
func splitChunks(line string, gap int) []chunk {
	// the chunks are gathered on the stack and returned in a slice of their
	// number: most lines of a document are text of one chunk, most table
	// lines fewer than eight
	var buf [16]chunk
	out := buf[:0]
	col, start, end, blanks := 0, -1, 0, 0
	dcol, dstart, dend := 0, 0, 0
	startB, endB := 0, 0 // byte offsets of the chunk
	odd := false         // a blank other than ' ' inside the chunk
	emit := func() {
		t := line[startB:endB]
		if odd {
			t = strings.Join(strings.FieldsFunc(t, isBlankRune), " ")
		}
		out = append(out, chunk{start, end, t, dstart, dend})
		start, odd = -1, false
	}
	for i, r := range line {
		w := cellWidth(r)
		if isBlankRune(r) {
			if start >= 0 && r != ' ' {
				odd = true
			}
			blanks++
			col++
			dcol += w
			continue
		}
		if start >= 0 && blanks >= gap {
			emit()
		}
		if start < 0 {
			start, dstart, startB, odd = col, dcol, i, false
		} else if blanks > 1 {
			odd = true // several blanks inside a chunk: keep one
		}
		blanks = 0
		col++
		dcol += w
		end, dend = col, dcol
		endB = i + max(utf8.RuneLen(r), 1)
	}
	if start >= 0 {
		emit()
	}
	return append([]chunk(nil), out...)
}

// dataChunks cuts a table line into cells: at runs of two blanks, at a
// single blank beside an amount (“24,458.43 一、一般公共服务支出”), and joins
// letter-spaced labels (“合   计”).
func dataChunks(line string) []chunk {
	raw := splitChunks(line, 2)
	var out []chunk // copied only where a chunk splits (most do not)
	for i, c := range raw {
		if !strings.Contains(c.text, " ") {
			if out != nil {
				out = append(out, c)
			}
			continue
		}
		parts := splitAtAmounts(c)
		if out == nil && len(parts) > 1 {
			out = append(make([]chunk, 0, len(raw)+len(parts)), raw[:i]...)
		}
		if out != nil {
			out = append(out, parts...)
		}
	}
	if out == nil {
		out = raw
	}
	return joinSpaced(out)
}

// joinSpaced joins letter-spaced labels: 合   计, 金   额.
func joinSpaced(out []chunk) []chunk {
	for i := 0; i+1 < len(out); i++ {
		a, b := out[i], out[i+1]
		if oneHan(a.text) && oneHan(b.text) && b.s-a.e <= 8 {
			out[i] = chunk{a.s, b.e, a.text + b.text, a.ds, b.de}
			out = append(out[:i+1], out[i+2:]...)
			i--
		}
	}
	return out
}

// splitAtAmounts splits a chunk at single spaces next to a printed amount,
// and before a second code joined to its name (secondCodeCell).
func splitAtAmounts(c chunk) []chunk {
	if !strings.Contains(c.text, " ") {
		return []chunk{c}
	}
	words := strings.Split(c.text, " ")
	var out []chunk
	pos, dpos := c.s, c.ds
	cur := chunk{s: pos, ds: dpos}
	for i, w := range words {
		if i > 0 && (isMoneyText(w) || isMoneyText(words[i-1]) || secondCodeCell(words[0], w)) {
			out = append(out, cur)
			cur = chunk{s: pos, ds: dpos}
		}
		if cur.text != "" {
			cur.text += " "
		}
		cur.text += w
		pos += utf8.RuneCountInString(w)
		dpos += textWidth(w)
		cur.e, cur.de = pos, dpos
		pos++ // the space
		dpos++
	}
	return append(out, cur)
}

func oneHan(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && unicode.Is(unicode.Han, r)
}

// isNumChunk: an amount, a dash for none, or a bare integer.
func isNumChunk(s string) bool {
	switch s {
	case "-", "--", "—", "——", "－", "/":
		return true
	}
	return maybeNumber(s) && isAmountText(s)
}

// maybeNumber is a quick test before the full parse: words, the bulk of
// the cells, start with a letter.
func maybeNumber(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r < 0x80 || r >= 0xFF00 && r <= 0xFFEF
}

// isCodeText: a classification code, 3, 5 or 7 digits (类, 款, 项).
func isCodeText(s string) bool {
	if len(s) != 3 && len(s) != 5 && len(s) != 7 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isMoneyText is isMoneyCell for a chunk, with the quick test first.
func isMoneyText(s string) bool {
	return maybeNumber(s) && isMoneyCell(s)
}

// kindOf classes a chunk of a table line. Codes cluster apart from names:
// a code moved right with its row must not join the names column.
func kindOf(c chunk, first bool) int {
	if first && isCodeText(c.text) {
		return kCode
	}
	if isNumChunk(c.text) {
		return kNum
	}
	return kWord
}

// collapse trims a line and turns each run of blanks into one space.
func collapse(s string) string {
	if !strings.Contains(s, "  ") && !hasOddBlank(s) {
		return strings.TrimSpace(s)
	}
	return strings.Join(strings.FieldsFunc(s, isBlankRune), " ")
}

// hasOddBlank: a tab, ideographic or no-break space (ContainsAny is slow
// with runes beyond ASCII).
func hasOddBlank(s string) bool {
	// one pass over the bytes: searching for U+3000 stops at every CJK
	// punctuation mark, which shares its first byte
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\t':
			return true
		case 0xC2: // U+00A0
			if i+1 < len(s) && s[i+1] == 0xA0 {
				return true
			}
		case 0xE3: // U+3000
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80 {
				return true
			}
		}
	}
	return false
}

// hasSpace reports whether s holds a rune unicode.IsSpace reports, as
// strings.IndexFunc(s, unicode.IsSpace) >= 0 does, without decoding the runes:
// the table's header cells are mostly Han characters, three bytes each, and
// no Unicode space starts with their first bytes.
func hasSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ' || c >= '\t' && c <= '\r':
			return true
		case c == 0xC2: // U+0085, U+00A0
			if i+1 < len(s) && (s[i+1] == 0x85 || s[i+1] == 0xA0) {
				return true
			}
		case c == 0xE1: // U+1680
			if i+2 < len(s) && s[i+1] == 0x9A && s[i+2] == 0x80 {
				return true
			}
		case c == 0xE2: // U+2000–U+200A, U+2028, U+2029, U+202F, U+205F
			if i+2 < len(s) {
				b1, b2 := s[i+1], s[i+2]
				if b1 == 0x80 && (b2 >= 0x80 && b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) || b1 == 0x81 && b2 == 0x9F {
					return true
				}
			}
		case c == 0xE3: // U+3000
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80 {
				return true
			}
		}
	}
	return false
}

// nospace removes every blank: the shape of a title or header to compare.
func nospace(s string) string {
	if strings.IndexByte(s, ' ') < 0 && !hasOddBlank(s) {
		return s
	}
	return strings.Map(dropBlank, s)
}

// sameBlanksAside: a and b are one text once their blanks are dropped
// (nospace(a) == nospace(b)), found without building either: a table's
// lines are compared with its few header lines, and most differ at once.
// Lines are valid UTF-8 here (Decode); an invalid byte matches itself only.
func sameBlanksAside(a, b string) bool {
	i, j := 0, 0
	for {
		for i < len(a) && (a[i] == ' ' || a[i] == '\t') {
			i++
		}
		for j < len(b) && (b[j] == ' ' || b[j] == '\t') {
			j++
		}
		if i == len(a) || j == len(b) {
			break
		}
		ra, na := utf8.DecodeRuneInString(a[i:])
		rb, nb := utf8.DecodeRuneInString(b[j:])
		switch {
		case isBlankRune(ra):
			i += na
		case isBlankRune(rb):
			j += nb
		case a[i:i+na] != b[j:j+nb]:
			return false
		default:
			i, j = i+na, j+nb
		}
	}
	return nospace(a[i:]) == "" && nospace(b[j:]) == ""
}

func dropBlank(r rune) rune {
	if isBlankRune(r) {
		return -1
	}
	return r
}
