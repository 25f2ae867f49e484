package parse

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// excelizeSheets is how the .xlsx reader read workbooks when it used
// excelize (GetRows with raw values, merged ranges blanked, numbers with
// binary noise rounded): the reference the reader of xlsxbook.go is held to.
func excelizeSheets(t *testing.T, data []byte) map[string][][]string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string][][]string{}
	for _, sheet := range f.GetSheetList() {
		grid, err := f.GetRows(sheet)
		if err != nil {
			continue
		}
		merged, _ := f.GetMergeCells(sheet, true)
		var merges []xlsxMerge
		for _, m := range merged {
			c1, r1, _ := excelize.CellNameToCoordinates(m.GetStartAxis())
			c2, r2, _ := excelize.CellNameToCoordinates(m.GetEndAxis())
			merges = append(merges, xlsxMerge{min(c1, c2), min(r1, r2), max(c1, c2), max(r1, r2)})
		}
		for i, row := range grid {
			for j, v := range row {
				axis, _ := excelize.CoordinatesToCellName(j+1, i+1)
				if typ, _ := f.GetCellType(sheet, axis); reLongNumber.MatchString(v) &&
					typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
					row[j] = round15(v)
				}
			}
		}
		blankMerged(grid, merges)
		out[sheet] = grid
	}
	return out
}

// TestXlsxReaderAgreesWithExcelize: on the samples written as workbooks and
// on one with every kind of cell a budget workbook holds, the reader gives
// each sheet exactly the grid excelize gave, in the workbook's sheet order.
func TestXlsxReaderAgreesWithExcelize(t *testing.T) {
	books := map[string][]byte{}
	for _, path := range fmtSamples(t) {
		_, rows := fmtGrid(t, path)
		books[path+" one sheet"] = writeXlsxT(t, rows, false)
		books[path+" sheet per table"] = writeXlsxT(t, rows, true)
	}
	books["every kind of cell"] = everyKindOfCell(t)
	books["streamed by a Java exporter"] = streamedWorkbook(t)
	for name, data := range books {
		want := excelizeSheets(t, data)
		book, err := openXlsx(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(book.sheets) != len(want) {
			t.Errorf("%s: %d sheets, excelize %d", name, len(book.sheets), len(want))
		}
		for _, s := range book.sheets {
			grid, merges, err := book.grid(s)
			if err != nil {
				t.Fatalf("%s, sheet %s: %v", name, s.name, err)
			}
			blankMerged(grid, merges)
			if w, ok := want[s.name]; !ok || !reflect.DeepEqual(grid, w) && !(len(grid) == 0 && len(w) == 0) {
				t.Errorf("%s, sheet %s:\n got %q\nwant %q", name, s.name, grid, w)
			}
		}
	}
	// and the streamed workbook as a reader of it expects, whatever excelize says
	book, _ := openXlsx(books["streamed by a Java exporter"])
	grid, _, err := book.grid(book.sheets[0])
	want := [][]string{{"部门预算支出总表"}, nil, {"科目名称 ", "3218.39", "预算"}, {"", "<合计>", "#DIV/0!"}}
	if err != nil || !reflect.DeepEqual(grid, want) {
		t.Errorf("streamed workbook: %q %v, want %q", grid, err, want)
	}
}

// everyKindOfCell: shared and rich-text strings, numbers with binary noise
// and in exponent form, a number kept as text, booleans, a formula with its
// string result, an empty row inside, merged ranges across and down, sheet
// names with markup characters.
func everyKindOfCell(t *testing.T) []byte {
	f := excelize.NewFile()
	defer f.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetCellStr("Sheet1", "A1", "某某局2024年部门预算 & “三公”经费"))
	must(f.MergeCell("Sheet1", "A1", "D1"))
	must(f.SetCellRichText("Sheet1", "A2", []excelize.RichTextRun{{Text: "科目"}, {Text: "编码", Font: &excelize.Font{Bold: true}}}))
	must(f.MergeCell("Sheet1", "A2", "A3"))
	must(f.SetCellValue("Sheet1", "B3", 2618.3900000000001))
	must(f.SetCellValue("Sheet1", "C3", 0.1+0.2))
	must(f.SetCellValue("Sheet1", "D3", 1.5e-9))
	must(f.SetCellStr("Sheet1", "B5", "0.30000000000000004"))
	must(f.SetCellValue("Sheet1", "C5", true))
	must(f.SetCellFormula("Sheet1", "D5", `"合"&"计"`))
	must(f.SetCellValue("Sheet1", "F7", 224))
	for i, name := range []string{"<表2>", "表 3 & 附"} {
		_, err := f.NewSheet(name)
		must(err)
		must(f.SetCellValue(name, "B2", fmt.Sprintf("第%d张", i+2)))
		must(f.SetCellValue(name, "C2", i))
	}
	buf, err := f.WriteToBuffer()
	must(err)
	return buf.Bytes()
}

// streamedWorkbook is a workbook as streaming writers (Apache POI's SXSSF,
// common in government systems) make it: inline strings instead of shared
// ones, cells and rows without references, the sheet's part named by an
// absolute path; and a shared string with a phonetic guide (rPh) that is no
// part of the text.
func streamedWorkbook(t *testing.T) []byte {
	f := excelize.NewFile()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetCellStr("Sheet1", "A1", "x"))
	buf, err := f.WriteToBuffer()
	must(err)
	f.Close()
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	must(err)
	replace := map[string]string{
		"xl/worksheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row><c t="inlineStr"><is><t>部门预算支出总表</t></is></c></row>
<row r="3"><c t="inlineStr"><is><r><t>科目</t></r><r><t xml:space="preserve">名称 </t></r></is></c><c><v>3218.3900000000001</v></c><c t="s"><v>0</v></c></row>
<row><c r="B4" t="inlineStr"><is><t>&lt;合计&gt;</t></is></c><c t="e"><v>#DIV/0!</v></c></row>
</sheetData></worksheet>`,
		"xl/sharedStrings.xml": `<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>预算</t><rPh sb="0" eb="2"><t>よさん</t></rPh></si></sst>`,
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, zf := range zr.File {
		w, err := zw.Create(zf.Name)
		must(err)
		if body, ok := replace[zf.Name]; ok {
			_, err = io.WriteString(w, body)
			must(err)
			continue
		}
		rc, err := zf.Open()
		must(err)
		b, err := io.ReadAll(rc)
		must(err)
		rc.Close()
		if zf.Name == "xl/_rels/workbook.xml.rels" {
			b = []byte(strings.ReplaceAll(string(b), `Target="worksheets/`, `Target="/xl/worksheets/`))
		}
		_, err = w.Write(b)
		must(err)
	}
	must(zw.Close())
	return out.Bytes()
}
