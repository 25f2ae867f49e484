package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// procuratorate is the Jiangsu procuratorate's three budgets, 2017–2019.
func procuratorate(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("../shared/corpus/jiangsu/js-procuratorate-201*.layout.txt")
	if len(files) != 3 {
		t.Skip("../shared/corpus/jiangsu absent")
	}
	return files
}

// TestTrendFlagsBeforeAndAfterArguments: the same output and status with
// the flags, own and global, before, after or among the files, and a folder
// of the files gives what the files give.
func TestTrendFlagsBeforeAndAfterArguments(t *testing.T) {
	files := procuratorate(t)
	dir := t.TempDir()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	global := []string{"--lang", "en", "--no-color"}
	for _, format := range []string{"text", "json", "csv"} {
		flags := []string{"--format", format}
		var first string
		for name, args := range map[string][]string{
			"before":        slices.Concat([]string{"trend"}, flags, files),
			"after":         slices.Concat([]string{"trend"}, files, flags),
			"among":         slices.Concat([]string{"trend"}, files[:1], flags, files[1:]),
			"global before": slices.Concat(global, []string{"trend"}, flags, files),
			"global after":  slices.Concat([]string{"trend"}, files, flags, global),
		} {
			code, out, errs := runCmd(t, args...)
			if code != 0 || out == "" || errs != "" {
				t.Errorf("%s, flags %s: exit %d, stderr %q", format, name, code, errs)
				continue
			}
			if format == "json" && !json.Valid([]byte(out)) {
				t.Errorf("%s, flags %s: not JSON", format, name)
			}
			if first == "" {
				first = out
			} else if out != first {
				t.Errorf("%s, flags %s: output differs", format, name)
			}
		}
		// the folder: the same rows, the sources named from the folder
		code, out, errs := runCmd(t, "trend", dir, "--format", format)
		if code != 0 || errs != "" || strings.Count(out, "2040410") != strings.Count(first, "2040410") {
			t.Errorf("%s of the folder: exit %d, stderr %q", format, code, errs)
		}
	}
}

// TestTrendJSON: the contract's shape, with the reclassified row's years.
func TestTrendJSON(t *testing.T) {
	code, out, errs := runCmd(t, slices.Concat([]string{"trend", "--format", "json"}, procuratorate(t))...)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var got struct {
		Schema, Department string
		Years              []struct{ Year int }
		Functional         []struct {
			Code, Parent string
			Values       []*struct{ Code, Total, MatchedBy string }
			Steps        []*struct {
				DeltaPct *string `json:"delta_pct"`
			}
			Change    *struct{ Delta, CAGR *string }
			Crosswalk []struct{ From, To, Basis string }
		}
		Crosswalk []struct{ Scheme, From, To string }
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Schema != "yusuan/v1" || got.Department != "江苏省人民检察院" || len(got.Years) != 3 || len(got.Crosswalk) != 4 {
		t.Fatalf("header: %+v", got)
	}
	for _, r := range got.Functional {
		if r.Code != "2040410" {
			continue
		}
		if r.Parent != "20404" || len(r.Values) != 3 || r.Values[0].Code != "2040405" || r.Values[0].Total != "150.00" ||
			r.Values[2].Total != "1185.60" || len(r.Crosswalk) != 1 || r.Crosswalk[0].Basis != "official" ||
			r.Change == nil || *r.Change.CAGR != "181.14" || *r.Steps[0].DeltaPct != "1163.33" {
			t.Errorf("2040410: %s", out)
		}
		return
	}
	t.Error("no row 2040410")
}

// TestTrendRefusals: each one line on stderr, status 2, nothing on stdout.
func TestTrendRefusals(t *testing.T) {
	files := procuratorate(t)
	court, _ := filepath.Glob("../shared/corpus/jiangsu/js-highcourt-2018.layout.txt")
	for _, c := range []struct {
		name string
		args []string
		want []string
	}{
		{"departments", slices.Concat([]string{"trend", "--format", "text"}, files, court), []string{"不同部门", "江苏省人民检察院", "江苏省高级人民法院"}},
		{"two years", []string{"trend", "--format", "json", files[0], files[1]}, []string{"至少3个年度", "yusuan diff"}},
		{"no file", []string{"trend", "--format", "json"}, []string{"没有给出文件"}},
		{"bad format", slices.Concat([]string{"trend", "--format", "yaml"}, files), []string{"未知格式"}},
		{"bom without csv", slices.Concat([]string{"trend", "--format", "json", "--bom"}, files), []string{"--bom"}},
		{"missing file", []string{"trend", "--format", "text", "nosuch.txt", files[0], files[1]}, []string{"nosuch.txt"}},
	} {
		code, out, errs := runCmd(t, c.args...)
		if code != 2 || out != "" || strings.Count(errs, "\n") != 1 {
			t.Errorf("%s: exit %d, stdout %q, stderr %q: want 2, nothing, one line", c.name, code, out, errs)
		}
		for _, w := range c.want {
			if !strings.Contains(errs, w) {
				t.Errorf("%s: stderr %q lacks %q", c.name, errs, w)
			}
		}
	}
}

// TestTrendHelpAndPapers: --help names the command and its flags; -o
// writes the workbook and the CSV (with the BOM when asked) and never over
// an input.
func TestTrendHelpAndPapers(t *testing.T) {
	for _, args := range [][]string{{"trend", "--help"}, {"help", "trend"}, {"--help"}} {
		code, out, errs := runCmd(t, args...)
		if code != 0 || errs != "" || !strings.Contains(out, "trend") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
		if args[0] == "trend" && (!strings.Contains(out, "text、json、csv 或 xlsx") || !strings.Contains(out, "--output") || !strings.Contains(out, "--bom")) {
			t.Errorf("%v lacks the flags:\n%s", args, out)
		}
	}
	files := procuratorate(t)
	dir := t.TempDir()
	book, csvFile := filepath.Join(dir, "t.xlsx"), filepath.Join(dir, "t.csv")
	if code, _, errs := runCmd(t, slices.Concat([]string{"trend", "--format", "xlsx", "-o", book}, files)...); code != 0 || errs != "" {
		t.Fatalf("xlsx: exit %d, %q", code, errs)
	}
	if b, _ := os.ReadFile(book); !strings.HasPrefix(string(b), "PK") {
		t.Error("the workbook is not a zip")
	}
	if code, _, errs := runCmd(t, slices.Concat([]string{"trend", "--format", "csv", "--bom", "-o", csvFile}, files)...); code != 0 || errs != "" {
		t.Fatalf("csv: exit %d, %q", code, errs)
	}
	b, _ := os.ReadFile(csvFile)
	if !strings.HasPrefix(string(b), "\uFEFFsection,code,name,level,parent,total_2017,total_2018,total_2019,delta_pct_2018,delta_pct_2019,") {
		t.Errorf("csv starts %q", string(b[:min(len(b), 120)]))
	}
	if !strings.Contains(string(b), "functional,2040410,检察监督,item,20404,150.00,1895.00,1185.60,1163.33,-37.44,2017,2019,1035.60,181.14,,2040405>2040410@2019:official") {
		t.Errorf("csv lacks the reclassified row:\n%s", b)
	}
	before, _ := os.ReadFile(files[0])
	if code, _, _ := runCmd(t, slices.Concat([]string{"trend", "--format", "csv", "-o", files[0]}, files)...); code != 2 {
		t.Errorf("-o over an input: exit %d", code)
	}
	if after, _ := os.ReadFile(files[0]); string(after) != string(before) {
		t.Fatal("an input file was written")
	}
}
