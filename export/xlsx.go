package export

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf16"

	"charm.land/lipgloss/v2"

	"yusuan/export/cell"
	"yusuan/model"
)

// The workbook machinery shared by the xlsx writers of export, check and
// diff: every sheet has a frozen, filtered header row, columns as wide as
// their widest cell (Chinese counted as two columns, as Excel draws it),
// text guarded against formulas, and amounts as numeric cells.

// sheet is one worksheet before it is written. Cell values are:
//   - string: text (codes included: 2240106 stays text), guarded by cell.Safe
//   - model.Money, *model.Money: an amount in 万元, a numeric cell (nil: blank)
//   - number: a decimal string such as a Δ% or a finding's difference, a
//     numeric cell when it is a plain number, else text
//   - int: a count or a source line; lineNo(0) is blank
//   - nil: blank
type sheet struct {
	name   string // the tab's title, at most 31 characters
	table  string // the Excel table's name: ASCII, unique in the workbook
	header []string
	rows   [][]any
}

// number is a decimal written as text by the model (Δ%, a finding's expected
// value), shown in the workbook as a number when it is one.
type number string

// lineNo is a source line: blank when unknown (0).
func lineNo(n int) any {
	if n <= 0 {
		return nil
	}
	return n
}

// pageNo is a PDF page: blank where the source has no pages (0).
func pageNo(n int) any { return lineNo(n) }

// maxCellText is Excel's limit on a cell's length, in UTF-16 units.
const maxCellText = 32767

// Widths: at least a few characters, at most a readable column.
const (
	minWidth = 6
	maxWidth = 60
)

// workbook turns the sheets' values into cells for xlsxWriter.
type workbook struct {
	x      *xlsxWriter
	styles map[int]int // number format by decimal places → style
}

func newWorkbook(w io.Writer, names []string) (*workbook, error) {
	x, err := newXLSXWriter(w, names)
	if err != nil {
		return nil, err
	}
	return &workbook{x: x, styles: map[int]int{}}, nil
}

// writeXLSX writes the sheets, in order, as one workbook to w.
func writeXLSX(w io.Writer, sheets []*sheet) error {
	names := make([]string, len(sheets))
	for i, s := range sheets {
		names[i] = s.name
	}
	wb, err := newWorkbook(w, names)
	if err != nil {
		return err
	}
	for _, s := range sheets {
		if err := wb.write(s); err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
	}
	return wb.x.close()
}

// write streams a sheet: a first pass over its rows sizes the columns (the
// widths come before the rows in the file), the second writes each row as
// it is turned into cells.
func (wb *workbook) write(s *sheet) error {
	widths := make([]int, len(s.header))
	for j, h := range s.header {
		widths[j] = lipgloss.Width(h) + 4 // room for the filter button
	}
	for _, r := range s.rows {
		for j, v := range r[:min(len(r), len(widths))] {
			if widths[j] >= maxWidth {
				continue
			}
			c, err := wb.cellOf(v)
			if err != nil {
				return err
			}
			// a text is never wider than its UTF-8 bytes (CJK: 3 bytes, 2
			// columns): no need to measure one that cannot widen the column
			if c.kind != textCell || len(c.value)+2 > widths[j] {
				widths[j] = max(widths[j], wb.shownWidth(c)+2)
			}
		}
	}
	for j, w := range widths {
		widths[j] = min(max(w, minWidth), maxWidth)
	}
	if err := wb.x.startSheet(s.table, s.header, widths); err != nil {
		return err
	}
	var cells []xcell
	for _, r := range s.rows {
		cells = cells[:0]
		for _, v := range r {
			c, err := wb.cellOf(v)
			if err != nil {
				return err
			}
			cells = append(cells, c)
		}
		if err := wb.x.writeRow(cells); err != nil {
			return err
		}
	}
	return wb.x.endSheet()
}

// shownWidth is how many columns a cell takes on screen (CJK counts two):
// text as it is, a number as its format shows it (37,188.30).
func (wb *workbook) shownWidth(c xcell) int {
	switch c.kind {
	case textCell:
		return lipgloss.Width(c.value)
	case numberCell:
		v, sign := strings.CutPrefix(c.value, "-")
		digits, _, _ := strings.Cut(v, ".")
		format := wb.x.formatOf(c.style) // "" for a count: as it is
		w := len(digits)
		if sign {
			w++
		}
		if strings.Contains(format, ",") {
			w += (len(digits) - 1) / 3 // thousands separators
		}
		if i := strings.IndexByte(format, '.'); i >= 0 {
			w += len(format) - i // the point and the places
		}
		return w
	}
	return 0
}

