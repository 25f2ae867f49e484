package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"yusuan/model"
	"yusuan/trend"
)

// corpusTrend is the three-year trend of one Jiangsu department.
func corpusTrend(t *testing.T, glob string) *trend.Trend {
	t.Helper()
	corpusFiles(t)
	files, _ := filepath.Glob("../../shared/corpus/jiangsu/" + glob)
	tr, err := trend.Build(loadDocs(t, files...))
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

type jTrendRow struct {
	Code   string
	Values []*struct{ Total string }
	Steps  []*struct {
		DeltaPct *string `json:"delta_pct"`
	}
	Change *struct {
		Delta string
		CAGR  *string
	}
	Crosswalk []struct{ From string }
}

// TestTrendXLSXMatchesJSON: every sheet of the trend workbook against the
// trend's JSON, row by row: numeric amounts (blank where absent), Δ%, the
// change, the CAGR and the crosswalk's mark.
func TestTrendXLSXMatchesJSON(t *testing.T) {
	for _, glob := range []string{"js-procuratorate-201*.layout.txt", "js-cppcc-201*-tables.layout.txt"} {
		tr := corpusTrend(t, glob)
		var jb, xb bytes.Buffer
		if err := trend.WriteJSON(&jb, tr); err != nil {
			t.Fatal(err)
		}
		if err := TrendXLSX(&xb, tr); err != nil {
			t.Fatal(err)
		}
		var j struct{ Totals, Functional, Economic []jTrendRow }
		if err := json.Unmarshal(jb.Bytes(), &j); err != nil {
			t.Fatal(err)
		}
		f := book(t, xb.Bytes())
		for _, s := range []struct {
			sheet string
			rows  []jTrendRow
		}{{"合计", j.Totals}, {"功能分类", j.Functional}, {"经济分类", j.Economic}} {
			sh := readSheet(t, f, s.sheet)
			if len(sh.rows) != len(s.rows) {
				t.Fatalf("%s: %d rows, JSON %d", s.sheet, len(sh.rows), len(s.rows))
			}
			for i, r := range s.rows {
				if got := sh.get(i, "科目编码"); got != r.Code {
					t.Fatalf("%s row %d: code %q, JSON %q", s.sheet, i, got, r.Code)
				}
				for k, v := range r.Values {
					col := fmt.Sprintf("%d年", tr.Years[k].Year)
					if v == nil {
						sh.amount(i, col, "")
					} else {
						sh.amount(i, col, v.Total)
					}
				}
				for k, st := range r.Steps {
					got := sh.get(i, fmt.Sprintf("%d年增减%%", tr.Years[k+1].Year))
					if want := ""; st != nil && st.DeltaPct != nil {
						want = *st.DeltaPct
						if got != strings.TrimRight(strings.TrimRight(want, "0"), ".") && got != want {
							t.Errorf("%s %s step %d: %q, want %s", s.sheet, r.Code, k, got, want)
						}
					} else if got != "" {
						t.Errorf("%s %s step %d: %q, want blank", s.sheet, r.Code, k, got)
					}
				}
				if r.Change != nil {
					sh.amount(i, "期间增减", r.Change.Delta)
				} else {
					sh.amount(i, "期间增减", "")
				}
				if mark := sh.get(i, "标记"); (len(r.Crosswalk) > 0) != strings.Contains(mark, trend.MarkCrosswalk) {
					t.Errorf("%s %s: mark %q, crosswalk %v", s.sheet, r.Code, mark, r.Crosswalk)
				}
			}
		}
		if cw := readSheet(t, f, "编码对照"); len(cw.rows) != len(tr.Crosswalk) {
			t.Errorf("编码对照: %d rows, %d changes", len(cw.rows), len(tr.Crosswalk))
		}
		f.Close()
	}
}

// TestTrendCSVGuardsFormulas: a name a document prints as a formula is
// written as text, through export/cell, and a negative amount stays a number.
func TestTrendCSVGuardsFormulas(t *testing.T) {
	doc := func(year int, total string) *model.Document {
		n := &model.FuncNode{Code: "201", Name: `=HYPERLINK("http://x")`, Level: model.LevelClass, Total: model.MustMoney(total), NoBasic: true, NoProject: true}
		return &model.Document{Source: fmt.Sprint(year), Department: "@某局", Year: year, Kind: model.Budget, Functional: []*model.FuncNode{n}}
	}
	tr, err := trend.Build([]*model.Document{doc(2020, "10.00"), doc(2021, "-5.00"), doc(2022, "12.00")})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := TrendCSV(&b, tr); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var row []string
	for _, r := range recs {
		if r[0] == trend.Functional {
			row = r
		}
	}
	if row == nil || row[2] != `'=HYPERLINK("http://x")` || row[6] != "-5.00" || row[8] != "-150.00" {
		t.Errorf("functional row %q", row)
	}
}

// TestTrendTextGolden pins the text of the procuratorate's trend: the
// crosswalk, absent years as —, the figures aligned whatever the names.
func TestTrendTextGolden(t *testing.T) {
	tr := corpusTrend(t, "js-procuratorate-201*.layout.txt")
	var b bytes.Buffer
	if err := TrendText(&b, tr); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"功能分类 2019年 2040405 → 2040410  公诉、审判、侦查、执行等检察监督支出 → 检察监督（官方科目调整）",
		"2040406    100.00        —         —       —         —       —  ▄               侦查监督",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	// in each section every row's sparkline stands under the header's 走势,
	// whatever the width of the Chinese in the columns before it
	for _, sec := range strings.Split(out, "\n\n")[2:] {
		lines := strings.Split(strings.TrimSpace(sec), "\n")
		head := lines[1]
		col := lipgloss.Width(head[:strings.Index(head, "走势")])
		for _, l := range lines[2:] {
			spark := ansi.Cut(l, col, col+len(tr.Years))
			if ansi.Cut(l, col-2, col) != "  " || strings.Trim(spark, " ▁▂▃▄▅▆▇█") != "" || strings.TrimSpace(spark) == "" {
				t.Errorf("%s: no sparkline at column %d: %q", lines[0], col, l)
			}
		}
	}
	golden.RequireEqual(t, out)
}
