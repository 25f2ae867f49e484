package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"yusuan/export/cell"
	"yusuan/model"
)

// A View is a table as the explorer shows it (one view, in its sort and with
// its filter): the explorer's E writes it with the workbook and CSV
// machinery of the working papers, so it gets the same formula guard, exact
// numeric amounts, frozen header and column widths.
//
// A cell is a string (text: codes stay text), a model.Money or *model.Money
// (an amount in 万元; nil is blank), a Decimal (a decimal printed by the
// model such as a Δ%, a number when it is one), an int (a count, a page or a
// line; 0 is blank) or nil.
type View struct {
	Name   string // the sheet's title
	Header []string
	Rows   [][]any
}

// Decimal is a decimal string the model prints (a Δ%), written as a number
// when it is a plain one and as text otherwise ("新增").
type Decimal = number

// ViewXLSX writes the view as a one-sheet workbook.
func ViewXLSX(w io.Writer, v View) error {
	rows := make([][]any, len(v.Rows))
	for i, r := range v.Rows {
		rows[i] = make([]any, len(r))
		for j, c := range r {
			if n, ok := c.(int); ok {
				c = lineNo(n) // a page or line of 0 is unknown: blank
			}
			rows[i][j] = c
		}
	}
	return writeXLSX(w, []*sheet{{name: sheetTitle(v.Name), table: "view", header: tableHeader(v.Header), rows: rows}})
}

// tableHeader makes a header (a raw table's column names come from the
// document) fit to head an Excel table: guarded against formulas, every
// column named (列3 where blank) and no name twice (a second 金额 is 金额#2).
func tableHeader(h []string) []string {
	out := make([]string, len(h))
	seen := map[string]bool{}
	for i, name := range h {
		name = cell.Safe(strings.TrimSpace(name))
		if name == "" {
			name = "列" + strconv.Itoa(i+1)
		}
		base := name
		for n := 2; seen[strings.ToLower(name)]; n++ {
			name = base + "#" + strconv.Itoa(n)
		}
		seen[strings.ToLower(name)] = true
		out[i] = name
	}
	return out
}

// ViewCSV writes the view as CSV: amounts as exact decimal strings in 万元,
// every cell through the formula guard.
func ViewCSV(w io.Writer, v View) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(cell.Row(append([]string(nil), v.Header...))); err != nil {
		return err
	}
	for _, r := range v.Rows {
		rec := make([]string, len(r))
		for j, c := range r {
			rec[j] = csvText(c)
		}
		if err := cw.Write(cell.Row(rec)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvText is a cell of a View or of the league table as CSV text: exact
// decimals, blank for none.
func csvText(c any) string {
	switch c := c.(type) {
	case nil:
		return ""
	case string:
		return c
	case number:
		return string(c)
	case model.Money:
		return c.String()
	case *model.Money:
		if c != nil {
			return c.String()
		}
	case int:
		if c > 0 {
			return strconv.Itoa(c) // a page or a line; 0 is none
		}
	}
	return ""
}

// sheetTitle keeps a sheet's title within what Excel allows: at most 31
// characters, none of : \ / ? * [ ].
func sheetTitle(s string) string {
	var out []rune
	for _, r := range model.CleanText(s) {
		switch r {
		case ':', '\\', '/', '?', '*', '[', ']':
			r = '_'
		}
		if len(out) == 31 {
			break
		}
		out = append(out, r)
	}
	if len(out) == 0 {
		return "Sheet1"
	}
	return string(out)
}
