package parse

import (
	"strings"

	"yusuan/internal/lazyregexp"
)

// A figure too wide for its cell wraps inside it: the cell, centred on its
// row, prints the head of the figure on the line above the row
// (“106,512.0”) and its last digits on the line below (“0”), with any other
// figure of the row centred above it too; a cell aligned to the top prints
// the head on the row's own line. pdftotext lays out each
// piece on a line of its own. Read as they stand, the head is a figure with
// one decimal too few and the tail a figure of its own.
//
// joinWrappedFigures puts each wrapped figure back whole on its row's line,
// where its head was printed, and blanks the lines of pieces, so every line
// keeps its number. A piece is joined only where the row holds more than
// the pieces (a name or figures), the line of pieces is nothing but such
// pieces, every head has exactly one tail under it and every tail one
// head over it, and the joined figure has the two decimals of a figure in
// 万元 or 元 (a head with its decimals whole is no head).

// reFigureHead: a figure cut within its decimals (106,512.0 or 106,512.,
// and without separators as 福州 prints them, 24995.9).
var reFigureHead = lazyregexp.New(`^-?(?:\d{1,3}(?:,\d{3})*|\d+)\.\d?$`)

// isFigureTail: the last one or two digits of a wrapped figure.
func isFigureTail(s string) bool { return len(s) <= 2 && allDigits(s) }

// tailReach: how far right of its head's end a tail may stand (pdftotext
// places the two lines of a cell apart by a few characters).
const tailReach = 5

func joinWrappedFigures(lines []string) []string {
	var out []string // copied on the first change only
	line := func(i int) string {
		if out != nil {
			return out[i]
		}
		return lines[i]
	}
	for r := 0; r+1 < len(lines); r++ {
		if !digitsOnly(line(r + 1)) {
			continue // the quick test first
		}
		below := tokensOf(line(r + 1))
		if len(below) == 0 || !allTails(below) {
			continue
		}
		row := tokensOf(line(r))
		var heads, whole []tokenAt // whole: figures printed above beside the heads, moved with them
		headsAbove := false
		if r > 0 {
			heads, whole, headsAbove = piecesAbove(tokensOf(line(r - 1)))
		}
		if !headsAbove {
			for _, t := range row {
				if reFigureHead.MatchString(t.text) {
					heads = append(heads, t)
				}
			}
		}
		if len(row) == len(heads) && !headsAbove || len(row) == 0 {
			continue // a row holds a name or figures of its own (not the labels of a chart's axis: 8.2 / 8)
		}
		joined, ok := pairPieces(heads, below)
		if !ok {
			continue
		}
		for _, w := range whole {
			heads, joined = append(heads, w), append(joined, w.text)
		}
		mended, ok := placeFigures(line(r), row, heads, joined, headsAbove)
		if !ok {
			continue
		}
		if out == nil {
			out = append([]string(nil), lines...)
		}
		out[r], out[r+1] = mended, ""
		if headsAbove {
			out[r-1] = ""
		}
		r++ // the tails' line is used
	}
	if out == nil {
		return lines
	}
	return out
}

// piecesAbove splits a line of figures only, at least one a head, into its
// heads and its whole figures (a cell centred on its row prints all its
// figures above it, the wrapped one's head among them); ok is false for any
// other line.
func piecesAbove(toks []tokenAt) (heads, whole []tokenAt, ok bool) {
	for _, t := range toks {
		switch {
		case reFigureHead.MatchString(t.text):
			heads = append(heads, t)
		case isAmountText(t.text) && strings.ContainsAny(t.text, ".,"):
			whole = append(whole, t)
		default:
			return nil, nil, false
		}
	}
	return heads, whole, len(heads) > 0
}

// pairPieces joins each head to the one tail under it (from its start to a
// little right of its end); ok is false unless heads and tails pair one to
// one and every joined figure has two decimals.
func pairPieces(heads, tails []tokenAt) ([]string, bool) {
	if len(heads) == 0 || len(heads) != len(tails) {
		return nil, false
	}
	joined := make([]string, len(heads))
	for i, h := range heads {
		t := tails[i]
		hEnd := h.col + len([]rune(h.text))
		if t.col < h.col || t.col > hEnd+tailReach {
			return nil, false
		}
		if i+1 < len(heads) && t.col >= heads[i+1].col {
			return nil, false // the tail stands under the next head
		}
		f := h.text + t.text
		if p := strings.IndexByte(f, '.'); p < 0 || len(f)-p-1 != 2 {
			return nil, false
		}
		joined[i] = f
	}
	return joined, true
}

// placeFigures writes the joined figures on the row's line: over its head
// where the head stood on the row, else where the head was printed above,
// into blanks only (a figure that would touch the row's own text is not
// placed, and nothing is).
func placeFigures(raw string, row, heads []tokenAt, joined []string, headsAbove bool) (string, bool) {
	runes := []rune(raw)
	if !headsAbove {
		for _, h := range heads { // the head's place on the row is its figure's
			for k := h.col; k < h.col+len([]rune(h.text)); k++ {
				runes[k] = ' '
			}
		}
	}
	for i, h := range heads {
		f := []rune(joined[i])
		for len(runes) < h.col+len(f)+1 {
			runes = append(runes, ' ')
		}
		for k := max(h.col-1, 0); k <= h.col+len(f); k++ {
			if runes[k] != ' ' {
				return "", false
			}
		}
		copy(runes[h.col:], f)
	}
	return strings.TrimRight(string(runes), " "), true
}

func allTails(toks []tokenAt) bool {
	for _, t := range toks {
		if !isFigureTail(t.text) {
			return false
		}
	}
	return true
}

// digitsOnly: a line of digits and blanks, with a digit.
func digitsOnly(s string) bool {
	digit := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c != ' ':
			return false
		}
	}
	return digit
}
