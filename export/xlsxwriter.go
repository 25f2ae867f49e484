package export

import (
	"archive/zip"
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// xlsxWriter writes an Office Open XML workbook with archive/zip alone:
// each sheet is streamed into its zip entry row by row as it is written,
// never held as a document tree. It replaces excelize, whose package
// initialisation cost every start of the program (even --help) ~7 ms and
// 1.3 MB, for the little the working papers need: inline-string and
// numeric cells, a bold header row frozen under a table (the filter
// buttons), column widths and custom number formats.
//
// The parts: [Content_Types].xml, the relationships and xl/workbook.xml are
// written first (the sheets' names are known beforehand), then each sheet
// with its table, and xl/styles.xml last, once every number format is known.
type xlsxWriter struct {
	zw     *zip.Writer
	part   *bufio.Writer // the sheet being written
	sheets int           // sheets started so far
	rows   int           // rows written in the current sheet (header included)
	cols   []string      // the current sheet's header: the table's columns
	table  string        // the current sheet's table name
	line   []byte        // one row's XML, reused

	formats []string        // custom number formats: numFmtId 164+i, cell style 2+i
	styleOf map[string]int  // number format → cell style
	tables  map[string]bool // table names used, in lower case
}

// cellKind is what an xcell holds.
type cellKind uint8

const (
	blankCell  cellKind = iota
	textCell            // an inline string
	numberCell          // a number, value written as it is
)

// xcell is one cell as the writer puts it in the file.
type xcell struct {
	kind  cellKind
	value string // the text, or the number's decimal digits exactly as stored
	style int    // a cell style: plainStyle, boldStyle or numberStyle's
}

// Cell styles, as indices into cellXfs in styles.xml.
const (
	plainStyle = 0
	boldStyle  = 1
)

// Fixed for every entry, so the same papers give the same bytes.
var zipTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

const (
	nsMain  = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRel   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsPkg   = "http://schemas.openxmlformats.org/package/2006/relationships"
	ctBase  = "application/vnd.openxmlformats-officedocument.spreadsheetml."
	xmlDecl = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
)

// newXLSXWriter starts a workbook of the named sheets, in order.
func newXLSXWriter(w io.Writer, names []string) (*xlsxWriter, error) {
	if err := checkNames("sheet", names, checkSheetName); err != nil {
		return nil, err
	}
	x := &xlsxWriter{zw: zip.NewWriter(w), styleOf: map[string]int{}, tables: map[string]bool{}}
	var types, book, rels strings.Builder
	types.WriteString(xmlDecl + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="` + ctBase + `sheet.main+xml"/>` +
		`<Override PartName="/xl/styles.xml" ContentType="` + ctBase + `styles+xml"/>`)
	book.WriteString(xmlDecl + `<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRel + `">` +
		`<bookViews><workbookView activeTab="0"/></bookViews><sheets>`)
	rels.WriteString(xmlDecl + `<Relationships xmlns="` + nsPkg + `">`)
	for i, n := range names {
		k := strconv.Itoa(i + 1)
		fmt.Fprintf(&types, `<Override PartName="/xl/worksheets/sheet%s.xml" ContentType="%sworksheet+xml"/>`+
			`<Override PartName="/xl/tables/table%s.xml" ContentType="%stable+xml"/>`, k, ctBase, k, ctBase)
		book.WriteString(`<sheet name="` + escapeXML(n) + `" sheetId="` + k + `" r:id="rId` + k + `"/>`)
		rels.WriteString(`<Relationship Id="rId` + k + `" Type="` + nsRel + `/worksheet" Target="worksheets/sheet` + k + `.xml"/>`)
	}
	types.WriteString(`</Types>`)
	book.WriteString(`</sheets></workbook>`)
	rels.WriteString(`<Relationship Id="rId` + strconv.Itoa(len(names)+1) + `" Type="` + nsRel + `/styles" Target="styles.xml"/></Relationships>`)
	for _, p := range []struct{ name, body string }{
		{"[Content_Types].xml", types.String()},
		{"_rels/.rels", xmlDecl + `<Relationships xmlns="` + nsPkg + `">` +
			`<Relationship Id="rId1" Type="` + nsRel + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", book.String()},
		{"xl/_rels/workbook.xml.rels", rels.String()},
	} {
		if err := x.writePart(p.name, p.body); err != nil {
			return nil, err
		}
	}
	return x, nil
}

func (x *xlsxWriter) create(name string) (io.Writer, error) {
	return x.zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: zipTime})
}

func (x *xlsxWriter) writePart(name, body string) error {
	w, err := x.create(name)
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, body)
	return err
}

