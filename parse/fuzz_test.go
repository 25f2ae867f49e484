package parse

// Fuzz targets: no input may panic. Seeded with the samples (and the
// samples written as .docx/.xlsx/HTML). Run one with
//	go test ./parse -run '^$' -fuzz '^FuzzBytes$' -fuzztime 30s

import (
	"archive/zip"
	"bytes"
	"io"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func seedSamples(f *testing.F) [][]Row {
	var grids [][]Row
	for _, p := range fmtSamples(f) {
		data, rows := fmtGrid(f, p)
		f.Add(data)
		// a piece of each, so the fuzzer has short inputs to work on
		f.Add(data[:min(len(data), 4096)])
		grids = append(grids, rows)
	}
	return grids
}

// checkDoc asserts what holds for any document that parsed.
func checkDoc(t *testing.T, data []byte, rows []Row) {
	for _, r := range rows {
		if !r.Table && len(r.Cells) == 0 {
			t.Fatalf("text row without a cell at line %d", r.Line)
		}
		for _, c := range r.Cells {
			if !utf8.ValidString(c) || strings.ContainsAny(c, "\x1b\r\x00") {
				t.Fatalf("unclean cell %q", c)
			}
		}
	}
}

func FuzzDecode(f *testing.F) {
	seedSamples(f)
	f.Add([]byte("\xff\xfe\x00"))
	f.Add([]byte("\xef\xbb\xbf\r\n\f"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines, _, err := Decode(data)
		if err != nil {
			return
		}
		for _, l := range lines {
			if len(l) > MaxLine || strings.ContainsAny(l, "\r\f\x1b") || !utf8.ValidString(l) {
				t.Fatalf("bad line %q", l)
			}
		}
	})
}

// FuzzLayouts runs each text layout reader on the decoded lines, then the
// document builder on what it produced, and the whole of Bytes.
func FuzzLayouts(f *testing.F) {
	seedSamples(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		lines, _, err := Decode(data)
		if err != nil {
			return
		}
		for _, read := range []func([]string) []Row{readCells, readRows, readSpaces} {
			rows := read(lines)
			checkDoc(t, data, rows)
			_, _ = FromRows("fuzz", LayoutRows, rows)
		}
		_, _ = Bytes("fuzz", data)
	})
}

// FuzzFromRows builds grids directly: a line is a row, TABs split cells,
// a leading '|' makes it a table row, "∅" an empty cell list.
func FuzzFromRows(f *testing.F) {
	for _, rows := range seedSamples(f) {
		var b strings.Builder
		for _, r := range rows {
			if r.Table {
				b.WriteString("|")
			}
			b.WriteString(strings.Join(r.Cells, "\t") + "\n")
		}
		f.Add([]byte(b.String()))
	}
	f.Add([]byte("2023年部门预算支出总表\n∅\n|∅\n|\t\n一、\tx"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var rows []Row
		for i, l := range strings.Split(string(data), "\n") {
			r := Row{Line: i + 1}
			if strings.HasPrefix(l, "|") {
				r.Table, l = true, l[1:]
			}
			if l != "∅" {
				r.Cells = strings.Split(l, "\t")
			}
			rows = append(rows, r)
		}
		for _, layout := range []Layout{LayoutCells, LayoutRows, LayoutSpaces, LayoutDocx} {
			_, _ = FromRows("fuzz", layout, rows)
		}
	})
}

// docxOf wraps a document.xml body in a stored (uncompressed) zip.
func docxOf(t testing.TB, documentXML []byte) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, err := zw.CreateHeader(&zip.FileHeader{Name: "word/document.xml", Method: zip.Store})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(documentXML)
	zw.Close()
	return b.Bytes()
}

func partOf(t testing.TB, archive []byte, name string) []byte {
	zr, err := zip.NewReader(bytes.NewReader(archive), int64(len(archive)))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		if zf.Name == name {
			rc, _ := zf.Open()
			defer rc.Close()
			b, _ := io.ReadAll(rc)
			return b
		}
	}
	t.Fatalf("no %s", name)
	return nil
}

