package parse

import (
	"strings"

	"yusuan/internal/lazyregexp"
)

// The meta line over a table wraps in narrow cells too: LibreOffice's PDF
// of a table with no column widths prints the department's cell
// (426沧州临港经济技术开发区安全生产监督管理局) three characters a line down
// the first column, and 预算年度：2026 down the next, under the line that
// opens them (“426 预算年 单位：万元” over “沧州临 度：” over “港经济 202” …).
// Read as they stand, the pieces are header words, and the department is
// not found.
//
// wrappedMeta reads a lone meta line whose department cell, a code and
// a name (426沧州…局), and 预算年度 cell wrap onto the lines under it: each
// piece on those lines that starts near the department's column or the
// year's joins that cell; a line with any other piece ends the meta. The
// join is kept only where it makes a department after its code (Chinese
// only, ending as an office's name does) and, where the year wrapped, a
// whole 预算年度：20xx. n is how many lines it used.
func wrappedMeta(meta, next []sline) (cells []string, n int, ok bool) {
	if len(meta) != 1 {
		return nil, 0, false // a meta block of its own lines
	}
	toks := splitChunks(meta[0].raw, 1)
	y := -1 // the year's label
	for k, t := range toks {
		if strings.HasPrefix(t.text, "预算年") {
			y = k
			break
		}
	}
	if y < 1 || !allDigits(toks[0].text) {
		return nil, 0, false
	}
	dept, year := "", toks[y].text
	for _, t := range toks[:y] {
		dept += t.text
	}
lines:
	for _, l := range next {
		var d, yr string
		for _, t := range splitChunks(l.raw, 1) {
			switch {
			case t.s <= toks[0].s+metaReach && d == "" && yr == "":
				d = t.text
			case abs(t.s-toks[y].s) <= metaReach && yr == "":
				yr = t.text
			default:
				break lines // a piece of no meta cell: the header
			}
		}
		dept, year = dept+d, year+yr
		n++
	}
	if n == 0 || !reDeptWrapped.MatchString(dept) || year != toks[y].text && !reYearMeta.MatchString(year) {
		return nil, 0, false
	}
	cells = []string{dept, year}
	for _, t := range toks[y+1:] {
		cells = append(cells, t.text)
	}
	return cells, n, true
}

// metaReach: how far from its cell's column a piece may start (pdftotext
// shifts a line's columns by the width of its Chinese characters).
const metaReach = 3

// reDeptWrapped: a department after its code, nothing but Chinese, ending
// as an office's name does.
var reDeptWrapped = lazyregexp.New(`^\d{2,6}\p{Han}{4,40}(?:局|院|厅|委|办|会|部|处|中心|站|所|队|室|馆|校|政府|公司)$`)

// reYearMeta: the budget year's cell, whole.
var reYearMeta = lazyregexp.New(`^预算年度[:：]20\d\d$`)

// metaCells is the meta row of the cells wrappedMeta joined, as a Word
// table's meta row prints them (426沧州… | 预算年度：2026 | 单位：万元).
func metaCells(line int, cells []string) Row {
	out := make([]string, 0, len(cells))
	for _, c := range cells {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return Row{Line: line, Cells: out, Table: true}
}
