package export

import (
	"encoding/csv"
	"io"
	"strconv"

	"yusuan/export/cell"
	"yusuan/league"
)

// The folder's league table as working papers (export/check DIR --league):
// one row per department, as the explorer shows it, with the totals row
// last. Amounts are exact decimals in 万元; a figure the folder cannot give
// (no previous year, no “三公” table) is blank, never 0.

// LeagueHeader names the columns of the league CSV.
var LeagueHeader = []string{"department", "year", "document_kind", "expenditure", "previous_year", "previous_expenditure",
	"change", "change_pct", "three_public", "previous_three_public", "three_public_change", "three_public_change_pct",
	"errors", "warnings", "info", "tables_in_doubt", "documents", "source", "unreadable"}

// leagueHeads are the same columns in the workbook.
var leagueHeads = []string{"部门", "年度", "类型", "支出合计", "上一年度", "上年支出合计",
	"增减", "增减%", "三公", "上年三公", "三公增减", "三公增减%",
	"错误", "警告", "提示", "存疑表", "文档数", "来源文件", "无法读取"}

// leagueCells is one row in LeagueHeader's order: amounts as model.Money,
// percents as number, counts as int, nil where there is no figure.
func leagueCells(r *league.Row) []any {
	out := make([]any, len(LeagueHeader))
	out[0] = r.Department
	out[16] = len(r.Docs)
	if r.Failed {
		out[17], out[18] = r.Docs[0].Path, r.Docs[0].Err
		return out
	}
	l := r.Latest
	out[1], out[2], out[3] = l.Year, string(l.Kind), l.Expenditure
	if p := r.Previous; p != nil {
		out[4], out[5] = p.Year, p.Expenditure
	}
	if d, ok := r.Change(); ok {
		out[6], out[7] = d, optNumber(r.ChangePct())
	}
	if l.HasThreePublic {
		out[8] = l.ThreePublic
	}
	if p := r.Previous; p != nil && p.HasThreePublic {
		out[9] = p.ThreePublic
	}
	if d, ok := r.ThreePublicChange(); ok {
		out[10], out[11] = d, optNumber(r.ThreePublicChangePct())
	}
	out[12], out[13], out[14], out[15] = l.Counts[0], l.Counts[1], l.Counts[2], l.Counts[3]
	out[17] = l.Path
	return out
}

// leagueTotalCells is the totals row.
func leagueTotalCells(t league.Totals) []any {
	out := make([]any, len(LeagueHeader))
	out[0], out[3] = "合计", t.Expenditure
	if t.HasChange {
		out[5], out[6], out[7] = t.Previous, t.Change, optNumber(t.ChangePct())
	}
	out[8] = t.ThreePublic
	if t.HasThreePublicChange {
		out[9], out[10], out[11] = t.ThreePublicPrevious, t.ThreePublicChange, optNumber(t.ThreePublicChangePct())
	}
	out[12], out[13], out[14], out[15], out[16] = t.Counts[0], t.Counts[1], t.Counts[2], t.Counts[3], t.Docs
	return out
}

// LeagueCSV writes the rows, then the totals.
func LeagueCSV(w io.Writer, rows []*league.Row) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(LeagueHeader); err != nil {
		return err
	}
	write := func(cells []any) error {
		rec := make([]string, len(cells))
		for i, c := range cells {
			if n, ok := c.(int); ok {
				rec[i] = strconv.Itoa(n) // a count: 0 is a figure
				continue
			}
			rec[i] = csvText(c)
		}
		return cw.Write(cell.Row(rec))
	}
	for _, r := range rows {
		if err := write(leagueCells(r)); err != nil {
			return err
		}
	}
	if err := write(leagueTotalCells(league.Sum(rows))); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// LeagueXLSX writes the workbook of one sheet, 部门汇总: the rows, then the totals.
func LeagueXLSX(w io.Writer, rows []*league.Row) error {
	return writeXLSX(w, []*sheet{leagueSheet(rows)})
}

func leagueSheet(rows []*league.Row) *sheet {
	s := &sheet{name: "部门汇总", table: "league", header: leagueHeads}
	for _, r := range rows {
		s.rows = append(s.rows, leagueCells(r))
	}
	s.rows = append(s.rows, leagueTotalCells(league.Sum(rows)))
	return s
}
