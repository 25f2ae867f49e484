package tui

import (
	"regexp"
	"strings"
	"testing"
)

// Enter on a finding with a source line shows the source text there: the
// line marked and in view, the figures it cites marked in reverse video;
// j scrolls, Esc returns to the finding, Enter goes on to what it names.
func TestFindingOpensItsLine(t *testing.T) {
	m, doc := sampleModel(t, 120, 40)
	press(m, "7", "enter")
	if m.raw == nil || m.raw.line != 1563 {
		t.Fatalf("no source text at 1563: %+v", m.raw)
	}
	s := screen(m)
	lines := m.source().lines
	for _, want := range []string{"原文  " + doc.Source + "  第1563行", "标出：3218.39 2618.39 622.39", "> 1563 | ", "esc 返回问题"} {
		if !strings.Contains(s, want) {
			t.Fatalf("screen lacks %q:\n%s", want, s)
		}
	}
	if !strings.Contains(lines[1562], "3218.39") {
		t.Fatalf("line 1563 is %q", lines[1562])
	}
	raw := m.View().Content
	if !regexp.MustCompile(`\x1b\[[0-9;]*7[0-9;]*m3218\.39`).MatchString(raw) {
		t.Error("3218.39 not in reverse video")
	}
	if regexp.MustCompile(`\x1b\[[0-9;]*7[0-9;]*m18\.39`).MatchString(raw) {
		t.Error("a part of a number marked")
	}
	off := m.raw.off
	press(m, "j", "j")
	if m.raw.off != off+2 {
		t.Errorf("j scrolled %d → %d", off, m.raw.off)
	}
	press(m, "g")
	if m.raw.off != 0 || !strings.Contains(screen(m), "    1 | ") {
		t.Errorf("g: off %d", m.raw.off)
	}
	if cmd := press(m, "y"); clipboardOf(cmd) != lines[1562] || !strings.Contains(m.msg, "已复制原文行") {
		t.Errorf("y in the pane: %q", m.msg)
	}
	press(m, "esc")
	if m.raw != nil || m.cur != viewFindings || m.view().selected().finding.Line != 1563 {
		t.Fatalf("esc did not return to the finding: %q", sel(m))
	}
	press(m, "enter", "enter") // on to the narrative section the line is in
	if m.raw != nil || m.cur != viewNarrative {
		t.Fatalf("enter in the pane went to view %d", m.cur)
	}
}

// The source a finding cites cannot always be shown (a file gone, a
// .docx): the pane says why, and Esc still returns.
func TestFindingSourceMissing(t *testing.T) {
	fs := []Finding{{Rule: "cross", Severity: "warn", Message: "表中数 150.00", Line: 516, Actual: "150.00"}}
	m := sized(t, New(handDoc(), Options{Findings: fs, Source: readSource}), 120, 40)
	press(m, "7", "enter")
	if !strings.Contains(screen(m), "无法显示原文：hand") {
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

// The pane at the two usual sizes, pinned.
func TestGoldenRawText(t *testing.T) {
	for _, sz := range sizes {
		t.Run(sz.name, func(t *testing.T) {
			m, _ := sampleModel(t, sz.w, sz.h)
			press(m, "7", "j", "j", "enter")
			s := screen(m)
			checkFrame(t, s, sz.w, sz.h)
			goldenEqual(t, s)
		})
	}
}
