package parse

import (
	"math"
	"strings"
)

// dropRepeatedHeaders drops the header lines printed again inside the table
// (at the top of each page) and meta lines, and keeps apart only the pages
// that print the header again.
//
// A header line is found again as it was printed, or broken differently
// (“科目编码 科目名称 合计 扣除基建项目后预” on one line where the first page had
// two): a line before the page's first data line whose every cell is a
// piece of the header's text. A name wrapped over the page break is not
// (its words are the row's, not the header's), and stays.
//
// A page that prints the header again is a table of its own to pdftotext,
// laid out in columns of its own (重庆: the same figures two characters
// further left), and is laid out apart (layoutColumns); a page begun by a
// form feed alone (byFeed) that runs on without the header is read with the
// page before, unless its figures stand shifted off that page's columns
// (pageShifted: pdftotext laid it out afresh).
func dropRepeatedHeaders(header, data []sline, byFeed map[int]bool) []sline {
	var text strings.Builder
	for _, h := range header {
		text.WriteString(nospace(h.raw))
	}
	printedAgain := func(raw string) bool {
		for _, h := range header {
			if sameBlanksAside(raw, h.raw) {
				return true
			}
		}
		return false
	}
	head := text.String()
	headed := map[int]bool{} // pages that print the header again
	out := make([]sline, 0, len(data))
	page, top := -1, false
	if len(data) > 0 {
		page = data[0].page
	}
	for _, l := range data {
		if l.page != page {
			page, top = l.page, true
		}
		if top && isDataLine(l.chunks) {
			top = false
		}
		switch {
		case printedAgain(l.raw), top && head != "" && headerPieces(l.chunks, head):
			headed[l.page] = true
			continue
		case isMetaLine(l.chunks):
			continue
		}
		out = append(out, l)
	}
	// a page without the header again is read with the page before it,
	// unless its figures stand off that page's columns
	wide := displayAligned(out)
	edges := map[int][]int{} // per printed page, where its figures end
	for _, l := range out {
		edges[l.page] = append(edges[l.page], figureEdges(l, wide)...)
	}
	run, printed := -1, -1 // the page lines are read with, the page they are printed on
	runEdges := map[int]bool{}
	for i := range out {
		if p := out[i].page; p != printed {
			if printed < 0 || headed[p] || !byFeed[p] || pageShifted(runEdges, edges[p]) {
				run = p
				clear(runEdges)
			}
			for _, e := range edges[p] {
				runEdges[e] = true
			}
			printed = p
		}
		out[i].page = run
	}
	return out
}

// headerPieces: every cell of the line is found in the header's text.
func headerPieces(cs []chunk, head string) bool {
	for _, c := range cs {
		if !strings.Contains(head, nospace(c.text)) {
			return false
		}
	}
	return len(cs) > 0
}

// apartInTable keeps two columns of a later page apart when each lies on a
// different amount column of the table's first page: that page's header
// named them, and a page printed without the header has the same columns
// (a 支出总表 by functional × economic codes fills 基本支出 or 项目支出 on a
// row, never both, so its columns never share a line). Two columns near the
// same one of the table are a run shifted sideways, and merge.
func apartInTable(table []lcol) func(a, b lcol) bool {
	nearest := func(c lcol) int {
		best, bestD := -1, math.MaxFloat64
		for j, t := range table {
			if t.kind != c.kind {
				continue
			}
			if d := math.Abs(t.center() - c.center()); d < bestD {
				best, bestD = j, d
			}
		}
		if best >= 0 && gapTo(chunk{s: c.s, e: c.e}, table[best]) > 3 {
			return -1
		}
		return best
	}
	return func(a, b lcol) bool {
		if a.kind == kNum && b.kind == kNum && b.s-a.e >= 3 {
			// figures standing three blanks apart with no line bridging
			// them are two columns, wherever the page stands against the
			// table's first (西安应急管理局 2019: a last page, its names
			// narrower, prints 人员经费 and 公用经费 left of where the first
			// page had its 合计); a run shifted sideways moves a character
			// or two and touches the column it left
			return true
		}
		na, nb := nearest(a), nearest(b)
		return na >= 0 && nb >= 0 && na != nb
	}
}

// pageStartLines marks the decoded lines that begin a page: a form feed
// splits its source line in two, and the second part is a page's first line
// (decodeLines); nil when the text has no form feed.
func pageStartLines(lineOf []int) []bool {
	if lineOf == nil {
		return nil
	}
	starts := make([]bool, len(lineOf))
	for k := 1; k < len(lineOf); k++ {
		starts[k] = lineOf[k] == lineOf[k-1]
	}
	return starts
}
