package tui

import (
	"fmt"
	"strconv"
	"strings"

	"yusuan/league"
	"yusuan/model"
)

// leagueLine is a row formatted once, when the rows are grouped: drawing
// and sorting never format a figure again.
type leagueLine struct {
	row   *league.Row
	key   string // the department, to keep the cursor on it across regroupings
	dept  string
	cells [league.NumColumns]string // the figures, in column order (the department's cell unused)
	mark  string
}

func newLeagueLine(c *uiContext, lt *leagueText, r *league.Row) *leagueLine {
	ln := &leagueLine{row: r, dept: cell(oneLine(r.Department)), key: r.Department}
	if r.Failed {
		ln.key = "\x00" + r.Docs[0].Path
		ln.mark = "x"
		ln.cells[league.ColYear] = lt.Unreadable
		ln.cells[league.ColExpenditure] = cell(oneLine(r.Docs[0].Err))
		return ln
	}
	s := r.Latest
	none := lt.NoPrevious
	ln.cells[league.ColYear] = strconv.Itoa(s.Year)
	if s.Kind == model.Final {
		ln.cells[league.ColYear] += kindName(c, s.Kind)
	}
	ln.cells[league.ColExpenditure] = s.Expenditure.Grouped()
	ln.cells[league.ColChange] = signedOr(r.Change, none)
	ln.cells[league.ColChangePct] = pctOr(r.ChangePct(), none)
	ln.cells[league.ColThreePublic] = none
	if s.HasThreePublic {
		ln.cells[league.ColThreePublic] = s.ThreePublic.Grouped()
	}
	ln.cells[league.ColThreePublicChange] = signedOr(r.ThreePublicChange, none)
	ln.cells[league.ColErrors] = strconv.Itoa(s.Errors())
	ln.cells[league.ColWarnings] = strconv.Itoa(s.Warnings())
	ln.cells[league.ColDoubt] = strconv.Itoa(s.Doubt())
	ln.cells[league.ColDocs] = strconv.Itoa(len(r.Docs))
	switch {
	case s.Errors() > 0:
		ln.mark = "!"
	case s.Doubt() > 0:
		ln.mark = "?"
	default:
		ln.mark = " "
	}
	return ln
}

// signedOr is a change with its sign (+/−, never colour alone), or none.
func signedOr(change func() (model.Money, bool), none string) string {
	d, ok := change()
	if !ok {
		return none
	}
	if d.Sign() > 0 {
		return "+" + d.Grouped()
	}
	return d.Grouped()
}

func pctOr(p, none string) string {
	switch {
	case p == "":
		return none
	case !strings.HasPrefix(p, "-"):
		return "+" + p + "%"
	}
	return p + "%"
}

// totalsLine formats the totals row as a line.
func (l *League) totalsLine() *leagueLine {
	t, none := l.total, l.lt.NoPrevious
	ln := &leagueLine{dept: l.lt.Totals, mark: " "}
	ln.cells[league.ColExpenditure] = t.Expenditure.Grouped()
	ln.cells[league.ColChange] = signedOr(func() (model.Money, bool) { return t.Change, t.HasChange }, none)
	ln.cells[league.ColChangePct] = pctOr(t.ChangePct(), none)
	ln.cells[league.ColThreePublic] = t.ThreePublic.Grouped()
	ln.cells[league.ColThreePublicChange] = signedOr(func() (model.Money, bool) { return t.ThreePublicChange, t.HasThreePublicChange }, none)
	ln.cells[league.ColErrors] = strconv.Itoa(t.Counts[0])
	ln.cells[league.ColWarnings] = strconv.Itoa(t.Counts[1])
	ln.cells[league.ColDoubt] = strconv.Itoa(t.Counts[3])
	ln.cells[league.ColDocs] = strconv.Itoa(t.Docs)
	return ln
}

// leagueDrop is the order in which columns give way on a narrow terminal;
// the department, the total, its change in percent and the findings stay.
var leagueDrop = []league.Column{league.ColDocs, league.ColThreePublicChange, league.ColChange,
	league.ColThreePublic, league.ColDoubt, league.ColYear}

// widths measures the columns over every line and the totals, and fits them
// into w: columns give way (leagueDrop) before the department is cut below
// 12 columns. A width of 0 hides a column.
func (l *League) widths(w int, tot *leagueLine) (dept int, cols [league.NumColumns]int) {
	dept = widthOf(l.lt.Cols[1])
	for i := league.ColYear; i < league.NumColumns; i++ {
		cols[i] = widthOf(l.lt.Cols[1+i])
	}
	for _, ln := range append(l.lines, tot) {
		dept = max(dept, widthOf(ln.dept))
		if ln.row != nil && ln.row.Failed {
			continue // the reason spans the figures
		}
		for i := league.ColYear; i < league.NumColumns; i++ {
			cols[i] = max(cols[i], widthOf(ln.cells[i]))
		}
	}
	used := func() int {
		n := prefixW
		for _, c := range cols {
			if c > 0 {
				n += c + 1
			}
		}
		return n
	}
	for _, c := range leagueDrop {
		if used()+min(dept, 12) <= w {
			break
		}
		cols[c] = 0
	}
	return max(1, min(dept, w-used())), cols
}

// listH is the lines of the list: all but title, header, totals, status, help.
func (l *League) listRows() int { return max(1, l.ctx.height-5) }

