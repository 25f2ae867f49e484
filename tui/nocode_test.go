package tui

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"yusuan/model"
)

// uncodedDoc is a 杭州-like tree: a class whose 款 are one coded line (司法)
// and two printed by name only (监狱, 强制隔离戒毒), each with an uncoded
// 行政运行 of its own.
func uncodedDoc() *model.Document {
	m := model.MustMoney
	fn := func(code, name string, level model.Level, total, basic, project string, line int, kids ...*model.FuncNode) *model.FuncNode {
		return &model.FuncNode{Code: code, Name: name, Level: level, Total: m(total), Basic: m(basic), Project: m(project), Line: line, Children: kids}
	}
	return &model.Document{Department: "杭州市司法局", Year: 2026, Unit: "万元", Functional: []*model.FuncNode{
		fn("204", "公共安全支出", model.LevelClass, "76468.81", "60830.83", "15637.98", 662,
			fn("20406", "司法", model.LevelSection, "12251.39", "8553.80", "3697.59", 663,
				fn("2040601", "行政运行", model.LevelItem, "12251.39", "8553.80", "3697.59", 664)),
			fn("", "监狱", model.LevelSection, "59935.35", "48375.27", "11560.08", 674,
				fn("", "行政运行", model.LevelItem, "48375.27", "48375.27", "0", 675),
				fn("", "一般行政管理事务", model.LevelItem, "11560.08", "0", "11560.08", 676)),
			fn("", "强制隔离戒毒", model.LevelSection, "4282.07", "3901.76", "380.31", 683,
				fn("", "行政运行", model.LevelItem, "3901.76", "3901.76", "0", 684),
				fn("", "其他强制隔离戒毒支出", model.LevelItem, "380.31", "0", "380.31", 689))),
	}}
}

// TestUncodedRowsAligned: a line without a code shows "-" in the code
// column (no code, not a lost cell), its name in the column of its coded
// siblings' names, at every width; it can be opened, and its children
// (uncoded too) read the same. Its amounts line up with its siblings' in
// TestAlignment (uncodedDoc's levels there), in both width modes.
func TestUncodedRowsAligned(t *testing.T) {
	levels := []struct {
		name    string
		keys    []string
		uncoded []string // rows expected with the code column "-"
	}{
		{"sections of 204", []string{"enter"}, []string{"监狱", "强制隔离戒毒"}},
		{"items of 监狱", []string{"enter", "j", "enter"}, []string{"行政运行", "一般行政管理事务"}},
	}
	for _, lv := range levels {
		for _, w := range []int{60, 80, 120} {
			for _, mode := range []barMode{modeBoth, modePct, modeBar} {
				m := sized(t, New(uncodedDoc(), Options{}), w, 30)
				press(m, lv.keys...)
				m.mode = mode
				v := m.view()
				lines := strings.Split(ansi.Strip(renderList(m.ctx, v, m.mode, w, 20)), "\n")[1:]
				for _, name := range lv.uncoded {
					row := rowOf(lines, name)
					if row == "" {
						t.Fatalf("%s: no row %s in\n%s", lv.name, name, strings.Join(lines, "\n"))
					}
					lay := layoutFor(v.top().list, headsFor(v.top().list, v.def, m.ctx.tx), m.mode, w)
					code := strings.TrimSpace(cutWidth(row, prefixW, prefixW+lay.codeW))
					if code != "-" {
						t.Errorf("%s: code column of %s reads %q, want \"-\"", lv.name, name, code)
					}
					if at := strings.Index(row, prefix(name)); lipgloss.Width(row[:at]) != prefixW+lay.codeW+1 {
						t.Errorf("%s: name %s starts at column %d, want %d", lv.name, name, lipgloss.Width(row[:at]), prefixW+lay.codeW+1)
					}
				}
			}
		}
	}
}

// prefix is the start of a name a narrow list still shows whole.
func prefix(name string) string { return string([]rune(name)[:min(4, len([]rune(name)))]) }

