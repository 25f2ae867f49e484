package parse

import (
	"strings"
	"unicode/utf8"
	"yusuan/internal/lazyregexp"

	"yusuan/prose"
)

// The spaces layout is `pdftotext -layout` output: every page laid out on a
// character grid, columns aligned by runs of spaces, page numbers at the foot
// of each page (form feeds are line breaks by now). Running text becomes one
// text row per line; a table title starts a region that runs to the next
// title, note, part heading or paragraph, and the region is cut into columns
// from the positions of its cells (see spaces_table.go).

var (
	// a form number, optionally followed by the title: 公开 01 表, 公开表九, 表一, 公开 01 表：收支预算总表
	reFormNo = lazyregexp.New(`^(?:公开\s*(?:\d+|[一二三四五六七八九十]+)\s*表|公开表\s*(?:\d+|[一二三四五六七八九十]+)|表\s*(?:\d+|[一二三四五六七八九十]+))\s*(?:[:：]\s*(.*))?$`)
	rePart   = lazyregexp.New(`^第[一二三四五六七八九十]+部分`)
)

// readSpaces reads `pdftotext -layout` text into the grid.
func readSpaces(lines []string) []Row { return readSpacesPaged(lines, nil) }

// readSpacesPaged is readSpaces knowing where pages begin (starts[k]: line k
// is the first of a page, after a form feed), so that each page of a table
// is laid out in its own columns, as pdftotext laid it out.
func readSpacesPaged(lines []string, starts []bool) []Row {
	lines = joinFiguresOverPages(joinWrappedFigures(joinWrappedTokens(joinBrokenFigures(joinDiagonalFigures(lines)))), starts)
	sp := newSpaceLines(lines)
	// The text between tables is read here; each table's region is read by
	// tableRows from the lines alone, on as many goroutines as there are
	// processors, and put back in its place.
	var (
		pieces  [][]Row // text rows up to a table, then up to the next
		regions []spaceRegion
		rows    = make([]Row, 0, len(lines))
	)
	for i := 0; i < len(lines); {
		if title, next, ok := sp.title(i); ok {
			end := sp.regionEnd(next, title)
			rows = append(rows, Row{Line: i + 1, Cells: []string{title}})
			pieces = append(pieces, rows)
			rows = nil
			regions = append(regions, spaceRegion{from: next, to: end, title: title})
			i = end
			continue
		}
		l := sp.at(i)
		switch {
		case l.trim == "", l.page:
		case l.form:
			if l.formTitle != "" {
				rows = append(rows, Row{Line: i + 1, Cells: []string{collapse(l.formTitle)}})
			}
		default:
			rows = append(rows, Row{Line: i + 1, Cells: []string{collapse(l.trim)}})
		}
		i++
	}
	if len(regions) == 0 {
		return rows
	}
	readRegions(lines, starts, regions)
	out := pieces[0]
	for k, r := range regions {
		out = append(out, r.rows...)
		if k+1 < len(pieces) {
			out = append(out, pieces[k+1]...)
		}
	}
	return append(out, rows...)
}

// spaceRegion is a table's lines [from, to) under its title, and its rows once read.
type spaceRegion struct {
	from, to int
	title    string
	rows     []Row
}

// readRegions reads every region's rows, aside.
func readRegions(lines []string, starts []bool, regions []spaceRegion) {
	eachAside(len(regions), func(k int) {
		r := &regions[k]
		r.rows = tableRows(lines, starts, r.from, r.to, r.title)
	})
}

// lineInfo is what the scan needs to know of a line, worked out once.
type lineInfo struct {
	trim      string
	page      bool   // a page number
	form      bool   // a form number (公开 01 表), maybe with the title after it
	formTitle string // the title after a form number
	title     string // the text as a title candidate: blanks and form number removed
	kind      bool   // title names a table
}

type spaceLines struct {
	raw  []string
	info []lineInfo
	done []bool
}

// formNo matches a form number (公开01表, 表3：…); the quick test first,
// since every line naming a table is asked.
func formNo(s string) []string {
	if !strings.HasPrefix(s, "公开") && !strings.HasPrefix(s, "表") {
		return nil
	}
	return reFormNo.FindStringSubmatch(s)
}

func newSpaceLines(lines []string) *spaceLines {
	return &spaceLines{raw: lines, info: make([]lineInfo, len(lines)), done: make([]bool, len(lines))}
}

func (sp *spaceLines) at(i int) *lineInfo {
	l := &sp.info[i]
	if sp.done[i] {
		return l
	}
	sp.done[i] = true
	l.trim = strings.TrimSpace(sp.raw[i])
	if l.trim == "" {
		return l
	}
	l.page = len(l.trim) <= 16 && prose.IsPageNumber(l.trim)
	t := l.trim
	if strings.Contains(t, "表") {
		if m := formNo(t); m != nil {
			l.form, l.formTitle, t = true, m[1], m[1]
		}
		// only a line naming a table (…表) can be or repeat a title; the
		// first line of a wrapped title is seen in title()
		l.title = nospace(t)
		l.kind = tableKind(l.title) != ""
	}
	return l
}

