package sampletest

import (
	"bytes"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"yusuan/audit"
	"yusuan/compare"
	"yusuan/model"
	"yusuan/parse"
	"yusuan/tui"
)

// The auditor's tasks of issue 14, each run as a real Bubble Tea program
// (teatest) on a real document, keys sent as typed, the answer read off the
// last frame and checked against the document computed independently.

func program(t *testing.T, m *tui.Model, w, h int) *teatest.TestModel {
	t.Helper()
	return teatest.NewTestModel(t, m, teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
}

// send types keys one by one: named keys in braces ({enter}), runes otherwise.
func send(tm *teatest.TestModel, keys ...string) {
	for _, k := range keys {
		switch k {
		case "{enter}":
			tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
		default:
			for _, r := range k {
				tm.Send(tea.KeyPressMsg{Code: r, Text: string(r)})
			}
		}
	}
}

func waitFor(t *testing.T, tm *teatest.TestModel, s string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
		teatest.WithDuration(10*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

// finalRows quits and returns the list rows of the last frame (the lines
// after the column heading), as plain text.
func finalRows(t *testing.T, tm *teatest.TestModel, heading string) []string {
	t.Helper()
	send(tm, "q")
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(*tui.Model)
	lines := strings.Split(ansi.Strip(fm.View().Content), "\n")
	for i, l := range lines {
		if strings.Contains(l, heading) {
			return lines[i+1:]
		}
	}
	t.Fatalf("no heading %q in the last frame:\n%s", heading, strings.Join(lines, "\n"))
	return nil
}

// TestTaskFiveLargestItems: F lists every 项 of the Cangzhou sample, the
// largest first; the first five rows are the five largest leaves.
func TestTaskFiveLargestItems(t *testing.T) {
	doc := load(t, "cangzhou-lingang-safety-2026.txt")
	var leaves []*model.FuncNode
	model.WalkFunc(doc.Functional, func(n, _ *model.FuncNode) {
		if len(n.Children) == 0 {
			leaves = append(leaves, n)
		}
	})
	if len(leaves) < 5 {
		t.Fatalf("only %d leaves", len(leaves))
	}
	sort.SliceStable(leaves, func(i, j int) bool { return leaves[i].Total.Cmp(leaves[j].Total) > 0 })
	tm := program(t, tui.New(doc, tui.Options{NoColor: true}), 120, 40)
	waitFor(t, tm, "功能分类")
	send(tm, "F")
	waitFor(t, tm, "全部末级")
	rows := finalRows(t, tm, "编码")
	for i, l := range leaves[:5] {
		if !strings.Contains(rows[i], l.Code) || !strings.Contains(rows[i], l.Total.Grouped()) {
			t.Errorf("row %d is %q, want %s %s", i+1, rows[i], l.Code, l.Total.Grouped())
		}
	}
}

// TestTaskFastestGrowingLine: between two years of a Jiangsu department,
// the flat view sorted by 增减% puts the fastest-growing line first.
func TestTaskFastestGrowingLine(t *testing.T) {
	dir := "../../../shared/corpus/jiangsu/"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("corpus absent")
	}
	var docs [2]*model.Document
	for i, name := range []string{"js-highcourt-2017.layout.txt", "js-highcourt-2018.layout.txt"} {
		d, err := parse.File(dir + name)
		if err != nil {
			t.Skipf("parser cannot read %s: %v", name, err)
		}
		docs[i] = d
	}
	d := compare.Compare(docs[0], docs[1])
	// The expected answer, from the comparison: the leaf with the largest Δ%.
	var best *compare.Line
	var bestPct model.Money
	var walk func([]*compare.Line)
	walk = func(ls []*compare.Line) {
		for _, l := range ls {
			if len(l.Children) > 0 {
				walk(l.Children)
				continue
			}
			if p, ok := model.ParseAmount(l.DeltaPct); ok && (best == nil || p.Cmp(bestPct) > 0) {
				best, bestPct = l, p
			}
		}
	}
	walk(d.Functional)
	if best == nil {
		t.Skip("no functional line in both years")
	}
	tm := program(t, tui.New(docs[1], tui.Options{Diff: d, NoColor: true}), 160, 40)
	waitFor(t, tm, "功能分类")
	send(tm, "F", "<", "<") // flat, sorted by 增减%
	waitFor(t, tm, "排序: 增减%")
	rows := finalRows(t, tm, "编码")
	t.Logf("fastest-growing: %s %s %s%%; first row %q", best.Code, best.Name, best.DeltaPct, strings.TrimSpace(rows[0]))
	if !strings.Contains(rows[0], best.Code) || !strings.Contains(rows[0], best.DeltaPct+"%") {
		t.Fatalf("first row %q, want %s %s%%", rows[0], best.Code, best.DeltaPct)
	}
}

// TestTaskFindingsOfOneRule: in the findings of the Cangzhou sample, f with
// a rule's id keeps that rule's findings and no other.
func TestTaskFindingsOfOneRule(t *testing.T) {
	doc := load(t, "cangzhou-lingang-safety-2026.txt")
	fs := audit.Check(doc)
	count := map[string]int{}
	for _, f := range fs {
		count[f.Rule]++
	}
	if len(count) < 2 {
		t.Skipf("the sample has findings of %d rules; the filter needs two to be seen working", len(count))
	}
	rule := ""
	for r, n := range count {
		if rule == "" || n > count[rule] || n == count[rule] && r < rule {
			rule = r
		}
	}
	t.Logf("rule %s: %d of %d findings", rule, count[rule], len(fs))
	tm := program(t, tui.New(doc, tui.Options{NoColor: true, Findings: fs}), 200, 50)
	waitFor(t, tm, "功能分类")
	send(tm, "7", "f", rule, "{enter}")
	waitFor(t, tm, "筛选: "+rule)
	send(tm, "q")
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(*tui.Model)
	s := ansi.Strip(fm.View().Content)
	if want := fmt.Sprintf("1/%d", count[rule]); !strings.Contains(s, want) {
		t.Fatalf("status does not count %s findings of %s:\n%s", want, rule, s)
	}
	for r := range count {
		if r != rule && !strings.Contains(r, rule) && strings.Contains(s, " "+r+" ") {
			t.Fatalf("rule %s shows under the filter %s:\n%s", r, rule, s)
		}
	}
}
