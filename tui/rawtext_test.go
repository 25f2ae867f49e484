package tui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// Enter on a finding with a source line shows the source text there: the
// line marked and in view, the figures it cites marked in reverse video;
// j scrolls, y copies the line, Esc returns to the finding, Enter goes on
// to what it names.
func TestFindingOpensItsLine(t *testing.T) {
	fs := []Finding{{Rule: "cross", Severity: "warn", Message: "表中数 150.00 与收入总表 155.00 不同", Line: 516,
		Expected: "155.00", Actual: "150.00"}}
	m := sized(t, New(handDoc(), Options{Findings: fs, Source: handSource}), 120, 40)
	press(m, "7", "enter")
	if m.raw == nil || m.raw.line != 516 {
		t.Fatalf("no source text at 516: %+v", m.raw)
	}
	s := screen(m)
	for _, want := range []string{"原文  hand  第516行  标出：150.00 155.00", ">  516 |         2240106 安全监管        150.00", "esc 返回问题"} {
		if !strings.Contains(s, want) {
			t.Fatalf("screen lacks %q:\n%s", want, s)
		}
	}
	raw := m.View().Content
	if n := len(regexp.MustCompile(`\x1b\[[0-9;]*7[0-9;]*m150\.00`).FindAllString(raw, -1)); n != 2 {
		t.Errorf("150.00 marked %d times, want 2", n)
	}
	off := m.raw.off
	press(m, "j", "j")
	if m.raw.off != off+2 {
		t.Errorf("j scrolled %d → %d", off, m.raw.off)
	}
	press(m, "g")
	if m.raw.off != 0 || !strings.Contains(screen(m), "     1 | 第1行") {
		t.Errorf("g: off %d", m.raw.off)
	}
	press(m, "G")
	if !strings.Contains(screen(m), "  1700 | 第1700行") {
		t.Errorf("G does not show the last line:\n%s", screen(m))
	}
	if got := clipboardOf(press(m, "y")); got != "\t2240106\t安全监管\t150.00\t\t150.00" || !strings.Contains(m.msg, "已复制原文行") {
		t.Errorf("y in the pane: %q %q", got, m.msg)
	}
	press(m, "esc")
	if m.raw != nil || m.cur != viewFindings || sel(m) != "警告 表中数 150.00 与收入总表 155.00 不同" {
		t.Fatalf("esc did not return to the finding: %q", sel(m))
	}
	press(m, "enter", "enter") // on to the raw table row printed on the line
	if m.raw != nil || m.cur != viewTables || m.view().selected().line != 516 {
		t.Fatalf("enter in the pane went to view %d %q", m.cur, sel(m))
	}
}

// The source a finding cites cannot always be shown (a file gone, a
// .docx): the pane says why, and Esc still returns.
func TestFindingSourceMissing(t *testing.T) {
	fs := []Finding{{Rule: "cross", Severity: "warn", Message: "表中数 150.00", Line: 516, Actual: "150.00"}}
	gone := func(path string) ([]string, bool, error) { return nil, false, fmt.Errorf("%s: no such file", path) }
	m := sized(t, New(handDoc(), Options{Findings: fs, Source: gone}), 120, 40)
	press(m, "7", "enter")
	if !strings.Contains(screen(m), "无法显示原文：hand: no such file") {
		t.Fatalf("no reason given:\n%s", screen(m))
	}
	press(m, "esc")
	if m.raw != nil || m.cur != viewFindings {
		t.Fatal("esc did not close the pane")
	}
	m = sized(t, New(handDoc(), Options{Findings: fs}), 120, 40) // no reader given
	press(m, "7", "enter")
	if !strings.Contains(screen(m), "无法显示原文：no source reader") {
		t.Fatalf("no reason given without a reader:\n%s", screen(m))
	}
}

type bracket struct{}

func (bracket) Render(s ...string) string { return "[" + strings.Join(s, "") + "]" }

// Only whole numbers are marked, in either printed form.
func TestHighlightFigures(t *testing.T) {
	f := &Finding{Actual: "2567.98", Expected: "1234.50", Message: "合计 2,567.98 与 1234.5 不符，相差 +1333.48"}
	var forms []string
	for _, s := range citedFigures(f) {
		forms = append(forms, printedForms(s)...)
	}
	got := highlight("2567.98 67.98 2,567.98 12567.98 1,234.50 1333.48x", forms, bracket{})
	want := "[2567.98] 67.98 [2,567.98] 12567.98 [1,234.50] [1333.48]x"
	if got != want {
		t.Errorf("%q\nwant %q", got, want)
	}
}

// The pane at the two usual sizes, pinned: a sentence whose figures the
// finding cites, one of them with thousands separators.
func TestGoldenRawText(t *testing.T) {
	fs := []Finding{{Rule: "narrative-sum", Severity: "error", Message: "正文3218.39万元与所列各项之和（622.39、2596）不符",
		Line: 1563, Expected: "3218.39", Actual: "3218.39"}}
	for _, sz := range sizes {
		t.Run(sz.name, func(t *testing.T) {
			m := sized(t, New(handDoc(), Options{NoColor: true, Findings: fs, Source: handSource}), sz.w, sz.h)
			press(m, "7", "enter")
			s := screen(m)
			checkFrame(t, s, sz.w, sz.h)
			goldenEqual(t, s)
		})
	}
}
