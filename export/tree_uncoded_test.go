package export

import (
	"bytes"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"

	"yusuan/model"
)

// A line printed without a code is its name alone at the indent of its
// level (no stray space where a code would be), its figures in the columns
// of the coded lines, and the 合计 the sum of every class, coded or not.
func TestTreeUncodedLines(t *testing.T) {
	m := model.MustMoney
	fn := func(code, name string, level model.Level, total, basic, project string, kids ...*model.FuncNode) *model.FuncNode {
		return &model.FuncNode{Code: code, Name: name, Level: level, Total: m(total), Basic: m(basic), Project: m(project), Children: kids}
	}
	d := &model.Document{Department: "杭州市交通运输局", Year: 2026, FunctionalSource: "支出预算总表", Functional: []*model.FuncNode{
		fn("", "国防支出", model.LevelClass, "18.00", "0", "18.00",
			fn("", "国防动员", model.LevelSection, "18.00", "0", "18.00",
				fn("", "交通战备", model.LevelItem, "18.00", "0", "18.00"))),
		fn("204", "公共安全支出", model.LevelClass, "100.00", "60.00", "40.00",
			fn("", "监狱", model.LevelSection, "100.00", "60.00", "40.00")),
	}}
	var b bytes.Buffer
	if err := Tree(&b, d); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	for _, want := range []string{"国防支出 ", "  国防动员 ", "    交通战备 ", "204 公共安全支出 ", "  监狱 "} {
		found := false
		for _, l := range lines {
			found = found || strings.HasPrefix(l, want)
		}
		if !found {
			t.Errorf("no line starting %q in\n%s", want, b.String())
		}
	}
	for _, l := range lines[1:] {
		if lipgloss.Width(l) != lipgloss.Width(lines[1]) {
			t.Errorf("%q is %d columns wide, the header %d", l, lipgloss.Width(l), lipgloss.Width(lines[1]))
		}
	}
	if last := strings.Fields(lines[len(lines)-1]); strings.Join(last, " ") != "合计 118.00 60.00 58.00" {
		t.Errorf("合计 line %q, want 合计 118.00 60.00 58.00", last)
	}
}