// rowOf is the screen line that holds name (its start, where a narrow list
// cuts it) after the code column.
func rowOf(lines []string, name string) string {
	for _, l := range lines {
		if strings.Contains(l, " "+prefix(name)) {
			return l
		}
	}
	return ""
}

// cutWidth is the part of s between display columns from and to.
func cutWidth(s string, from, to int) string {
	var b strings.Builder
	col := 0
	for _, r := range s {
		if col >= from && col < to {
			b.WriteRune(r)
		}
		col += lipgloss.Width(string(r))
	}
	return b.String()
}

// TestUncodedLineSearchAndCrumb: a line without a code is found by name, and
// the breadcrumb names it by name alone.
func TestUncodedLineSearchAndCrumb(t *testing.T) {
	m := sized(t, New(uncodedDoc(), Options{}), 120, 40)
	press(m, "/", "type:强制隔离戒毒", "enter")
	if sel(m) != "强制隔离戒毒" {
		t.Fatalf("search landed on %q", sel(m))
	}
	press(m, "enter")
	if got := strings.TrimSpace(strings.Split(screen(m), "\n")[2]); got != "全部 › 204 公共安全支出 › 强制隔离戒毒" {
		t.Fatalf("breadcrumb %q", got)
	}
	if sel(m) != "行政运行" || m.view().selected().amts[0].String() != "3901.76" {
		t.Fatalf("first child %q, want the 行政运行 of 强制隔离戒毒 (3901.76)", sel(m))
	}
}

// TestUncodedLineFinding: a finding on a line printed by name only (its
// code "", its source line given) opens that line of the functional tree
// and marks it there.
func TestUncodedLineFinding(t *testing.T) {
	fs := []Finding{{Rule: "tree-sum", Severity: "error", Where: "支出预算总表", Message: "监狱“合计”列不等于其下级科目之和",
		Expected: "59935.35", Actual: "59935.36", Difference: "0.01", Line: 674}}
	m := sized(t, New(uncodedDoc(), Options{Findings: fs}), 120, 40)
	press(m, "7")
	if f := m.view().selected(); f.target == nil || f.target.name != "监狱" {
		t.Fatalf("the finding points at %+v, want 监狱", f.target)
	}
	press(m, "enter", "enter") // the source at the line, then on to the line
	if m.cur != viewFunctional || sel(m) != "监狱" {
		t.Fatalf("the finding opened view %d %q, want 监狱 of the functional tree", m.cur, sel(m))
	}
	if n := m.view().selected(); len(n.findings) != 1 {
		t.Fatalf("监狱 carries %d findings", len(n.findings))
	}
}

// TestUncodedLinePane: the pane of a line without a code says why it has
// none; a coded line's pane does not.
func TestUncodedLinePane(t *testing.T) {
	m := sized(t, New(uncodedDoc(), Options{}), 120, 30)
	press(m, "enter")
	if strings.Contains(screen(m), "原文只印名称") {
		t.Errorf("the pane of 20406 says it has no code:\n%s", screen(m))
	}
	press(m, "j")
	if s := screen(m); !strings.Contains(s, "原文只印名称") || !strings.Contains(s, "来源：第674行") {
		t.Errorf("the pane of 监狱 does not say why it has no code, or where it was printed:\n%s", s)
	}
}

// TestUncodedLineCopied: Y copies a line without a code with an empty code
// cell, so that pasted beside its coded siblings its amounts fall in their
// columns.
func TestUncodedLineCopied(t *testing.T) {
	m := sized(t, New(uncodedDoc(), Options{}), 120, 30)
	press(m, "enter")
	coded := strings.Split(clipboardOf(press(m, "Y")), "\t")
	uncoded := strings.Split(clipboardOf(press(m, "j", "Y")), "\t")
	if len(coded) != len(uncoded) || uncoded[0] != "" || uncoded[1] != "监狱" || uncoded[2] != "59935.35" {
		t.Errorf("copied %q beside %q", uncoded, coded)
	}
}
