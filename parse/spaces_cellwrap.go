package parse

import (
	"strings"
)

// joinWrappedTokens mends codes and figures that a narrow cell wrapped in
// place: pdftotext prints the rest of the cell's text on the next lines,
// starting in the cell's own column ("3218.3" over "9", "22401" over "01",
// "224" over "010" over "1", a project code "13091626P" over "000072100"
// over "368"). A piece is joined to the token it starts under when the
// join is what the token lacked, and the token alone is not what its kind
// prints:
//   - a figure with fewer decimals than the table's figures (or none, or a
//     bare point) that the piece completes to exactly that many ("3218.3"
//     and "9" where figures carry two);
//   - a functional code of 3 or 5 digits that the pieces make 5 or 7 long;
//   - a long identifier of letters and digits (a project code).
//
// A line is mended whole or not at all: every piece of letters and digits
// on it must join the token above it, so a line holding a row's own code or
// figure (a staircase's "40" with its figures) is left as printed; its words
// must be the wrapped ends of the cells above them (no wider), a code must
// stand where a row's code does, and a whole number takes a figure only
// from a line of figures alone (“321” over “8.39”, not “电费 791” over
// “邮电费 114.50”). The piece
// is moved onto the token's line (into the spaces after the token, so the
// columns stay where they were) and blanked below, so every line keeps its
// number; the table reader then finds whole tokens under their columns and
// the arithmetic confirms or refutes them.
func joinWrappedTokens(lines []string) []string {
	var out []string // copied on the first change only
	at := func(i int) string {
		if out != nil {
			return out[i]
		}
		return lines[i]
	}
	var near decimalsAround
	// the tokens of line i-1 as it stands, kept from the turn before: most
	// lines are looked at twice, as the line and as the line above
	var above []tokenAt
	aboveOf := -1
	for i := 1; i < len(lines); i++ {
		if !hasASCIIDigit(lines[i]) || strings.TrimSpace(lines[i-1]) == "" {
			continue
		}
		toks := tokensOf(at(i))
		prev, prevOf := above, aboveOf
		above, aboveOf = toks, i
		pieces := asciiTokens(toks)
		if len(pieces) == 0 {
			continue
		}
		if prevOf != i-1 {
			prev = tokensOf(at(i - 1))
		}
		if !wordsContinue(prev, toks) {
			continue
		}
		type join struct {
			owner int
			tok   tokenAt
			piece tokenAt
		}
		var joins []join
		for _, p := range pieces {
			owner, tok, ok := tokenAbove(lines, at, i, p.col)
			if !ok || !joinable(tok.text, p.text, near.at(lines, i), nextPiece(lines, i, p.col)) {
				joins = nil
				break
			}
			// a whole number and a figure below it: one figure only where
			// nothing else is on the line (“321” over “8.39”); under a name
			// it is the next row's (“电费 791” over “邮电费 114.50”)
			if isFigurePart(tok.text) && !allDigits(p.text) && (inPhrase(at(owner), tok) || decimalsOf(tok.text) < 0 && hasWord(at(i))) {
				joins = nil
				break
			}
			// a code is a row's: first on its line or after the row's
			// number, its name after it (not “≤ 120 万元” over “90”)
			if allDigits(tok.text) && allDigits(p.text) && !codeCell(at(owner), tok) {
				joins = nil
				break
			}
			joins = append(joins, join{owner, tok, p})
		}
		if len(joins) == 0 {
			continue
		}
		if out == nil {
			out = append([]string(nil), lines...)
		}
		aboveOf = -1 // line i changes below
		// right to left, so the columns of the pieces still to move hold
		for k := len(joins) - 1; k >= 0; k-- {
			j := joins[k]
			out[j.owner] = appendAt(out[j.owner], j.tok, j.piece.text)
			out[i] = blankAt(out[i], j.piece)
		}
	}
	if out == nil {
		return lines
	}
	return out
}

// tokenAt is a run of non-blank characters and the column (in characters,
// as pdftotext lays them out) where it starts: a figure or a piece of one
// for joinBrokenFigures, a code, figure or piece for joinWrappedTokens.
type tokenAt struct {
	text string
	col  int
}

