package trend

import (
	"fmt"
	"strings"
)

// What the text, the workbook and the explorer show of a row, written once.

// Marks shown beside a row, in text and in the explorer: the row went
// through the crosswalk (对照), or some year joined it by name similarity
// only (相似). Never colour alone. Absent stands for a year the line is not
// printed in: absent is not zero.
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