// cellOf turns a sheet's value into a cell.
func (wb *workbook) cellOf(v any) (xcell, error) {
	switch v := v.(type) {
	case nil:
		return xcell{}, nil
	case string:
		return textOf(v), nil
	case int:
		return xcell{kind: numberCell, value: strconv.Itoa(v)}, nil
	case model.Money:
		return wb.moneyCell(v), nil
	case *model.Money:
		if v == nil {
			return xcell{}, nil
		}
		return wb.moneyCell(*v), nil
	case number:
		s := strings.TrimPrefix(string(v), "+")
		m, ok := model.ParseAmount(s)
		if !isPlainDecimal(s) || !ok {
			return textOf(string(v)), nil
		}
		return wb.decimalCell(m.String(), placesOf(s)), nil // shown as printed: 12.5 (%), not 12.50
	}
	return xcell{}, fmt.Errorf("xlsx: no cell for %T", v)
}

// textOf is document text as a cell: cleaned of control characters,
// guarded against formulas, within Excel's length.
func textOf(s string) xcell {
	s = clip(cell.Safe(s))
	if s == "" {
		return xcell{}
	}
	return xcell{kind: textCell, value: s}
}

// moneyCell is an amount shown with all its decimals, at least two (Money.String).
func (wb *workbook) moneyCell(m model.Money) xcell {
	s := m.String()
	return wb.decimalCell(s, placesOf(s))
}

// decimalCell writes an exact decimal s as a numeric cell, its file text s
// without trailing zeros (-30.00 → -30), shown with thousands separators
// and places decimals.
//
// Excel holds a number as a float64 and shows 15 significant digits: a
// decimal of at most 15 is read back as itself, so the file holds exactly
// the amount (the tests read every cell back and compare it with the JSON
// export). A value Excel cannot hold exactly (more digits; none in real
// documents) is written as text rather than rounded.
func (wb *workbook) decimalCell(s string, places int) xcell {
	v := trimFraction(s) // the number format shows the places
	if significantDigits(v) > 15 || !floatExact(v) {
		return xcell{kind: textCell, value: s}
	}
	return xcell{kind: numberCell, value: v, style: wb.numberStyle(places)}
}

// placesOf counts the decimals of a decimal string.
func placesOf(s string) int {
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return len(s) - i - 1
	}
	return 0
}

// floatExact reports that the float64 of s reads back as s, a decimal
// without trailing zeros (no overflow, no underflow to a subnormal).
func floatExact(s string) bool {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return false
	}
	var buf [32]byte
	return string(strconv.AppendFloat(buf[:0], f, 'f', -1, 64)) == s
}

// trimFraction drops trailing zeros after the point, and the point (1.50 → 1.5, 2.00 → 2).
func trimFraction(s string) string {
	if strings.IndexByte(s, '.') < 0 {
		return s
	}
	return strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
}

// numberStyle is #,##0.00 with as many decimal places as the value has.
func (wb *workbook) numberStyle(places int) int {
	if id, ok := wb.styles[places]; ok {
		return id
	}
	format := "#,##0"
	if places > 0 {
		format += "." + strings.Repeat("0", places)
	}
	id := wb.x.numberStyle(format)
	wb.styles[places] = id
	return id
}

// significantDigits counts the digits of a decimal from its first non-zero
// one to its last, trailing zeros of the fraction left out (0.0500 has 1).
func significantDigits(s string) int {
	s = strings.TrimLeft(strings.TrimPrefix(trimFraction(s), "-"), "0.")
	return len(s) - strings.Count(s, ".")
}

// isPlainDecimal reports an optionally signed decimal: digits with at most one point.
func isPlainDecimal(s string) bool {
	s = strings.TrimLeft(s, "+-")
	digits, point := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !point:
			point = true
		default:
			return false
		}
	}
	return digits > 0
}

// clip keeps text within Excel's cell limit, marking the cut.
func clip(s string) string {
	if len(s) <= maxCellText { // bytes ≥ UTF-16 units: the common case
		return s
	}
	n := 0
	for i, r := range s {
		n += utf16.RuneLen(r)
		if n > maxCellText-1 {
			return s[:i] + "…"
		}
	}
	return s
}
