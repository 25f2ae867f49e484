package parse

import (
	"strings"
	"unicode/utf8"

	"yusuan/internal/lazyregexp"
)

// A figure too wide for a very narrow cell can break over three or four
// lines, each piece a little right of the one above (重庆: “1” over “01,”
// over “833” over “.84” for 101,833.84), the next figure of the row starting
// on the line where the one before it ends (“.84    4”). Read line by line
// the pieces are figures of their own, and the row's total is lost.
//
// joinDiagonalFigures follows each piece down to the piece that starts
// within it or just after it on the next line, and puts the figures so
// chained back whole on the row's line, each where its first piece stands;
// the lines of pieces are left blank, so every line keeps its number. It
// joins only where every chain of the run gives a figure with the decimals
// the document prints, at least one chain runs over three lines or more,
// and no piece could continue two chains: anything else is left as it
// stands (a figure broken once, whole part over decimals, is
// joinBrokenFigures').

// rePiece: a token of digits, separators and points only.
var rePiece = lazyregexp.New(`^[0-9.,]+$`)

// reWholeFigure2: a figure with separators where they belong and two
// decimals.
var reWholeFigure2 = lazyregexp.New(`^\d{1,3}(?:,\d{3})*\.\d{2}$|^\d+\.\d{2}$`)

type chain struct {
	text     string
	col      int // where its first piece stands
	lastCol  int // the last piece's start and end
	lastEnd  int
	lastLine int
	pieces   int
}

func joinDiagonalFigures(lines []string) []string {
	var out []string // copied on the first change only
	for i := 0; i+2 < len(lines); i++ {
		if !piecesOnly(lines[i+1]) {
			continue
		}
		head, pieces := trailingPieces(lines[i])
		if len(pieces) == 0 {
			continue
		}
		end := i + 1
		for end < len(lines) && piecesOnly(lines[end]) {
			end++
		}
		figs, ok := chainPieces(lines, i, end, pieces)
		if !ok {
			continue
		}
		if out == nil {
			out = append([]string(nil), lines...)
		}
		// the figures where their first pieces stand (a line of pieces
		// alone has no text before them)
		if pad := figs[0].col - utf8.RuneCountInString(head); pad > 0 {
			head += strings.Repeat(" ", pad)
		}
		out[i] = overlay(head, figs)
		for k := i + 1; k < end; k++ {
			out[k] = ""
		}
		i = end - 1
	}
	if out == nil {
		return lines
	}
	return out
}

// piecesOnly: a line of pieces and blanks, with a digit.
func piecesOnly(line string) bool {
	digit := false
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c != ' ' && c != '.' && c != ',':
			return false
		}
	}
	return digit
}

// trailingPieces splits a line into the text before its last run of pieces
// (a code, a name, a label) and that run; a line that ends in words has none.
func trailingPieces(line string) (string, []tokenAt) {
	toks := tokensOf(line)
	first := len(toks)
	for first > 0 && rePiece.MatchString(toks[first-1].text) {
		first--
	}
	if first == len(toks) {
		return line, nil
	}
	if first == 0 {
		return "", toks // a line of pieces alone
	}
	runes := []rune(line)
	return string(runes[:toks[first].col]), toks[first:]
}

// chainPieces follows the pieces from line start (its own pieces given) to
// line end-1 and returns the joined figures, ok only if the run is a
// diagonal of broken figures as described above.
func chainPieces(lines []string, start, end int, first []tokenAt) ([]tokenAt, bool) {
	var chains []*chain
	long := false
	for ln := start; ln < end; ln++ {
		toks := first
		if ln > start {
			toks = tokensOf(lines[ln])
		}
		for _, t := range toks {
			tEnd := t.col + utf8.RuneCountInString(t.text)
			var into *chain
			for _, c := range chains {
				if c.lastLine == ln-1 && t.col >= c.lastCol && t.col <= c.lastEnd+1 {
					if into != nil {
						return nil, false // a piece two chains could take
					}
					into = c
				}
			}
			if into == nil {
				chains = append(chains, &chain{text: t.text, col: t.col, lastCol: t.col, lastEnd: tEnd, lastLine: ln, pieces: 1})
				continue
			}
			into.text += t.text
			into.lastCol, into.lastEnd, into.lastLine = t.col, tEnd, ln
			into.pieces++
			long = long || into.pieces >= 3
		}
	}
	if !long {
		return nil, false
	}
	figs := make([]tokenAt, len(chains))
	for k, c := range chains {
		if !reWholeFigure2.MatchString(c.text) {
			return nil, false
		}
		figs[k] = tokenAt{text: c.text, col: c.col}
	}
	return figs, true
}
