package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"yusuan/audit"
)

// An auditor marks a finding from the command line; the mark lives beside
// the document, which is never written, and check shows and exports it.
func TestReviewCommand(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "cz.txt")
	src, err := os.ReadFile(cangzhou)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(doc, src, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, "review", doc)
	if code != 0 || errs != "" {
		t.Fatalf("list: exit %d %s", code, errs)
	}
	// the plan-end finding's key, from the listing
	m := regexp.MustCompile(`([0-9a-f]{12})\s+error\s+plan-end`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no plan-end key in\n%s", out)
	}
	key := m[1]
	if code, out, errs := runCmd(t, "review", doc, key[:6], "accepted", "--note", "已核对原件：计划 130，预算 116"); code != 0 || !strings.Contains(out, key) {
		t.Fatalf("mark: exit %d %s %s", code, out, errs)
	}
	if b, _ := os.ReadFile(doc); string(b) != string(src) {
		t.Error("the document was written")
	}
	// check: the mark column and the note (text), "review" (JSON), the CSV columns
	code, out, _ = runCmd(t, "check", doc)
	if code != 1 || !strings.Contains(out, "确认 [plan-end]") || !strings.Contains(out, "已核对原件：计划 130，预算 116") || !strings.Contains(out, "#"+key) {
		t.Errorf("check text: exit %d\n%s", code, out)
	}
	_, out, _ = runCmd(t, "check", doc, "--format", "json")
	var rep struct {
		Findings []struct {
			Rule, Key string
			Review    *struct{ State, Note, At string }
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	marked := 0
	for _, f := range rep.Findings {
		if f.Key == "" {
			t.Errorf("%s has no key", f.Rule)
		}
		if f.Review != nil {
			marked++
			if f.Rule != "plan-end" || f.Review.State != "accepted" || f.Review.At == "" {
				t.Errorf("review of %s: %+v", f.Rule, f.Review)
			}
		}
	}
	if marked != 1 {
		t.Errorf("%d marked findings in JSON", marked)
	}
	if _, out, _ = runCmd(t, "check", doc, "--format", "csv"); !strings.Contains(out, key+",accepted,已核对原件") {
		t.Errorf("csv: no mark\n%s", out)
	}
	// the key does not depend on --min-severity or --tolerance
	for _, flags := range [][]string{{"--min-severity", "error"}, {"--tolerance", "15"}} {
		if _, out, _ = runCmd(t, append([]string{"check", doc}, flags...)...); !strings.Contains(out, "确认 [plan-end]") {
			t.Errorf("mark lost under %v:\n%s", flags, out)
		}
	}
	// a folder's documents carry their marks too (check DIR, and the explorer's folder list)
	if _, out, _ = runCmd(t, "check", dir, "--min-severity", "error"); !strings.Contains(out, "确认 [plan-end]") {
		t.Errorf("check DIR: mark not shown:\n%s", out)
	}
	// the league table reopens a department's document with its marks
	if _, fs, err := (&app{}).reopen([]string{doc}); err != nil || !hasMark(fs) {
		t.Errorf("the league's document carries no mark: %v", err)
	}
	// clear it
	if code, _, errs := runCmd(t, "review", doc, key, "clear"); code != 0 {
		t.Errorf("clear: %d %s", code, errs)
	}
	if _, out, _ = runCmd(t, "check", doc); strings.Contains(out, "确认") {
		t.Errorf("cleared mark still shown:\n%s", out)
	}
}

func hasMark(fs []audit.Finding) bool {
	for _, f := range fs {
		if f.Review != nil && f.Key != "" {
			return true
		}
	}
	return false
}

func TestReviewCommandBadInput(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "cz.txt")
	src, _ := os.ReadFile(cangzhou)
	os.WriteFile(doc, src, 0o644)
	broken := filepath.Join(dir, "broken.txt")
	os.WriteFile(broken, src, 0o644)
	os.WriteFile(broken+".yusuan-review.json", []byte("{"), 0o644)
	blocked := filepath.Join(dir, "blocked.txt")
	os.WriteFile(blocked, src, 0o644)
	_, out, _ := runCmd(t, "review", doc)
	key := regexp.MustCompile(`[0-9a-f]{12}`).FindString(out)
	cases := []struct {
		name string
		args []string
	}{
		{"no file", []string{"review"}},
		{"two arguments", []string{"review", doc, key}},
		{"unknown state", []string{"review", doc, key, "approved"}},
		{"unknown key", []string{"review", doc, "ffffffffffff", "accepted"}},
		{"prefix too short", []string{"review", doc, key[:2], "accepted"}},
		{"a folder", []string{"review", dir}},
		{"missing file", []string{"review", filepath.Join(dir, "none.txt")}},
		{"broken sidecar", []string{"review", broken, key, "accepted"}},
	}
	for _, c := range cases {
		code, _, errs := runCmd(t, c.args...)
		if code != 2 || strings.Count(strings.TrimSpace(errs), "\n") != 0 || errs == "" {
			t.Errorf("%s: exit %d, stderr %q", c.name, code, errs)
		}
	}
	if b, _ := os.ReadFile(broken + ".yusuan-review.json"); string(b) != "{" {
		t.Error("a broken sidecar was overwritten")
	}
	// check still reports, and says the sidecar is broken
	if code, _, errs := runCmd(t, "check", broken); code != 1 || !strings.Contains(errs, "不是 yusuan 的审核记录") {
		t.Errorf("check with a broken sidecar: %d %q", code, errs)
	}
	// a sidecar that cannot be written (a folder in its place): status 2
	os.MkdirAll(filepath.Join(blocked+".yusuan-review.json", "x"), 0o755)
	if code, _, errs := runCmd(t, "review", blocked, key, "accepted"); code != 2 || errs == "" {
		t.Errorf("blocked sidecar: %d %q", code, errs)
	}
}
