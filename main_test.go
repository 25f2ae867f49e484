package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

const (
	cangzhou = "samples/cangzhou-lingang-safety-2026.txt"
	jinzhong = "samples/jinzhong-safety-2023.txt"
)

// runCmd runs the command line in-process and returns status, stdout, stderr.
func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestExportJSONFollowsContract(t *testing.T) {
	code, out, errs := runCmd(t, "export", cangzhou)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"schema", "source", "layout", "department", "year", "kind", "unit", "totals", "functional",
		"functional_source", "economic", "projects", "three_public", "tables", "warnings"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("no %q in export", k)
		}
	}
	if doc["schema"] != "yusuan/v1" || doc["source"] != cangzhou || doc["layout"] != "cells" || doc["unit"] != "万元" || doc["year"] != float64(2026) {
		t.Errorf("header fields: %v %v %v %v %v", doc["schema"], doc["source"], doc["layout"], doc["unit"], doc["year"])
	}
	totals := doc["totals"].(map[string]any)
	if totals["income"] != "3218.39" || totals["basic"] != "622.39" || totals["project"] != "2596.00" {
		t.Errorf("totals %v", totals)
	}
	f := doc["functional"].([]any)[2].(map[string]any)
	if f["code"] != "224" || f["level"] != "class" || f["total"] != "2567.97" || f["basic"] != "571.97" || f["project"] != "1996.00" {
		t.Errorf("functional[2] %v", f)
	}
	// amounts are strings, never numbers
	if strings.Contains(out, `"total": 2`) || strings.Contains(out, `"budget": 1`) {
		t.Error("an amount was written as a JSON number")
	}
	p := doc["projects"].([]any)[0].(map[string]any)
	if p["name"] != "安全生产举报奖励" || p["budget"] != "10.00" || len(p["plan"].([]any)) != 4 || p["function_code"] != "" {
		t.Errorf("project %v", p)
	}
}

func TestExportSeveralFilesIsAnArray(t *testing.T) {
	code, out, _ := runCmd(t, "export", cangzhou, jinzhong)
	var docs []map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &docs) != nil || len(docs) != 2 {
		t.Fatalf("exit %d, %d docs", code, len(docs))
	}
}

