package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"yusuan/internal/lazyregexp"

	"yusuan/prose"
)

// sline is a non-blank line of a table region.
type sline struct {
	no          int // 1-based source line
	raw         string
	chunks      []chunk // cells: runs of two blanks, amounts split off
	page        int     // page of the region the line is on
	blankBefore bool
}

// tableRows turns the lines of one table region (after its title) into
// grid rows: a meta row (department, unit), the header row, and the data
// rows, every row with one cell per column of the table.
func tableRows(lines []string, starts []bool, from, to int, title string) []Row {
	sl := make([]sline, 0, to-from)
	page, blank := 0, false
	numbered := false        // a page number ended the page: the form feed after it is the same break
	byFeed := map[int]bool{} // pages begun by a form feed alone
	for k := from; k < to; k++ {
		s := strings.TrimSpace(lines[k])
		if k < len(starts) && starts[k] {
			if !numbered {
				page++
				byFeed[page] = true
			}
			numbered = false
		}
		switch {
		case s == "":
			blank = true
			continue
		case prose.IsPageNumber(s) && !(k > from && wrappedCodePiece(lines[k-1], lines[k])):
			page++
			blank, numbered = true, true
			continue
		case formNo(s) != nil:
			continue
		case strings.Contains(s, "表") && continued(nospace(s)) == continued(title):
			continue // the title repeated on the next page
		case strings.HasSuffix(title, "）") && isTitlePiece(nospace(s), title):
			continue // a line of a wrapped title repeated on the next page
		}
		sl = append(sl, sline{no: k + 1, raw: lines[k], chunks: dataChunks(lines[k]), page: page, blankBefore: blank})
		blank, numbered = false, false
	}
	var rows []Row
	// meta lines come first
	m := 0
	for m < len(sl) && (isMetaLine(sl[m].chunks) || m > 0 && isDeptTail(sl[m-1], sl[m])) {
		m++
	}
	if cells, n, ok := wrappedMeta(sl[:m], sl[m:]); ok {
		rows = append(rows, metaCells(sl[0].no, cells))
		m += n
	} else if m > 0 {
		rows = append(rows, metaRow(sl[:m]))
	}
	rest := sl[m:]
	d := len(rest)
	for i, l := range rest {
		if isDataLine(l.chunks) {
			d = i
			break
		}
	}
	header, data := rest[:d], rest[d:]
	data = dropRepeatedHeaders(header, data, byFeed) // and meta lines inside the table
	wide := displayAligned(data)
	if wide {
		for i := range header {
			header[i].chunks = inDisplayCells(header[i].chunks)
		}
		for i := range data {
			data[i].chunks = inDisplayCells(data[i].chunks)
		}
	}
	lay, joined, ok := numberedGrid(header, data, wide) // a print that lost its header's spans (spaces_numberedgrid.go)
	if ok {
		data = joined
	} else {
		lay = layoutColumns(header, data, wide)
	}
	if len(lay.cols) == 0 {
		return rows
	}
	head, body := slideAmountLabels(headerRows(lay), joinTailsUnderHeads(dataRows(data, lay.place, len(lay.cols))))
	rows = append(rows, head...)
	rows = append(rows, body...)
	return rows
}

// isDataLine: a line with an amount, a classification code first, or a
// total label with only figures after it.
func isDataLine(cs []chunk) bool {
	if len(cs) == 0 {
		return false
	}
	if hasMoney(cs) || isCodeText(cs[0].text) || numbered(cs[0].text) {
		return true
	}
	if !isTotalLabel(cs[0].text) {
		return false
	}
	for _, c := range cs[1:] {
		if !isNumChunk(c.text) {
			return false
		}
	}
	return true
}

// isDeptTail: the last characters of a department name wrapped alone onto
// the next line (部门名称：江苏省高级人民法 / 院).
func isDeptTail(prev, l sline) bool {
	if len(l.chunks) != 1 || l.chunks[0].s > 3 || utf8.RuneCountInString(l.chunks[0].text) > 3 || !hasHan(l.chunks[0].text) {
		return false
	}
	for _, c := range prev.chunks {
		t := nospace(c.text)
		if lab := labelOf(t); lab != "" {
			name := strings.TrimLeft(strings.TrimPrefix(t, lab), "：:")
			return name != "" && !reDeptEnd.MatchString(name)
		}
	}
	return false
}

var reDeptEnd = lazyregexp.New(`(?:局|院|厅|委|会|办|室|部|处|中心|站|所|队|馆|校|政府|公司)$`)

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

var deptLabels = []string{"部门名称", "单位名称", "编制单位", "编制部门", "部门（单位）", "部门(单位)", "部门"}

// metaRow folds the meta lines into one row: the department (rejoined when
// the name wraps or stands on the line under its label) and the unit
// (rejoined when “单位：万” and “元” are printed on two lines).
func metaRow(ls []sline) Row {
	var dept, unit, label string
	deptOpen, unitOpen := false, false
	for li, l := range ls {
		for ci, c := range l.chunks {
			t := nospace(c.text)
			switch {
			case strings.HasPrefix(t, "单位：") || strings.HasPrefix(t, "单位:") || strings.HasPrefix(t, "金额单位"):
				unit = t
				unitOpen = !strings.HasSuffix(t, "元")
			case labelOf(t) != "":
				label = labelOf(t)
				dept = strings.TrimLeft(strings.TrimPrefix(t, label), "：:")
				deptOpen = true
			case unitOpen && (t == "元" || t == "万元"):
				unit += t
				unitOpen = false
			case deptOpen && (dept == "" || li > 0 && ci == 0 && utf8.RuneCountInString(t) <= 3):
				dept += t // the name under its label, or its wrapped last characters
			}
		}
	}
	var cells []string
	if label != "" {
		cells = append(cells, label+"："+dept)
	}
	if unit != "" {
		cells = append(cells, unit)
	}
	return Row{Line: ls[0].no, Cells: cells, Table: true}
}

func labelOf(t string) string {
	for _, l := range deptLabels {
		if strings.HasPrefix(t, l+"：") || strings.HasPrefix(t, l+":") {
			return l
		}
	}
	return ""
}
