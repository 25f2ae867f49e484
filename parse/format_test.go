package parse

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"yusuan/export"
	"yusuan/model"
)

// fmtSamples lists the sample documents (../samples/*.txt).
func fmtSamples(t testing.TB) []string {
	paths, err := filepath.Glob("../samples/*.txt")
	if err != nil || len(paths) < 2 {
		t.Fatalf("samples missing: %v %v", paths, err)
	}
	return paths
}

func readFileT(t testing.TB, path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// fmtGrid returns a text sample's bytes and the grid its layout reader makes.
func fmtGrid(t testing.TB, path string) ([]byte, []Row) {
	data := readFileT(t, path)
	lines, _, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	switch DetectLayout(lines) {
	case LayoutCells:
		return data, readCells(lines)
	case LayoutRows:
		return data, readRows(lines)
	}
	return data, readSpaces(lines)
}

var reLinePrefix = regexp.MustCompile(`第\d+行：`)

// factsJSON is the exported JSON of a document without what depends on the
// container: source, layout, line numbers (and the line prefix of warnings),
// and the notes a workbook adds about where each sheet starts.
func factsJSON(t testing.TB, d *model.Document) string {
	var buf bytes.Buffer
	if err := export.JSON(&buf, []*model.Document{d}); err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	v = stripLines(v)
	m := v.(map[string]any)
	delete(m, "source")
	delete(m, "layout")
	if ws, ok := m["warnings"].([]any); ok {
		var keep []any
		for _, w := range ws {
			if s, ok := w.(string); ok && !strings.Contains(s, "工作表“") {
				keep = append(keep, reLinePrefix.ReplaceAllString(s, ""))
			}
		}
		m["warnings"] = keep
	}
	out, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func stripLines(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			if k == "line" || k == "row_lines" {
				delete(x, k)
				continue
			}
			x[k] = stripLines(val)
		}
	case []any:
		for i := range x {
			x[i] = stripLines(x[i])
		}
	}
	return v
}

// diffFirst shows the first differing line of two long texts.
func diffFirst(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			lo := max(0, i-3)
			return "want:\n" + strings.Join(al[lo:min(len(al), i+3)], "\n") + "\ngot:\n" + strings.Join(bl[lo:min(len(bl), i+3)], "\n")
		}
	}
	return "lengths differ"
}

func gbk(t testing.TB, b []byte) []byte {
	out, err := simplifiedchinese.GB18030.NewEncoder().Bytes(b)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestFormatsGiveSameFacts writes each sample's grid as .docx, .xlsx and
// HTML and checks that every exported fact (trees, totals, projects with
// their indicators, 三公, tables, sections, warnings) is what the text gives.
func TestFormatsGiveSameFacts(t *testing.T) {
	for _, path := range fmtSamples(t) {
		data, rows := fmtGrid(t, path)
		textDoc, err := Bytes(path, data)
		if err != nil {
			t.Fatal(err)
		}
		want := factsJSON(t, textDoc)
		if len(textDoc.Functional) == 0 || len(textDoc.Projects) == 0 {
			t.Fatalf("%s: the text sample itself gives no tree or projects", path)
		}
		page := writeHTMLT(rows)
		variants := []struct {
			name   string
			data   []byte
			layout Layout
		}{
			{"docx", writeDocxT(t, rows), LayoutDocx},
			{"xlsx one sheet", writeXlsxT(t, rows, false), LayoutXlsx},
			{"xlsx sheet per table", writeXlsxT(t, rows, true), LayoutXlsx},
			{"html utf-8", page, LayoutHTML},
			{"html gb2312 meta", gbk(t, bytes.Replace(page, []byte(`charset="utf-8"`), []byte(`charset="gb2312"`), 1)), LayoutHTML},
			{"html gbk no meta", gbk(t, bytes.Replace(page, []byte(`<meta charset="utf-8">`), nil, 1)), LayoutHTML},
		}
		for _, v := range variants {
			t.Run(filepath.Base(path)+"/"+v.name, func(t *testing.T) {
				if DetectFormat("x", v.data) == FormatText {
					t.Fatalf("not detected as a format")
				}
				d, err := Bytes("x", v.data)
				if err != nil {
					t.Fatal(err)
				}
				if d.Layout != string(v.layout) {
					t.Errorf("layout %q, want %q", d.Layout, v.layout)
				}
				if got := factsJSON(t, d); got != want {
					t.Errorf("facts differ from the text version\n%s", diffFirst(want, got))
				}
			})
		}
	}
}
