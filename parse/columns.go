package parse

import (
	"strings"

	"yusuan/model"
)

// grid is a block's rows split into header and data, with one name per column.
type grid struct {
	names []string // column names, header words joined top-down, spaces removed
	data  []Row
	width int
}

// isDataRow: a row that carries figures or a classification code, or a total
// label. Header rows hold words and column numbers (栏次 1 2 3 …) only.
func isDataRow(r Row) bool {
	// the non-blank cells, without building a slice: this runs on every row
	var first, second string
	n, ints, money := 0, 0, false
	for _, c := range r.Cells {
		if c = trimCell(c); c == "" {
			continue
		}
		switch n {
		case 0:
			first = c
		case 1:
			second = c
		}
		n++
		if smallInt(c) {
			ints++
		}
		if !money && isMoneyCell(c) {
			money = true
		}
	}
	switch {
	case n == 0 || first == "栏次" || ints == n:
		return false // blank, or column numbers
	case money:
		return true
	}
	prevCode := false
	for _, c := range r.Cells {
		if c = trimCell(c); c == "" {
			continue
		}
		if prevCode && !isAmountText(c) {
			return true // a code followed by a name
		}
		prevCode = isCodeText(c)
	}
	// a total row: 合计 as its label, before it only a row number
	label, rest := first, 1
	if smallInt(first) && n > 1 {
		label, rest = second, 2
	}
	if !isTotalLabel(label) {
		return false
	}
	seen := 0
	for _, c := range r.Cells {
		if c = trimCell(c); c == "" {
			continue
		}
		if seen++; seen > rest && !isAmountText(c) {
			return false // more header words: 合计 | 人员经费 | 公用经费
		}
	}
	return true
}

// isMoneyCell: a number printed like an amount (with decimals or thousands
// separators), as opposed to a code, a row number or a year.
func isMoneyCell(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.ContainsAny(s, ".,") {
		return false
	}
	return isAmountText(s)
}

func isTotalLabel(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	switch s {
	case "合计", "总计", "合计数", "总合计":
		return true
	}
	return false
}

// makeGrid splits a block's rows at the first data row and names the columns.
func makeGrid(b *block) grid {
	first := len(b.rows)
	for i, r := range b.rows {
		if isDataRow(r) || b.kind == model.TThreePublic && isThreePublicLabel(r) {
			first = i
			break
		}
	}
	if first == len(b.rows) && len(b.rows) > 1 && b.kind == model.TOther {
		first = 1 // a table of words only: the first row is its header
	}
	var header [][]string
	for _, r := range b.rows[:first] {
		header = append(header, r.Cells)
	}
	data := b.rows[first:]
	width := 0
	for _, r := range data {
		width = max(width, len(r.Cells))
	}
	for _, h := range header {
		width = max(width, len(h))
	}
	return grid{names: columnNames(unslideHeader(header, data, width), width), data: data, width: width}
}

// columnNames joins the header words of each column top-down. A header row
// with fewer cells than the table has merged cells across columns: Word
// exports a horizontally merged cell once, and a vertically merged one as a
// blank cell in the row below. The blanks of the next full row tell which
// columns a merged cell covers.
func columnNames(header [][]string, width int) []string {
	parts := make([][]string, width)
	for hi, h := range header {
		if isColumnNumbers(h) {
			continue
		}
		spans := spanColumns(h, header[hi+1:], width)
		for k, c := range h {
			if hasSpace(c) {
				c = strings.Join(strings.Fields(c), "") // most header cells have no blank: no copy
			}
			if c == "" || c == "栏次" {
				continue
			}
			for j := spans[k][0]; j < spans[k][1] && j < width; j++ {
				if n := len(parts[j]); n == 0 || parts[j][n-1] != c {
					parts[j] = append(parts[j], c)
				}
			}
		}
	}
	names := make([]string, width)
	for j, p := range parts {
		names[j] = strings.Join(p, "/")
	}
	return names
}

// spanColumns returns, for each cell of a header row, the [from, to) columns it covers.
func spanColumns(h []string, below [][]string, width int) [][2]int {
	spans := make([][2]int, len(h))
	if len(h) >= width {
		// A full row: a cell followed by blanks spans them when the next
		// header row names those columns (项目 | | 2023年预算数 | | over
		// 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出).
		var next []string
		for _, b := range below {
			if !isColumnNumbers(b) {
				next = b
				break
			}
		}
		for k := range h {
			end := k + 1
			if strings.TrimSpace(h[k]) != "" {
				for end < len(h) && strings.TrimSpace(h[end]) == "" && end < len(next) && strings.TrimSpace(next[end]) != "" {
					end++
				}
			}
			spans[k] = [2]int{k, end}
		}
		return spans
	}
	var ref []string
	for _, b := range below {
		if len(b) == width {
			ref = b
			break
		}
	}
	if ref != nil {
		if segs := segments(ref, len(h)); segs != nil {
			return segs
		}
	}
	// No guide: merged cells are most often the left-hand labels, so align
	// the row to the right.
	off := width - len(h)
	for k := range h {
		spans[k] = [2]int{k + off, k + off + 1}
	}
	return spans
}

// find returns the first column whose name contains one of the words, in the
// order of the words given, or -1.
func (g grid) find(words ...string) int {
	for _, w := range words {
		for j, n := range g.names {
			if n == w {
				return j
			}
		}
		for j, n := range g.names {
			if strings.Contains(n, w) {
				return j
			}
		}
	}
	return -1
}

// segments cuts a full header row into the column ranges the cells of the
// row above cover: a blank cell below is a vertically merged one (one column),
// a run of named cells below belongs to one merged cell above. When the row
// above has more cells than there are ranges, the longest runs are halved.
func segments(ref []string, want int) [][2]int {
	var segs [][2]int
	for j := 0; j < len(ref); {
		if strings.TrimSpace(ref[j]) == "" {
			segs = append(segs, [2]int{j, j + 1})
			j++
			continue
		}
		from := j
		for j < len(ref) && strings.TrimSpace(ref[j]) != "" {
			j++
		}
		segs = append(segs, [2]int{from, j})
	}
	for len(segs) < want {
		long := -1
		for i, s := range segs {
			if s[1]-s[0] >= 2 && (long < 0 || s[1]-s[0] > segs[long][1]-segs[long][0]) {
				long = i
			}
		}
		if long < 0 {
			return nil
		}
		s := segs[long]
		mid := s[0] + (s[1]-s[0])/2
		segs = append(segs[:long], append([][2]int{{s[0], mid}, {mid, s[1]}}, segs[long+1:]...)...)
	}
	if len(segs) != want {
		return nil
	}
	return segs
}

// isColumnNumbers: the 栏次 row numbering the columns 1 2 3 ….
func isColumnNumbers(h []string) bool {
	n := 0
	for _, c := range h {
		c = strings.TrimSpace(c)
		switch {
		case c == "" || c == "栏次":
		case smallInt(c):
			n++
		default:
			return false
		}
	}
	return n > 0
}
