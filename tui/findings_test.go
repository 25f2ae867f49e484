package tui

import (
	"strings"
	"testing"
)

func testFindings() []Finding {
	return []Finding{
		{Rule: "tree-sum", Severity: "error", Where: "部门预算支出总表 / 22401", Message: "下级合计与上级不等",
			Expected: "2567.97", Actual: "2567.98", Difference: "0.01", Line: 513, Code: "22401"},
		{Rule: "project-plan", Severity: "warn", Where: "安全管家", Message: "资金支出计划未到预算数", Project: "安全管家"},
		{Rule: "narrative-total", Severity: "info", Where: "说明 / 二", Message: "说明中的“三公”经费与表不一致"},
	}
}

func TestFindingsView(t *testing.T) {
	m := sized(t, New(handDoc(), Options{Findings: testFindings()}), 120, 40)
	if !strings.Contains(strings.Split(screen(m), "\n")[1], "7 问题") {
		t.Fatal("no findings tab")
	}
	// The functional row the first finding names is marked.
	press(m, "G", "enter")
	if row := strings.Split(screen(m), "\n")[4]; !strings.HasPrefix(row, ">! 22401") {
		t.Fatalf("row not marked: %q", row)
	}
	if !strings.Contains(screen(m), "下级合计与上级不等") {
		t.Fatal("pane does not show the finding")
	}
	press(m, "7")
	if m.cur != viewFindings || sel(m) != "错误 下级合计与上级不等" {
		t.Fatalf("view %d selected %q", m.cur, sel(m))
	}
	s := screen(m)
	for _, want := range []string{"应为", "2567.98", "差额", "tree-sum", "enter -> 22401 应急管理事务"} {
		if !strings.Contains(s, want) {
			t.Fatalf("findings screen lacks %q:\n%s", want, s)
		}
	}
	press(m, "j", "enter") // the project finding opens the project
	if m.cur != viewProjects || sel(m) != "2240106 安全管家" {
		t.Fatalf("enter on a finding went to view %d %q", m.cur, sel(m))
	}
	press(m, "7", "G", "enter") // a finding with no target stays put
	if m.cur != viewFindings {
		t.Fatal("finding without a target moved")
	}
	press(m, "tab")
	if m.cur != viewFlat {
		t.Fatalf("tab from findings went to %d", m.cur)
	}
	press(m, "tab")
	if m.cur != viewFunctional {
		t.Fatalf("tab from the flat view went to %d", m.cur)
	}
}

func TestNoFindingsNoTab(t *testing.T) {
	m := sized(t, New(handDoc(), Options{}), 120, 40)
	if strings.Contains(screen(m), "7 问题") {
		t.Fatal("findings tab without findings")
	}
	press(m, "7")
	if m.cur != viewFunctional {
		t.Fatal("7 switched to a view that is off")
	}
	press(m, "shift+tab", "shift+tab") // the flat view, then past the findings
	if m.cur != viewNarrative {
		t.Fatalf("shift+tab went to %d", m.cur)
	}
	// Checked with nothing found: the tab shows, with an empty list.
	m = sized(t, New(handDoc(), Options{Findings: []Finding{}}), 120, 40)
	press(m, "7")
	if m.cur != viewFindings || !strings.Contains(screen(m), "（无数据）") {
		t.Fatal("empty findings view")
	}
}

func TestFindingByLine(t *testing.T) {
	fs := []Finding{
		{Rule: "cross", Severity: "warn", Message: "表中数", Line: 516},
		{Rule: "narrative", Severity: "error", Message: "说明数", Line: 1601},
	}
	m := sized(t, New(handDoc(), Options{Findings: fs}), 120, 40)
	press(m, "7", "enter") // the source text at the line first (rawtext_test.go)
	if m.raw == nil || m.raw.line != 516 {
		t.Fatal("enter on a line finding did not open its source text")
	}
	press(m, "enter") // then where the finding points
	if m.raw != nil || m.cur != viewTables || sel(m) != "516 2240106 安全监管 150.00  150.00" {
		t.Fatalf("line finding went to view %d %q", m.cur, sel(m))
	}
	press(m, "7", "j", "enter", "enter")
	if m.cur != viewNarrative || m.view().selected().line != 1600 {
		t.Fatalf("narrative finding went to view %d %q", m.cur, sel(m))
	}
}
