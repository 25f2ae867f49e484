package export

import (
	"encoding/csv"
	"io"
	"strconv"

	"yusuan/export/cell"
	"yusuan/model"
)

// CSVHeader names the columns of the long CSV export: one row per amount, so
// the file loads into a spreadsheet or DuckDB as it is. Every row says which
// document it comes from (department, year, document_kind budget|final,
// source); kind is the table's kind as in the JSON. Amounts are exact decimal
// strings in 万元 whatever unit the table printed. page is the PDF page of
// line, blank where the source has no pages.
var CSVHeader = []string{"department", "year", "document_kind", "source", "table", "kind", "line", "page", "code", "name", "column", "amount"}

// wideKeys are the columns of the wide form before its amount columns.
var wideKeys = CSVHeader[:len(CSVHeader)-2]

// BOM is the UTF-8 byte-order mark that Excel needs to read a CSV as UTF-8
// rather than in the system's code page (GBK on a Chinese Windows).
const BOM = "\uFEFF"

// CSV writes every amount of every document, one table across all of them:
// the long form.
func CSV(w io.Writer, docs []*model.Document) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, d := range docs {
		for _, f := range Facts(d) {
			rec := append(docFields(f.Doc), f.Table, string(f.TableKind), strconv.Itoa(f.Line), pageText(f.Page), f.Code, f.Name, f.Column, f.Amount.String())
			if err := cw.Write(cell.Row(rec)); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// WideCSV writes one row per printed line (a coded row, a table row, a
// project) with all its amounts side by side. The amount columns are every
// column name any of the documents' tables prints, in order of first
// appearance; a line leaves blank the columns its table does not print. A
// column name a table prints twice gets a "#2" on its second.
func WideCSV(w io.Writer, docs []*model.Document) error {
	type wideRow struct {
		first   Fact
		amounts map[string]model.Money
	}
	var rows []*wideRow
	var columns []string
	known := map[string]bool{}
	for _, d := range docs {
		var cur *wideRow
		for _, f := range Facts(d) {
			if cur == nil || cur.first.row != f.row {
				cur = &wideRow{first: f, amounts: map[string]model.Money{}}
				rows = append(rows, cur)
			}
			col := f.Column
			for n := 2; ; n++ {
				if _, dup := cur.amounts[col]; !dup {
					break
				}
				col = f.Column + "#" + strconv.Itoa(n)
			}
			cur.amounts[col] = f.Amount
			if !known[col] {
				known[col] = true
				columns = append(columns, col)
			}
		}
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(cell.Row(append(append([]string{}, wideKeys...), columns...))); err != nil {
		return err
	}
	for _, r := range rows {
		f := r.first
		rec := append(docFields(f.Doc), f.Table, string(f.TableKind), strconv.Itoa(f.Line), pageText(f.Page), f.Code, f.Name)
		for _, c := range columns {
			s := ""
			if m, ok := r.amounts[c]; ok {
				s = m.String()
			}
			rec = append(rec, s)
		}
		if err := cw.Write(cell.Row(rec)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// docFields are the columns that say which document a row comes from.
func docFields(d *model.Document) []string {
	year := "" // a document that prints no year: blank, not 0
	if d.Year != 0 {
		year = strconv.Itoa(d.Year)
	}
	return []string{d.Department, year, string(d.Kind), d.Source}
}

// pageText is a page in a CSV cell: blank where the source has no pages.
func pageText(page int) string {
	if page <= 0 {
		return ""
	}
	return strconv.Itoa(page)
}
