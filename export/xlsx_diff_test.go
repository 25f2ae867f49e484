package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"yusuan/compare"
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
	d := compare.Compare(docs[0], docs[1])
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
	defer f.Close()
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
		if len(s.rows) != len(sec.lines) || len(sec.lines) == 0 {
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
	if sum.get(0, "旧") != sampleFiles[1] || sum.get(2, "新") != "2026" {
		t.Errorf("summary %q", sum.rows[:3])
	}
	t.Logf("%d amounts of the diff compared exactly with its JSON", amounts)
}

func decimalEqual(a, b string) bool {
	x, err1 := parseDec(a)
	y, err2 := parseDec(b)
	return err1 == nil && err2 == nil && x.Equal(y)
}
