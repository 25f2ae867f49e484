package tui

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"yusuan/trend"
)

// trendDetailH is the height of the detail lines under the list.
const trendDetailH = 3

// listRows is how many rows fit under the list's header: the screen less
// the title, the header, the detail, the status and the help line.
func (v *TrendView) listRows() int { return max(1, v.ctx.height-4-trendDetailH) }

// scroll keeps the cursor inside the visible rows.
func (v *TrendView) scroll() {
	h := v.listRows()
	if v.cursor < v.offset {
		v.offset = v.cursor
	}
	if v.cursor >= v.offset+h {
		v.offset = v.cursor - h + 1
	}
	v.offset = clamp(v.offset, 0, max(0, len(v.shown)-h))
}

// trendLayout is the widths the list is drawn with at one terminal width.
type trendLayout struct {
	code, name int
	cells      []int // per column of trend.Row.Cells; 0 when hidden
	spark      int
}

// markW is the marks' column: 对 and 似, two columns each.
const markW = 4

// layout measures the current tab's columns and fits them into w: the
// year-on-year percentages go first, then the name is cut (to 8 at least).
func (v *TrendView) layout(w int) trendLayout {
	head := v.header()
	lay := trendLayout{cells: make([]int, len(head)), spark: max(widthOf(v.tt.ColSpark), len(v.t.Years))}
	lay.code = widthOf(v.ctx.tx.ColCode)
	name := widthOf(v.ctx.tx.ColName)
	for i, h := range head {
		lay.cells[i] = widthOf(h)
	}
	for _, l := range v.lines[v.tab] {
		lay.code = max(lay.code, widthOf(l.row.Code))
		indent := 0
		if v.by == byTrendCode {
			indent = 2 * l.depth
		}
		name = max(name, indent+widthOf(l.name))
		for i, c := range l.cells {
			lay.cells[i] = max(lay.cells[i], widthOf(c))
		}
	}
	fixed := func() int {
		n := 1 + markW + lay.code + 1 + 1 + lay.spark
		for _, c := range lay.cells {
			if c > 0 {
				n += 1 + c
			}
		}
		return n
	}
	const minName = 8
	if fixed()+min(name, 16) > w {
		for i := 1; i < len(lay.cells)-1; i += 2 { // the Δ% between years
			lay.cells[i] = 0
		}
	}
	lay.name = max(minName, min(name, w-fixed()))
	return lay
}

// header names the columns of trend.Row.Cells.
func (v *TrendView) header() []string {
	var out []string
	for i, y := range v.t.Years {
		if i > 0 {
			out = append(out, v.tt.ColStep)
		}
		out = append(out, fmt.Sprint(y.Year))
	}
	return append(out, v.tt.ColRate)
}

func (v *TrendView) render() string {
	c := v.ctx
	w, h := c.width, c.height
	if w <= 0 || h <= 0 {
		return ""
	}
	if w < minWidth || h < minHeight {
		return fit(cell(fmt.Sprintf(c.tx.TooSmall, minWidth, minHeight)), w)
	}
	lines := []string{v.titleLine(w)}
	if v.showHelp {
		lines = append(lines, helpScreen(c, v.help, v.keys, v.tt.Legend, w, h-3))
	} else {
		lay := v.layout(w)
		lines = append(lines, v.renderList(w, lay), v.renderDetail(w))
	}
	lines = append(lines, v.statusLine(w))
	if v.line.open {
		lines = append(lines, fit(v.line.in.View()+"  "+fmt.Sprintf("%d/%d", len(v.shown), len(v.lines[v.tab])), w))
	} else {
		hm := v.help
		hm.SetWidth(w)
		lines = append(lines, fit(hm.ShortHelpView(v.keys.ShortHelp()), w))
	}
	return strings.Join(lines, "\n")
}

// titleLine names the department, the years and the tabs, the current one marked.
func (v *TrendView) titleLine(w int) string {
	st := v.ctx.st
	t := v.t
	title := fmt.Sprintf(v.tt.Title, cell(oneLine(t.Department)), t.Years[0].Year, t.Years[len(t.Years)-1].Year, t.Kind.Chinese())
	if v.ctx.opt.Lang == "en" {
		title = fmt.Sprintf(v.tt.Title, cell(oneLine(t.Department)), t.Years[0].Year, t.Years[len(t.Years)-1].Year, string(t.Kind))
	}
	out := st.header.Render(title)
	for i, name := range v.tt.Tabs {
		label := fmt.Sprintf(" %d %s ", i+1, name)
		if i == v.tab {
			out += " " + st.tabOn.Render("["+label+"]")
		} else {
			out += " " + st.tabOff.Render(" "+label+" ")
		}
	}
	return fit(out, w)
}

