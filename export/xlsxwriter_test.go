package export

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// writeBook writes one sheet of the given rows with xlsxWriter alone.
func writeBook(t *testing.T, header []string, rows [][]xcell) []byte {
	t.Helper()
	var b bytes.Buffer
	x, err := newXLSXWriter(&b, []string{"文本"})
	if err != nil {
		t.Fatal(err)
	}
	widths := make([]int, len(header))
	for j := range widths {
		widths[j] = 10
	}
	if err := x.startSheet("texts", header, widths); err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if err := x.writeRow(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.endSheet(); err != nil {
		t.Fatal(err)
	}
	if err := x.close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Text reaches the file escaped, without what XML 1.0 cannot hold (a
// reader would refuse the whole file), its spaces kept.
func TestXLSXWriterEscapesText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`<b>&"预算"</b>`, `<b>&"预算"</b>`},
		{"a\x01b\x1bc\x00", "abc"},
		{"坏\xff字节", "坏字节"},
		{"非字符\ufffe\uffff", "非字符"},
		{"  前后有空格 ", "  前后有空格 "},
		{"换行\n与\t制表", "换行\n与\t制表"},
		{"回车\r\n", "回车\r\n"},
		{"]]>", "]]>"},
	} {
		data := writeBook(t, []string{"文本"}, [][]xcell{{{kind: textCell, value: c.in}}})
		wellFormed(t, data)
		f := book(t, data)
		got, err := f.GetCellValue("文本", "A2")
		if err != nil || got != c.want {
			t.Errorf("%q read back as %q (%v), want %q", c.in, got, err, c.want)
		}
		if typ, _ := f.GetCellType("文本", "A2"); typ != excelize.CellTypeInlineString {
			t.Errorf("%q: cell type %v", c.in, typ)
		}
		f.Close()
	}
}

// wellFormed fails unless every part of the package parses as XML, with
// [Content_Types].xml first (where file-type sniffers look for it).
func wellFormed(t *testing.T, data []byte) {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if z.File[0].Name != "[Content_Types].xml" {
		t.Errorf("first part %s", z.File[0].Name)
	}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		d := xml.NewDecoder(r)
		for {
			if _, err := d.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Errorf("%s: %v", f.Name, err)
				break
			}
		}
		r.Close()
	}
}

// A sheet: the header bold and frozen, a table over it even without rows,
// numbers with their format, blanks left out, column widths as given.
func TestXLSXWriterSheet(t *testing.T) {
	x := &xlsxWriter{styleOf: map[string]int{}}
	money, plain := x.numberStyle("#,##0.00"), x.numberStyle("#,##0")
	if again := x.numberStyle("#,##0.00"); again != money || money == plain || money <= boldStyle {
		t.Fatalf("styles %d %d %d", money, plain, again)
	}
	for _, c := range []struct {
		name string
		rows [][]xcell
		ref  string
	}{
		{"no rows", nil, "A1:C2"},
		{"rows", [][]xcell{
			{{kind: textCell, value: "2240106"}, {kind: numberCell, value: "-37188.3"}, {kind: numberCell, value: "22"}},
			{{}, {kind: numberCell, value: "0"}, {}},
			{{kind: textCell, value: "末行"}},
		}, "A1:C4"},
	} {
		var b bytes.Buffer
		w, err := newXLSXWriter(&b, []string{"概况"})
		if err != nil {
			t.Fatal(err)
		}
		w.numberStyle("#,##0.00")
		if err := w.startSheet("summary", []string{"编码", "金额", "行"}, []int{12, 20, 6}); err != nil {
			t.Fatal(err)
		}
		for _, r := range c.rows {
			if err := w.writeRow(r); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.endSheet(); err != nil {
			t.Fatal(err)
		}
		if err := w.close(); err != nil {
			t.Fatal(err)
		}
		wellFormed(t, b.Bytes())
		f := book(t, b.Bytes())
		if p, err := f.GetPanes("概况"); err != nil || !p.Freeze || p.YSplit != 1 {
			t.Errorf("%s: panes %+v %v", c.name, p, err)
		}
		if tables, err := f.GetTables("概况"); err != nil || len(tables) != 1 || tables[0].Range != c.ref || tables[0].Name != "summary" {
			t.Errorf("%s: tables %+v %v, want %s", c.name, tables, err, c.ref)
		}
		if s, _ := f.GetCellStyle("概况", "A1"); s != boldStyle {
			t.Errorf("%s: header style %d", c.name, s)
		} else if st, _ := f.GetStyle(s); st == nil || st.Font == nil || !st.Font.Bold {
			t.Errorf("%s: header not bold: %+v", c.name, st)
		}
		if w, _ := f.GetColWidth("概况", "B"); w != 20 {
			t.Errorf("%s: column B %g wide", c.name, w)
		}
		rows, _ := f.GetRows("概况")
		if len(rows) != len(c.rows)+1 {
			t.Errorf("%s: %d rows", c.name, len(rows))
		}
		if c.rows != nil {
			for ref, want := range map[string]string{"A2": "2240106", "B2": "-37188.3", "C2": "22", "A3": "", "B3": "0", "A4": "末行"} {
				if got, _ := f.GetCellValue("概况", ref); got != want {
					t.Errorf("%s %s = %q, want %q", c.name, ref, got, want)
				}
			}
			if typ, _ := f.GetCellType("概况", "B2"); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
				t.Errorf("B2 type %v", typ)
			}
		}
		f.Close()
	}
}

// A name Excel would refuse, or read as a cell reference, is an error
// before anything is written.
func TestXLSXWriterRefusesBadNames(t *testing.T) {
	for _, c := range []struct {
		sheets, tables []string
		header         []string
	}{
		{[]string{"a/b"}, []string{"ok"}, []string{"列"}},
		{[]string{""}, []string{"ok"}, []string{"列"}},
		{[]string{strings.Repeat("长", 32)}, []string{"ok"}, []string{"列"}},
		{[]string{"好", "Sheet", "sheet"}, []string{"a", "b", "c"}, []string{"列"}},
		{[]string{"好"}, []string{"abc1"}, []string{"列"}},
		{[]string{"好"}, []string{""}, []string{"列"}},
		{[]string{"好"}, []string{"表"}, []string{"列"}},
		{[]string{"好", "坏"}, []string{"ok", "OK"}, []string{"列"}},
		{[]string{"好"}, []string{"ok"}, []string{"列", "Δ", "列"}},
		{[]string{"好"}, []string{"ok"}, []string{"列", ""}},
	} {
		x, err := newXLSXWriter(io.Discard, c.sheets)
		for _, table := range c.tables {
			if err == nil {
				err = x.startSheet(table, c.header, nil)
			}
			if err == nil {
				err = x.endSheet()
			}
		}
		if err == nil {
			t.Errorf("sheets %q tables %q header %q accepted", c.sheets, c.tables, c.header)
		}
	}
	// and names that are fine are accepted
	x, err := newXLSXWriter(io.Discard, []string{"功能分类", "经济分类"})
	if err == nil {
		err = x.startSheet("three_public", []string{"旧", "新", "Δ%"}, nil)
	}
	if err != nil {
		t.Error(err)
	}
}

// The same papers give the same bytes (no clock in the file).
func TestXLSXDeterministic(t *testing.T) {
	docs := loadDocs(t, sampleFiles...)
	var a, b bytes.Buffer
	if err := XLSX(&a, checkedOf(docs)); err != nil {
		t.Fatal(err)
	}
	if err := XLSX(&b, checkedOf(docs)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes of the same documents differ")
	}
	wellFormed(t, a.Bytes())
}
