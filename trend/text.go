package trend

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"charm.land/lipgloss/v2"
)

// Marks shown beside a row, in text and in the explorer: the row went
// through the crosswalk (对照), or some year joined it by name similarity
// only (相似). Never colour alone.
const (
	MarkCrosswalk = "对"
	MarkSimilar   = "似"
	Absent        = "—"
)

// Marks returns the row's marks, "" for none.
func (r *Row) Marks() string {
	m := ""
	if len(r.Crosswalk) > 0 {
		m += MarkCrosswalk
	}
	if r.Similar {
		m += MarkSimilar
	}
	return m
}

// Note is what the text and the explorer's pane say of a crosswalked row:
// its earlier codes, oldest first.
func (r *Row) Note() string {
	var parts []string
	for _, c := range r.Crosswalk {
		basis := "官方科目调整"
		if c.Basis == Evidence {
			basis = "据文件"
		}
		parts = append(parts, fmt.Sprintf("%d年由%s改为%s，%s", c.Year, c.From, c.To, basis))
	}
	return strings.Join(parts, "；")
}

// WriteText writes the trend for a terminal or a pipe: the years and their
// documents, the crosswalk, then the totals and each classification, a row a
// line with an amount a year (— where absent), the change on the year before
// in percent, the annual growth over the period, a sparkline and the marks;
// names go last so the figures align whatever the width of the Chinese text.
func WriteText(w io.Writer, t *Trend) error {
	b := bufio.NewWriter(w)
	first, last := t.Years[0].Year, t.Years[len(t.Years)-1].Year
	fmt.Fprintf(b, "趋势：%s %d—%d年%s（单位：万元）\n", clean(t.Department), first, last, t.Kind.Chinese())
	for _, y := range t.Years {
		fmt.Fprintf(b, "  %d年  %s\n", y.Year, clean(y.Source))
	}
	for _, msg := range t.Warnings {
		fmt.Fprintf(b, "警告：%s\n", clean(msg))
	}
	if len(t.Crosswalk) > 0 {
		fmt.Fprintf(b, "\n科目编码对照（%s：改码的科目保留在一行）\n", MarkCrosswalk)
		for _, c := range t.Crosswalk {
			basis := "官方科目调整"
			if c.Basis == Evidence {
				basis = "据文件：" + c.Note
			}
			fmt.Fprintf(b, "  %s %d年 %s → %s  %s → %s（%s）\n", schemeName(c.Scheme), c.Year, c.From, c.To, clean(c.FromName), clean(c.ToName), basis)
		}
	}
	for _, s := range []struct {
		title string
		rows  []*Row
	}{{"合计", t.Totals}, {"功能分类", t.Functional}, {"经济分类", t.Economic}} {
		if len(s.rows) > 0 {
			writeSection(b, s.title, t, s.rows)
		}
	}
	return b.Flush()
}

func schemeName(s string) string {
	if s == Economic {
		return "经济分类"
	}
	return "功能分类"
}

// Cells are a row's figures as the text and the explorer print them, in
// column order: per year its amount, then (after the first) its change on
// the year before in percent; then the annual growth over the period.
func (r *Row) Cells() []string {
	var out []string
	for i, v := range r.Values {
		if i > 0 {
			out = append(out, stepText(r.Steps[i-1]))
		}
		if v == nil {
			out = append(out, Absent)
		} else {
			out = append(out, v.Total.String())
		}
	}
	cagr := Absent
	if r.Change != nil && r.Change.CAGR != "" {
		cagr = r.Change.CAGR
	}
	return append(out, cagr)
}

// Header names Cells' columns.
func (t *Trend) Header() []string {
	var out []string
	for i, y := range t.Years {
		if i > 0 {
			out = append(out, "增减%")
		}
		out = append(out, fmt.Sprintf("%d年", y.Year))
	}
	return append(out, "年均%")
}

func stepText(s *Step) string {
	switch {
	case s == nil:
		return Absent
	case s.Pct == "":
		return "新增" // from zero
	}
	return s.Pct
}

func writeSection(b *bufio.Writer, title string, t *Trend, rows []*Row) {
	fmt.Fprintf(b, "\n%s\n", title)
	head := t.Header()
	widths := make([]int, len(head))
	for i, h := range head {
		widths[i] = lipgloss.Width(h)
	}
	codeW := lipgloss.Width("编码")
	Walk(rows, func(r, _ *Row, _ int) {
		codeW = max(codeW, lipgloss.Width(r.Code))
		for i, c := range r.Cells() {
			widths[i] = max(widths[i], lipgloss.Width(c))
		}
	})
	line := func(code string, cells []string, spark, marks, name string) {
		b.WriteString(pad(code, codeW, false))
		for i, c := range cells {
			b.WriteString("  ")
			b.WriteString(pad(c, widths[i], true))
		}
		fmt.Fprintf(b, "  %s  %s  %s\n", pad(spark, max(len(t.Years), lipgloss.Width("走势")), false), pad(marks, 4, false), name)
	}
	line("编码", head, "走势", "标记", "名称")
	Walk(rows, func(r, _ *Row, depth int) {
		name := strings.Repeat("  ", depth) + clean(r.Name)
		if n := r.Note(); n != "" {
			name += "（" + n + "）"
		}
		line(r.Code, r.Cells(), Spark(r.Values, false), r.Marks(), name)
	})
}

// pad fills s with spaces to width columns (measured by lipgloss.Width),
// on the left when right is set.
func pad(s string, width int, right bool) string {
	n := width - lipgloss.Width(s)
	if n <= 0 {
		return s
	}
	if right {
		return strings.Repeat(" ", n) + s
	}
	return s + strings.Repeat(" ", n)
}