// FuzzDocx fuzzes word/document.xml (the zip around it is not what can go
// wrong in our code), and whole archives for the zip handling.
func FuzzDocx(f *testing.F) {
	for _, rows := range seedSamples(f) {
		f.Add(partOf(f, writeDocxT(f, rows), "word/document.xml"))
	}
	f.Add([]byte(`<w:document><w:body><w:tbl><w:tr><w:trPr><w:gridBefore w:val="99999"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="-3"/><w:vMerge/></w:tcPr><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`))
	f.Fuzz(func(t *testing.T, xml []byte) {
		rows, err := readDocx(docxOf(t, xml))
		if err != nil {
			return
		}
		checkDoc(t, xml, rows)
		for _, r := range rows {
			if r.Table && len(r.Cells) > maxColumns+maxSpan {
				t.Fatalf("table row of %d cells", len(r.Cells))
			}
		}
		_, _ = FromRows("fuzz", LayoutDocx, rows)
	})
}

// FuzzXlsx replaces the first sheet of a sample workbook with the input.
func FuzzXlsx(f *testing.F) {
	var base []byte
	for _, rows := range seedSamples(f) {
		wb := writeXlsxT(f, rows, false)
		base = wb
		f.Add(partOf(f, wb, "xl/worksheets/sheet1.xml"))
	}
	f.Add([]byte(`<worksheet><sheetData><row r="3"><c r="XFD3" t="n"><v>1E+99</v></c></row></sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>`))
	zr, err := zip.NewReader(bytes.NewReader(base), int64(len(base)))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, sheet []byte) {
		var b bytes.Buffer
		zw := zip.NewWriter(&b)
		for _, zf := range zr.File {
			w, _ := zw.CreateHeader(&zip.FileHeader{Name: zf.Name, Method: zip.Store})
			if zf.Name == "xl/worksheets/sheet1.xml" {
				w.Write(sheet)
				continue
			}
			rc, _ := zf.Open()
			io.Copy(w, rc)
			rc.Close()
		}
		zw.Close()
		rows, _, err := readXlsx(b.Bytes())
		if err != nil {
			return
		}
		checkDoc(t, sheet, rows)
		_, _ = FromRows("fuzz", LayoutXlsx, rows)
	})
}

func FuzzHTML(f *testing.F) {
	for _, rows := range seedSamples(f) {
		f.Add(writeHTMLT(rows))
	}
	f.Add([]byte(`<table><tr><td rowspan=0 colspan=99999>1<table><tr><td rowspan=3>x</table><tr><td>2<td colspan=-1>`))
	f.Add([]byte("<html><meta charset=gb2312><p>\xd4\xa4\xcb\xe3\t1</p>"))
	f.Fuzz(func(t *testing.T, page []byte) {
		rows, err := readHTML(page)
		if err != nil {
			return
		}
		checkDoc(t, page, rows)
		for _, r := range rows {
			if r.Table && len(r.Cells) > maxColumns {
				t.Fatalf("table row of %d cells", len(r.Cells))
			}
		}
		_, _ = FromRows("fuzz", LayoutHTML, rows)
	})
}

// FuzzDetectFormat: detection and dispatch on arbitrary bytes (converters
// are not run: PDF and OLE2 inputs stop at detection).
func FuzzDetectFormat(f *testing.F) {
	f.Add([]byte("PK\x03\x04word/document.xml"))
	f.Add([]byte("%PDF-1.7"))
	f.Add([]byte("<!DOCTYPE html><table>"))
	f.Add(append(append([]byte{}, magicOLE2...), "W\x00o\x00r\x00k\x00b\x00o\x00o\x00k\x00"...))
	f.Fuzz(func(t *testing.T, data []byte) {
		switch DetectFormat("x.xls", data) {
		case FormatPDF, FormatDoc, FormatXls:
			return
		}
		_, _ = Bytes("x", data)
	})
}