// startSheet opens the next sheet: its column widths (in characters), then
// its header row in bold, frozen. table names the Excel table that will
// give the header its filter buttons: ASCII, unique in the workbook.
func (x *xlsxWriter) startSheet(table string, header []string, widths []int) error {
	if err := checkTableName(table); err != nil {
		return err
	}
	if x.tables[strings.ToLower(table)] {
		return fmt.Errorf("xlsx: two tables named %q", table)
	}
	x.tables[strings.ToLower(table)] = true
	if err := checkNames("column", header, func(h string) error {
		if h == "" {
			return fmt.Errorf("xlsx: a table column needs a name")
		}
		return nil
	}); err != nil {
		return err
	}
	x.sheets++
	w, err := x.create("xl/worksheets/sheet" + strconv.Itoa(x.sheets) + ".xml")
	if err != nil {
		return err
	}
	if x.part == nil {
		x.part = bufio.NewWriterSize(w, 64<<10)
	} else {
		x.part.Reset(w)
	}
	x.rows, x.cols, x.table = 0, header, table
	b := append(x.line[:0], xmlDecl+`<worksheet xmlns="`+nsMain+`" xmlns:r="`+nsRel+`"><sheetViews><sheetView`...)
	if x.sheets == 1 {
		b = append(b, ` tabSelected="1"`...)
	}
	b = append(b, ` workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>`+
		`<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>`+
		`<sheetFormatPr defaultRowHeight="15"/>`...)
	if len(widths) > 0 {
		b = append(b, `<cols>`...)
		for j, wd := range widths {
			k := strconv.Itoa(j + 1)
			b = append(b, `<col min="`+k+`" max="`+k+`" width="`...)
			b = strconv.AppendInt(b, int64(wd), 10)
			b = append(b, `" customWidth="1"/>`...)
		}
		b = append(b, `</cols>`...)
	}
	x.line = append(b, `<sheetData>`...)
	if _, err := x.part.Write(x.line); err != nil {
		return err
	}
	cells := make([]xcell, len(header))
	for j, h := range header {
		cells[j] = xcell{kind: textCell, value: h, style: boldStyle}
	}
	return x.writeRow(cells)
}

// writeRow writes the next row of the open sheet; blank cells are left out.
func (x *xlsxWriter) writeRow(cells []xcell) error {
	x.rows++
	r := strconv.Itoa(x.rows)
	b := append(x.line[:0], `<row r="`+r+`">`...)
	for j, c := range cells {
		if c.kind == blankCell {
			continue
		}
		b = append(b, `<c r="`...)
		b = appendColumnName(b, j+1)
		b = append(b, r...)
		b = append(b, '"')
		if c.style != plainStyle {
			b = append(b, ` s="`...)
			b = strconv.AppendInt(b, int64(c.style), 10)
			b = append(b, '"')
		}
		if c.kind == numberCell {
			b = append(b, `><v>`...)
			b = append(b, c.value...)
			b = append(b, `</v></c>`...)
			continue
		}
		b = append(b, ` t="inlineStr"><is><t`...)
		if hasOuterSpace(c.value) {
			b = append(b, ` xml:space="preserve"`...)
		}
		b = append(b, '>')
		b = appendEscaped(b, c.value)
		b = append(b, `</t></is></c>`...)
	}
	x.line = append(b, `</row>`...)
	_, err := x.part.Write(x.line)
	return err
}

// endSheet closes the open sheet and writes its table: the header and every
// row beneath it (at least one, as Excel wants), with filter buttons.
func (x *xlsxWriter) endSheet() error {
	if _, err := x.part.WriteString(`</sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`); err != nil {
		return err
	}
	if err := x.part.Flush(); err != nil {
		return err
	}
	k := strconv.Itoa(x.sheets)
	if err := x.writePart("xl/worksheets/_rels/sheet"+k+".xml.rels", xmlDecl+`<Relationships xmlns="`+nsPkg+`">`+
		`<Relationship Id="rId1" Type="`+nsRel+`/table" Target="../tables/table`+k+`.xml"/></Relationships>`); err != nil {
		return err
	}
	ref := "A1:" + string(appendColumnName(nil, max(len(x.cols), 1))) + strconv.Itoa(max(x.rows, 2))
	var t strings.Builder
	t.WriteString(xmlDecl + `<table xmlns="` + nsMain + `" id="` + k + `" name="` + x.table + `" displayName="` + x.table +
		`" ref="` + ref + `"><autoFilter ref="` + ref + `"/><tableColumns count="` + strconv.Itoa(len(x.cols)) + `">`)
	for j, h := range x.cols {
		t.WriteString(`<tableColumn id="` + strconv.Itoa(j+1) + `" name="` + escapeXML(h) + `"/>`)
	}
	t.WriteString(`</tableColumns><tableStyleInfo name="TableStyleLight1" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`)
	return x.writePart("xl/tables/table"+k+".xml", t.String())
}

