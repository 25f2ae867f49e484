package export

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf16"

	"charm.land/lipgloss/v2"
	"github.com/xuri/excelize/v2"

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

// maxCellText is Excel's limit on a cell's length, in UTF-16 units.
const maxCellText = 32767

// Widths: at least a few characters, at most a readable column.
const (
	minWidth = 6
	maxWidth = 60
)

// workbook writes sheets into an xlsx file with excelize's streaming writer.
type workbook struct {
	f      *excelize.File
	styles map[int]int // number format by decimal places → style
	bold   int
}

func newWorkbook() (*workbook, error) {
	wb := &workbook{f: excelize.NewFile(), styles: map[int]int{}}
	var err error
	wb.bold, err = wb.f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	return wb, err
}

// writeXLSX writes the sheets, in order, as one workbook to w.
func writeXLSX(w io.Writer, sheets []*sheet) error {
	wb, err := newWorkbook()
	if err != nil {
		return err
	}
	defer wb.f.Close()
	for i, s := range sheets {
		if i == 0 {
			err = wb.f.SetSheetName("Sheet1", s.name)
		} else {
			_, err = wb.f.NewSheet(s.name)
		}
		if err != nil {
			return err
		}
		if err := wb.write(s); err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
	}
	// The first sheet is the active one already (it is NewFile's Sheet1):
	// SetActiveSheet would read the streamed sheet back into memory.
	_, err = wb.f.WriteTo(w)
	return err
}

func (wb *workbook) write(s *sheet) error {
	sw, err := wb.f.NewStreamWriter(s.name)
	if err != nil {
		return err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	rows := make([][]any, len(s.rows))
	widths := make([]int, len(s.header))
	for j, h := range s.header {
		widths[j] = lipgloss.Width(h) + 4 // room for the filter button
	}
	for i, r := range s.rows {
		out := make([]any, len(r))
		for j, v := range r {
			c, shown, err := wb.cellOf(v)
			if err != nil {
				return err
			}
			out[j] = c
			if j < len(widths) {
				widths[j] = max(widths[j], lipgloss.Width(shown)+2) // the widest line; CJK counts two
			}
		}
		rows[i] = out
	}
	for j, w := range widths {
		if err := sw.SetColWidth(j+1, j+1, float64(min(max(w, minWidth), maxWidth))); err != nil {
			return err
		}
	}
	header := make([]any, len(s.header))
	for j, h := range s.header {
		header[j] = excelize.Cell{StyleID: wb.bold, Value: h}
	}
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	for i, r := range rows {
		if err := sw.SetRow("A"+strconv.Itoa(i+2), r); err != nil {
			return err
		}
	}
	last, err := excelize.CoordinatesToCellName(len(s.header), max(len(rows)+1, 2))
	if err != nil {
		return err
	}
	// A table gives the header row its filter buttons; the stream writer
	// has no other way to filter.
	if err := sw.AddTable(&excelize.Table{Range: "A1:" + last, Name: s.table, StyleName: "TableStyleLight1"}); err != nil {
		return err
	}
	return sw.Flush()
}

// cellOf turns a value into what the stream writer takes, and the text a
// reader sees (for the column's width).
func (wb *workbook) cellOf(v any) (any, string, error) {
	switch v := v.(type) {
	case nil:
		return nil, "", nil
	case string:
		s := clip(cell.Safe(v))
		return s, s, nil
	case int:
		s := strconv.Itoa(v)
		return v, s, nil
	case model.Money:
		return wb.decimalCell(v.String(), 2)
	case *model.Money:
		if v == nil {
			return nil, "", nil
		}
		return wb.decimalCell(v.String(), 2)
	case number:
		if !isPlainDecimal(string(v)) {
			s := clip(cell.Safe(string(v)))
			return s, s, nil
		}
		return wb.decimalCell(string(v), 0)
	}
	return nil, "", fmt.Errorf("xlsx: no cell for %T", v)
}

// decimalCell writes an exact decimal as a numeric cell shown with thousands
// separators and all its decimals (at least minPlaces).
//
// The stream writer takes a number as a float64 and writes the shortest
// decimal that reads back as the same float64 into the file: for any
// decimal of at most 15 significant digits, that is the decimal itself, so
// the file holds exactly the string the model printed (the tests read every
// cell back and compare it with the JSON export). A value Excel cannot hold
// exactly (more than 15 significant digits; none in real documents) is
// written as text rather than rounded.
func (wb *workbook) decimalCell(s string, minPlaces int) (any, string, error) {
	s = strings.TrimPrefix(s, "+")
	places := 0
	if i := strings.IndexByte(s, '.'); i >= 0 {
		places = len(s) - i - 1
	}
	places = max(places, minPlaces)
	m, ok := model.ParseAmount(s)
	if !ok {
		return nil, "", fmt.Errorf("xlsx: %q is not a decimal", s)
	}
	shown := m.Grouped()
	canon := m.Decimal().String()
	f, err := strconv.ParseFloat(canon, 64)
	if err != nil || strconv.FormatFloat(f, 'f', -1, 64) != canon || significantDigits(canon) > 15 {
		return s, s, nil
	}
	style, err := wb.numberStyle(places)
	if err != nil {
		return nil, "", err
	}
	return excelize.Cell{StyleID: style, Value: f}, shown, nil
}

// numberStyle is #,##0.00 with as many decimal places as the value has.
func (wb *workbook) numberStyle(places int) (int, error) {
	if id, ok := wb.styles[places]; ok {
		return id, nil
	}
	format := "#,##0"
	if places > 0 {
		format += "." + strings.Repeat("0", places)
	}
	id, err := wb.f.NewStyle(&excelize.Style{CustomNumFmt: &format})
	if err != nil {
		return 0, err
	}
	wb.styles[places] = id
	return id, nil
}

func significantDigits(s string) int {
	s = strings.TrimLeft(strings.Replace(strings.TrimPrefix(s, "-"), ".", "", 1), "0")
	return len(s)
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
