package parse

// A small .xlsx reader over archive/zip and encoding/xml: the sheets in
// workbook order, each as a grid of raw cell values (224, not the "224.00" a
// number format would show) with its merged ranges. It replaces excelize,
// whose package initialisation (formula tables, twenty regular expressions,
// 21,000 allocations) cost every run of yusuan 6-8 ms, even --help; a budget
// workbook needs none of what excelize adds (styles, formulas, writing).

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
)

// xlsxBook is an open workbook: its sheets in workbook order and the
// shared strings their cells point to.
type xlsxBook struct {
	zr     *zip.Reader
	sheets []xlsxSheet
	shared []string
}

type xlsxSheet struct {
	name  string
	part  string // the worksheet's part in the archive ("" when the workbook names none)
	chart bool   // a chart sheet: no cells
}

// xlsxMerge is a merged range, 1-based and inclusive.
type xlsxMerge struct{ c1, r1, c2, r2 int }

func openXlsx(data []byte) (*xlsxBook, error) {
	zr, err := openZip(data, ".xlsx")
	if err != nil {
		return nil, err
	}
	b := &xlsxBook{zr: zr}
	targets := map[string]string{} // relationship id → part
	charts := map[string]bool{}
	if _, err := b.decodePart("xl/_rels/workbook.xml.rels", func(tok xml.Token) {
		if t, ok := tok.(xml.StartElement); ok && t.Name.Local == "Relationship" {
			id, _ := attr(t, "Id")
			target, _ := attr(t, "Target")
			typ, _ := attr(t, "Type")
			targets[id] = xlsxPart(target)
			charts[id] = strings.HasSuffix(typ, "/chartsheet")
		}
	}); err != nil {
		return nil, err
	}
	found, err := b.decodePart("xl/workbook.xml", func(tok xml.Token) {
		if t, ok := tok.(xml.StartElement); ok && t.Name.Local == "sheet" {
			name, _ := attr(t, "name")
			id, _ := attr(t, "id") // r:id; attr matches the local name
			b.sheets = append(b.sheets, xlsxSheet{name: name, part: targets[id], chart: charts[id]})
		}
	})
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, errors.New("没有 xl/workbook.xml (no workbook part)")
	}
	var si *strings.Builder
	inT, phonetic := false, 0
	if _, err := b.decodePart("xl/sharedStrings.xml", func(tok xml.Token) {
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "si":
				si = &strings.Builder{}
			case "rPh":
				phonetic++ // a reading guide (furigana), not the text
			case "t":
				inT = true
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "si":
				if si != nil {
					b.shared = append(b.shared, si.String())
				}
				si = nil
			case "rPh":
				phonetic--
			case "t":
				inT = false
			}
		case xml.CharData:
			if inT && phonetic == 0 && si != nil {
				si.Write(t)
			}
		}
	}); err != nil {
		return nil, err
	}
	return b, nil
}

// xlsxPart resolves a relationship target of xl/workbook.xml to a part name.
func xlsxPart(target string) string {
	if strings.HasPrefix(target, "/") {
		return path.Clean(strings.TrimPrefix(target, "/"))
	}
	return path.Join("xl", target)
}

