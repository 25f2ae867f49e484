package parse

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"yusuan/internal/lazyregexp"
	"yusuan/model"
)

// maxSheetRows bounds the rows read from one sheet: a hostile file can claim
// row 1048576 and make the reader pad a million empty rows per sheet.
const maxSheetRows = 200_000

// readXlsx reads every sheet of a workbook, in workbook order, as one grid.
// Raw cell values are used (224, not the "224.00" a number format shows).
// A merged range keeps its value in the top-left cell and is blank
// elsewhere, like Word's merged cells. A row with two or more values is a
// table row; one with a single value is text or a table row depending on
// where it stands (isTextRow). A sheet whose first row is already a table
// gets its sheet name as a title row (unless it is a default name such as
// Sheet1), since budget workbooks often put one table per sheet and name
// the sheet after it.
//
// Line numbers: the first sheet's rows keep their row numbers; each later
// sheet continues after the previous one, and the returned notes say where
// each sheet starts, so a warning's line can be traced to sheet and row.
func readXlsx(data []byte) (rows []Row, notes []string, err error) {
	book, err := openXlsx(data)
	if err != nil {
		return nil, nil, fmt.Errorf(".xlsx 无法打开 (unreadable workbook: %v)", firstLine(err.Error()))
	}
	offset := 0
	var bad error
	for _, s := range book.sheets {
		sheet := s.name
		grid, merges, err := book.grid(s)
		if err != nil {
			// a chart sheet or a damaged one: the other sheets still count
			bad = fmt.Errorf(".xlsx 工作表“%s”无法读取 (unreadable sheet: %v)", model.CleanText(sheet), firstLine(err.Error()))
			notes = append(notes, bad.Error())
			continue
		}
		if len(grid) > maxSheetRows {
			grid = grid[:maxSheetRows]
		}
		blankMerged(grid, merges)
		sheetRows := xlsxRows(grid, offset)
		if len(sheetRows) == 0 {
			continue
		}
		if name := strings.TrimSpace(model.CleanText(sheet)); sheetRows[0].Table && name != "" && !reDefaultSheet.MatchString(name) {
			sheetRows = append([]Row{{Line: sheetRows[0].Line, Cells: []string{name}}}, sheetRows...)
		}
		if len(book.sheets) > 1 {
			notes = append(notes, fmt.Sprintf("工作表“%s”的第1行记为第%d行", model.CleanText(sheet), offset+1))
		}
		rows = append(rows, sheetRows...)
		offset += len(grid)
	}
	if len(rows) == 0 && bad != nil {
		return nil, nil, bad
	}
	return rows, notes, nil
}

// reDefaultSheet matches the names spreadsheets give sheets nobody named,
// which say nothing about the table.
var reDefaultSheet = lazyregexp.New(`(?i)^(sheet|工作表|表)\s*\d*$`)

// xlsxRows turns a sheet's cells into grid rows; line numbers are row
// numbers plus offset. A row with one non-empty cell may be text (a title,
// a unit line, a note) or a table row with blanks: see isTextRow.
func xlsxRows(grid [][]string, offset int) []Row {
	left := -1
	for i, cells := range grid {
		if len(cells) > maxColumns {
			grid[i] = cells[:maxColumns]
		}
		for j := range grid[i] {
			grid[i][j] = strings.TrimSpace(model.CleanText(grid[i][j]))
			if grid[i][j] != "" && (left < 0 || j < left) {
				left = j
			}
		}
	}
	var out []Row
	for i, cells := range grid {
		nonEmpty, first := 0, -1
		for j := range cells {
			if cells[j] != "" {
				nonEmpty++
				if first < 0 {
					first = j
				}
			}
		}
		if nonEmpty == 0 {
			continue
		}
		line := offset + i + 1
		var prev *Row
		if len(out) > 0 {
			prev = &out[len(out)-1]
		}
		if nonEmpty == 1 && isTextRow(grid, i, line, first, left, prev) {
			out = append(out, textRow(line, strings.ReplaceAll(cells[first], "\n", " ")))
			continue
		}
		for j := range cells {
			cells[j] = cellText(cells[j])
		}
		r := Row{Line: line, Cells: cells, Table: true}
		if nonEmpty == 2 && isTOCEntry(r) {
			// a contents line (title, page) is text, as in a Word contents
			r = Row{Line: line, Cells: r.NonEmpty()}
		}
		out = append(out, r)
	}
	return out
}

