package parse

import "strings"

// A header row whose merged cell lost its span: LibreOffice's HTML of a
// Word table writes 功能分类科目, which spans the code and name columns, as
// one cell and moves the span to the row's last cell, so 合计 and every
// label after it stand one column left of their figures, 合计 over the
// names (序号 | 功能分类科目 | 合计 | 基本支出 | 项目支出 | ␣ over
// ␣ | 科目编码 | 科目名称 | ␣ | ␣ | ␣).
//
// An amount is never printed in the names' column. Where a header row puts
// an amount label over the column that holds the rows' names, the row
// below names that column and the one left of it (the two the label left
// of it spans) and nothing right of it, and the row ends in a blank cell,
// unslideHeader moves the label and every cell after it one column right:
// the label left of it then spans both, as a merged cell does. The
// arithmetic of the table confirms or refutes the new reading.
func unslideHeader(header [][]string, data []Row, width int) [][]string {
	for hi, h := range header {
		if len(h) != width || width < 3 || strings.TrimSpace(h[width-1]) != "" || isColumnNumbers(h) {
			continue
		}
		var below []string
		for _, b := range header[hi+1:] {
			if !isColumnNumbers(b) {
				below = b
				break
			}
		}
		if len(below) != width {
			continue
		}
		for k := 1; k < width-1; k++ {
			if !amountLabel(nospace(h[k])) || strings.TrimSpace(h[k-1]) == "" ||
				strings.TrimSpace(below[k-1]) == "" || strings.TrimSpace(below[k]) == "" ||
				!blankFrom(below, k+1) || !namesIn(data, k) {
				continue
			}
			moved := make([]string, width)
			copy(moved, h[:k])
			copy(moved[k+1:], h[k:width-1])
			out := append([][]string(nil), header...)
			out[hi] = moved
			return out
		}
	}
	return header
}

func blankFrom(cells []string, k int) bool {
	for _, c := range cells[k:] {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// namesIn: the data rows' column k holds words, and no figure in all but a
// few rows (a row printed without its blank cells, as the 合计 row without
// its code, has a figure there).
func namesIn(data []Row, k int) bool {
	names, figures := 0, 0
	for _, r := range data {
		if k >= len(r.Cells) {
			continue
		}
		switch c := strings.TrimSpace(r.Cells[k]); {
		case c == "":
		case hasHan(c) && !hasASCIIDigit(c):
			names++
		default:
			figures++
		}
	}
	return names > 0 && figures*4 <= names
}
