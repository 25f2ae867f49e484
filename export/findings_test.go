package export

import (
	"bytes"
	"encoding/csv"
	"slices"
	"testing"

	"yusuan/audit"
	"yusuan/model"
)

func TestFindingsCSV(t *testing.T) {
	docs := loadDocs(t, sampleFiles...)
	var checked []Checked
	total := 0
	for _, d := range docs {
		fs := audit.Check(d)
		total += len(fs)
		checked = append(checked, Checked{Doc: d, Findings: fs})
	}
	var b bytes.Buffer
	if err := FindingsCSV(&b, checked); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows)-1 != total || total == 0 {
		t.Fatalf("%d rows for %d findings", len(rows)-1, total)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	// every row says its document; each finding's fields in their columns, in order
	i := 1
	for _, c := range checked {
		for _, f := range c.Findings {
			r := rows[i]
			i++
			if r[col["department"]] != c.Doc.Department || r[col["source"]] != c.Doc.Source || r[col["document_kind"]] != string(c.Doc.Kind) {
				t.Errorf("row %d document %q", i, r[:4])
			}
			if r[col["rule"]] != f.Rule || r[col["severity"]] != string(f.Severity) || r[col["expected"]] != f.Expected ||
				r[col["actual"]] != f.Actual || r[col["difference"]] != f.Difference {
				t.Errorf("row %d %q, finding %+v", i, r, f)
			}
		}
	}
	// Cangzhou's contradictions are there at error level, with their amounts
	found := false
	for _, r := range rows[1:] {
		if r[col["severity"]] == "error" && r[col["difference"]] != "" && r[col["year"]] == "2026" {
			found = true
		}
	}
	if !found {
		t.Error("no error with a difference for Cangzhou 2026")
	}
}

func TestFindingsCSVNeutralisesFormulas(t *testing.T) {
	d := hostileDoc()
	fs := []audit.Finding{{Rule: "tree-sum", Severity: audit.Error, Where: "=HYPERLINK(\"http://x\")", Message: "@cmd", Expected: "10.00", Actual: "-30.00", Difference: "-40.00", Line: 12, Project: "+1",
		Key: "0123456789ab", Review: &model.Review{State: model.Rejected, Note: "=cmd|' /C calc'!A0", At: "2026-11-30T09:00:00Z"}}}
	var b bytes.Buffer
	if err := FindingsCSV(&b, []Checked{{Doc: d, Findings: fs}}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	assertNoFormula(t, rows)
	col := func(name string) string { return rows[1][slices.Index(FindingsHeader, name)] }
	if col("difference") != "-40.00" || col("actual") != "-30.00" {
		t.Errorf("negative amounts not kept as numbers: %q", rows[1])
	}
	// the auditor's mark is exported, its note neutralised like document text
	if col("key") != "0123456789ab" || col("review_state") != "rejected" || col("review_note") != "'=cmd|' /C calc'!A0" || col("review_at") != "2026-11-30T09:00:00Z" {
		t.Errorf("review columns: %q", rows[1])
	}
	_ = model.Schema
}
