package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
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
	if lines[0] != "department,year,document_kind,source,table,kind,line,page,code,name,column,amount" {
		t.Errorf("header %q", lines[0])
	}
	// the document on every row, so that rows of several documents stay apart in a spreadsheet
	for _, l := range lines[1:] {
		if !strings.HasPrefix(l, "山西转型综合改革示范区晋中开发区安全生产监督管理局,2023,budget,"+jinzhong+",") {
			t.Fatalf("row without its document: %q", l)
		}
	}
	for _, want := range []string{
		",2023年预算支出总表,expenditure,135,,2240106,安全监管,2023年预算数/基本支出,40.50",
		// 年度资金总额 111,000 元 on the declaration form, in 万元
		",项目,project_performance,307,,,安全生产专项整治业务费,预算数,11.10",
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
		"diff 3 args":  {"diff", jinzhong, cangzhou, cangzhou},
		"flag after":   {"check", cangzhou, "--format", "xml"},
		"bad lang":     {"tree", cangzhou, "--lang", "fr"},
		"no value":     {"export", cangzhou, "--format"},
		"misspelt":     {"exprot", cangzhou},
		"two files":    {cangzhou, jinzhong},
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

// TestHelp: the root help lists every command and the exit statuses; each
// command's help is its own, generated from its flags, globals included.
func TestHelp(t *testing.T) {
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"--help"}, []string{"yusuan export", "check", "diff", "tree", "completion", "--lang", "--version", "退出码", "3 浏览器无法"}},
		{[]string{"help"}, []string{"yusuan export", "check", "diff", "tree"}},
		{[]string{"export", "--help"}, []string{"yusuan export", "--format", "json、csv、xlsx 或 parquet", "--output", "--bom", "--wide", "--lang", "--ascii", "--no-color", "--mouse"}},
		{[]string{"check", "-h"}, []string{"yusuan check", "--format", "text、json、csv 或 xlsx", "--output", "--bom", "--rules", "--lang"}},
		{[]string{"tree", "--help"}, []string{"yusuan tree", "--lang", "--no-color"}},
		{[]string{"diff", "--help"}, []string{"yusuan diff", "--format", "text、json、csv 或 xlsx", "--output", "--ascii"}},
		{[]string{"--lang", "en", "tree", "--help", "--no-color"}, []string{"yusuan tree"}},
		{[]string{"help", "diff"}, []string{"yusuan diff", "--format"}},
		{[]string{"completion", "--help"}, []string{"bash", "zsh", "fish"}},
	} {
		code, out, errs := runCmd(t, c.args...)
		if code != 0 || errs != "" || strings.Contains(out, "\x1b") {
			t.Errorf("%v: exit %d, stderr %q, escape codes in help: %v", c.args, code, errs, strings.Contains(out, "\x1b"))
		}
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v: help lacks %q:\n%s", c.args, w, out)
			}
		}
	}
	// each command's help is its own: export's does not offer check's --rules
	if _, out, _ := runCmd(t, "export", "--help"); strings.Contains(out, "--rules") {
		t.Errorf("export --help shows check's flags:\n%s", out)
	}
}

// TestVersion: one line from the build information, the program named once.
func TestVersion(t *testing.T) {
	for _, flag := range []string{"--version", "-v"} {
		code, out, errs := runCmd(t, flag)
		if want := "yusuan version " + version() + "\n"; code != 0 || out != want || errs != "" {
			t.Errorf("%s: exit %d, %q (want %q), stderr %q", flag, code, out, want, errs)
		}
	}
}