// grid reads a sheet: rows by row number (row 1 first), each with its cells
// by column up to the last that holds a value or a formula, no empty rows at
// the end;
// numeric cells rounded as Excel shows them (round15) when they carry binary
// noise. Rows past maxSheetRows and columns past maxColumns are not read, so
// a cell claiming row 1048576 or column XFD allocates nothing.
func (b *xlsxBook) grid(s xlsxSheet) ([][]string, []xlsxMerge, error) {
	if s.chart {
		return nil, nil, errors.New("图表工作表，没有单元格 (a chart sheet)")
	}
	var grid [][]string
	var merges []xlsxMerge
	row, col := 0, 0
	var cell struct {
		typ      string
		v        strings.Builder
		inV, inT bool
		phonetic int
		formula  bool
	}
	// set puts a value in the grid; an empty one only when keep (a formula
	// cell without a stored result still counts, as excelize counted it)
	set := func(r, c int, v string, keep bool) {
		if v == "" && !keep || r < 1 || c < 1 || r > maxSheetRows || c > maxColumns {
			return
		}
		for len(grid) < r {
			grid = append(grid, nil)
		}
		for len(grid[r-1]) < c {
			grid[r-1] = append(grid[r-1], "")
		}
		grid[r-1][c-1] = v
	}
	found, err := b.decodePart(s.part, func(tok xml.Token) {
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "row":
				row++
				if r, ok := attr(t, "r"); ok {
					if n, err := strconv.Atoi(r); err == nil {
						row = n
					}
				}
				col = 0
			case "c":
				col++
				if ref, ok := attr(t, "r"); ok {
					if c, _, ok := xlsxRef(ref); ok {
						col = c
					}
				}
				cell.typ, _ = attr(t, "t")
				cell.v.Reset()
				cell.formula = false
			case "v":
				cell.inV = true
			case "f":
				cell.formula = true
			case "t":
				cell.inT = true
			case "rPh":
				cell.phonetic++
			case "mergeCell":
				ref, _ := attr(t, "ref")
				from, to, _ := strings.Cut(ref, ":")
				c1, r1, ok1 := xlsxRef(from)
				c2, r2, ok2 := xlsxRef(to)
				if ok1 && ok2 {
					merges = append(merges, xlsxMerge{min(c1, c2), min(r1, r2), max(c1, c2), max(r1, r2)})
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "v":
				cell.inV = false
			case "t":
				cell.inT = false
			case "rPh":
				cell.phonetic--
			case "c":
				set(row, col, b.cellValue(cell.typ, cell.v.String()), cell.formula)
			}
		case xml.CharData:
			// a value (<v>), or an inline string's text (<is><t>)
			if cell.inV || cell.inT && cell.typ == "inlineStr" && cell.phonetic == 0 {
				cell.v.Write(t)
			}
		}
	})
	if err != nil {
		return nil, nil, err
	}
	if !found {
		return nil, nil, fmt.Errorf("缺少工作表部件 %q (missing worksheet part)", s.part)
	}
	return grid, merges, nil
}

// cellValue is the raw value of a cell of type typ whose <v> (or inline
// text) is v: a shared string is looked up; a number with binary noise is
// rounded to the 15 significant digits Excel shows; anything else (a
// formula's string result, an error, a boolean 1/0) is kept as stored.
func (b *xlsxBook) cellValue(typ, v string) string {
	switch typ {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || i < 0 || i >= len(b.shared) {
			return ""
		}
		return b.shared[i]
	case "", "n":
		if reLongNumber.MatchString(v) {
			return round15(v)
		}
	}
	return v
}

// xlsxRef reads a cell reference such as "AB12" (or "$AB$12") into a
// 1-based column and row.
func xlsxRef(ref string) (col, row int, ok bool) {
	ref = strings.ReplaceAll(ref, "$", "")
	i := 0
	for i < len(ref) && i < 3 && (ref[i] >= 'A' && ref[i] <= 'Z' || ref[i] >= 'a' && ref[i] <= 'z') {
		col = col*26 + int(ref[i]|0x20-'a') + 1
		i++
	}
	row, err := strconv.Atoi(ref[i:])
	if i == 0 || err != nil || row < 1 {
		return 0, 0, false
	}
	return col, row, true
}

// decodePart streams the XML tokens of a part to fn and says whether the
// archive holds the part; a missing part is no error.
func (b *xlsxBook) decodePart(part string, fn func(xml.Token)) (bool, error) {
	if part == "" {
		return false, nil
	}
	rc, err := zipPart(b.zr, part)
	if err != nil || rc == nil {
		return false, err
	}
	defer rc.Close()
	d := xml.NewDecoder(&limitReader{r: rc, n: maxUnzipped})
	d.Strict = false
	for {
		// RawToken: namespace prefixes are not resolved (attr matches local
		// names), and a cell's text is copied before the next token
		tok, err := d.RawToken()
		if err == io.EOF {
			return true, nil
		}
		if err != nil {
			return true, fmt.Errorf("%s: %v", part, err)
		}
		fn(tok)
	}
}
