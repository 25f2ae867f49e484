package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"yusuan/audit"
	"yusuan/compare"
	"yusuan/league/read"
	"yusuan/model"
	"yusuan/parse"
	"yusuan/trend"
)

// loadForTest is the loader yusuan gives the league table: the files read
// again, halves joined, checked.
func loadForTest(paths []string) (*model.Document, []Finding, error) {
	var docs []*model.Document
	for _, p := range paths {
		d, err := parse.File(p)
		if err != nil {
			return nil, nil, err
		}
		docs = append(docs, d)
	}
	d := parse.JoinHalves(docs)[0]
	return d, audit.Check(d), nil
}

// copyInto copies files matching pattern into a new folder, skipping the
// test when there are none (the shared corpus is absent).
func copyInto(t *testing.T, pattern string) string {
	t.Helper()
	files, _ := filepath.Glob(pattern)
	if len(files) == 0 {
		t.Skip("absent: ", pattern)
	}
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
	return dir
}

// leagueOn reads dir as yusuan DIR does (summaries streamed in as the
// program would receive them) and sizes the table.
func leagueOn(t *testing.T, dir string, w, h int) *League {
	t.Helper()
	r, err := read.Stream(dir, 2)
	if err != nil {
		t.Fatal(err)
	}
	l := NewLeague(filepath.Base(dir), r, nil, loadForTest, Options{NoColor: true})
	l.Update(tea.WindowSizeMsg{Width: w, Height: h})
	for cmd := l.Init(); cmd != nil; {
		_, cmd = l.Update(cmd())
	}
	if l.reading != nil {
		t.Fatal("still reading after the last summary")
	}
	return l
}

func pressL(l *League, keys ...string) {
	for _, k := range keys {
		l.Update(keyMsg(k))
	}
}

func screenL(l *League) string { return ansi.Strip(l.View().Content) }

// The league table of the Jiangsu corpus (its text conversions): five
// departments, 2019 against 2018, the narrative halves joined, a totals row;
// pinned as goldens at two sizes, sorted two ways, and its help screen.
func TestLeagueGolden(t *testing.T) {
	dir := copyInto(t, "../../shared/corpus/jiangsu/*.layout.txt")
	for _, sz := range []struct {
		name string
		w, h int
	}{{"80x24", 80, 24}, {"140x16", 140, 16}} {
		for _, f := range []struct {
			name string
			keys []string
		}{{"start", nil}, {"by-change-pct", []string{">", ">"}}, {"by-department", []string{"<", "<", "r"}}, {"help", []string{"?"}}} {
			t.Run(sz.name+"/"+f.name, func(t *testing.T) {
				l := leagueOn(t, dir, sz.w, sz.h)
				l.dir = "jiangsu" // the temporary folder's name is not pinned
				pressL(l, f.keys...)
				s := screenL(l)
				checkFrame(t, s, sz.w, sz.h)
				golden.RequireEqual(t, s)
			})
		}
	}
}