// numberStyle is the cell style showing numbers in format (#,##0.00),
// added to the workbook's styles the first time it is asked for.
func (x *xlsxWriter) numberStyle(format string) int {
	if s, ok := x.styleOf[format]; ok {
		return s
	}
	x.formats = append(x.formats, format)
	s := boldStyle + len(x.formats)
	x.styleOf[format] = s
	return s
}

// formatOf is the number format of a cell style, "" for none.
func (x *xlsxWriter) formatOf(style int) string {
	if style <= boldStyle {
		return ""
	}
	return x.formats[style-boldStyle-1]
}

// close writes the styles and ends the file.
func (x *xlsxWriter) close() error {
	var s strings.Builder
	s.WriteString(xmlDecl + `<styleSheet xmlns="` + nsMain + `">`)
	if len(x.formats) > 0 {
		s.WriteString(`<numFmts count="` + strconv.Itoa(len(x.formats)) + `">`)
		for i, f := range x.formats {
			s.WriteString(`<numFmt numFmtId="` + strconv.Itoa(164+i) + `" formatCode="` + escapeXML(f) + `"/>`)
		}
		s.WriteString(`</numFmts>`)
	}
	s.WriteString(`<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
		`<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
		`<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
		`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
		`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
		`<cellXfs count="` + strconv.Itoa(2+len(x.formats)) + `"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
		`<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>`)
	for i := range x.formats {
		s.WriteString(`<xf numFmtId="` + strconv.Itoa(164+i) + `" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`)
	}
	s.WriteString(`</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`)
	if err := x.writePart("xl/styles.xml", s.String()); err != nil {
		return err
	}
	return x.zw.Close()
}

// appendColumnName appends the letters of column n (1 → A, 27 → AA).
func appendColumnName(b []byte, n int) []byte {
	var letters [4]byte
	i := len(letters)
	for n > 0 {
		n--
		i--
		letters[i] = byte('A' + n%26)
		n /= 26
	}
	return append(b, letters[i:]...)
}

// appendEscaped appends s as XML character data: markup characters escaped,
// CR kept as a reference (a parser would turn a bare one into LF), and what
// XML 1.0 cannot hold at all left out: control characters other than tab
// and newline, U+FFFE, U+FFFF and bytes that are not UTF-8.
func appendEscaped(b []byte, s string) []byte {
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < utf8.RuneSelf && c != '&' && c != '<' && c != '>' && c != '"' {
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		var esc string
		switch {
		case r == '&':
			esc = "&amp;"
		case r == '<':
			esc = "&lt;"
		case r == '>':
			esc = "&gt;"
		case r == '"':
			esc = "&quot;"
		case r == '\r':
			esc = "&#13;"
		case r == '\t' || r == '\n':
			i += size
			continue
		case r < 0x20 || r == utf8.RuneError && size == 1 || r == 0xFFFE || r == 0xFFFF:
			esc = "" // not allowed in XML: dropped
		default:
			i += size
			continue
		}
		b = append(append(b, s[start:i]...), esc...)
		i += size
		start = i
	}
	return append(b, s[start:]...)
}

func escapeXML(s string) string { return string(appendEscaped(nil, s)) }

// hasOuterSpace reports text a reader would trim unless told to keep its spaces.
func hasOuterSpace(s string) bool {
	if s == "" {
		return false
	}
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
	return isSpace(s[0]) || isSpace(s[len(s)-1])
}

// checkNames applies check to each name and refuses two that Excel takes
// for the same (it ignores case).
func checkNames(what string, names []string, check func(string) error) error {
	seen := map[string]bool{}
	for _, n := range names {
		if err := check(n); err != nil {
			return err
		}
		if seen[strings.ToLower(n)] {
			return fmt.Errorf("xlsx: two %ss named %q", what, n)
		}
		seen[strings.ToLower(n)] = true
	}
	return nil
}

// checkSheetName holds a tab's title to what Excel accepts.
func checkSheetName(name string) error {
	if name == "" || utf8.RuneCountInString(name) > 31 || strings.ContainsAny(name, `[]:*?/\`) {
		return fmt.Errorf("xlsx: %q cannot name a sheet", name)
	}
	return nil
}

// checkTableName holds a table's name to ASCII letters and underscores: a
// valid defined name that cannot be read as a cell reference (abc1).
func checkTableName(name string) error {
	for i := 0; i < len(name); i++ {
		if c := name[i]; c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			continue
		}
		return fmt.Errorf("xlsx: %q cannot name a table", name)
	}
	if name == "" {
		return fmt.Errorf("xlsx: a table needs a name")
	}
	return nil
}
