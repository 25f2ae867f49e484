package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"yusuan/compare"
	"yusuan/model"
)

type jDiffLine struct {
	Code, Name, Status string
	Old, New           *struct{ Total, Basic, Project, Personnel, Public string }
	Delta              string
	DeltaPct           *string `json:"delta_pct"`
}

// The diff workbook against `diff --format json`, amount by amount.
func TestDiffXLSXMatchesJSON(t *testing.T) {
	docs := loadDocs(t, sampleFiles[1], sampleFiles[0]) // 2023 → 2026
	f := verifyDiffBook(t, compare.Compare(docs[0], docs[1]))
	defer f.Close()
	sum := readSheet(t, f, "对比概况")
	if sum.get(0, "旧") != sampleFiles[1] || sum.get(2, "新") != "2026" {
		t.Errorf("summary %q", sum.rows[:3])
	}
}

// Two years of one Jiangsu department, from the corpus.
func TestDiffXLSXCorpusMatchesJSON(t *testing.T) {
	corpusFiles(t)
	dir := "../../shared/corpus/jiangsu/"
	for _, pair := range [][2]string{{"js-cppcc-2017-tables", "js-cppcc-2018-tables"}, {"js-partycommitteeoffice-2018-tables", "js-partycommitteeoffice-2019-tables"}} {
		docs := loadDocs(t, dir+pair[0]+".layout.txt", dir+pair[1]+".layout.txt")
		verifyDiffBook(t, compare.Compare(docs[0], docs[1])).Close()
	}
}

// verifyDiffBook writes the diff's workbook, reads it back and compares it
// with the diff's JSON; it returns the workbook for further checks.
func verifyDiffBook(t *testing.T, d *compare.Diff) *excelize.File {
	t.Helper()
	var jb, xb bytes.Buffer
	if err := compare.WriteJSON(&jb, d); err != nil {
		t.Fatal(err)
	}
	if err := DiffXLSX(&xb, d); err != nil {
		t.Fatal(err)
	}
	var j struct {
		Functional  []jDiffLine
		Economic    []jDiffLine
		ThreePublic []jDiffLine `json:"three_public"`
		Projects    []struct {
			Code, Name, Status, Delta string
			OldBudget                 *string `json:"old_budget"`
			NewBudget                 *string `json:"new_budget"`
			DeltaPct                  *string `json:"delta_pct"`
			Indicators                []struct{ Name, Old, New string }
		}
		Totals map[string]struct {
			Old, New, Delta string
			DeltaPct        *string `json:"delta_pct"`
		}
	}
	if err := json.Unmarshal(jb.Bytes(), &j); err != nil {
		t.Fatal(err)
	}
	f := book(t, xb.Bytes())
	if got := strings.Join(f.GetSheetList(), ","); got != "对比概况,功能分类,经济分类,三公经费,项目,绩效指标" {
		t.Fatalf("sheets %s", got)
	}
	opt := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	amounts := 0
	for _, sec := range []struct {
		sheet    string
		lines    []jDiffLine
		partA    string
		economic bool
	}{{"功能分类", j.Functional, "基本支出", false}, {"经济分类", j.Economic, "人员经费", true}, {"三公经费", j.ThreePublic, "基本支出", false}} {
		s := readSheet(t, f, sec.sheet)
		if len(s.rows) != len(sec.lines) || len(sec.lines) == 0 && sec.sheet == "功能分类" {
			t.Fatalf("%s: %d rows for %d lines", sec.sheet, len(s.rows), len(sec.lines))
		}
		for i, l := range sec.lines {
			s.text(i, "科目编码", l.Code)
			s.text(i, "科目名称", l.Name)
			s.text(i, "状态", compare.Status(l.Status).Label("zh"))
			oldT, newT, oldA, newA := "", "", "", ""
			if l.Old != nil {
				oldT, oldA = l.Old.Total, l.Old.Basic
				if sec.economic {
					oldA = l.Old.Personnel
				}
			}
			if l.New != nil {
				newT, newA = l.New.Total, l.New.Basic
				if sec.economic {
					newA = l.New.Personnel
				}
			}
			s.amount(i, "旧", oldT)
			s.amount(i, "新", newT)
			s.amount(i, "Δ", l.Delta)
			s.amount(i, "旧"+sec.partA, oldA)
			s.amount(i, "新"+sec.partA, newA)
			if got, want := s.get(i, "Δ%"), opt(l.DeltaPct); want == "" && got != "" || want != "" && !decimalEqual(got, want) {
				t.Errorf("%s %s Δ%% = %q, want %q", sec.sheet, l.Code, got, want)
			}
			amounts += 5
		}
	}
	ps := readSheet(t, f, "项目")
	for i, p := range j.Projects {
		ps.text(i, "项目名称", p.Name)
		ps.amount(i, "旧", opt(p.OldBudget))
		ps.amount(i, "新", opt(p.NewBudget))
		ps.amount(i, "Δ", p.Delta)
		amounts += 3
	}
	sum := readSheet(t, f, "对比概况")
	for i, key := range []string{"income", "expenditure", "basic", "project"} {
		tt := j.Totals[key]
		sum.amount(3+i, "旧", tt.Old)
		sum.amount(3+i, "新", tt.New)
		sum.amount(3+i, "Δ", tt.Delta)
		amounts += 3
	}
	if sum.get(0, "旧") != d.Old.Source || sum.get(0, "新") != d.New.Source {
		t.Errorf("summary %q", sum.rows[0])
	}
	if amounts < 50 {
		t.Errorf("only %d amounts compared", amounts)
	}
	t.Logf("%s → %s: %d amounts of the diff compared exactly with its JSON", d.Old.Source, d.New.Source, amounts)
	return f
}