// Space marks two departments and d compares their latest documents, the
// earlier year as the old one; Esc comes back. Enter lists a department's
// documents (read again) and Esc comes back; t says the trend is not wired
// in and names the files it would show.
func TestLeagueKeys(t *testing.T) {
	dir := copyInto(t, "../../shared/corpus/jiangsu/*.layout.txt")
	l := leagueOn(t, dir, 120, 30)
	if got := l.selected().dept; got != "江苏省高级人民法院" {
		t.Fatalf("first row %s, want the largest expenditure", got)
	}
	pressL(l, "d")
	if l.open != nil || !strings.Contains(screenL(l), "先用空格标记两个部门") {
		t.Error("d without two marks")
	}
	pressL(l, " ", " ")
	if len(l.marked) != 2 || !strings.Contains(screenL(l), "已标记 2/2") {
		t.Fatalf("marked %v", l.marked)
	}
	pressL(l, "d")
	m, ok := l.open.(*Model)
	if !ok || m.ctx.opt.Diff == nil || !strings.Contains(screenL(l), "2019 -> 2019") {
		t.Fatalf("d opened %T:\n%s", l.open, screenL(l))
	}
	pressL(l, "esc")
	if l.open != nil {
		t.Fatal("esc did not come back from the diff")
	}
	pressL(l, "g", "enter")
	f, ok := l.open.(*Folder)
	if !ok || len(f.rows) != 3 || !strings.Contains(screenL(l), "江苏省高级人民法院") {
		t.Fatalf("enter opened %T", l.open)
	}
	pressL(l, "enter") // a document of the department
	if f.open == nil {
		t.Fatal("the department's document did not open")
	}
	pressL(l, "esc", "esc")
	if l.open != nil {
		t.Fatal("esc esc did not come back to the table")
	}
	pressL(l, "t")
	if s := screenL(l); !strings.Contains(s, "趋势视图尚未接入") || !strings.Contains(s, "js-highcourt-2017.layout.txt") {
		t.Errorf("t:\n%s", s)
	}
	var got []string
	l.SetTrend(func(paths []string) (tea.Model, error) {
		got = paths
		return NewFolder("trend", nil, Options{}), nil
	})
	pressL(l, "t")
	if len(got) != 3 || !strings.HasSuffix(got[0], "2017.layout.txt") || !strings.HasSuffix(got[2], "2019.layout.txt") {
		t.Errorf("trend of %v", got)
	}
	pressL(l, "esc")
	// as yusuan DIR wires it: the department's trend view, and Esc back
	l.SetTrend(func(paths []string) (tea.Model, error) {
		var docs []*model.Document
		for _, p := range paths {
			d, err := parse.File(p)
			if err != nil {
				return nil, err
			}
			docs = append(docs, d)
		}
		tr, err := trend.Build(docs)
		if err != nil {
			return nil, err
		}
		return NewTrend(tr, Options{NoColor: true}), nil
	})
	pressL(l, "t")
	if _, ok := l.open.(*TrendView); !ok || !strings.Contains(screenL(l), "2017") || !strings.Contains(screenL(l), "2019") {
		t.Fatalf("t opened %T:\n%s", l.open, screenL(l))
	}
	pressL(l, "esc")
	if l.open != nil {
		t.Fatal("esc did not come back from the trend")
	}
}

// The two samples, always present: two departments without a previous
// year; the table is usable before the folder is read (rows as they come).
func TestLeagueSamples(t *testing.T) {
	dir := copyInto(t, "../samples/*.txt")
	r, err := read.Stream(dir, 1)
	if err != nil {
		t.Fatal(err)
	}
	l := NewLeague("samples", r, nil, loadForTest, Options{NoColor: true})
	l.Update(tea.WindowSizeMsg{Width: 100, Height: 14})
	cmd := l.Init()
	_, cmd = l.Update(cmd())
	if len(l.lines) == 0 {
		t.Fatal("no row after the first summaries")
	}
	for cmd != nil {
		_, cmd = l.Update(cmd())
	}
	s := screenL(l)
	checkFrame(t, s, 100, 14)
	golden.RequireEqual(t, s)
}

// A budget beside its final accounts in the explorer: the title says so,
// the columns read 预算数 | 决算数 | 差额 | 执行率, and the final accounts'
// 年初预算数 that differ from the budget are among the findings.
func TestExecutionDiffView(t *testing.T) {
	budget, _, err := loadForTest([]string{"../samples/jinzhong-safety-2023.txt"})
	if err != nil {
		t.Fatal(err)
	}
	final, fs, err := loadForTest([]string{"../compare/testdata/jinzhong-safety-2023-final.txt"})
	if err != nil {
		t.Fatal(err)
	}
	d := compare.Compare(budget, final)
	m := sized(t, New(final, Options{NoColor: true, Findings: fs, Diff: d}), 120, 30)
	press(m, "G", "enter", "j") // 224 灾害防治及应急管理支出 › 22402
	s := screen(m)
	for _, want := range []string{"2023 预算 -> 决算", "预算数", "决算数", "执行率", "86.11%"} {
		if !strings.Contains(s, want) {
			t.Errorf("no %q on the screen:\n%s", want, s)
		}
	}
	press(m, "7")
	if s := screen(m); !strings.Contains(s, "年初预算数") {
		t.Errorf("findings view lacks the 年初预算数 findings:\n%s", s)
	}
}
