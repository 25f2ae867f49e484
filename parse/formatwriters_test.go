package parse

// Tiny writers that turn a parse grid back into a .docx, .xlsx or HTML page,
// so the format readers can be tested on the samples: the same grid in every
// format must give the same facts. Merged cells are written as real merges
// (gridSpan/vMerge, merged ranges, colspan/rowspan) wherever the grid has a
// value followed by blanks, so the span handling is exercised too.

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// fmtSpans decides, for one table (consecutive table rows), which blanks
// are written as part of a merge: hspan[i][j] = number of columns the cell
// at (i,j) spans (0 for a cell covered by a span to its left), vcont[i][j] =
// the cell continues a vertical merge from the row above, vstart[i][j] = a
// vertical merge starts here.
type fmtSpans struct {
	hspan          [][]int
	vcont, vstart  [][]bool
	horiz, vertica bool
}

// spansOf merges a value with the blanks to its right (horizontal) and a
// value with blanks below it in rows of the same width (vertical); a cell is
// in at most one kind of merge.
func spansOf(tbl []Row, horiz, vert bool) fmtSpans {
	s := fmtSpans{horiz: horiz, vertica: vert}
	n := len(tbl)
	s.hspan = make([][]int, n)
	s.vcont = make([][]bool, n)
	s.vstart = make([][]bool, n)
	for i, r := range tbl {
		s.hspan[i] = make([]int, len(r.Cells))
		s.vcont[i] = make([]bool, len(r.Cells))
		s.vstart[i] = make([]bool, len(r.Cells))
		for j := range r.Cells {
			s.hspan[i][j] = 1
		}
	}
	if vert {
		for i := 1; i < n; i++ {
			for j, c := range tbl[i].Cells {
				if c != "" || len(tbl[i-1].Cells) != len(tbl[i].Cells) {
					continue
				}
				if tbl[i-1].Cells[j] != "" || s.vcont[i-1][j] {
					s.vcont[i][j] = true
					if !s.vcont[i-1][j] {
						s.vstart[i-1][j] = true
					}
				}
			}
		}
	}
	if horiz {
		for i, r := range tbl {
			for j := 0; j < len(r.Cells); j++ {
				if r.Cells[j] == "" || s.vcont[i][j] || s.vstart[i][j] {
					continue
				}
				k := j + 1
				for k < len(r.Cells) && r.Cells[k] == "" && !s.vcont[i][k] && !s.vstart[i][k] {
					k++
				}
				s.hspan[i][j] = k - j
				for m := j + 1; m < k; m++ {
					s.hspan[i][m] = 0
				}
				j = k - 1
			}
		}
	}
	return s
}

// tables splits a grid into runs: a text row alone, or consecutive table rows.
func runsOf(rows []Row) [][]Row {
	var out [][]Row
	for i := 0; i < len(rows); {
		j := i + 1
		if rows[i].Table {
			for j < len(rows) && rows[j].Table {
				j++
			}
		}
		out = append(out, rows[i:j])
		i = j
	}
	return out
}

func xmlText(s string) string {
	var b bytes.Buffer
	_ = xmlEscape(&b, s)
	return b.String()
}

func xmlEscape(b *bytes.Buffer, s string) error {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	_, err := b.WriteString(r.Replace(s))
	return err
}

