package parse

import (
	"strings"
	"unicode/utf8"
)

// A cell wraps only when its line is full: every line of a wrapped cell is
// as wide as the cell except its last. So where the lines of words between
// two rows hold, in one column, a short line followed by a fuller one, the
// short line ends a cell (the rest of the row above: “机关事业单 / 位基本养老
// 保险 / 缴费”) and the fuller one starts the next row's centred cell
// (“职业年金缴 / 13 … / 费”). Read in order as one head of the row below,
// the name of the row above would lose its end and the row below would
// start with it (“缴费职业年金缴费”).

// cellEndCut returns how many of the group's leading lines end the cells of
// the row above (prev): the lines up to the last short line that a fuller
// line of the same column follows; 0 where there is none. A line may stop
// a character short where the next starts with punctuation that may not
// start a line (“…（基” / “本建设）”), so such a next line proves nothing.
// The cell ended must have started on prev: prev holds text in that column,
// or prev is no row of figures but a line of the row above (its code
// printed under the row's figures, “30108”). A row of figures with nothing
// in that column has lost its cell's start (to the header, where it is the
// table's first row): what ends it cannot be placed, and stays as before.
func cellEndCut(group []*drow, prev *drow) int {
	cut := 0
	for k := 0; k+1 < len(group); k++ {
		j, ok := loneCell(group[k])
		if !ok || prev.cells[j] == "" && !prev.above[j] && hasFigureCell(prev) {
			continue
		}
		next := group[k+1].cells[j]
		if next == "" || startsWithClosing(next) {
			continue
		}
		if textWidth(group[k].cells[j])+2 <= textWidth(next) {
			cut = k + 1
		}
	}
	return cut
}

// hasFigureCell: a row with an amount in one of its cells (a code is none).
func hasFigureCell(r *drow) bool {
	for _, c := range r.cells {
		if t := nospace(c); t != "" && isNumChunk(t) && !isCodeText(t) {
			return true
		}
	}
	return false
}

// loneCell is the column of a line's only filled cell.
func loneCell(f *drow) (int, bool) {
	col := -1
	for j, t := range f.cells {
		if t == "" {
			continue
		}
		if col >= 0 {
			return 0, false
		}
		col = j
	}
	return col, col >= 0
}

// startsWithClosing: text opening with punctuation that typesetting keeps
// off the start of a line (a line before it breaks one character early).
func startsWithClosing(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return strings.ContainsRune("）)】」』”’，、。；：！？%％", r)
}