// scroll keeps the cursor inside the visible rows.
func (l *League) scroll() {
	h := l.listRows()
	if l.cursor < l.offset {
		l.offset = l.cursor
	}
	if l.cursor >= l.offset+h {
		l.offset = l.cursor - h + 1
	}
	l.offset = clamp(l.offset, 0, max(0, len(l.lines)-h))
}

func (l *League) render() string {
	c := l.ctx
	w, h := c.width, c.height
	if w <= 0 || h <= 0 {
		return ""
	}
	if w < minWidth || h < minHeight {
		return fit(cell(fmt.Sprintf(c.tx.TooSmall, minWidth, minHeight)), w)
	}
	lines := []string{l.titleLine(w)}
	if l.showHelp {
		lines = append(lines, helpScreen(c, l.help, l.keys, l.lt.Legend, w, h-3))
	} else {
		tot := l.totalsLine()
		dept, cols := l.widths(w, tot)
		lines = append(lines, c.st.colHead.Render(fit(l.headLine(dept, cols), w)))
		end := min(len(l.lines), l.offset+l.listRows())
		for i := l.offset; i < end; i++ {
			ln := l.lines[i]
			row := fit(l.rowLine(ln, dept, cols, i == l.cursor), w)
			switch {
			case i == l.cursor:
				row = c.st.selected.Render(row)
			case ln.row.Failed:
				row = c.st.warn.Render(row)
			}
			lines = append(lines, row)
		}
		if len(l.lines) == 0 {
			lines = append(lines, fit("   "+c.tx.Empty, w))
		}
		for len(lines) < h-3 {
			lines = append(lines, strings.Repeat(" ", w))
		}
		lines = append(lines, c.st.colHead.Render(fit(l.rowLine(tot, dept, cols, false), w)))
	}
	lines = append(lines, l.statusLine(w))
	hm := l.help
	hm.SetWidth(w)
	lines = append(lines, fit(hm.ShortHelpView(l.keys.ShortHelp()), w))
	return strings.Join(lines[:min(len(lines), h)], "\n")
}

// titleLine names the folder, counts departments and documents, and while
// the folder is read shows how far with a bar.
func (l *League) titleLine(w int) string {
	lt := l.lt
	parts := []string{fmt.Sprintf(lt.Title, cell(oneLine(l.dir))), fmt.Sprintf(lt.Depts, l.total.Departments),
		fmt.Sprintf(lt.Docs, l.total.Docs)}
	if l.total.Failed > 0 {
		parts = append(parts, fmt.Sprintf(lt.Failed, l.total.Failed))
	}
	if r := l.reading; r != nil {
		done, total := r.Done(), max(1, r.Total)
		const barW = 20
		full := barW * done / total
		bar := strings.Repeat(l.ctx.g.barFull, full) + strings.Repeat("-", barW-full)
		parts = append(parts, fmt.Sprintf(lt.Reading, done, r.Total)+" ["+bar+"]")
	}
	return l.ctx.st.header.Render(fit(strings.Join(parts, "  "), w))
}

func (l *League) headLine(dept int, cols [league.NumColumns]int) string {
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", prefixW))
	b.WriteString(fit(l.lt.Cols[1], dept))
	for i := league.ColYear; i < league.NumColumns; i++ {
		if cols[i] > 0 {
			b.WriteString(" " + fitLeft(l.lt.Cols[1+i], cols[i]))
		}
	}
	return b.String()
}

// rowLine is one department (or the totals); an unreadable file shows its
// reason across the figures.
func (l *League) rowLine(ln *leagueLine, dept int, cols [league.NumColumns]int, sel bool) string {
	var b strings.Builder
	switch {
	case sel:
		b.WriteString(l.ctx.g.cursor)
	default:
		b.WriteString(" ")
	}
	mark := ln.mark
	if ln.row != nil && l.isMarked(ln.row) {
		mark = "*"
	}
	b.WriteString(mark + " ")
	b.WriteString(fit(ln.dept, dept))
	if ln.row != nil && ln.row.Failed {
		span := -1
		for _, c := range cols {
			if c > 0 {
				span += c + 1
			}
		}
		b.WriteString(" " + fit(ln.cells[league.ColYear]+" "+ln.cells[league.ColExpenditure], span))
		return b.String()
	}
	for i := league.ColYear; i < league.NumColumns; i++ {
		if cols[i] > 0 {
			b.WriteString(" " + fitLeft(ln.cells[i], cols[i]))
		}
	}
	return b.String()
}

// statusLine shows the sort, the position, the marks and a message.
func (l *League) statusLine(w int) string {
	c := l.ctx
	dir := c.g.down
	if (l.by == league.ColDepartment) != l.reverse {
		dir = c.g.up
	}
	parts := []string{c.tx.Sort + ": " + l.lt.Cols[1+l.by] + " " + dir}
	if n := len(l.lines); n > 0 {
		parts = append(parts, fmt.Sprintf("%d/%d", l.cursor+1, n))
	}
	if len(l.marked) > 0 && l.msg == "" {
		parts = append(parts, fmt.Sprintf(l.lt.Marked, len(l.marked)))
	}
	if l.msg != "" {
		parts = append(parts, cell(l.msg))
	}
	return c.st.status.Render(fit(strings.Join(parts, "  |  "), w))
}