// title reports whether line i is a table title (possibly wrapped onto a
// short second line) with a table under it, as opposed to a contents entry.
func (sp *spaceLines) title(i int) (title string, next int, ok bool) {
	l := sp.at(i)
	t := l.title
	next = i + 1
	if !l.kind {
		if l.trim == "" || l.page || l.form && l.formTitle == "" || next >= len(sp.raw) ||
			!strings.Contains(sp.raw[next], "表") && !closesBracket(l.trim, sp.raw[next]) {
			return "", 0, false
		}
		if t == "" {
			t = nospace(l.trim)
		}
		tail := splitChunks(sp.raw[next], 2)
		short := 10 // a title's tail is short, longer inside a bracket it closes
		if closesBracket(l.trim, sp.raw[next]) {
			short = 16
		}
		if len(tail) != 1 || utf8.RuneCountInString(tail[0].text) > short || tableKind(t+nospace(tail[0].text)) == "" {
			return "", 0, false
		}
		t, next = t+nospace(tail[0].text), next+1
	}
	if sub, ok := bracketSubtitle(t, sp.raw, next); ok {
		t, next = t+sub, next+1
	}
	if utf8.RuneCountInString(t) > 60 {
		return "", 0, false
	}
	// what follows: a table (meta, several cells, amounts), not the next
	// contents entry, a part heading or prose
	for k := next; k < len(sp.raw) && k < next+12; k++ {
		n := sp.at(k)
		if n.trim == "" || n.page || n.form && n.formTitle == "" {
			continue
		}
		if rePart.MatchString(n.trim) || isProse(n.trim) || n.kind || isTOCEntry(Row{Cells: []string{collapse(n.trim)}}) {
			return "", 0, false
		}
		cs := dataChunks(sp.raw[k])
		return t, next, len(cs) >= 2 || isMetaLine(cs) || hasMoney(cs)
	}
	return "", 0, false
}

// regionEnd finds where the table that starts at line from ends: at the
// next table's title or form number, a note, a part heading or a paragraph
// of running text. A title repeated on the next page does not end it.
func (sp *spaceLines) regionEnd(from int, title string) int {
	for k := from; k < len(sp.raw); k++ {
		l := sp.at(k)
		if l.trim == "" || l.page || l.title != "" && continued(l.title) == continued(title) {
			continue // the title again on the next page, maybe with （续）
		}
		if l.form {
			if l.formTitle == "" && (k < from+3 || sp.sameTitleFollows(k, title)) {
				continue // 公开表九 under its title, or above it again on the next page
			}
			return k
		}
		if l.kind || k+1 < len(sp.raw) && (strings.Contains(sp.raw[k+1], "表") || closesBracket(l.trim, sp.raw[k+1])) {
			if t, next, ok := sp.title(k); ok && continued(t) == continued(title) {
				k = next - 1 // the wrapped title again on the next page
				continue
			} else if ok {
				return k
			}
		}
		// a note, also one whose 注 pdftotext lost (“：“科目编码”和…”)
		if rePart.MatchString(l.trim) || isNote(l.trim) || strings.HasPrefix(l.trim, "：") ||
			mayBeEmptyNote(l.trim) && isEmptyNote(l.trim) || isProse(l.trim) {
			return k
		}
	}
	return len(sp.raw)
}

// sameTitleFollows: the title is printed again within a few lines after k
// (a form number heads each page of a table continued over pages).
func (sp *spaceLines) sameTitleFollows(k int, title string) bool {
	for j := k + 1; j < len(sp.raw) && j <= k+4; j++ {
		if l := sp.at(j); l.title != "" {
			if t, _, ok := sp.title(j); ok && t != l.title {
				return continued(t) == continued(title) // wrapped over two lines
			}
			return continued(l.title) == continued(title)
		}
	}
	return false
}

// continued strips the marks of a table continued on the next page:
// 财政拨款支出预算表（续）, 续表.
func continued(title string) string {
	for _, m := range []string{"（续）", "(续)", "续表", "（续表）", "(续表)"} {
		title = strings.TrimSuffix(strings.TrimPrefix(title, m), m)
	}
	return title
}

// mayBeEmptyNote is a quick test before isEmptyNote: each of its phrases
// says 无, 空, 没有 or 未安排.
func mayBeEmptyNote(s string) bool {
	return strings.Contains(s, "无") || strings.Contains(s, "空") || strings.Contains(s, "没有") || strings.Contains(s, "未安排")
}

// isProse: a line of running text, not a table cell.
func isProse(s string) bool {
	if !strings.Contains(s, "，") && !strings.Contains(s, "。") && !strings.Contains(s, "；") {
		return false
	}
	s = collapse(s)
	return utf8.RuneCountInString(s) >= 20 && len(splitChunks(s, 2)) == 1
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
		if isMoneyText(c.text) {
			return true
		}
	}
	return false
}
