package export

import (
	"bytes"
	"encoding/csv"
	"sort"
	"strings"
	"testing"

	"yusuan/model"
)

// The wide form holds exactly the amounts of the long form, one row per
// printed line: reading every non-blank amount cell of the wide CSV back
// gives the long CSV's rows, in the same order.
func TestWideCSVHoldsTheLongForm(t *testing.T) {
	docs := loadDocs(t, sampleFiles...)
	var long, wide bytes.Buffer
	if err := CSV(&long, docs); err != nil {
		t.Fatal(err)
	}
	if err := WideCSV(&wide, docs); err != nil {
		t.Fatal(err)
	}
	lrows, err := csv.NewReader(&long).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	wrows, err := csv.NewReader(&wide).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	head := wrows[0]
	if strings.Join(head[:len(wideKeys)], ",") != "department,year,document_kind,source,table,kind,line,page,code,name" {
		t.Fatalf("wide header %q", head)
	}
	var fromWide []string
	for _, r := range wrows[1:] {
		for j := len(wideKeys); j < len(r); j++ {
			if r[j] != "" {
				col := head[j]
				if k := strings.LastIndex(col, "#"); k > 0 {
					col = col[:k]
				}
				fromWide = append(fromWide, strings.Join(append(append([]string{}, r[:len(wideKeys)]...), col, r[j]), ","))
			}
		}
	}
	var fromLong []string
	for _, r := range lrows[1:] {
		fromLong = append(fromLong, strings.Join(r, ","))
	}
	// within a row the wide form orders amounts by its header, so compare as multisets
	sort.Strings(fromWide)
	sort.Strings(fromLong)
	if len(fromWide) != len(fromLong) || len(fromLong) < 100 {
		t.Fatalf("wide holds %d amounts, long %d", len(fromWide), len(fromLong))
	}
	for i := range fromLong {
		if fromWide[i] != fromLong[i] {
			t.Fatalf("amount %d: wide %q, long %q", i, fromWide[i], fromLong[i])
		}
	}
	if len(wrows) >= len(lrows) {
		t.Errorf("wide has %d rows, long %d: lines not put side by side", len(wrows), len(lrows))
	}
	// Jinzhong's 2240106 安全监管 in its expenditure summary: one row, three amounts
	want := map[string]string{"2023年预算数/合计": "467.60", "2023年预算数/基本支出": "40.50", "2023年预算数/项目支出": "427.10"}
	found := false
	for _, r := range wrows[1:] {
		if r[4] == "2023年预算支出总表" && r[8] == "2240106" {
			found = true
			for j, h := range head {
				if v, ok := want[h]; ok && r[j] != v {
					t.Errorf("2240106 %s = %q, want %s", h, r[j], v)
				}
			}
		}
	}
	if !found {
		t.Error("no 2240106 row in the wide form")
	}
}

func TestWideCSVNeutralisesFormulas(t *testing.T) {
	var b bytes.Buffer
	if err := WideCSV(&b, []*model.Document{hostileDoc()}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	assertNoFormula(t, rows)
	if !strings.Contains(out, "'\t=1+2") || !strings.Contains(out, "-30.00") || !strings.Contains(out, "'-1+2") {
		t.Errorf("hostile column or negative amount missing:\n%s", out)
	}
}

// assertNoFormula fails on any cell a spreadsheet would run, except a plain negative amount.
func assertNoFormula(t *testing.T, rows [][]string) {
	t.Helper()
	for _, r := range rows {
		for _, f := range r {
			if f == "" {
				continue
			}
			if _, ok := model.ParseDecimal(f); ok && strings.ContainsAny(f[:1], "+-") && !strings.ContainsAny(f[1:], " ,+-") {
				continue
			}
			if strings.ContainsAny(f[:1], "=+-@\t\r") {
				t.Errorf("formula cell %q in row %q", f, r)
			}
		}
	}
}
