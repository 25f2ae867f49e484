package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"yusuan/model"
)

const nationalCorpus = "../../shared/corpus/national"

// corpusDocs parses the named files of a corpus folder, skipping the test
// when the corpus is absent.
func corpusDocs(t *testing.T, dir string, names ...string) []*model.Document {
	t.Helper()
	var docs []*model.Document
	for _, n := range names {
		p := filepath.Join(dir, n)
		if _, err := os.Stat(p); err != nil {
			t.Skip("corpus absent: ", p)
		}
		d, err := File(p)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// The narrative and tables halves of one year's budget are joined into one
// document, in either order and whatever form of the department's name each
// half prints (江苏省政协办公厅 / 省政协办公厅); lines of the narrative count on
// after the tables' and are traced back to their own file and page.
func TestJoinHalves(t *testing.T) {
	for _, c := range []struct {
		dir, text, tables, dept string
		sections                int
	}{
		{jiangsuCorpus, "js-cppcc-2019-text.layout.txt", "js-cppcc-2019-tables.layout.txt", "江苏省政协办公厅", 52},
		{jiangsuCorpus, "js-partycommitteeoffice-2017-text.layout.txt", "js-partycommitteeoffice-2017-tables.layout.txt", "中国共产党江苏省委员会办公厅", 52},
		{jiangsuCorpus, "js-renda-2019-text.layout.txt", "js-renda-2019-tables.layout.txt", "江苏省人大常委会办公厅", 67},
		{nationalCorpus, "bj-beijing-stats-2026-budget-text.layout.txt", "bj-beijing-stats-2026-budget-tables.layout.txt", "北京市统计局", 39 + 4},
	} {
		t.Run(c.text, func(t *testing.T) {
			docs := corpusDocs(t, c.dir, c.text, c.tables)
			text, tables := docs[0], docs[1]
			for _, in := range [][]*model.Document{{text, tables}, {tables, text}} {
				out := JoinHalves(in)
				if len(out) != 1 {
					t.Fatalf("%d documents after joining, want 1", len(out))
				}
				d := out[0]
				if d.Department != c.dept || d.Year != tables.Year || len(d.Tables) != len(tables.Tables) || len(d.Sections) != c.sections {
					t.Errorf("joined: %s %d, %d tables, %d sections", d.Department, d.Year, len(d.Tables), len(d.Sections))
				}
				if len(d.Parts) != 2 || d.Parts[0].Source != tables.Source || d.Parts[1].Source != text.Source {
					t.Fatalf("parts %+v", d.Parts)
				}
				for _, w := range d.Warnings {
					if strings.Contains(w, noTablesWarning) {
						t.Errorf("joined document still says %q", w)
					}
				}
				// the last section of the narrative: its line in the text file, and its page there
				last := text.Sections[len(text.Sections)-1]
				joined := d.Sections[len(d.Sections)-1]
				src, page, line := d.Locate(joined.Line)
				if src != text.Source || line != last.Line || page != text.PageOf(last.Line) || joined.Line <= lastLine(tables) {
					t.Errorf("last section at joined line %d → %s p%d l%d, want %s p%d l%d", joined.Line, src, page, line, text.Source, text.PageOf(last.Line), last.Line)
				}
				// a table keeps its own line and page
				tb := d.Tables[len(d.Tables)-1]
				if src, page, line := d.Locate(tb.Line); src != tables.Source || line != tb.Line || page != tables.PageOf(tb.Line) {
					t.Errorf("table at %d → %s p%d l%d", tb.Line, src, page, line)
				}
			}
			if len(text.Parts) != 0 || len(tables.Parts) != 0 {
				t.Error("joining changed its inputs")
			}
		})
	}
}

// Halves of different years, or of different departments, stay apart; two
// tables halves and two narratives of one year (a folder with each PDF beside
// its text conversion) pair by file name, .pdf with .pdf.
func TestJoinHalvesPairing(t *testing.T) {
	docs := corpusDocs(t, jiangsuCorpus,
		"js-cppcc-2017-text.layout.txt", "js-cppcc-2018-tables.layout.txt", // another year
		"js-partycommitteeoffice-2019-text.layout.txt", "js-cppcc-2019-tables.layout.txt", // another department
		"js-highcourt-2019.layout.txt") // a whole document
	if out := JoinHalves(docs); len(out) != len(docs) {
		t.Errorf("%d documents, want %d: nothing to join", len(out), len(docs))
	}
	a := corpusDocs(t, jiangsuCorpus, "js-cppcc-2018-text.layout.txt", "js-cppcc-2018-tables.layout.txt")
	b := []*model.Document{copyAs(a[0], "x/js-cppcc-2018-text.pdf"), copyAs(a[1], "x/js-cppcc-2018-tables.pdf")}
	out := JoinHalves([]*model.Document{a[0], b[1], b[0], a[1]})
	if len(out) != 2 {
		t.Fatalf("%d documents, want 2", len(out))
	}
	for _, d := range out {
		if len(d.Parts) != 2 || fullExt(filepath.Base(d.Parts[0].Source)) != fullExt(filepath.Base(d.Parts[1].Source)) {
			t.Errorf("paired %v", d.Parts)
		}
	}
}

func copyAs(d *model.Document, source string) *model.Document {
	c := *d
	c.Source = source
	return &c
}
