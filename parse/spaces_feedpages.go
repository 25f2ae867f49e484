package parse

// continuedByFeed keeps, of the pages begun by a form feed alone (byFeed),
// those whose figures stand where the page before printed its own: pdftotext
// laid such a page out like the one before, and it is read with it. A page
// whose figures end elsewhere (西安 人社局's 经济分类 table: the last rows
// of a page one character left of its figures, the next page's ten
// characters further left, without the header) was laid out afresh by
// pdftotext and is laid out apart, as a page that prints the header again is:
// read with the page before, its figures would fall two to a column.
func continuedByFeed(data []sline, byFeed map[int]bool) map[int]bool {
	if len(byFeed) == 0 {
		return byFeed
	}
	ends := map[int][]sline{} // the lines of each page
	var pages []int
	for _, l := range data {
		if _, ok := ends[l.page]; !ok {
			pages = append(pages, l.page)
		}
		ends[l.page] = append(ends[l.page], l)
	}
	out := make(map[int]bool, len(byFeed))
	for k, p := range pages {
		if !byFeed[p] {
			continue
		}
		if k == 0 || figuresAligned(ends[pages[k-1]], ends[p]) {
			out[p] = true
		}
	}
	return out
}

// figuresAligned: most figures of the page end where a figure of the page
// before ends (within one character), counted in characters or in display
// cells, whichever pdftotext used. A page with no figure continues.
func figuresAligned(before, page []sline) bool {
	end := func(c chunk, display bool) int {
		if display {
			return c.de
		}
		return c.e
	}
	for _, display := range []bool{false, true} {
		prev := map[int]bool{}
		for _, l := range before {
			for _, c := range l.chunks {
				if isMoneyText(c.text) {
					prev[end(c, display)] = true
				}
			}
		}
		hit, n := 0, 0
		for _, l := range page {
			for _, c := range l.chunks {
				if isMoneyText(c.text) {
					n++
					if e := end(c, display); prev[e] || prev[e-1] || prev[e+1] {
						hit++
					}
				}
			}
		}
		if n == 0 || len(prev) == 0 || 2*hit >= n {
			return true
		}
	}
	return false
}
