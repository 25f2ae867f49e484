package parse

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// gridString shows rows compactly: T| for a table row, cells joined by |.
func gridString(rows []Row) string {
	var b strings.Builder
	for _, r := range rows {
		if r.Table {
			b.WriteString("T|")
		} else {
			b.WriteString("P|")
		}
		fmt.Fprintf(&b, "%d|%s\n", r.Line, strings.Join(r.Cells, "|"))
	}
	return b.String()
}

func TestDocxStructures(t *testing.T) {
	const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`
	tc := func(props, text string) string {
		return `<w:tc><w:tcPr>` + props + `</w:tcPr><w:p><w:r><w:t>` + text + `</w:t></w:r></w:p></w:tc>`
	}
	body := `<w:p><w:r><w:t>部门预算</w:t></w:r><w:r><w:tab/><w:t>3</w:t></w:r></w:p>` +
		`<w:p/>` + // empty paragraph: counted, no row
		`<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>` +
		`<w:tbl>` +
		`<w:tr>` + tc(`<w:vMerge w:val="restart"/>`, "科目编码") + tc(`<w:gridSpan w:val="2"/>`, "金额") + `</w:tr>` +
		`<w:tr>` + tc(`<w:vMerge/>`, "") + tc("", "基本") + tc("", "项目") + `</w:tr>` +
		`<w:tr><w:trPr><w:gridBefore w:val="1"/><w:gridAfter w:val="1"/></w:trPr>` + tc("", "1.00") + `</w:tr>` +
		// two paragraphs in a cell, a nested table, deleted text and a field code
		`<w:tr><w:tc><w:p><w:r><w:t>一般公共</w:t></w:r></w:p><w:p><w:r><w:t>预算</w:t></w:r></w:p></w:tc>` +
		`<w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>内</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc>` +
		`<w:tc><w:p><w:del><w:r><w:delText>旧</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText><w:t>Total</w:t></w:r></w:p><w:p><w:r><w:t>sum</w:t></w:r></w:p></w:tc></w:tr>` +
		`</w:tbl>` +
		// a text box: its paragraph sits inside the outer one; mc:Fallback repeats it
		`<w:p><w:r><w:t>外</w:t></w:r><w:r><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>框</w:t></w:r></w:p></w:txbxContent></mc:Choice>` +
		`<mc:Fallback><w:txbxContent><w:p><w:r><w:t>框</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
		`<w:p><w:r><w:t>` + "\u009b31m\u202e" + `红</w:t></w:r></w:p>` // C1 CSI, bidi override
	doc := `<?xml version="1.0"?><w:document ` + w + `><w:body>` + body + `</w:body></w:document>`
	rows, err := readDocx(docxOf(t, []byte(doc)))
	if err != nil {
		t.Fatal(err)
	}
	want := `P|1|部门预算|3
P|3|第一行
P|3|第二行
T|4|科目编码|金额|
T|5||基本|项目
T|6||1.00|
T|7|一般公共预算|内|Total sum
P|8|外框
P|9|红
`
	if got := gridString(rows); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestHTMLStructures(t *testing.T) {
	page := `<html><head><title>不要</title><style>p{}</style><script>var x="不要"</script></head><body>
<table width="100%"><tr><td>
  <h1>某某局2024年
     部门预算</h1>
  <p>目录&nbsp;&nbsp;说明	3</p>
  <div>单位：万元<br>第二行</div>
  <table border=1>
    <tr><th rowspan=2>科目编码</th><th colspan=2>金额</th><th rowspan="3">备注</th></tr>
    <tr><td>基本</td><td>项目</td></tr>
    <tr><td>201</td><td>1<br>.00</td><td>&nbsp;</td></tr>
    <tr><td colspan=0>x</td><td rowspan=-2>y</td></tr>
  </table>
  <p>注：<b>本表</b>无数据</p>
</td></tr></table>
</body></html>`
	rows, err := readHTML([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := `P|1|某某局2024年部门预算
P|2|目录  说明|3
P|3|单位：万元
P|4|第二行
T|5|科目编码|金额||备注
T|6||基本|项目|
T|7|201|1 .00||
T|8|x|y
P|9|注：本表无数据
`
	if got := gridString(rows); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestHTMLCharsets(t *testing.T) {
	gb, _ := simplifiedchinese.GBK.NewEncoder().String("<p>部门预算</p>")
	for name, page := range map[string]string{
		"utf-8 bom":          "\xef\xbb\xbf<p>部门预算</p>",
		"gb2312 meta":        `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">` + gb,
		"gbk no meta":        gb,
		"big5 declared":      `<meta charset="utf-8"><p>部门预算</p>`,
		"gbk declared utf-8": `<meta charset="utf-8">` + gb,
		"utf-8 declared gbk": `<meta http-equiv="Content-Type" content="text/html; charset=GBK"><p>部门预算</p>`,
		"utf-16 bom":         "\xff\xfe" + utf16le("<p>部门预算</p>"),
	} {
		rows, err := readHTML([]byte(page))
		if err != nil || len(rows) != 1 || rows[0].Cells[0] != "部门预算" {
			t.Errorf("%s: %q %v", name, gridString(rows), err)
		}
	}
}

// TestHTMLCharsetRefused: a page declaring an encoding outside the UTF-8,
// GB and Latin-1 families is refused by name, not read as GB18030 mojibake.
func TestHTMLCharsetRefused(t *testing.T) {
	for _, page := range []string{
		`<meta charset="big5"><p>\xb3\xa1\xaa\xf9</p>`,
		`<META HTTP-EQUIV="content-type" CONTENT="text/html; charset=Shift_JIS"><p>x</p>`,
	} {
		rows, err := readHTML([]byte(page))
		if err == nil || !strings.Contains(err.Error(), "不受支持") {
			t.Errorf("%q: got rows %q, err %v; want the encoding refused", page, gridString(rows), err)
		}
	}
}

func utf16le(s string) string {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return string(b)
}

func TestXlsxStructures(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	set := func(sheet, axis string, v any) {
		if err := f.SetCellValue(sheet, axis, v); err != nil {
			t.Fatal(err)
		}
	}
	// sheet 1: a title merged across, a header merged down and across, a
	// float stored with binary noise, a long code kept as text
	set("Sheet1", "A1", "某某局2024年部门预算支出总表")
	f.MergeCell("Sheet1", "A1", "D1")
	set("Sheet1", "A2", "科目编码")
	f.MergeCell("Sheet1", "A2", "A3")
	set("Sheet1", "B2", "金额")
	f.MergeCell("Sheet1", "B2", "D2")
	set("Sheet1", "B3", "合计")
	set("Sheet1", "C3", "基本")
	set("Sheet1", "D3", "项目")
	set("Sheet1", "A4", "201")
	set("Sheet1", "B4", 2618.3900000000001)
	f.SetCellStr("Sheet1", "C4", "123456789012345678.12345678901")
	set("Sheet1", "D4", 1e-7)
	// sheet 2: starts with a table row, so its name becomes the title
	f.NewSheet("三公经费表")
	set("三公经费表", "A1", "项目")
	set("三公经费表", "B1", "金额")
	set("三公经费表", "A2", "合计")
	set("三公经费表", "B2", 3.5)
	// sheet 3: a default name says nothing, so no title
	f.NewSheet("Sheet3")
	set("Sheet3", "A1", "项目")
	set("Sheet3", "B1", "金额")
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	rows, notes, err := readXlsx(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	want := `P|1|某某局2024年部门预算支出总表
T|2|科目编码|金额||
T|3||合计|基本|项目
T|4|201|2618.39|123456789012345678.12345678901|0.0000001
P|5|三公经费表
T|5|项目|金额
T|6|合计|3.5
T|7|项目|金额
`
	if got := gridString(rows); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if len(notes) != 3 || !strings.Contains(notes[1], "三公经费表") || !strings.Contains(notes[1], "第5行") {
		t.Errorf("notes %q", notes)
	}
}

func TestRound15(t *testing.T) {
	for in, want := range map[string]string{
		"2618.3900000000001":  "2618.39",
		"0.30000000000000004": "0.3",
		"-12.00000000000001":  "-12",
		"1.5E3":               "1500",
		"1E-7":                "0.0000001",
		"123456789.123456789": "123456789.123457",
	} {
		if got := round15(in); got != want {
			t.Errorf("round15(%s) = %s, want %s", in, got, want)
		}
	}
}

func TestDetectFormat(t *testing.T) {
	for data, want := range map[string]Format{
		"PK\x03\x04...word/document.xml":   FormatDocx,
		"PK\x03\x04...xl/workbook.xml":     FormatXlsx,
		"PK\x03\x04...readme.txt":          FormatZip,
		"%PDF-1.7\n":                       FormatPDF,
		"\r\n%PDF-1.4":                     FormatPDF,
		"\ufeff <!DOCTYPE HTML PUBLIC>":    FormatHTML,
		"<TABLE><tr>":                      FormatHTML,
		"<?xml version='1.0'?><html>":      FormatHTML,
		"<?xml version='1.0'?><w:doc>":     FormatText,
		"2024年部门预算\t1\n":                   FormatText,
		"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": FormatDoc,
	} {
		if got := DetectFormat("x", []byte(data)); got != want {
			t.Errorf("%q: %s, want %s", data, got, want)
		}
	}
	if got := DetectFormat("old.XLS", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")); got != FormatXls {
		t.Errorf("OLE2 named .xls: %s", got)
	}
}

// TestXlsxChartSheet: a chart sheet cannot be read as cells; the workbook's
// other sheets still are.
func TestXlsxChartSheet(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	f.SetCellValue("Sheet1", "A1", "项目")
	f.SetCellValue("Sheet1", "B1", 1)
	if err := f.AddChartSheet("图表", &excelize.Chart{Type: excelize.Col,
		Series: []excelize.ChartSeries{{Name: "Sheet1!$A$1", Categories: "Sheet1!$A$1", Values: "Sheet1!$B$1"}}}); err != nil {
		t.Fatal(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	rows, notes, err := readXlsx(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if got := gridString(rows); got != "T|1|项目|1\n" {
		t.Errorf("got %q (notes %q)", got, notes)
	}
}
