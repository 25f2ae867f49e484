package trend_test

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"yusuan/export"
	"yusuan/model"
	"yusuan/parse"
	"yusuan/trend"
)

const corpus = "../../shared/corpus/jiangsu"

// departments are the Jiangsu corpus's five departments, three years each;
// their -text halves come along and are left out for having no tables.
var departments = []struct {
	name, glob string
	// reclassified are economic rows that must keep 2017 under the 2018 code
	reclassified []string
}{
	{"江苏省政协办公厅", "js-cppcc-201*.layout.txt", []string{"30113", "30114"}},
	{"江苏省高级人民法院", "js-highcourt-201*.layout.txt", []string{"30112", "30113"}},
	{"中共江苏省委办公厅", "js-partycommitteeoffice-201*.layout.txt", []string{"30112", "30113", "30114"}},
	{"江苏省人民检察院", "js-procuratorate-201*.layout.txt", []string{"30112", "30113", "30114"}},
	{"江苏省人大常委会办公厅", "js-renda-201*.layout.txt", []string{"30113", "30114"}},
}

func corpusDocs(t testing.TB, glob string) []*model.Document {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(corpus, glob))
	if len(files) == 0 {
		t.Skip(corpus + " absent")
	}
	var docs []*model.Document
	for _, f := range files {
		d, err := parse.File(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// exported is one year's `export --format json` as a script reads it.
type exported struct {
	Source     string            `json:"source"`
	Year       int               `json:"year"`
	Totals     map[string]string `json:"totals"`
	Functional []*exportedNode   `json:"functional"`
	Economic   []*exportedNode   `json:"economic"`
}

type exportedNode struct {
	Code     string          `json:"code"`
	Total    string          `json:"total"`
	Basic    *string         `json:"basic"`
	Project  *string         `json:"project"`
	Children []*exportedNode `json:"children"`
}

func exportJSON(t *testing.T, d *model.Document) exported {
	t.Helper()
	var b bytes.Buffer
	if err := export.JSON(&b, []*model.Document{d}); err != nil {
		t.Fatal(err)
	}
	var e exported
	if err := json.Unmarshal(b.Bytes(), &e); err != nil {
		t.Fatal(err)
	}
	return e
}

// TestCorpusTrends builds the three-year trend of each Jiangsu department
// and holds every amount of it against the per-year exports: each line a
// year's JSON prints is in exactly one row, under that year, with the same
// total, basic and project, and no row holds a figure the JSON lacks.
func TestCorpusTrends(t *testing.T) {
	for _, dep := range departments {
		t.Run(dep.glob, func(t *testing.T) {
			docs := corpusDocs(t, dep.glob)
			tr, err := trend.Build(docs)
			if err != nil {
				t.Fatal(err)
			}
			if len(tr.Years) != 3 || tr.Years[0].Year != 2017 || tr.Years[2].Year != 2019 {
				t.Fatalf("years %+v, want 2017–2019", tr.Years)
			}
			if tr.Department != dep.name {
				t.Errorf("department %q, want %q", tr.Department, dep.name)
			}
			byYear := map[int]*model.Document{}
			for _, d := range docs {
				if len(d.Functional) > 0 {
					byYear[d.Year] = d
				}
			}
			for k, y := range tr.Years {
				e := exportJSON(t, byYear[y.Year])
				if e.Source != y.Source {
					t.Errorf("%d: the trend reads %s, the export %s", y.Year, y.Source, e.Source)
				}
				checkSection(t, "functional", k, tr.Functional, e.Functional)
				checkSection(t, "economic", k, tr.Economic, e.Economic)
				for _, r := range tr.Totals {
					v := r.Values[k]
					if v == nil || v.Total.String() != e.Totals[r.Code] {
						t.Errorf("%d totals %s: trend %v, export %s", y.Year, r.Code, v, e.Totals[r.Code])
					}
				}
			}
			for _, code := range dep.reclassified {
				r := find(tr.Economic, code)
				if r == nil || r.Values[0] == nil || r.Values[0].Code == code || len(r.Crosswalk) != 1 || r.Values[1].MatchedBy != trend.ByCrosswalk {
					t.Errorf("economic %s: not kept with its 2017 code in one row: %+v", code, r)
				}
			}
		})
	}
}

// checkSection matches year k of the rows against the export's nodes, both ways.
func checkSection(t *testing.T, section string, k int, rows []*trend.Row, nodes []*exportedNode) {
	t.Helper()
	want := map[string]*exportedNode{}
	var walk func([]*exportedNode)
	walk = func(ns []*exportedNode) {
		for _, n := range ns {
			if _, dup := want[n.Code]; dup || n.Code == "" {
				t.Fatalf("%s: code %q twice or empty in the export", section, n.Code)
			}
			want[n.Code] = n
			walk(n.Children)
		}
	}
	walk(nodes)
	seen := 0
	trend.Walk(rows, func(r, _ *trend.Row, _ int) {
		v := r.Values[k]
		if v == nil {
			return
		}
		seen++
		n := want[v.Code]
		if n == nil {
			t.Errorf("%s year %d: row %s holds %s %s, which the export lacks", section, k, r.Code, v.Code, v.Total)
			return
		}
		if v.Total.String() != n.Total || optString(v.Basic) != optPtr(n.Basic) || optString(v.Project) != optPtr(n.Project) {
			t.Errorf("%s year %d %s: trend %s/%s/%s, export %s/%s/%s", section, k, v.Code,
				v.Total, optString(v.Basic), optString(v.Project), n.Total, optPtr(n.Basic), optPtr(n.Project))
		}
	})
	if seen != len(want) {
		t.Errorf("%s year %d: %d values in the trend, %d lines in the export", section, k, seen, len(want))
	}
}

func optString(m *model.Money) string {
	if m == nil {
		return "null"
	}
	return m.String()
}

func optPtr(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}

func find(rows []*trend.Row, code string) *trend.Row {
	var out *trend.Row
	trend.Walk(rows, func(r, _ *trend.Row, _ int) {
		if r.Code == code {
			out = r
		}
	})
	return out
}

// TestCorpusReclassifiedFunctional: the procuratorate's 2040405 (公诉和审判
// 监督, then 公诉、审判、侦查、执行等检察监督支出) became 2040410 检察监督 in 2019;
// its three years stay in one row, marked, with each year's code and name.
func TestCorpusReclassifiedFunctional(t *testing.T) {
	tr, err := trend.Build(corpusDocs(t, "js-procuratorate-201*.layout.txt"))
	if err != nil {
		t.Fatal(err)
	}
	r := find(tr.Functional, "2040410")
	if r == nil {
		t.Fatal("no row 2040410")
	}
	want := []struct{ code, name, total, by string }{
		{"2040405", "公诉和审判监督", "150.00", ""},
		{"2040405", "公诉、审判、侦查、执行等检察监督支出", "1895.00", "code"},
		{"2040410", "检察监督", "1185.60", trend.ByCrosswalk},
	}
	for k, w := range want {
		v := r.Values[k]
		if v == nil || v.Code != w.code || v.Name != w.name || v.Total.String() != w.total || v.MatchedBy != w.by {
			t.Errorf("year %d: %+v, want %+v", k, v, w)
		}
	}
	if find(tr.Functional, "2040405") != nil {
		t.Error("2040405 has a row of its own beside 2040410")
	}
	if len(r.Crosswalk) != 1 || r.Crosswalk[0].Basis != trend.Official || r.Crosswalk[0].Year != 2019 || r.Marks() != trend.MarkCrosswalk {
		t.Errorf("crosswalk %+v, marks %q", r.Crosswalk, r.Marks())
	}
	if c := r.Change; c == nil || c.Delta.String() != "1035.60" || c.CAGR != "181.14" {
		t.Errorf("change %+v, want 1035.60 and 181.14%%", c)
	}
	// the other procuratorate lines that 2018 dropped stay rows of 2017 alone
	for _, code := range []string{"2040404", "2040406"} {
		if r := find(tr.Functional, code); r == nil || r.Values[0] == nil || r.Values[1] != nil || r.Values[2] != nil || r.Change != nil {
			t.Errorf("%s: %+v, want 2017 only", code, r)
		}
	}
}
