package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
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
	// exit 1: the narrative's 66.69% is an error since the severities were
	// defined (2233.13 / 3348.98 = 66.68%, audit's reviewed list)
	if err := json.Unmarshal([]byte(out), &got); code != 1 || errs != "" || err != nil {
		t.Fatalf("exit %d, stderr %q, %v (one document with an error expected)", code, errs, err)
	}
	// the narrative's own findings, at their own file's page and line: the
	// 66.69% above, and a change it states without a reason (info)
	var narrative []string
	for _, f := range got.Findings {
		if f.File == text {
			if f.Line <= f.FileLine {
				t.Errorf("%+v: the joined line is not after the tables' lines", f)
			}
			narrative = append(narrative, fmt.Sprintf("%s 第%d页 第%d行", f.Rule, f.Page, f.FileLine))
		}
	}
	if want := []string{"change-reason 第8页 第185行", "narrative-change 第15页 第345行"}; !slices.Equal(sorted(narrative), want) {
		t.Errorf("findings on the narrative %v, want %v", narrative, want)
	}
	_, out, _ = runCmd(t, "check", text, tables)
	if !strings.Contains(out, "js-cppcc-2018-text.layout.txt 第15页 第345行") {
		t.Errorf("text output does not name the narrative's file and line:\n%s", out)
	}

	code, out, errs = runCmd(t, "check", text)
	if code != 1 || !strings.Contains(errs, "no budget table found") || !strings.Contains(out, "1 个错误") {
		t.Errorf("text half alone: exit %d, stdout %q, stderr %q", code, out, errs)
	}

	dir := t.TempDir()
	for _, p := range []string{text, tables} {
		b, _ := os.ReadFile(p)
		os.WriteFile(filepath.Join(dir, filepath.Base(p)), b, 0o644)
	}
	sums, err := read.Read(dir, 2)
	if err != nil || len(sums) != 1 || len(sums[0].Parts) != 2 || sums[0].Path != filepath.Join(dir, filepath.Base(tables)) || sums[0].Errors() != 1 {
		t.Fatalf("folder: %v, %+v", err, sums)
	}
	code, out, _ = runCmd(t, "check", dir)
	if code != 1 || !strings.Contains(out, "js-cppcc-2018-text.layout.txt 第15页 第345行") {
		t.Errorf("check DIR: exit %d\n%s", code, out)
	}
}

func sorted(s []string) []string {
	out := slices.Clone(s)
	slices.Sort(out)
	return out
}
