package tui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// folderMeasures are the widest value of each folder column, headers
// included, measured once: the rows never change.
type folderMeasures struct {
	name, year, kind, count, file int
	amt                           [4]int
}

func measureFolder(tx *text, rows []*folderRow) folderMeasures {
	f := tx.F
	m := folderMeasures{name: widthOf(f.ColDept), year: widthOf(f.ColYear), kind: widthOf(f.ColKind),
		count: widthOf(f.ColCounts), file: widthOf(f.ColFile)}
	for i, h := range folderAmountHeads(tx) {
		m.amt[i] = widthOf(h)
	}
	for _, r := range rows {
		name := r.dept
		if r.failed {
			name = f.Unreadable
		}
		m.name = max(m.name, widthOf(name))
		m.year = max(m.year, widthOf(r.year))
		m.kind = max(m.kind, widthOf(r.kind))
		m.count = max(m.count, widthOf(r.count))
		m.file = max(m.file, widthOf(r.file))
		for i, a := range r.amts {
			m.amt[i] = max(m.amt[i], widthOf(a))
		}
	}
	return m
}

func folderAmountHeads(tx *text) [4]string {
	return [4]string{tx.F.ColIncome, tx.F.ColExpend, tx.ColBasic, tx.ColProject}
}

// folderLayout is the widths the list is drawn with at one terminal width.
type folderLayout struct {
	name, file int
	amt        [4]bool // which amount columns are shown
}

// folderLayout fits the columns into w: the 收入合计 (a budget's income
// equals its expenditure), 项目支出 and 基本支出 columns go, in that order,
// before the department is cut below 16 columns or the file below 24; 支出合计
// always stays.
func (f *Folder) layout(w int) folderLayout {
	m := f.meas
	lay := folderLayout{amt: [4]bool{true, true, true, true}}
	fixed := prefixW + 1 + m.year + 1 + m.kind + 1 + m.count
	amts := func() int {
		t := 0
		for i, on := range lay.amt {
			if on {
				t += 1 + m.amt[i]
			}
		}
		return t
	}
	nameWant, fileWant := min(m.name, 16), min(m.file, 24)
	for _, i := range []int{0, 3, 2} {
		if fixed+amts()+nameWant+1+fileWant <= w {
			break
		}
		lay.amt[i] = false
	}
	space := w - fixed - amts() // the name, a space and the file
	extra := space - 1 - nameWant - fileWant
	if extra < 0 {
		// Short: the name keeps minNameW, the file takes what is left.
		lay.name = min(nameWant, max(minNameW, space-1-fileWant))
		lay.file = space - 1 - lay.name
		if lay.file < 6 {
			lay.file, lay.name = 0, max(1, space)
		}
		return lay
	}
	// Room to spare: half to the name, then the file, then the name again.
	lay.name, lay.file = nameWant, fileWant
	a := min(extra/2, m.name-lay.name)
	lay.name += a
	b := min(extra-a, m.file-lay.file)
	lay.file += b
	lay.name += min(extra-a-b, m.name-lay.name)
	lay.file = space - 1 - lay.name
	return lay
}

// geometry: title, list (header and rows), detail, status, help.
func (f *Folder) detailH() int { return clamp((f.ctx.height-4)/4, 3, 6) }
func (f *Folder) listH() int   { return max(2, f.ctx.height-3-f.detailH()) }

// listRows is how many rows fit under the list's header.
func (f *Folder) listRows() int { return max(1, f.listH()-1) }

// scroll keeps the cursor inside the visible rows.
func (f *Folder) scroll() {
	h := f.listRows()
	if f.cursor < f.offset {
		f.offset = f.cursor
	}
	if f.cursor >= f.offset+h {
		f.offset = f.cursor - h + 1
	}
	f.offset = clamp(f.offset, 0, max(0, len(f.shown)-h))
}

func (f *Folder) render() string {
	c := f.ctx
	w, h := c.width, c.height
	if w <= 0 || h <= 0 {
		return ""
	}
	if w < minWidth || h < minHeight {
		return fit(cell(fmt.Sprintf(c.tx.TooSmall, minWidth, minHeight)), w)
	}
	lines := []string{f.titleLine(w)}
	if f.showHelp {
		lines = append(lines, helpScreen(c, f.help, f.keys, c.tx.F.Legend, w, h-3))
	} else {
		lines = append(lines, f.renderList(w, f.listH()), f.renderDetail(w, f.detailH()))
	}
	lines = append(lines, f.statusLine(w))
	if f.line.open {
		lines = append(lines, f.filterLine(w))
	} else {
		hm := f.help
		hm.SetWidth(w)
		lines = append(lines, fit(hm.ShortHelpView(f.keys.ShortHelp()), w))
	}
	return strings.Join(lines, "\n")
}

// titleLine names the folder and how many files it holds and failed.
func (f *Folder) titleLine(w int) string {
	tx := f.ctx.tx.F
	parts := []string{fmt.Sprintf(tx.Title, cell(oneLine(f.dir))), fmt.Sprintf(tx.Files, len(f.rows))}
	if f.failed > 0 {
		parts = append(parts, fmt.Sprintf(tx.Failed, f.failed))
	}
	return f.ctx.st.header.Render(fit(strings.Join(parts, "  "), w))
}

