package parse

import (
	"strconv"
	"strings"
)

// In a table whose rows are numbered (序号 1, 2, 3 … in the numbering
// line's first column), a line without a number is no row: it is the rest
// of the row above, printed on more lines where a cell is narrow. A figure
// that wraps in its cell leaves its head on the row's line and its rest on
// that line: “256” over “7.97” is 2567.97 where every figure of the table
// carries two decimals (LibreOffice's PDF, “8 224 灾害防治 256 256 256” over
// “及应急管 7.97 7.97 7.97”). Read as they stand, the head is a whole
// amount of its own and the rest a row without a number.

// joinNumberedTails puts such figures back whole on their row's line and
// takes them off the line under it (whose words stay, for the wrapped
// names to be joined as any other). A figure is joined only where the row
// above is numbered and the line under it is not, every whole number of
// the row stands over exactly one figure of the line in its column and
// every figure of the line under one, and each joined figure carries the
// table's decimals; the arithmetic then confirms or refutes them.
func joinNumberedTails(data []sline, colOf func(int) int) {
	if !rowsNumbered(data, colOf) {
		return
	}
	decimals := -1
	count := map[int]int{}
	for _, l := range data {
		for _, c := range l.chunks {
			if d := decimalsOf(nospace(c.text)); d > 0 && isAmountText(nospace(c.text)) {
				count[d]++
				if decimals < 0 || count[d] > count[decimals] {
					decimals = d
				}
			}
		}
	}
	if decimals <= 0 {
		return
	}
	for i := 0; i+1 < len(data); i++ {
		row, next := &data[i], &data[i+1]
		if rowNumberOf(*row, colOf) == "" || rowNumberOf(*next, colOf) != "" || next.blankBefore {
			continue
		}
		heads := map[int]int{} // column → chunk of the row
		for ci, c := range row.chunks {
			if k := colOf(c.s); k > 0 && allDigits(nospace(c.text)) && k > codeColumnLimit(*row, colOf) {
				heads[k] = ci
			}
		}
		tails := map[int]int{}
		for ci, c := range next.chunks {
			t := nospace(c.text)
			if isNumChunk(t) && decimalsOf(t) == decimals {
				tails[max(colOf(c.s), 0)] = ci
			}
		}
		if len(heads) == 0 || len(heads) != len(tails) {
			continue
		}
		ok := true
		for k := range heads {
			if _, has := tails[k]; !has {
				ok = false
			}
		}
		if !ok {
			continue
		}
		for k, ci := range heads {
			row.chunks[ci].text = nospace(row.chunks[ci].text) + nospace(next.chunks[tails[k]].text)
		}
		var rest []chunk
		for ci, c := range next.chunks {
			if _, tail := tails[max(colOf(c.s), 0)]; !tail || tails[max(colOf(c.s), 0)] != ci {
				rest = append(rest, c)
			}
		}
		next.chunks = rest
	}
	joinNumberedCodes(data, colOf)
}

// joinNumberedCodes puts back a row's code wrapped down its narrow cell
// (“224” / “019” / “9” is 2240199) from the lines without a number under
// it, where the pieces make a code of a class, section or item (3, 5 or 7
// digits).
func joinNumberedCodes(data []sline, colOf func(int) int) {
	for i := range data {
		if rowNumberOf(data[i], colOf) == "" || len(data[i].chunks) < 2 {
			continue
		}
		head := &data[i].chunks[1]
		k := colOf(head.s)
		if !allDigits(nospace(head.text)) || k >= codeColumnLimit(data[i], colOf) {
			continue
		}
		code := nospace(head.text)
		var from []int // lines whose first chunk is a piece of the code
		for j := i + 1; j < len(data) && rowNumberOf(data[j], colOf) == "" && !data[j].blankBefore; j++ {
			if len(data[j].chunks) == 0 || colOf(data[j].chunks[0].s) != k || !allDigits(nospace(data[j].chunks[0].text)) {
				break
			}
			code += nospace(data[j].chunks[0].text)
			from = append(from, j)
		}
		if len(from) == 0 || len(code) != 5 && len(code) != 7 || !isCodeText(code) {
			continue
		}
		head.text = code
		for _, j := range from {
			data[j].chunks = data[j].chunks[1:]
		}
	}
}

// rowsNumbered: every line with a figure on the table's first page holds a
// row number in the first column, 1 first, and the numbers go up by one.
func rowsNumbered(data []sline, colOf func(int) int) bool {
	want, page := 1, data[0].page
	for _, l := range data {
		if l.page != page {
			break
		}
		n := rowNumberOf(l, colOf)
		if n == "" {
			continue
		}
		if n != strconv.Itoa(want) {
			return false
		}
		want++
	}
	return want > 2
}

// rowNumberOf is the row number a line prints in the first column, "".
func rowNumberOf(l sline, colOf func(int) int) string {
	if len(l.chunks) == 0 || colOf(l.chunks[0].s) > 0 {
		return ""
	}
	t := strings.TrimLeft(nospace(l.chunks[0].text), "\f")
	if t == "" || !allDigits(t) {
		return ""
	}
	return t
}

// codeColumnLimit is the last column before the row's name: digits there
// are codes, not figures.
func codeColumnLimit(l sline, colOf func(int) int) int {
	for _, c := range l.chunks {
		if hasHan(c.text) {
			return colOf(c.s)
		}
	}
	return 0
}

// wrappedCodePiece: a lone number right under a row's line (no blank line
// between; the row holds more than a number) that starts where a number of
// that line starts, as the rest of a code wrapped down its narrow cell
// does (“019 管理支出 0.00” over “9”), is no page number: page numbers stand
// apart, under a blank line.
func wrappedCodePiece(prev, line string) bool {
	t, above := tokensOf(line), tokensOf(prev)
	if len(t) != 1 || len(above) < 2 {
		return false
	}
	for _, p := range above {
		if p.col == t[0].col && allDigits(p.text) {
			return true
		}
	}
	return false
}