// TestFlagsBeforeAndAfterArguments: every command gives the same output
// and status whether its flags, own or global, come before, between or
// after its arguments.
func TestFlagsBeforeAndAfterArguments(t *testing.T) {
	global := []string{"--lang", "en", "--ascii", "--no-color", "--mouse"}
	for _, c := range []struct {
		name  string
		cmd   string
		flags []string
		args  []string
		code  int
		json  bool
	}{
		{"export json", "export", []string{"--format", "json"}, []string{jinzhong}, 0, true},
		{"export csv", "export", []string{"--format=csv"}, []string{cangzhou, jinzhong}, 0, false},
		{"tree", "tree", nil, []string{jinzhong}, 0, false},
		{"check text", "check", []string{"--format", "text"}, []string{cangzhou}, 1, false},
		{"check json", "check", []string{"--format", "json"}, []string{jinzhong}, 0, true},
		{"check rules", "check", []string{"--rules"}, nil, 0, false},
		{"diff text", "diff", []string{"--format", "text"}, []string{jinzhong, cangzhou}, 0, false},
		{"diff json", "diff", []string{"--format", "json"}, []string{jinzhong, cangzhou}, 0, true},
		{"diff csv", "diff", []string{"--format", "csv"}, []string{jinzhong, cangzhou}, 0, false},
	} {
		cat := func(parts ...[]string) []string { return slices.Concat(append([][]string{{c.cmd}}, parts...)...) }
		orders := map[string][]string{
			"before":        cat(c.flags, c.args),
			"after":         cat(c.args, c.flags),
			"global before": cat(global, c.flags, c.args),
			"global after":  cat(c.args, c.flags, global),
			"mixed":         cat(global[:2], c.args[:min(1, len(c.args))], c.flags, global[2:], c.args[min(1, len(c.args)):]),
		}
		var first string
		for _, order := range []string{"before", "after", "global before", "global after", "mixed"} {
			args := orders[order]
			code, out, errs := runCmd(t, args...)
			if code != c.code || out == "" || (c.cmd != "diff" && errs != "") {
				t.Errorf("%s, flags %s: %v: exit %d (want %d), stderr %q", c.name, order, args, code, c.code, errs)
				continue
			}
			if c.json && !json.Valid([]byte(out)) {
				t.Errorf("%s, flags %s: not JSON", c.name, order)
			}
			if first == "" {
				first = out
			} else if out != first {
				t.Errorf("%s, flags %s: %v: output differs from flags before arguments", c.name, order, args)
			}
		}
	}
}

// TestGlobalFlagsOnEveryCommand: --lang, --ascii, --no-color and --mouse
// are known to every command (a bad flag is status 2, so acceptance shows in
// the status), and a --lang other than zh or en is refused by every one.
func TestGlobalFlagsOnEveryCommand(t *testing.T) {
	for _, args := range [][]string{
		{"export", jinzhong}, {"tree", jinzhong}, {"check", jinzhong}, {"check", "--rules"},
		{"diff", "--format", "json", jinzhong, cangzhou}, {"completion", "fish"}, {"help", "tree"},
	} {
		for _, global := range [][]string{{"--lang", "en"}, {"--lang=zh"}, {"--ascii"}, {"--no-color"}, {"--mouse"}} {
			if code, _, errs := runCmd(t, slices.Concat(args, global)...); code != 0 || strings.Contains(errs, "flag") {
				t.Errorf("%v %v: exit %d, stderr %q", args, global, code, errs)
			}
		}
		if args[0] == "help" {
			continue // help prints help, whatever the flags
		}
		code, out, errs := runCmd(t, slices.Concat(args, []string{"--lang", "fr"})...)
		if code != exitBadInput || out != "" || !strings.Contains(errs, "--lang \"fr\"") || strings.Count(errs, "\n") != 1 {
			t.Errorf("%v --lang fr: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
}

// TestMisspeltCommand: a word that is neither a file nor a command is an
// error, with cobra's suggestion when one is close, never the explorer.
func TestMisspeltCommand(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"exprot", cangzhou}, `did you mean "export"`},
		{[]string{"exprot"}, `did you mean "export"`},
		{[]string{"chekc", "--format", "json", cangzhou}, `did you mean "check"`},
		{[]string{"--lang", "en", "tre", jinzhong}, `did you mean "tree"`},
		{[]string{"dif", jinzhong, cangzhou}, `did you mean "diff"`},
		{[]string{"--lang", "en", "exprot", cangzhou, "--format", "csv"}, `did you mean "export"`},
		{[]string{"frobnicate"}, "neither a command nor a file"},
		{[]string{"nope.txt"}, "nope.txt: "}, // looks like a path: the file's own error
	} {
		code, out, errs := runCmd(t, c.args...)
		if code != exitBadInput || out != "" || !strings.Contains(errs, c.want) ||
			strings.Count(strings.TrimRight(errs, "\n"), "\n") != 0 || !strings.HasPrefix(errs, "yusuan") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q (want %q)", c.args, code, out, errs, c.want)
		}
	}
}

