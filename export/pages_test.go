package export

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"
	"testing"

	"yusuan/audit"
	"yusuan/model"
)

// pagedSamples are the two samples as pdftotext would give them: a form
// feed before every 40th line starts a page, so their figures fall on
// pages 1 to 90 and more.
func pagedSamples(t *testing.T) []*model.Document {
	t.Helper()
	var docs []*model.Document
	for _, s := range sampleDocs {
		lines := strings.Split(string(s.data), "\n")
		for i := 40; i < len(lines); i += 40 {
			lines[i] = "\f" + lines[i]
		}
		d := parseSample(t, s.source, []byte(strings.Join(lines, "\n")))
		if len(d.Pages) < 10 {
			t.Fatalf("%s: %d page breaks read", s.source, len(d.Pages))
		}
		docs = append(docs, d)
	}
	return docs
}

// pagesAgree asserts that every row of a table (a CSV, a sheet) gives in
// its page column the page of its line column, blank where the line is,
// and that some rows are past the first page.
func pagesAgree(t *testing.T, what string, rows [][]string, source, line, page string, docs []*model.Document) {
	t.Helper()
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	bySource := map[string]*model.Document{}
	for _, d := range docs {
		bySource[d.Source] = d
	}
	for _, c := range []string{source, line, page} {
		if _, ok := col[c]; !ok {
			t.Fatalf("%s: no column %s in %q", what, c, rows[0])
		}
	}
	cell := func(r []string, c string) string {
		if j := col[c]; j < len(r) {
			return r[j]
		}
		return ""
	}
	later := 0
	for i, r := range rows[1:] {
		d := bySource[cell(r, source)]
		if d == nil {
			t.Fatalf("%s row %d: source %q", what, i+2, cell(r, source))
		}
		want := ""
		if n, err := strconv.Atoi(cell(r, line)); err == nil {
			if p := d.PageOf(n); p > 0 {
				want = strconv.Itoa(p)
			}
			if d.PageOf(n) > 1 {
				later++
			}
		}
		if got := cell(r, page); got != want {
			t.Errorf("%s row %d: line %s on page %q, want %q", what, i+2, cell(r, line), got, want)
		}
	}
	if later == 0 {
		t.Errorf("%s: no row past the first page in %d rows", what, len(rows)-1)
	}
}

func readCSV(t *testing.T, write func(*bytes.Buffer) error) [][]string {
	t.Helper()
	var b bytes.Buffer
	if err := write(&b); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// Every CSV writer that carries a source line carries its page beside it.
func TestCSVPages(t *testing.T) {
	docs := pagedSamples(t)
	checked := checkedOf(docs)
	pagesAgree(t, "long", readCSV(t, func(b *bytes.Buffer) error { return CSV(b, docs) }), "source", "line", "page", docs)
	pagesAgree(t, "wide", readCSV(t, func(b *bytes.Buffer) error { return WideCSV(b, docs) }), "source", "line", "page", docs)
	findings := readCSV(t, func(b *bytes.Buffer) error { return FindingsCSV(b, checked) })
	pagesAgree(t, "findings", findings, "source", "line", "page", docs)
	if got := strings.Join(findings[0][7:9], ","); got != "line,page" {
		t.Errorf("findings CSV: %s where line,page was expected", got)
	}
}

// Every sheet of the workbook that names a source line names its page in
// the next column.
func TestXLSXPages(t *testing.T) {
	docs := pagedSamples(t)
	var b bytes.Buffer
	if err := XLSX(&b, checkedOf(docs)); err != nil {
		t.Fatal(err)
	}
	f := book(t, b.Bytes())
	defer f.Close()
	for _, name := range []string{"功能分类", "经济分类", "项目", "绩效指标", "三公经费", "核对发现", "全部金额"} {
		rows, err := f.GetRows(name)
		if err != nil {
			t.Fatal(err)
		}
		at := -1
		for i, h := range rows[0] {
			if h == "行" {
				at = i
			}
		}
		if at < 0 || at+1 >= len(rows[0]) || rows[0][at+1] != "页" {
			t.Errorf("%s: no 页 right after 行 in %q", name, rows[0])
			continue
		}
		pagesAgree(t, name, rows, "来源文件", "行", "页", docs)
	}
	if len(audit.Check(docs[1])) == 0 {
		t.Fatal("Cangzhou has no findings: the findings sheet was not tried")
	}
}
