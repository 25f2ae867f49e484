package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"yusuan/export/cell"
	"yusuan/model"
	"yusuan/trend"
)

// TrendCSV writes `trend --format csv`: one row per line of the totals and
// both classifications (parents before children), with one total column per
// year (total_2017 …, blank where the line is absent), the change on the
// year before in percent (delta_pct_2018 …), the change over the years the
// line is printed in (change_from, change_to, change, cagr), similar (the
// line was matched by name similarity in some year) and crosswalk (its code
// changes, "2040405>2040410@2019:official", separated by ";").
func TrendCSV(w io.Writer, t *trend.Trend) error {
	cw := csv.NewWriter(w)
	header := []string{"section", "code", "name", "level", "parent"}
	for _, y := range t.Years {
		header = append(header, fmt.Sprintf("total_%d", y.Year))
	}
	for _, y := range t.Years[1:] {
		header = append(header, fmt.Sprintf("delta_pct_%d", y.Year))
	}
	header = append(header, "change_from", "change_to", "change", "cagr", "similar", "crosswalk")
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, s := range trendSections(t) {
		trend.Walk(s.rows, func(r, p *trend.Row, _ int) {
			rec := []string{s.key, r.Code, r.Name, r.Level, ""}
			if p != nil {
				rec[4] = p.Code
			}
			for _, v := range r.Values {
				rec = append(rec, optString(v, func(v *trend.Value) string { return v.Total.String() }))
			}
			for _, st := range r.Steps {
				rec = append(rec, optString(st, func(st *trend.Step) string { return st.Pct }))
			}
			if c := r.Change; c != nil {
				rec = append(rec, fmt.Sprint(c.From), fmt.Sprint(c.To), c.Delta.String(), c.CAGR)
			} else {
				rec = append(rec, "", "", "", "")
			}
			similar := ""
			if r.Similar {
				similar = "true"
			}
			_ = cw.Write(cell.Row(append(rec, similar, crosswalkText(r.Crosswalk))))
		})
	}
	cw.Flush()
	return cw.Error()
}

func optString[T any](v *T, f func(*T) string) string {
	if v == nil {
		return ""
	}
	return f(v)
}

func crosswalkText(cs []trend.CodeChange) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = fmt.Sprintf("%s>%s@%d:%s", c.From, c.To, c.Year, c.Basis)
	}
	return strings.Join(parts, ";")
}

type trendSection struct {
	key, title string
	rows       []*trend.Row
}

func trendSections(t *trend.Trend) []trendSection {
	return []trendSection{
		{trend.Totals, "合计", t.Totals},
		{trend.Functional, "功能分类", t.Functional},
		{trend.Economic, "经济分类", t.Economic},
	}
}

// TrendXLSX writes `trend --format xlsx`: 趋势概况 (the department, each
// year's document, warnings), the totals and both classifications with an
// amount column a year (blank where the line is absent, never 0), the
// change on the year before in percent, the change and the annual growth
// over the period, and 编码对照 (the crosswalk).
func TrendXLSX(w io.Writer, t *trend.Trend) error {
	sheets := []*sheet{trendSummarySheet(t)}
	for _, s := range trendSections(t) {
		sheets = append(sheets, trendRowsSheet(t, s))
	}
	return writeXLSX(w, append(sheets, crosswalkSheet(t)))
}

func trendSummarySheet(t *trend.Trend) *sheet {
	s := &sheet{name: "趋势概况", table: "trend_summary", header: []string{"项目", "年度", "内容"}}
	s.rows = append(s.rows, []any{"部门", nil, t.Department}, []any{"类型", nil, t.Kind.Chinese()})
	for _, y := range t.Years {
		s.rows = append(s.rows, []any{"来源文件", y.Year, y.Source})
	}
	for _, msg := range t.Warnings {
		s.rows = append(s.rows, []any{"警告", nil, msg})
	}
	return s
}

func trendRowsSheet(t *trend.Trend, sec trendSection) *sheet {
	h := []string{"科目编码", "科目名称", "级次"}
	for _, y := range t.Years {
		h = append(h, fmt.Sprintf("%d年", y.Year))
	}
	for _, y := range t.Years[1:] {
		h = append(h, fmt.Sprintf("%d年增减%%", y.Year))
	}
	s := &sheet{name: sec.title, table: "trend_" + sec.key, header: append(h, "起始年", "终止年", "期间增减", "年均增长%", "标记", "编码对照")}
	trend.Walk(sec.rows, func(r, _ *trend.Row, _ int) {
		row := []any{r.Code, r.Name, levelName[r.Level]}
		for _, v := range r.Values {
			var m *model.Money
			if v != nil {
				m = &v.Total
			}
			row = append(row, m)
		}
		for _, st := range r.Steps {
			if st == nil {
				row = append(row, nil)
				continue
			}
			row = append(row, optNumber(st.Pct))
		}
		if c := r.Change; c != nil {
			row = append(row, c.From, c.To, c.Delta, optNumber(c.CAGR))
		} else {
			row = append(row, nil, nil, nil, nil)
		}
		s.rows = append(s.rows, append(row, optText(r.Marks()), optText(r.Note())))
	})
	return s
}

func crosswalkSheet(t *trend.Trend) *sheet {
	s := &sheet{name: "编码对照", table: "crosswalk", header: []string{"分类", "年度", "原编码", "新编码", "原名称", "新名称", "依据", "说明"}}
	for _, c := range t.Crosswalk {
		basis := "官方科目调整"
		if c.Basis == trend.Evidence {
			basis = "据文件"
		}
		s.rows = append(s.rows, []any{c.Scheme, c.Year, c.From, c.To, c.FromName, c.ToName, basis, c.Note})
	}
	return s
}

func optText(s string) any {
	if s == "" {
		return nil
	}
	return s
}