// renderList draws the header and the visible rows, listRows()+1 lines.
func (v *TrendView) renderList(w int, lay trendLayout) string {
	c := v.ctx
	h := v.listRows() + 1
	lines := make([]string, 0, h)
	lines = append(lines, c.st.colHead.Render(fit(v.rowText(lay, "", c.tx.ColCode, c.tx.ColName, 0, v.header(), v.tt.ColSpark, ""), w)))
	if len(v.shown) == 0 {
		lines = append(lines, fit("   "+c.tx.Empty, w))
	}
	end := min(len(v.shown), v.offset+h-1)
	for i := v.offset; i < end; i++ {
		l := v.shown[i]
		cur := " "
		if i == v.cursor {
			cur = c.g.cursor
		}
		depth := 0
		if v.by == byTrendCode {
			depth = l.depth
		}
		row := fit(v.rowText(lay, l.row.Marks(), l.row.Code, l.name, depth, l.cells, l.spark, cur), w)
		if i == v.cursor {
			row = c.st.selected.Render(row)
		}
		lines = append(lines, row)
	}
	for len(lines) < h {
		lines = append(lines, strings.Repeat(" ", w))
	}
	return strings.Join(lines[:h], "\n")
}

// rowText lays out one row: cursor, marks, code, the indented name, an
// amount (or Δ%) a column, the sparkline.
func (v *TrendView) rowText(lay trendLayout, marks, code, name string, depth int, cells []string, spark, cur string) string {
	var b strings.Builder
	b.WriteString(padRight(cur, 1))
	b.WriteString(fit(marks, markW))
	b.WriteString(fit(code, lay.code) + " ")
	b.WriteString(fit(strings.Repeat(" ", 2*depth)+name, lay.name))
	for i, c := range cells {
		if lay.cells[i] > 0 {
			b.WriteString(" " + fitLeft(c, lay.cells[i]))
		}
	}
	b.WriteString(" " + fit(spark, lay.spark))
	return b.String()
}

// renderDetail says of the selected line: each year's code and name (and
// how it joined the row), its code changes, its change over the period.
func (v *TrendView) renderDetail(w int) string {
	tt := v.tt
	out := make([]string, trendDetailH)
	if l := v.selected(); l != nil {
		r := l.row
		var years []string
		for k, val := range r.Values {
			if val == nil {
				years = append(years, fmt.Sprintf("%d %s", v.t.Years[k].Year, trend.Absent))
				continue
			}
			s := fmt.Sprintf("%d %s %s", v.t.Years[k].Year, val.Code, oneLine(val.Name))
			if by := tt.By[val.MatchedBy]; by != "" && val.MatchedBy != "code" {
				s += "（" + tt.Matched + "：" + by + "）"
			}
			years = append(years, s)
		}
		out[0] = tt.Years + "：" + strings.Join(years, " | ")
		switch {
		case r.Note() != "":
			out[1] = tt.Crosswalk + r.Note()
		case r.Similar:
			out[1] = tt.Similar
		}
		if ch := r.Change; ch != nil {
			rate := ch.CAGR
			if rate == "" {
				rate = trend.Absent
			}
			out[2] = fmt.Sprintf(tt.Period, ch.From, ch.To, ch.Delta.String(), rate)
		}
	}
	for i := range out {
		out[i] = fit(cell(out[i]), w)
	}
	return v.ctx.st.faint.Render(strings.Join(out, "\n"))
}

// statusLine shows the sort, the position among the changes and a message.
func (v *TrendView) statusLine(w int) string {
	c := v.ctx
	names := [numTrendSorts]string{v.tt.SortCode, v.tt.SortChange, v.tt.SortRate}
	dir := c.g.up
	if v.by != byTrendCode {
		dir = c.g.down
	}
	if v.reverse {
		dir = map[string]string{c.g.up: c.g.down, c.g.down: c.g.up}[dir]
	}
	parts := []string{c.tx.Sort + ": " + names[v.by] + " " + dir}
	if n := len(v.shown); n > 0 {
		parts = append(parts, fmt.Sprintf("%d/%d", v.cursor+1, n))
	}
	if !v.filter.empty() && !v.line.open {
		parts = append(parts, c.tx.F.Filter+": "+oneLine(v.filter.text))
	}
	if v.jump >= 0 && v.jump < len(v.ranked) {
		parts = append(parts, fmt.Sprintf(v.tt.Rank, v.jump+1, len(v.ranked)))
	}
	if v.msg != "" {
		parts = append(parts, v.msg)
	}
	return c.st.status.Render(fit(cell(strings.Join(parts, "  |  ")), w))
}

// rateOf is a line's annual growth rate as a decimal (a percentage, not an
// amount), false where it has none.
func rateOf(l *trendLine) (decimal.Decimal, bool) {
	if l.row.Change == nil || l.row.Change.CAGR == "" {
		return decimal.Decimal{}, false
	}
	d, err := decimal.NewFromString(l.row.Change.CAGR)
	return d, err == nil
}
