package parse

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// cellSpan is where a cell of a row starts and how many columns it spans.
type cellSpan struct{ col, n int }

// headerGap is how many free columns a header row leaves blank on its left.
// LibreOffice's HTML of a Word table drops the rowspan of a merged cell at
// a row's start; the row's words then slide one column left, from under the
// group label above them (2023年预算数 over 合计, 人员经费, 公用经费) towards
// the name column. Where a header row (before the first row with a figure)
// under a row span fills fewer columns than the table has, and the row
// above has a cell spanning exactly as many free columns as the row has
// cells, the row is laid under that cell, as header words stand over their
// figures. Any other row keeps the browser's order (0).
func headerGap(tr *html.Node, covered []int, width int, above []cellSpan) int {
	isFree := func(c int) bool { return c >= len(covered) || covered[c] == 0 }
	free, spanned := 0, false
	for c := 0; c < width; c++ {
		if isFree(c) {
			free++
		} else {
			spanned = true
		}
	}
	used := 0
	for td := tr.FirstChild; td != nil; td = td.NextSibling {
		if td.Type == html.ElementNode && (td.DataAtom == atom.Td || td.DataAtom == atom.Th) {
			used += spanAttr(td, "colspan", maxColspan)
		}
	}
	if !spanned || used < 2 || used >= free {
		return 0
	}
	for _, a := range above {
		if a.n != used || a.col+a.n > width {
			continue
		}
		fits := true
		for c := a.col; c < a.col+a.n; c++ {
			fits = fits && isFree(c)
		}
		if !fits {
			continue
		}
		gap := 0
		for c := 0; c < a.col; c++ {
			if isFree(c) {
				gap++
			}
		}
		return gap
	}
	return 0
}

// gridWidth is the number of columns of the table: the widest row, its
// column spans and the rows spanned into it from above counted.
func gridWidth(trs []*html.Node) int {
	var covered []int
	width := 0
	for _, tr := range trs {
		col := 0
		skipCovered := func() {
			for col < len(covered) && covered[col] > 0 {
				covered[col]--
				col++
			}
		}
		for td := tr.FirstChild; td != nil; td = td.NextSibling {
			if td.Type != html.ElementNode || td.DataAtom != atom.Td && td.DataAtom != atom.Th {
				continue
			}
			skipCovered()
			cs, rs := spanAttr(td, "colspan", maxColspan), spanAttr(td, "rowspan", maxRowspan)
			for k := 0; k < cs && col < maxColumns; k++ {
				for len(covered) <= col {
					covered = append(covered, 0)
				}
				covered[col] = rs - 1
				col++
			}
		}
		for c := col; c < len(covered); c++ {
			if covered[c] > 0 {
				covered[c]--
				col = c + 1
			}
		}
		width = max(width, col)
	}
	return width
}

// firstFigureRow is the index of the first row holding a figure, len(trs)
// where none does.
func firstFigureRow(trs []*html.Node) int {
	for i, tr := range trs {
		for td := tr.FirstChild; td != nil; td = td.NextSibling {
			if td.Type == html.ElementNode && (td.DataAtom == atom.Td || td.DataAtom == atom.Th) && isMoneyText(htmlCellText(td)) {
				return i
			}
		}
	}
	return len(trs)
}
