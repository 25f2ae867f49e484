package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"charm.land/lipgloss/v2"

	"yusuan/model"
	"yusuan/trend"
)

// TrendText writes the trend for a terminal or a pipe: the years and their
// documents, the crosswalk, then the totals and each classification, a row a
// line with an amount a year (— where absent), the change on the year before
// in percent, the annual growth over the period, a sparkline and the marks;
// names go last so the figures align whatever the width of the Chinese text.
func TrendText(w io.Writer, t *trend.Trend) error {
	b := bufio.NewWriter(w)
	first, last := t.Years[0].Year, t.Years[len(t.Years)-1].Year
	fmt.Fprintf(b, "趋势：%s %d—%d年%s（单位：万元）\n", oneLineText(t.Department), first, last, t.Kind.Chinese())
	for _, y := range t.Years {
		fmt.Fprintf(b, "  %d年  %s\n", y.Year, oneLineText(y.Source))
	}
	for _, msg := range t.Warnings {
		fmt.Fprintf(b, "警告：%s\n", oneLineText(msg))
	}
	if len(t.Crosswalk) > 0 {
		fmt.Fprintf(b, "\n科目编码对照（%s：改码的科目保留在一行）\n", trend.MarkCrosswalk)
		for _, c := range t.Crosswalk {
			basis := "官方科目调整"
			if c.Basis == trend.Evidence {
				basis = "据文件：" + c.Note
			}
			fmt.Fprintf(b, "  %s %d年 %s → %s  %s → %s（%s）\n", trendSchemeName(c.Scheme), c.Year, c.From, c.To, oneLineText(c.FromName), oneLineText(c.ToName), basis)
		}
	}
	for _, s := range []struct {
		title string
		rows  []*trend.Row
	}{{"合计", t.Totals}, {"功能分类", t.Functional}, {"经济分类", t.Economic}} {
		if len(s.rows) > 0 {
			writeTrendSection(b, s.title, t, s.rows)
		}
	}
	return b.Flush()
}

func writeTrendSection(b *bufio.Writer, title string, t *trend.Trend, rows []*trend.Row) {
	fmt.Fprintf(b, "\n%s\n", title)
	head := t.Header()
	widths := make([]int, len(head))
	for i, h := range head {
		widths[i] = lipgloss.Width(h)
	}
	codeW := lipgloss.Width("编码")
	trend.Walk(rows, func(r, _ *trend.Row, _ int) {
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
	trend.Walk(rows, func(r, _ *trend.Row, depth int) {
		name := strings.Repeat("  ", depth) + oneLineText(r.Name)
		if n := r.Note(); n != "" {
			name += "（" + n + "）"
		}
		line(r.Code, r.Cells(), trend.Spark(r.Values, false), r.Marks(), name)
	})
}

func trendSchemeName(s string) string {
	if s == trend.Economic {
		return "经济分类"
	}
	return "功能分类"
}

// oneLineText is document text for a line of its own: control characters
// stripped, line breaks a space.
func oneLineText(s string) string { return model.CleanText(strings.ReplaceAll(s, "\n", " ")) }