// renderList draws the header and the visible rows in exactly h lines.
func (f *Folder) renderList(w, h int) string {
	c := f.ctx
	lay := f.layout(w)
	lines := make([]string, 0, h)
	lines = append(lines, c.st.colHead.Render(fit(f.headLine(lay), w)))
	if len(f.shown) == 0 {
		lines = append(lines, fit("   "+c.tx.Empty, w))
	}
	end := min(len(f.shown), f.offset+h-1)
	for i := f.offset; i < end; i++ {
		r := f.shown[i]
		row := fit(f.rowLine(r, lay, i == f.cursor), w)
		switch {
		case i == f.cursor:
			row = c.st.selected.Render(row)
		case r.failed:
			row = c.st.warn.Render(row)
		}
		lines = append(lines, row)
	}
	for len(lines) < h {
		lines = append(lines, strings.Repeat(" ", w))
	}
	return strings.Join(lines[:h], "\n")
}

func (f *Folder) headLine(lay folderLayout) string {
	tx, m := f.ctx.tx, f.meas
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", prefixW))
	b.WriteString(fit(tx.F.ColDept, lay.name))
	b.WriteString(" " + fit(tx.F.ColYear, m.year) + " " + fit(tx.F.ColKind, m.kind))
	for i, h := range folderAmountHeads(tx) {
		if lay.amt[i] {
			b.WriteString(" " + fitLeft(h, m.amt[i]))
		}
	}
	b.WriteString(" " + fitLeft(tx.F.ColCounts, m.count))
	if lay.file > 0 {
		b.WriteString(" " + fit(tx.F.ColFile, lay.file))
	}
	return b.String()
}

// rowLine is one file. An unreadable file shows its reason across the
// columns it has no figures for.
func (f *Folder) rowLine(r *folderRow, lay folderLayout, sel bool) string {
	m := f.meas
	var b strings.Builder
	if sel {
		b.WriteString(f.ctx.g.cursor)
	} else {
		b.WriteString(" ")
	}
	mark := r.mark()
	if f.isMarked(r) {
		mark = "*"
	}
	b.WriteString(mark + " ")
	if r.failed {
		b.WriteString(fit(f.ctx.tx.F.Unreadable, lay.name))
		span := 1 + m.year + 1 + m.kind + 1 + m.count
		for i, on := range lay.amt {
			if on {
				span += 1 + m.amt[i]
			}
		}
		b.WriteString(" " + fit(cell(r.reason), span-1))
	} else {
		b.WriteString(fit(cell(r.dept), lay.name))
		b.WriteString(" " + fit(r.year, m.year) + " " + fit(r.kind, m.kind))
		for i, a := range r.amts {
			if lay.amt[i] {
				b.WriteString(" " + fitLeft(a, m.amt[i]))
			}
		}
		b.WriteString(" " + fitLeft(r.count, m.count))
	}
	if lay.file > 0 {
		b.WriteString(" " + fitMiddle(cell(r.file), lay.file))
	}
	return b.String()
}

// statusLine shows the sort, the filter, the position and a message.
func (f *Folder) statusLine(w int) string {
	c := f.ctx
	tx := c.tx
	names := [numFolderSorts]string{tx.F.SortFile, tx.F.SortDept, tx.F.SortExpend, tx.F.SortFinds}
	dir := c.g.up
	if f.by == sortExpend || f.by == sortFindings {
		dir = c.g.down
	}
	if f.reverse {
		if dir == c.g.up {
			dir = c.g.down
		} else {
			dir = c.g.up
		}
	}
	parts := []string{tx.Sort + ": " + names[f.by] + " " + dir}
	if !f.filter.empty() && !f.line.open {
		parts = append(parts, tx.F.Filter+": "+cell(oneLine(f.filter.text)))
	}
	if n := len(f.shown); n > 0 {
		parts = append(parts, fmt.Sprintf("%d/%d", f.cursor+1, n))
	}
	if f.msg != "" {
		parts = append(parts, cell(f.msg))
	}
	return c.st.status.Render(fit(strings.Join(parts, "  |  "), w))
}

// filterLine is the `/` prompt: the filter as typed and how many rows pass.
func (f *Folder) filterLine(w int) string {
	in := f.line.in
	s := in.View() + "  " +
		fmt.Sprintf("%d/%d", len(f.shown), len(f.rows))
	return fit(s, w)
}

// fitMiddle is fit that cuts in the middle: file names of one folder share
// their beginning and differ at the end (-2017-tables.pdf, -2017-text.pdf).
func fitMiddle(s string, w int) string {
	sw := lipgloss.Width(s)
	if sw <= w || w < 8 {
		return fit(s, w)
	}
	head := (w - 2) / 4 // the year has a column; the end tells tables.pdf from text.pdf
	tail := w - 2 - head
	return padRight(ansi.Truncate(s, head, "")+".."+ansi.TruncateLeft(s, sw-tail, ""), w)
}