func tokensOf(line string) []tokenAt {
	toks := make([]tokenAt, 0, 8)    // most lines have fewer: one allocation
	col, start, startCol := 0, -1, 0 // col counts characters, as pdftotext lays them out
	for i, r := range line {
		if r == ' ' {
			if start >= 0 {
				toks = append(toks, tokenAt{line[start:i], startCol})
				start = -1
			}
		} else if start < 0 {
			start, startCol = i, col
		}
		col++
	}
	if start >= 0 {
		toks = append(toks, tokenAt{line[start:], startCol})
	}
	return toks
}

// asciiTokens are the line's tokens of letters, digits, points and commas
// only: the pieces a wrap can leave of a code or figure. A line with none,
// or with one holding anything else ASCII, gives none.
func asciiTokens(toks []tokenAt) []tokenAt {
	var out []tokenAt
	for _, t := range toks {
		if t.text[0] >= 0x80 {
			continue // words: a wrapped name, left to the table reader
		}
		if !alnumPoint(t.text) {
			return nil
		}
		out = append(out, t)
	}
	return out
}

// inPhrase: the token is followed, one space on, by a word: part of a
// phrase (“3 月底”, “2023 年”), not a cell of its own.
func inPhrase(line string, tok tokenAt) bool {
	runes := []rune(line)
	end := tok.col + len([]rune(tok.text))
	return end+1 < len(runes) && runes[end] == ' ' && runes[end+1] >= 0x80
}

// codeCell: tok stands where a row's code does: nothing before it but a
// row number, a word (its name) right after it.
func codeCell(line string, tok tokenAt) bool {
	toks := tokensOf(line)
	for k, t := range toks {
		if t.col != tok.col {
			continue
		}
		before := k == 0 || k == 1 && allDigits(toks[0].text) && len(toks[0].text) <= 4
		return before && k+1 < len(toks) && toks[k+1].text[0] >= 0x80
	}
	return false
}

// hasWord: the line holds a token not of ASCII.
func hasWord(line string) bool {
	for _, t := range tokensOf(line) {
		if t.text[0] >= 0x80 {
			return true
		}
	}
	return false
}

