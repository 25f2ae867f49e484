package parse

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// The spaces layout is `pdftotext -layout` output: every page laid out on a
// character grid, columns aligned by runs of spaces, page numbers at the foot
// of each page (form feeds are line breaks by now). Running text becomes one
// text row per line; a table title starts a region that runs to the next
// title, note, part heading or paragraph, and the region is cut into columns
// from the positions of its cells (see spaces_table.go).

var (
	// a page number alone on its line: 12, - 2 -, ─ 1 ─
	rePageNo = regexp.MustCompile(`^[-─—–－\s]*\d{1,3}[-─—–－\s]*$`)
	// a form number, optionally followed by the title: 公开 01 表, 公开表九, 表一, 公开 01 表：收支预算总表
	reFormNo = regexp.MustCompile(`^(?:公开\s*(?:\d+|[一二三四五六七八九十]+)\s*表|公开表\s*(?:\d+|[一二三四五六七八九十]+)|表\s*(?:\d+|[一二三四五六七八九十]+))\s*(?:[:：]\s*(.*))?$`)
	rePart   = regexp.MustCompile(`^第[一二三四五六七八九十]+部分`)
)

// readSpaces reads `pdftotext -layout` text into the grid.
func readSpaces(lines []string) []Row {
	rows := make([]Row, 0, len(lines))
	for i := 0; i < len(lines); {
		if title, next, ok := spacesTitle(lines, i); ok {
			end := regionEnd(lines, next, title)
			rows = append(rows, Row{Line: i + 1, Cells: []string{title}})
			rows = append(rows, tableRows(lines, next, end)...)
			i = end
			continue
		}
		t := strings.TrimSpace(lines[i])
		switch {
		case t == "", rePageNo.MatchString(t):
		case reFormNo.MatchString(t):
			if m := reFormNo.FindStringSubmatch(t); m[1] != "" {
				rows = append(rows, Row{Line: i + 1, Cells: []string{collapse(m[1])}})
			}
		default:
			rows = append(rows, Row{Line: i + 1, Cells: []string{collapse(t)}})
		}
		i++
	}
	return rows
}

// titleText returns a line's text as a title candidate: blanks removed and
// a form number before it dropped; "" for a bare form number.
func titleText(line string) string {
	t := strings.TrimSpace(line)
	if m := reFormNo.FindStringSubmatch(t); m != nil {
		t = m[1]
	}
	return nospace(t)
}

// spacesTitle reports whether line i is a table title (possibly wrapped onto
// a short second line) with a table under it, as opposed to a contents entry.
func spacesTitle(lines []string, i int) (title string, next int, ok bool) {
	t := titleText(lines[i])
	if t == "" || utf8.RuneCountInString(t) > 60 {
		return "", 0, false
	}
	next = i + 1
	if tableKind(t) == "" {
		if next >= len(lines) {
			return "", 0, false
		}
		tail := splitChunks(lines[next], 2)
		if len(tail) != 1 || utf8.RuneCountInString(tail[0].text) > 10 || tableKind(t+nospace(tail[0].text)) == "" {
			return "", 0, false
		}
		t, next = t+nospace(tail[0].text), next+1
	}
	// what follows: a table (meta, several cells, amounts), not the next
	// contents entry, a part heading or prose
	for k := next; k < len(lines) && k < next+12; k++ {
		s := strings.TrimSpace(lines[k])
		if s == "" || rePageNo.MatchString(s) {
			continue
		}
		if m := reFormNo.FindStringSubmatch(s); m != nil && m[1] == "" {
			continue
		}
		if rePart.MatchString(s) || isProse(s) || tableKind(titleText(s)) != "" || isTOCEntry(Row{Cells: []string{collapse(s)}}) {
			return "", 0, false
		}
		cs := dataChunks(lines[k])
		return t, next, len(cs) >= 2 || isMetaLine(cs) || hasMoney(cs)
	}
	return "", 0, false
}

// regionEnd finds where the table that starts at line from ends: at the
// next table's title or form number, a note, a part heading or a paragraph
// of running text. A title repeated on the next page does not end it.
func regionEnd(lines []string, from int, title string) int {
	for k := from; k < len(lines); k++ {
		s := strings.TrimSpace(lines[k])
		if s == "" || rePageNo.MatchString(s) {
			continue
		}
		if titleText(s) == title {
			continue
		}
		if m := reFormNo.FindStringSubmatch(s); m != nil {
			if m[1] == "" && k < from+3 {
				continue // 公开表九 under its title
			}
			return k
		}
		if _, _, ok := spacesTitle(lines, k); ok {
			return k
		}
		if rePart.MatchString(s) || isNote(s) || isEmptyNote(s) || isProse(s) {
			return k
		}
	}
	return len(lines)
}

// isProse: a line of running text, not a table cell.
func isProse(s string) bool {
	s = collapse(s)
	return utf8.RuneCountInString(s) >= 20 && strings.ContainsAny(s, "，。；") && len(splitChunks(s, 2)) == 1
}

// metaPrefixes open the lines between a title and its table.
var metaPrefixes = []string{"部门名称", "部门：", "部门:", "单位名称", "编制单位", "编制部门", "单位：", "单位:", "金额单位", "预算年度"}

func isMetaChunk(s string) bool {
	s = nospace(s)
	for _, p := range metaPrefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func isMetaLine(cs []chunk) bool {
	for _, c := range cs {
		if isMetaChunk(c.text) {
			return true
		}
	}
	return false
}

func hasMoney(cs []chunk) bool {
	for _, c := range cs {
		if isMoneyCell(c.text) {
			return true
		}
	}
	return false
}
