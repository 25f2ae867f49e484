package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"yusuan/league"
	"yusuan/league/read"
)

// TestFolderLeague: the folder read for yusuan DIR keeps every document file
// of the folder, parsed and checked, or with its one-line reason; a file
// that is no document is left out; an empty or missing folder is an error;
// reopen reads a row's document again with its findings.
func TestFolderLeague(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{cangzhou, jinzhong} {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Skip("samples absent")
		}
		os.WriteFile(filepath.Join(dir, filepath.Base(p)), b, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "broken.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "notes.png"), []byte("x"), 0o644) // not a document: left out
	sums, err := read.Read(dir, 2)
	if err != nil || len(sums) != 3 {
		t.Fatalf("%v, %d summaries", err, len(sums))
	}
	rows := league.Rows(sums)
	league.Sort(rows, league.ColExpenditure, false)
	if len(rows) != 3 || !rows[2].Failed || filepath.Base(rows[2].Docs[0].Path) != "broken.txt" || rows[2].Docs[0].Err == "" {
		t.Fatalf("rows %d, last %+v", len(rows), rows[2])
	}
	if rows[0].Latest.Expenditure.String() != "3218.39" || rows[1].Latest.Expenditure.String() != "595.20" || rows[0].Latest.Errors() == 0 {
		t.Errorf("rows: %s %s, errors %d", rows[0].Latest.Expenditure, rows[1].Latest.Expenditure, rows[0].Latest.Errors())
	}
	doc, fs, err := (&app{}).reopen(rows[0].Latest.Parts)
	if err != nil || doc.Totals.Expenditure.String() != "3218.39" || len(fs) == 0 {
		t.Errorf("reopen: %v", err)
	}
	for _, bad := range []string{t.TempDir(), filepath.Join(dir, "nope")} {
		if _, err := read.Read(bad, 2); err == nil || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: %v", bad, err)
		}
	}
}

// export/check DIR --league write the league table: a row per department,
// largest first, then the totals; check's status says a department's latest
// document has errors; a file, or a format other than csv/xlsx, is refused.
func TestLeagueCommand(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{cangzhou, jinzhong} {
		b, _ := os.ReadFile(p)
		os.WriteFile(filepath.Join(dir, filepath.Base(p)), b, 0o644)
	}
	code, out, errs := runCmd(t, "export", dir, "--league")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || errs != "" || len(lines) != 4 || !strings.HasPrefix(lines[0], "department,year,document_kind,expenditure,") ||
		!strings.HasPrefix(lines[1], "沧州临港经济技术开发区安全生产监督管理局,2026,budget,3218.39,,,,,1.50,") ||
		!strings.HasPrefix(lines[3], "合计,,,3813.59,") {
		t.Fatalf("export --league: exit %d, stderr %q\n%s", code, errs, out)
	}
	if code, _, _ := runCmd(t, "check", dir, "--league"); code != 1 {
		t.Errorf("check --league: exit %d, want 1 (沧州 has errors)", code)
	}
	out = filepath.Join(t.TempDir(), "league.xlsx")
	if code, _, errs := runCmd(t, "check", dir, "--league", "--format", "xlsx", "-o", out); code != 1 || errs != "" {
		t.Errorf("check --league xlsx: exit %d, %q", code, errs)
	}
	if st, err := os.Stat(out); err != nil || st.Size() == 0 {
		t.Errorf("no workbook: %v", err)
	}
	for _, args := range [][]string{{"export", cangzhou, "--league"}, {"export", dir, "--league", "--format", "json"}} {
		if code, _, errs := runCmd(t, args...); code != 2 || strings.Count(errs, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
	}
}
