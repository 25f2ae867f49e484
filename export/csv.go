package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"yusuan/export/cell"
	"yusuan/model"
)

// CSVHeader names the columns of the CSV export: one row per amount, so the
// file loads into a spreadsheet or DuckDB as it is. Amounts are exact decimal
// strings in 万元 whatever unit the table printed.
var CSVHeader = []string{"source", "table", "kind", "line", "code", "name", "column", "amount"}

// CSV writes every amount of every document, one table across all of them.
func CSV(w io.Writer, docs []*model.Document) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, d := range docs {
		for _, rec := range records(d) {
			if err := cw.Write(cell.Row(rec)); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

func records(d *model.Document) [][]string {
	var out [][]string
	add := func(t *model.Table, line int, code, name, column string, m model.Money) {
		out = append(out, []string{d.Source, t.Title, string(t.Kind), strconv.Itoa(line), code, model.CleanText(name), column, m.String()})
	}
	for _, t := range d.Tables {
		switch {
		case t.Kind == model.TProjectPerformance:
			continue // the projects below carry these figures with names
		case len(t.Coded) > 0:
			for _, r := range t.Coded {
				for _, k := range r.Order {
					if m, ok := r.Amounts[k]; ok {
						add(t, r.Line, r.Code, r.Name, k, m)
					}
				}
			}
		default:
			for i, row := range t.Rows {
				label := ""
				for j, c := range row {
					c = strings.TrimSpace(c)
					if c == "" {
						continue
					}
					d, ok := model.ParseDecimal(c)
					if !ok {
						if label == "" {
							label = c
						}
						continue
					}
					if !strings.ContainsAny(c, ".,") {
						continue // a row number, a count or a code, not an amount
					}
					m := model.NewMoney(d)
					if t.Unit == "元" {
						m = model.Yuan(d)
					}
					col := "列" + strconv.Itoa(j+1)
					if j < len(t.Columns) && t.Columns[j] != "" {
						col = t.Columns[j]
					}
					add(t, t.RowLines[i], "", label, col, m)
				}
			}
		}
	}
	pt := &model.Table{Title: "项目", Kind: model.TProjectPerformance}
	months := []string{"3月底", "6月底", "10月底", "12月底"}
	for _, p := range d.Projects {
		add(pt, p.Line, p.Code, p.Name, "预算数", p.Budget)
		for i, m := range p.Plan {
			if i < len(months) && (i >= len(p.PlanBlank) || !p.PlanBlank[i]) {
				add(pt, p.Line, p.Code, p.Name, "资金支出计划/"+months[i], m)
			}
		}
	}
	return out
}