func TestExportCSVConvertsYuan(t *testing.T) {
	code, out, _ := runCmd(t, "export", "--format", "csv", jinzhong)
	if code != 0 {
		t.Fatal(code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if lines[0] != "department,year,document_kind,source,table,kind,line,code,name,column,amount" {
		t.Errorf("header %q", lines[0])
	}
	// the document on every row, so that rows of several documents stay apart in a spreadsheet
	for _, l := range lines[1:] {
		if !strings.HasPrefix(l, "山西转型综合改革示范区晋中开发区安全生产监督管理局,2023,budget,"+jinzhong+",") {
			t.Fatalf("row without its document: %q", l)
		}
	}
	for _, want := range []string{
		",2023年预算支出总表,expenditure,135,2240106,安全监管,2023年预算数/基本支出,40.50",
		// 年度资金总额 111,000 元 on the declaration form, in 万元
		",项目,project_performance,307,,安全生产专项整治业务费,预算数,11.10",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("csv lacks %q", want)
		}
	}
}

func TestTreeAlignsAmounts(t *testing.T) {
	code, out, _ := runCmd(t, "tree", cangzhou)
	if code != 0 {
		t.Fatal(code)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")[1:]
	width := lipgloss.Width(lines[0])
	for _, l := range lines {
		if lipgloss.Width(l) != width {
			t.Errorf("line %q is %d wide, header %d", l, lipgloss.Width(l), width)
		}
	}
	if !strings.Contains(out, "    2240199 其他应急管理支出") || !strings.Contains(out, "3,218.39    622.39  2,596.00") {
		t.Errorf("tree:\n%s", out)
	}
}

func TestCheckExitStatus(t *testing.T) {
	// Cangzhou holds genuine contradictions: exit 1
	code, out, _ := runCmd(t, "check", cangzhou)
	if code != 1 || !strings.Contains(out, "劳务派遣人员经费") {
		t.Errorf("cangzhou: exit %d\n%s", code, out)
	}
	// Jinzhong's arithmetic holds: no error-level finding, exit 0
	if code, out, _ := runCmd(t, "check", jinzhong); code != 0 {
		t.Errorf("jinzhong: exit %d\n%s", code, out)
	}
	code, out, _ = runCmd(t, "check", "--format", "json", cangzhou)
	var rep struct {
		Schema   string
		Findings []map[string]any
	}
	if code != 1 || json.Unmarshal([]byte(out), &rep) != nil || rep.Schema != "yusuan/v1" || len(rep.Findings) == 0 {
		t.Errorf("json check: exit %d %+v", code, rep)
	}
	if code, out, _ := runCmd(t, "check", "--rules"); code != 0 || !strings.Contains(out, "tree-sum") {
		t.Errorf("--rules: %d %s", code, out)
	}
}

func TestDiffFormats(t *testing.T) {
	for _, f := range []string{"text", "json", "csv"} {
		code, out, errs := runCmd(t, "diff", "--format", f, jinzhong, cangzhou)
		if code != 0 || out == "" {
			t.Errorf("diff %s: exit %d stderr %q", f, code, errs)
		}
	}
	// the older document given second: said on stderr, compared as given
	if code, _, errs := runCmd(t, "diff", "--format", "json", cangzhou, jinzhong); code != 0 || errs == "" {
		t.Errorf("reversed years: exit %d, stderr %q", code, errs)
	}
}

func TestBadInputIsOneLineAndStatus2(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o444); err != nil {
			t.Fatal(err)
		}
		return p
	}
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(i*7919 + i*i)
	}
	cases := map[string][]string{
		"missing":      {"export", filepath.Join(dir, "nope.txt")},
		"directory":    {"diff", dir, cangzhou},
		"empty":        {"export", write("empty.txt", nil)},
		"binary":       {"export", write("random.bin", random)},
		"png":          {"check", write("x.png", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), random...))},
		"not a budget": {"export", write("readme.txt", []byte("hello\nworld\n"))},
		"no file":      {"export"},
		"bad format":   {"export", "--format", "xml", cangzhou},
		"bad flag":     {"tree", "--nope", cangzhou},
		"diff one arg": {"diff", cangzhou},
	}
	for name, args := range cases {
		code, out, errs := runCmd(t, args...)
		if code != 2 {
			t.Errorf("%s: exit %d, want 2", name, code)
		}
		if out != "" {
			t.Errorf("%s: wrote to stdout: %q", name, out)
		}
		if strings.Count(strings.TrimRight(errs, "\n"), "\n") != 0 || !strings.HasPrefix(errs, "yusuan") {
			t.Errorf("%s: stderr not one line: %q", name, errs)
		}
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"export", "--help"}, {"check", "-h"}, {"help"}} {
		code, out, _ := runCmd(t, args...)
		if code != 0 || !strings.Contains(out, "yusuan export") {
			t.Errorf("%v: exit %d", args, code)
		}
	}
}

func TestInputFileNeverWritten(t *testing.T) {
	before, _ := os.ReadFile(cangzhou)
	st, _ := os.Stat(cangzhou)
	runCmd(t, "export", cangzhou)
	runCmd(t, "check", cangzhou)
	after, _ := os.ReadFile(cangzhou)
	st2, _ := os.Stat(cangzhou)
	if !bytes.Equal(before, after) || !st.ModTime().Equal(st2.ModTime()) {
		t.Error("input file changed")
	}
}

func TestFolder(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{cangzhou, jinzhong} {
		b, _ := os.ReadFile(p)
		os.WriteFile(filepath.Join(dir, filepath.Base(p)), b, 0o644)
	}
	code, out, errs := runCmd(t, "export", "--format", "csv", dir)
	if code != 0 || errs != "" || !strings.Contains(out, "cangzhou") || !strings.Contains(out, "jinzhong") {
		t.Errorf("export DIR: exit %d stderr %q", code, errs)
	}
	// one table across all documents: a single header line
	if strings.Count(out, "source,table,kind") != 1 {
		t.Error("csv header repeated")
	}
	if code, _, _ := runCmd(t, "check", dir); code != 1 {
		t.Errorf("check DIR: exit %d, want 1 (cangzhou has errors)", code)
	}
	// a bad file among good ones: its line on stderr, the rest exported, status 2
	os.WriteFile(filepath.Join(dir, "broken.txt"), nil, 0o644)
	code, out, errs = runCmd(t, "export", dir)
	if code != 2 || !strings.Contains(errs, "broken.txt") || !strings.Contains(out, "沧州") {
		t.Errorf("bad file in DIR: exit %d stderr %q", code, errs)
	}
}