// writeDocxT writes the grid as word/document.xml in a minimal .docx.
func writeDocxT(t testing.TB, rows []Row) []byte {
	var body bytes.Buffer
	para := func(cells []string) {
		body.WriteString("<w:p><w:r>")
		for k, c := range cells {
			if k > 0 {
				body.WriteString("<w:tab/>")
			}
			fmt.Fprintf(&body, `<w:t xml:space="preserve">%s</w:t>`, xmlText(c))
		}
		body.WriteString("</w:r></w:p>")
	}
	for _, run := range runsOf(rows) {
		if !run[0].Table {
			para(run[0].Cells)
			continue
		}
		s := spansOf(run, true, true)
		body.WriteString("<w:tbl><w:tblPr/>")
		for i, r := range run {
			body.WriteString("<w:tr>")
			for j, c := range r.Cells {
				if s.hspan[i][j] == 0 {
					continue
				}
				body.WriteString("<w:tc><w:tcPr>")
				if s.hspan[i][j] > 1 {
					fmt.Fprintf(&body, `<w:gridSpan w:val="%d"/>`, s.hspan[i][j])
				}
				if s.vstart[i][j] {
					body.WriteString(`<w:vMerge w:val="restart"/>`)
				}
				if s.vcont[i][j] {
					body.WriteString(`<w:vMerge/>`)
				}
				body.WriteString("</w:tcPr>")
				// a continuation cell holds an empty paragraph, as Word writes it
				para([]string{c})
				body.WriteString("</w:tc>")
			}
			body.WriteString("</w:tr>")
		}
		body.WriteString("</w:tbl>")
		// Word needs a paragraph between tables; an empty one adds no row
		body.WriteString("<w:p/>")
	}
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		body.String() + `</w:body></w:document>`
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for name, content := range map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"word/document.xml":   doc,
		"_rels/.rels":         `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
	} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(content)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// writeXlsxT writes the grid into workbook sheets with excelize: one sheet,
// or (perSheet) a new sheet at every text row that follows a table, as
// workbooks with one table per sheet are laid out. Numbers are written as
// numbers, horizontal runs of blanks after a value are merged.
func writeXlsxT(t testing.TB, rows []Row, perSheet bool) []byte {
	f := excelize.NewFile()
	defer f.Close()
	sheet, r := "Sheet1", 0
	n := 1
	prevTable := false
	for _, run := range runsOf(rows) {
		if perSheet && !run[0].Table && prevTable {
			n++
			sheet, r = fmt.Sprintf("表%d", n), 0
			if _, err := f.NewSheet(sheet); err != nil {
				t.Fatal(err)
			}
		}
		if prevTable && !run[0].Table {
			r++ // an empty row after a table, as sheets that stack tables have
		}
		prevTable = run[0].Table
		s := spansOf(run, true, false)
		for i, row := range run {
			r++
			for j, c := range row.Cells {
				if c == "" {
					continue
				}
				axis, _ := excelize.CoordinatesToCellName(j+1, r)
				var err error
				if d, ok := plainNumber(c); ok {
					err = f.SetCellValue(sheet, axis, d)
				} else {
					err = f.SetCellStr(sheet, axis, c)
				}
				if err != nil {
					t.Fatal(err)
				}
				if row.Table && s.hspan[i][j] > 1 {
					end, _ := excelize.CoordinatesToCellName(j+s.hspan[i][j], r)
					if err := f.MergeCell(sheet, axis, end); err != nil {
						t.Fatal(err)
					}
				}
			}
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// plainNumber: a cell that a spreadsheet would hold as a number (and that
// reads back identically: no leading zeros, no trailing decimal zeros).
func plainNumber(c string) (float64, bool) {
	var f float64
	if _, err := fmt.Sscan(c, &f); err != nil || fmt.Sprint(f) != c {
		return 0, false
	}
	return f, true
}

// htmlEsc escapes a cell and keeps runs of spaces with no-break spaces, as
// Word's HTML export does.
func htmlEsc(s string) string {
	s = html.EscapeString(s)
	for strings.Contains(s, "  ") {
		s = strings.ReplaceAll(s, "  ", "&nbsp; ")
	}
	return s
}

// writeHTMLT writes the grid as a page in GB18030-compatible markup: text
// rows as <p> (cells joined by a TAB), tables with colspan and rowspan.
func writeHTMLT(rows []Row) []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>预算</title>\n<style>td{border:1px}</style></head>\n<body>\n")
	for _, run := range runsOf(rows) {
		if !run[0].Table {
			esc := make([]string, len(run[0].Cells))
			for k, c := range run[0].Cells {
				esc[k] = htmlEsc(c)
			}
			fmt.Fprintf(&b, "<p>%s</p>\n", strings.Join(esc, "\t"))
			continue
		}
		s := spansOf(run, true, true)
		b.WriteString("<table border=\"1\">\n")
		for i, r := range run {
			b.WriteString("  <tr>")
			for j, c := range r.Cells {
				if s.hspan[i][j] == 0 || s.vcont[i][j] {
					continue
				}
				b.WriteString("<td")
				if s.hspan[i][j] > 1 {
					fmt.Fprintf(&b, ` colspan="%d"`, s.hspan[i][j])
				}
				if s.vstart[i][j] {
					k := i + 1
					for k < len(run) && j < len(s.vcont[k]) && s.vcont[k][j] {
						k++
					}
					fmt.Fprintf(&b, ` rowspan="%d"`, k-i)
				}
				fmt.Fprintf(&b, ">%s</td>", htmlEsc(c))
			}
			b.WriteString("</tr>\n")
		}
		b.WriteString("</table>\n")
	}
	b.WriteString("</body></html>\n")
	return b.Bytes()
}
