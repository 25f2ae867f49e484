package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"yusuan/league/read"
)

const jiangsuCorpus = "../shared/corpus/jiangsu"

// The two halves of the Jiangsu 政协 2018 budget, given together to check,
// are one document whose narrative is checked against its tables: the
// narrative's finding names its own file, page and line. The narrative alone
// says it has no table; the two halves in a folder are one entry.
func TestCheckJoinsHalves(t *testing.T) {
	text := filepath.Join(jiangsuCorpus, "js-cppcc-2018-text.layout.txt")
	tables := filepath.Join(jiangsuCorpus, "js-cppcc-2018-tables.layout.txt")
	if _, err := os.Stat(text); err != nil {
		t.Skip("corpus absent")
	}
	code, out, errs := runCmd(t, "check", text, tables, "--format", "json")
	var got struct {
		Source   string
		Findings []struct {
			Rule, File string
			Line, Page int
			FileLine   int `json:"file_line"`
		}
	}
	if err := json.Unmarshal([]byte(out), &got); code != 0 || errs != "" || err != nil {
		t.Fatalf("exit %d, stderr %q, %v (one document expected)", code, errs, err)
	}
	narrative := 0
	for _, f := range got.Findings {
		if f.File == text {
			narrative++
			if f.Rule != "narrative-change" || f.FileLine != 345 || f.Page != 15 || f.Line <= 345 {
				t.Errorf("narrative finding %+v, want narrative-change at 第15页 第345行 of the text", f)
			}
		}
	}
	if narrative != 1 {
		t.Errorf("%d findings on the narrative, want 1: %+v", narrative, got.Findings)
	}
	_, out, _ = runCmd(t, "check", text, tables)
	if !strings.Contains(out, "js-cppcc-2018-text.layout.txt 第15页 第345行") {
		t.Errorf("text output does not name the narrative's file and line:\n%s", out)
	}

	code, out, errs = runCmd(t, "check", text)
	if code != 0 || !strings.Contains(errs, "no budget table found") || !strings.Contains(out, "0 个错误") {
		t.Errorf("text half alone: exit %d, stdout %q, stderr %q", code, out, errs)
	}

	dir := t.TempDir()
	for _, p := range []string{text, tables} {
		b, _ := os.ReadFile(p)
		os.WriteFile(filepath.Join(dir, filepath.Base(p)), b, 0o644)
	}
	sums, err := read.Read(dir, 2)
	if err != nil || len(sums) != 1 || len(sums[0].Parts) != 2 || sums[0].Path != filepath.Join(dir, filepath.Base(tables)) || sums[0].Warnings() != 1 {
		t.Fatalf("folder: %v, %+v", err, sums)
	}
	code, out, _ = runCmd(t, "check", dir)
	if code != 0 || !strings.Contains(out, "js-cppcc-2018-text.layout.txt 第15页 第345行") {
		t.Errorf("check DIR: exit %d\n%s", code, out)
	}
}