// wordsContinue: every word on line (a token not of ASCII) can be the
// wrapped end of a cell of the line above: it starts under a token there
// (one or two off, as pdftotext rounds wide characters) and is no wider
// than it (see overflows). A word under nothing, or wider, starts a row of
// its own (a label under a header's “2023”, a name under a column number).
func wordsContinue(over, line []tokenAt) bool {
	for _, w := range line {
		if w.text[0] < 0x80 {
			continue
		}
		ok := false
		for _, t := range over {
			if t.col >= w.col-2 && t.col <= w.col+2 && textWidth(w.text) <= textWidth(t.text)+4 {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func alnumPoint(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '.' || c == ',') {
			return false
		}
	}
	return s != ""
}

func hasASCIIDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// tokenAbove finds the token a piece at col continues: the nearest line
// above with a token starting in that column or one off (pdftotext rounds
// the places after wide characters), looking past a line only where its own
// pieces went up (the third line of a code), at most three lines up.
func tokenAbove(lines []string, at func(int) string, i, col int) (int, tokenAt, bool) {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if strings.TrimSpace(lines[j]) == "" {
			break
		}
		best, dist, over := tokenAt{}, 2, false
		for _, t := range tokensOf(at(j)) {
			if d := abs(t.col - col); d < dist {
				best, dist = t, d
			}
			over = over || t.col < col && t.col+len([]rune(t.text)) > col
		}
		switch {
		case dist < 2:
			return j, best, true
		case over || at(j) == lines[j]:
			// only a line whose pieces went up is looked through
			return 0, tokenAt{}, false
		}
	}
	return 0, tokenAt{}, false
}

// nextPiece is the digits token on the line below i starting in col, if any.
func nextPiece(lines []string, i, col int) string {
	if i+1 >= len(lines) {
		return ""
	}
	for _, t := range tokensOf(lines[i+1]) {
		if abs(t.col-col) <= 1 && allDigits(t.text) {
			return t.text
		}
	}
	return ""
}

// decimalsAround is how many decimals the figures around a line carry: the
// most of any figure within forty lines (0 where none has a point). Each
// line's own figures are counted once, on first need: the text of a long
// document is otherwise tokenized eighty times over.
type decimalsAround struct{ own []int } // per line, -1 until counted

func (d *decimalsAround) at(lines []string, i int) int {
	if d.own == nil {
		d.own = make([]int, len(lines))
		for j := range d.own {
			d.own[j] = -1
		}
	}
	most := 0
	for j := max(0, i-40); j < min(len(lines), i+41); j++ {
		if d.own[j] < 0 {
			d.own[j] = lineDecimals(lines[j])
		}
		most = max(most, d.own[j])
	}
	return most
}

// lineDecimals is the most decimals of a figure on the line.
func lineDecimals(line string) int {
	most := 0
	for _, t := range tokensOf(line) {
		if p := strings.IndexByte(t.text, '.'); p > 0 && isAmountText(t.text) {
			most = max(most, len(t.text)-p-1)
		}
	}
	return most
}

// joinable decides whether piece continues tok (see joinWrappedTokens);
// next is the digits piece below this one, which may finish a code.
func joinable(tok, piece string, decimals int, next string) bool {
	whole := tok + piece
	switch {
	case allDigits(tok) && allDigits(piece) && (len(tok) == 3 || len(tok) == 5 || len(tok) == 6):
		n := len(whole)
		return n == 5 || n == 7 || n == 6 && len(tok) == 3 && len(next) == 1
	case isFigurePart(tok) && decimals > 0:
		p := strings.IndexByte(whole, '.')
		n := len(whole) - p - 1
		if n < decimals && allDigits(next) {
			n += len(next) // a third line finishes it (“65” / “0.0” / “0”)
		}
		return p > 0 && n == decimals && (decimalsOf(tok) >= 0 || len(tok) >= 2) && strings.Count(whole, ".") == 1 &&
			decimalsOf(tok) < decimals && isAmountText(whole) && !strings.ContainsRune(piece, ',')
	case len(tok) >= 8 && hasLetter(tok) && hasASCIIDigit(tok) && alnum(tok) && alnum(piece):
		return true
	}
	return false
}

// isFigurePart: digits (with separators) and at most a point and fewer
// digits after it: a figure's start.
func isFigurePart(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9' && strings.Count(s, ".") <= 1 && alnumPoint(s) && !hasLetter(s)
}

func decimalsOf(s string) int {
	if p := strings.IndexByte(s, '.'); p >= 0 {
		return len(s) - p - 1
	}
	return -1
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

func alnum(s string) bool {
	return alnumPoint(s) && !strings.ContainsAny(s, ".,")
}

// appendAt writes piece right after tok on line, over the blanks that
// follow it where there are enough (one kept before the next token), else
// pushing the rest of the line right.
func appendAt(line string, tok tokenAt, piece string) string {
	runes := []rune(line)
	end := tok.col + len([]rune(tok.text))
	gap := 0
	for end+gap < len(runes) && runes[end+gap] == ' ' {
		gap++
	}
	n := len([]rune(piece))
	rest := runes[end+gap:]
	keep := gap - n
	if len(rest) > 0 {
		keep = max(keep, min(gap, 2)) // cells stay two blanks apart
	} else {
		keep = 0
	}
	var b strings.Builder
	b.WriteString(string(runes[:end]))
	b.WriteString(piece)
	b.WriteString(strings.Repeat(" ", keep))
	b.WriteString(string(rest))
	return b.String()
}

// blankAt replaces the piece with spaces.
func blankAt(line string, p tokenAt) string {
	runes := []rune(line)
	for k := p.col; k < p.col+len([]rune(p.text)) && k < len(runes); k++ {
		runes[k] = ' '
	}
	return string(runes)
}
