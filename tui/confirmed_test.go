package tui

import (
	"strings"
	"testing"

	"yusuan/compare"
	"yusuan/model"
)

// TestConfirmedStatements: in diff mode a statement about last year that
// the older document bears out is marked ✓ in the narrative, not listed as a
// finding; a wrong one is a finding.
func TestConfirmedStatements(t *testing.T) {
	newer := handDoc()
	newer.Sections = append(newer.Sections, &model.Section{Heading: "九、支出变化", Line: 1800,
		Text: "一般公共预算拨款与上年相近。\n支出总计3218.39万元，比上年减少58.03万元。"})
	older := earlierHand()
	// Last year's “三公” 45.60: the narrative's 比上年减少2.00万元 (line 1600)
	// holds; the 支出总计 statement (line 1800) does not.
	tp := *older.ThreePublic
	tp.Total, tp.Subtotal, tp.Reception = model.MustMoney("45.60"), model.MustMoney("45.60"), model.MustMoney("5.60")
	older.ThreePublic = &tp
	d := compare.Compare(older, newer)
	var ok, wrong int
	for _, c := range d.Narrative {
		if c.OK {
			ok++
		} else {
			wrong++
		}
	}
	if ok == 0 || wrong == 0 {
		t.Skipf("compare found %d agreeing and %d wrong statements; the test needs both", ok, wrong)
	}
	m := sized(t, New(newer, Options{Diff: d, NoColor: true, Findings: []Finding{}}), 120, 40)
	for _, n := range m.defs[viewFindings].root.kids {
		if n.finding.Rule == "narrative-last-year" && n.finding.Expected == n.finding.Actual {
			t.Fatalf("an agreeing statement is a finding: %+v", n.finding)
		}
	}
	if got := len(m.defs[viewFindings].root.kids); got != wrong {
		t.Fatalf("%d findings, want the %d wrong statements", got, wrong)
	}
	press(m, "6")
	var at int
	for i, n := range m.view().top().list.rows {
		if n.line == 1600 {
			at = i
		}
	}
	press(m, "g")
	m.view().move(at)
	if r := row(t, m, ">✓ 1600"); !strings.HasPrefix(r, ">✓ 1600") {
		t.Fatalf("section row not marked: %q", r)
	}
	if s := screen(m); !strings.Contains(s, "与上年文件核对一致") || !strings.Contains(s, "✓ 2026年") {
		t.Fatalf("pane lacks the confirmed statement:\n%s", s)
	}
	if r := row(t, m, "1800 九、支出变化"); strings.Contains(r, "✓") || !strings.HasPrefix(r, " ! ") {
		t.Fatalf("a wrong statement's section: %q", r)
	}
	press(m, "enter")
	if r := row(t, m, ">✓ 2026年"); !strings.HasPrefix(r, ">✓") {
		t.Fatalf("paragraph not marked: %q", r)
	}
}