// TestCompletion: scripts for the usual shells, and completion of the
// values of --format and --lang.
func TestCompletion(t *testing.T) {
	for shell, want := range map[string]string{
		"bash": "__start_yusuan", "zsh": "#compdef yusuan", "fish": "complete -c yusuan", "powershell": "Register-ArgumentCompleter",
	} {
		// the global flags are accepted here too, before or after
		code, out, errs := runCmd(t, "completion", shell, "--no-color")
		if code != 0 || errs != "" || !strings.Contains(out, want) {
			t.Errorf("completion %s: exit %d, stderr %q, lacks %q", shell, code, errs, want)
		}
	}
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"__complete", "export", "--format", ""}, []string{"json", "csv"}},
		{[]string{"__complete", "check", cangzhou, "--format", ""}, []string{"text", "json"}},
		{[]string{"__complete", "diff", "--format", ""}, []string{"text", "json", "csv"}},
		{[]string{"__complete", "tree", "--lang", ""}, []string{"zh", "en"}},
		{[]string{"__complete", "ex"}, []string{"export"}},
	} {
		code, out, _ := runCmd(t, c.args...)
		var values []string // one per line, before its description
		for l := range strings.Lines(out) {
			v, _, _ := strings.Cut(strings.TrimSpace(l), "\t")
			values = append(values, v)
		}
		for _, w := range c.want {
			if code != 0 || !slices.Contains(values, w) {
				t.Errorf("%v: exit %d, %q lacks %q", c.args, code, out, w)
			}
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

// A document with no functional table has no tree: tree says so on stderr,
// prints the other documents' trees, and exits 2; export keeps the document
// and says on stderr that no table was found.
func TestNoTableIsSaid(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "说明.txt")
	if err := os.WriteFile(text, []byte("北京市统计局2026年部门预算情况说明\n一、部门职责\n北京市统计局主要职责是负责本市统计工作。\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, "tree", text, jinzhong)
	if code != 2 || !strings.Contains(errs, "说明.txt") || !strings.Contains(errs, "no functional table") ||
		!strings.HasPrefix(out, "山西转型综合改革示范区晋中开发区安全生产监督管理局 2023年预算") {
		t.Errorf("tree: exit %d, stdout %.80q, stderr %q", code, out, errs)
	}
	code, out, errs = runCmd(t, "export", text)
	if code != 0 || !strings.Contains(errs, "no budget table found") || !strings.Contains(out, `"department": "北京市统计局"`) {
		t.Errorf("export: exit %d, stdout %.80q, stderr %q", code, out, errs)
	}
}

// --tolerance and --min-severity: material findings only, exact by default;
// a bad value is one line and status 2. The severities' meaning is in --rules.
func TestCheckMateriality(t *testing.T) {
	cases := []struct {
		args     []string
		code     int
		has, not []string
	}{
		{[]string{"check", cangzhou}, 1, []string{"[plan-end]", "[three-public-economic]"}, nil},
		// every error of the sample is an amount; 1000 万元 makes them all immaterial
		{[]string{"check", cangzhou, "--tolerance", "1000"}, 0, []string{"差额不超过容差 1000.00 万元"}, nil},
		{[]string{"check", cangzhou, "--min-severity", "error"}, 1, []string{"[plan-end]"}, []string{"[three-public-economic]", "[empty-with-data]"}},
		{[]string{"check", cangzhou, "--tolerance", "15", "--min-severity", "error"}, 1, []string{"[narrative-sum]"}, []string{"[plan-end]"}},
		{[]string{"check", cangzhou, "--min-severity", "fatal"}, 2, nil, nil},
		{[]string{"check", cangzhou, "--tolerance", "半"}, 2, nil, nil},
		{[]string{"check", cangzhou, "--tolerance", "-1"}, 2, nil, nil},
		{[]string{"check", "--rules"}, 0, []string{"数字有错", "a figure may be wrong", "格式或披露"}, nil},
		{[]string{"check", "--rules", "--format", "json"}, 0, []string{`"severities"`, `"meaning_en"`, `"id": "tree-sum"`}, nil},
	}
	for _, c := range cases {
		code, out, errs := runCmd(t, c.args...)
		if code != c.code {
			t.Errorf("%v: exit %d, want %d (%s)", c.args, code, c.code, errs)
		}
		if c.code == 2 && strings.Count(strings.TrimSpace(errs), "\n") != 0 {
			t.Errorf("%v: not one line: %q", c.args, errs)
		}
		for _, s := range c.has {
			if !strings.Contains(out, s) {
				t.Errorf("%v: no %q in\n%s", c.args, s, out)
			}
		}
		for _, s := range c.not {
			if strings.Contains(out, s) {
				t.Errorf("%v: %q should be filtered out", c.args, s)
			}
		}
	}
}