// FuzzSameBlanksAside: comparing two lines with their blanks skipped says
// what comparing their blank-free copies says.
func FuzzSameBlanksAside(f *testing.F) {
	f.Add("科目编码 科目名称　合计", "科目编码科目名称 合 计")
	f.Add("201 一般公共服务", "201一般公共服务支出")
	f.Add("\xff a", "\ufffd")
	f.Add(" \u00a0", "")
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			return // lines are decoded to valid UTF-8 before any layout reader
		}
		if got, want := sameBlanksAside(a, b), nospace(a) == nospace(b); got != want {
			t.Fatalf("sameBlanksAside(%q, %q) = %v, nospace says %v", a, b, got, want)
		}
	})
}

// FuzzCountingSortByStart: the counting sort of clusterLines gives what a
// stable sort by start gives.
func FuzzCountingSortByStart(f *testing.F) {
	f.Add([]byte{3, 1, 3, 0, 2, 1})
	f.Fuzz(func(t *testing.T, starts []byte) {
		type it struct{ s, order int32 }
		items := make([]it, len(starts))
		maxS := 0
		for i, s := range starts {
			items[i] = it{int32(s), int32(i)}
			maxS = max(maxS, int(s))
		}
		got := countingSortByStart(items, maxS, func(x it) int32 { return x.s })
		want := slices.Clone(items)
		slices.SortStableFunc(want, func(a, b it) int { return int(a.s - b.s) })
		if !slices.Equal(got, want) {
			t.Fatalf("%v: %v, want %v", starts, got, want)
		}
	})
}

// FuzzHasOddBlank: the byte scan finds a tab, U+3000 or U+00A0 exactly
// where the string holds one.
func FuzzHasOddBlank(f *testing.F) {
	f.Add("科目\u3000名称")
	f.Add("、。「」\u00a0")
	f.Add("\xe3\x80")
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.ContainsAny(s, "\t") || strings.Contains(s, "\u3000") || strings.Contains(s, "\u00a0")
		if got := hasOddBlank(s); got != want {
			t.Fatalf("hasOddBlank(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzHasSpace: the byte scan is strings.IndexFunc(s, unicode.IsSpace) >= 0,
// on any bytes.
func FuzzHasSpace(f *testing.F) {
	for _, s := range []string{"科目名称", "科目\u3000名称", "\u2028", "\u205f", "\u1680", "\u0085", "\xe2\xe2\x80\x80", "\xe2\x80", "合\u00a0计"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasSpace(s), strings.IndexFunc(s, unicode.IsSpace) >= 0; got != want {
			t.Fatalf("hasSpace(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzRowWords: the byte scan for 元, 指标 and 计划 finds them exactly where
// the cells hold them, on any valid UTF-8 (the only text decodeLines gives).
func FuzzRowWords(f *testing.F) {
	for _, s := range []string{"年度资金总额（元）", "一级指标\t二级指标", "资金支出计划", "指\t标", "计划指标元", "剂标"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		r := Row{Cells: strings.Split(s, "\t")}
		want := formWords{}
		for _, c := range r.Cells {
			want.yuan = want.yuan || strings.Contains(c, "元")
			want.indicator = want.indicator || strings.Contains(c, "指标")
			want.plan = want.plan || strings.Contains(c, "计划")
		}
		if got := rowWords(r); got != want {
			t.Fatalf("rowWords(%q) = %+v, want %+v", s, got, want)
		}
	})
}

// FuzzTrimCell: the quick trim of a cell is strings.TrimSpace.
func FuzzTrimCell(f *testing.F) {
	f.Add("科目名称")
	f.Add("\u3000合计\u3000")
	f.Add("一般公共服务 ")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimCell(s), strings.TrimSpace(s); got != want {
			t.Fatalf("trimCell(%q) = %q, want %q", s, got, want)
		}
	})
}