func decimalEqual(a, b string) bool {
	x, err1 := parseDec(a)
	y, err2 := parseDec(b)
	return err1 == nil && err2 == nil && x.Equal(y)
}

// Document text in a diff reaches the workbook as text, never as a formula.
func TestDiffXLSXNeutralisesFormulas(t *testing.T) {
	old, cur := hostileDoc(), hostileDoc()
	old.Year = 2025
	cur.Functional = []*model.FuncNode{{Code: "224", Name: "=HYPERLINK(\"http://x\")", Level: model.LevelClass, Total: model.MustMoney("5.00")}}
	old.Functional = []*model.FuncNode{{Code: "224", Name: "@cmd", Level: model.LevelClass, Total: model.MustMoney("35.00")}}
	cur.Projects[0].Indicators = []*model.Indicator{{Name: "+x", Value: "-1+2"}}
	old.Projects[0].Indicators = []*model.Indicator{{Name: "+x", Value: "=2"}}
	var b bytes.Buffer
	if err := DiffXLSX(&b, compare.Compare(old, cur)); err != nil {
		t.Fatal(err)
	}
	f := book(t, b.Bytes())
	defer f.Close()
	seen := cellsWithoutFormulas(t, f)
	for _, want := range []string{"'=HYPERLINK(\"http://x\")", "'-1+2", "'=2", "'+x", "-30"} {
		if !seen[want] {
			t.Errorf("no cell %q", want)
		}
	}
}

// A budget beside its final accounts: the columns read 预算数 | 决算数 | 差额 |
// 执行率%, and the 年初预算数 that differ from the budget are in 核对发现.
func TestDiffXLSXExecution(t *testing.T) {
	docs := loadDocs(t, sampleFiles[1], "../compare/testdata/jinzhong-safety-2023-final.txt")
	d := compare.Compare(docs[0], docs[1])
	var xb bytes.Buffer
	if err := DiffXLSX(&xb, d); err != nil {
		t.Fatal(err)
	}
	f := book(t, xb.Bytes())
	defer f.Close()
	fs := readSheet(t, f, "功能分类")
	rows := 0
	for i := range fs.rows {
		if fs.get(i, "科目编码") == "2240106" {
			rows++
			fs.amount(i, "预算数", "467.60")
			fs.amount(i, "决算数", "430.21")
			fs.amount(i, "差额", "-37.39")
			fs.amount(i, "执行率%", "92.00")
		}
	}
	if rows != 1 {
		t.Errorf("%d rows for 2240106", rows)
	}
	found := readSheet(t, f, "核对发现")
	if len(found.rows) != 3 || found.get(2, "科目编码") != "2240299" || found.get(2, "规则") != compare.RuleFinalBudgetColumn {
		t.Errorf("核对发现 %q", found.rows)
	}
	found.amount(2, "差额", "-6.00")
}
