package parse

import (
	"slices"
	"strings"

	"yusuan/internal/lazyregexp"
)

// A row whose name and figures both wrap in narrow cells prints its last
// digits on the line of the name's rest: LibreOffice's PDF of a table with
// no column widths (“8 224 灾害防治及应 2567.9 571.97 1996.0” over
// “急管理支出 7 0”). pdftotext shifts a line's columns by the width of its
// Chinese characters, so on the text the digits stand beside their heads,
// not under them; once the table is cut into columns, each stands in its
// head's column. joinTailsUnderHeads puts the figures back whole there.
//
// A line is mended whole or not at all: it continues a row (no code, no
// row number: nothing but words and pieces), every piece stands under a
// head in the row above and every head of that row has its piece, and
// each joined figure has the decimals the table's figures carry (a head
// with its decimals whole is no head). The pieces prove the line the row's:
// the name's rest joins the row's name, and the line is dropped; the
// arithmetic confirms or refutes the figures.

// reTailHead: a figure cut within its decimals (2567.9, 600.). A whole
// number over a figure is no head here: on a line with words it is a row
// of its own (“电费 791” over “邮电费 114.50”).
var reTailHead = lazyregexp.New(`^-?\d[\d,]*\.\d?$`)

func joinTailsUnderHeads(rows []Row) []Row {
	decimals := -2 // the decimals of the table's figures, worked out on the first candidate
	for i := 1; i < len(rows); i++ {
		above, line := rows[i-1].Cells, rows[i].Cells
		if len(above) != len(line) || !continuationWithPieces(line) {
			continue
		}
		if decimals == -2 {
			decimals = figureDecimals(rows)
		}
		joined, ok := joinCellPieces(above, line, decimals)
		if !ok {
			continue
		}
		// the pieces prove the line the row's: the name's rest joins it
		for j, c := range line {
			if c != "" && !isPieceCell(c) {
				joined[j] += c
			}
		}
		rows[i-1].Cells = joined
		rows = slices.Delete(rows, i, i+1)
		i--
	}
	return rows
}

// continuationWithPieces: a line of words (a name's rest) and pieces of
// figures only, at least one of each.
func continuationWithPieces(cells []string) bool {
	words, pieces := 0, 0
	for _, c := range cells {
		switch {
		case c == "":
		case isPieceCell(c):
			pieces++
		case hasHan(c) && !hasASCIIDigit(c):
			words++
		default:
			return false // a code, a row number, a whole figure: a row of its own
		}
	}
	return words > 0 && pieces > 0
}

// isPieceCell: a cell of pieces of figures (one, or several a column
// could not part).
func isPieceCell(c string) bool {
	fs := strings.Fields(c)
	for _, f := range fs {
		if !isFigureTail(f) {
			return false
		}
	}
	return len(fs) > 0
}

// joinCellPieces joins each cell's pieces to the heads above them, token
// by token; ok is false unless every head and every piece pairs and every
// figure comes out with the table's decimals.
func joinCellPieces(above, line []string, decimals int) ([]string, bool) {
	if decimals <= 0 {
		return nil, false
	}
	out := append([]string(nil), above...)
	for j := range line {
		heads, pieces := strings.Fields(above[j]), strings.Fields(line[j])
		if !isPieceCell(line[j]) { // blank, or the name's rest
			for _, h := range heads { // a head cut within its decimals left without its piece
				if d := decimalsOf(h); d >= 0 && d < decimals && isAmountText(h+"0") {
					return nil, false
				}
			}
			continue
		}
		if len(heads) != len(pieces) {
			return nil, false
		}
		for k, h := range heads {
			f := h + pieces[k]
			if !reTailHead.MatchString(h) || decimalsOf(h) == decimals || decimalsOf(f) != decimals ||
				strings.Count(f, ".") != 1 || !isAmountText(f) {
				return nil, false
			}
			heads[k] = f
		}
		out[j] = strings.Join(heads, " ")
	}
	return out, true
}

// figureDecimals is how many decimals the table's figures carry: the
// count most of its figures with a point share, -1 when none has one.
func figureDecimals(rows []Row) int {
	count := map[int]int{}
	best := -1
	for _, r := range rows {
		for _, c := range r.Cells {
			for _, f := range strings.Fields(c) {
				if d := decimalsOf(f); d > 0 && isAmountText(f) {
					count[d]++
					if best < 0 || count[d] > count[best] {
						best = d
					}
				}
			}
		}
	}
	return best
}
