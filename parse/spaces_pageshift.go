package parse

// maxPageShift is how far (in characters) a page's figures are looked for
// off the columns of the page before.
const maxPageShift = 40

// pageShifted: the figures of a page printed without the header stand off
// the columns of the pages it would be read with (before: the right edges of
// their figures). Figures are right-aligned, so a page that continues the
// columns ends its figures where they ended (give or take the character
// pdftotext rounds to); a page that pdftotext laid out afresh ends them all
// some characters further over (北京 支出总表: 合计 at 83 where the pages
// before ended it at 71, under their 基本支出). Read with those pages, its
// figures would bridge their columns and glue them into one; it is laid out
// on its own instead, as a page that prints the header again is. A page
// where no shift lines up more figures than none does continues the columns.
func pageShifted(before map[int]bool, page []int) bool {
	if len(before) == 0 || len(page) == 0 {
		return false
	}
	matches := func(d int) int {
		n := 0
		for _, e := range page {
			if before[e+d] || before[e+d-1] || before[e+d+1] {
				n++
			}
		}
		return n
	}
	still := matches(0)
	for d := 2; d <= maxPageShift; d++ {
		for _, m := range []int{matches(d), matches(-d)} {
			if m > still && 2*m > len(page) {
				return true // most of the page's figures line up, shifted
			}
		}
	}
	return false
}

// figureEdges lists where the figures of a line end: in display cells for
// a table aligned in them (displayAligned), else in characters.
func figureEdges(l sline, wide bool) []int {
	var out []int
	for _, c := range l.chunks {
		if isMoneyText(c.text) {
			if wide {
				out = append(out, c.de)
			} else {
				out = append(out, c.e)
			}
		}
	}
	return out
}
