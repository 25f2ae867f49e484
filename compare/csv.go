package compare

import (
	"encoding/csv"
	"io"
	"strings"

	"yusuan/model"
)

// csvHeader is the column list of WriteCSV. Amount columns are exact decimal
// strings in 万元; old_value/new_value hold indicator values.
var csvHeader = []string{
	"section", "code", "name", "old_name", "level", "status", "matched_by",
	"old_total", "new_total", "delta", "delta_pct",
	"old_basic", "new_basic", "old_project", "new_project",
	"old_value", "new_value",
}

// WriteCSV writes one row per line of the diff: functional and economic
// lines (parents before children), “三公” fields, totals, projects and their
// indicators. section is functional, economic, three_public, totals, project
// or indicator. An indicator row's code is its project's code and its name
// is project / 一级 / 二级 / 三级.
func WriteCSV(w io.Writer, d *Diff) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	lines := func(section string, ls []*Line) {
		walkLines(ls, func(l, _ *Line) {
			row := []string{section, l.Code, l.Name, l.OldName, l.Level, string(l.Status), l.MatchedBy,
				optTotal(l.Old), optTotal(l.New), l.Delta.String(), l.DeltaPct}
			row = append(row, optField(l.Old, basic), optField(l.New, basic), optField(l.Old, project), optField(l.New, project), "", "")
			_ = cw.Write(safeRow(row))
		})
	}
	lines("functional", d.Functional)
	lines("economic", d.Economic)
	lines("three_public", d.ThreePublic)
	for _, t := range []struct {
		code, name string
		t          TotalDiff
	}{
		{"income", "收入总计", d.Totals.Income}, {"expenditure", "支出总计", d.Totals.Expenditure},
		{"basic", "基本支出", d.Totals.Basic}, {"project", "项目支出", d.Totals.Project},
	} {
		st := Same
		if !t.t.Old.Equal(t.t.New) {
			st = Changed
		}
		_ = cw.Write(safeRow([]string{"totals", t.code, t.name, "", "", string(st), "",
			t.t.Old.String(), t.t.New.String(), t.t.Delta.String(), t.t.DeltaPct, "", "", "", "", "", ""}))
	}
	for _, p := range d.Projects {
		_ = cw.Write(safeRow([]string{"project", p.Code, p.Name, p.OldName, "", string(p.Status), p.MatchedBy,
			optMoney(p.OldBudget), optMoney(p.NewBudget), p.Delta.String(), p.DeltaPct, "", "", "", "", "", ""}))
		for _, in := range p.Indicators {
			name := strings.Join(nonEmpty(p.Name, in.Level1, in.Level2, in.Name), " / ")
			_ = cw.Write(safeRow([]string{"indicator", p.Code, name, "", "", string(in.Status), "",
				"", "", "", "", "", "", "", "", in.Old, in.New}))
		}
	}
	cw.Flush()
	return cw.Error()
}

func basic(a *Amounts) model.Money   { return a.Basic }
func project(a *Amounts) model.Money { return a.Project }

func optTotal(a *Amounts) string {
	if a == nil {
		return ""
	}
	return a.Total.String()
}

func optField(a *Amounts, get func(*Amounts) model.Money) string {
	if a == nil {
		return ""
	}
	return get(a).String()
}

func optMoney(m *model.Money) string {
	if m == nil {
		return ""
	}
	return m.String()
}

// safeRow cleans document text and defuses cells a spreadsheet would run as
// a formula (=, +, -, @ at the start), except plain numbers like -30.00.
func safeRow(row []string) []string {
	for i, s := range row {
		s = model.CleanText(s)
		if s != "" && strings.ContainsAny(s[:1], "=+-@\t\r") {
			if _, ok := model.ParseDecimal(s); !ok || strings.ContainsAny(s[:1], "=@\t\r") {
				s = "'" + s
			}
		}
		row[i] = s
	}
	return row
}
