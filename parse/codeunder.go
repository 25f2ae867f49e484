package parse

import (
	"strings"

	"yusuan/model"
)

// codeUnderRow joins a line that prints a code and no figure to the row
// above it that prints figures and no code: a cell of two lines whose code
// the layout put on the second (行政运行 17,651,794.92 … over 2013301, or
// 机关事业单位 | 1,449,977.63 … | 2080505 基本养老保险缴费支出, the name
// wrapped around the figures). The row above takes the code and the name's
// tail; a name printed alone on the line before the figures is its head
// (the name-only row stays: it has no figure and no code). It
// reports whether row was so joined.
func codeUnderRow(out []model.CodedRow, loneFigures, guessed map[int]bool, row model.CodedRow) bool {
	n := len(out)
	above := &out[n-1]
	printedCode := above.Code != "" && !guessed[n-1] // not the catalogue's guess by name
	// the next lines of the text (a table printed in two panels puts rows
	// side by side that are no cell's two lines), under a line that is no
	// subtotal (公用经费合计 over 307 债务利息及费用支出, which prints none)
	if row.Code == "" || len(row.Amounts) > 0 || printedCode || len(above.Tokens) == 0 ||
		row.Line <= above.Line || row.Line > above.Line+2 || !loneFigures[n-1] && isSubtotalName(above.Name) {
		return false
	}
	if isTotalLabel(above.Name) && !loneFigures[n-1] {
		return false // the table's printed 合计
	}
	name := above.Name
	if loneFigures[n-1] || name == "" {
		// figures alone (or beside another classification's code only):
		// the name's head, if any, is the name-only line before them
		name = ""
		if n >= 2 && out[n-2].Code == "" && len(out[n-2].Tokens) == 0 && len(out[n-2].Amounts) == 0 && !isTotalLabel(out[n-2].Name) {
			name = out[n-2].Name
		}
	}
	above.Code, above.Name = row.Code, withoutCodes(name)+row.Name
	return true
}

// withoutCodes drops from a name a code the layout put in its cell (the
// 政府经济 code 50102 beside 职工基本医疗保, the name's head).
func withoutCodes(name string) string {
	f := strings.Fields(name)
	kept := f[:0]
	for _, w := range f {
		if !isCodeText(w) {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, "")
}

// hasTotalLabel: a cell of the row reads 合计 (or 总计): the row is the
// table's total as printed, not figures alone.
func hasTotalLabel(cells []string) bool {
	for _, c := range cells {
		if isTotalLabel(strings.TrimSpace(c)) {
			return true
		}
	}
	return false
}

// isSubtotalName: a row label that sums others (公用经费合计, 小计, 总计).
func isSubtotalName(name string) bool {
	for _, w := range []string{"合计", "小计", "总计", "共计"} {
		if strings.HasSuffix(name, w) {
			return true
		}
	}
	return false
}