// isTextRow decides for a row whose only value is cells[first]: inside a
// table (right under a table row, and a table row follows, perhaps across
// other one-value rows but not across an empty row) it is a table row with
// blanks, unless it titles a table, is a note or a total; elsewhere it is
// text. Sheets that stack several tables separate them by empty rows.
func isTextRow(grid [][]string, i, line, first, left int, prev *Row) bool {
	c := grid[i][first]
	if prev == nil || !prev.Table || prev.Line != line-1 || tableKind(c) != "" || isNote(c) || utf8.RuneCountInString(c) > 40 {
		return true // not right under a table row (an empty row ends a table)
	}
	if first != left || isTotalLabel(c) || utf8.RuneCountInString(c) <= 10 && (strings.HasSuffix(c, "合计") || strings.HasSuffix(c, "总计")) {
		return false
	}
	for k, next := range grid[i+1:] {
		if k >= 8 {
			break
		}
		n, only := 0, ""
		for _, v := range next {
			if v != "" {
				n, only = n+1, v
			}
		}
		switch {
		case n == 0:
			return true // an empty row ends the table before a table row comes
		case n >= 2:
			return isTOCEntry(Row{Cells: next}) // a table row follows: inside the table
		case n == 1 && (tableKind(only) != "" || isNote(only)):
			return true
		}
	}
	return true
}

// blankMerged keeps only the top-left value of each merged range (some
// writers repeat the value in every cell of the range), with blanks for the
// rest of the range, so columns line up as in a Word table.
func blankMerged(grid [][]string, merges []xlsxMerge) {
	for _, m := range merges {
		c1, r1, c2, r2 := m.c1, m.r1, min(m.c2, maxColumns), m.r2
		for r := r1; r <= r2 && r <= len(grid); r++ {
			// a workbook does not store a row's trailing empty cells, but
			// a merged range is part of its rows: extend them over it
			for len(grid[r-1]) < c2 && len(grid[r-1]) >= c1-1 {
				grid[r-1] = append(grid[r-1], "")
			}
			row := grid[r-1]
			for c := c1; c <= c2 && c <= len(row); c++ {
				if r != r1 || c != c1 {
					row[c-1] = ""
				}
			}
		}
	}
}

// reLongNumber: more decimals than a budget has, or an exponent (bounded, so
// that 1E999999 cannot expand into a million digits).
var reLongNumber = lazyregexp.New(`^-?\d+\.\d{10,}$|^-?\d+(\.\d+)?[eE][-+]?\d{1,2}$`)

// round15 undoes binary floating point in a stored number: a workbook may
// store 2618.39 as 2618.3900000000001 or 2.61839E3. Excel itself shows 15
// significant digits, so numeric cells are rounded to 15 significant digits
// (in decimal, not float). Text cells that merely look numeric are kept
// (xlsxBook.cellValue rounds only numeric cells).
func round15(v string) string {
	d, err := decimal.NewFromString(v)
	if err != nil || d.IsZero() {
		return v
	}
	// digits before the decimal point (negative for 0.00x)
	intDigits := int32(len(d.Abs().Truncate(0).String()))
	if d.Abs().LessThan(decimal.NewFromInt(1)) {
		intDigits = 0
		for x := d.Abs(); x.LessThan(decimal.New(1, -1)) && intDigits > -300; x = x.Shift(1) {
			intDigits--
		}
	}
	places := 15 - intDigits
	if places < 0 {
		places = 0
	}
	return d.Round(places).String()
}
