package parse

import (
	"path/filepath"
	"strings"
	"testing"

	"yusuan/model"
)

// TestFuncTreeByDepth: a table of names only whose sums nested it gives a
// tree by that nesting; a line without a code is a node with code "" at the
// level its depth gives, under the parent its depth gives, and two uncoded
// lines of one name (行政运行 of 监狱 and of 强制隔离戒毒) stay two nodes.
func TestFuncTreeByDepth(t *testing.T) {
	cols := []string{"合计", "基本支出", "项目支出"}
	row := func(code, name string, depth int, total, basic, project string) model.CodedRow {
		return model.CodedRow{Code: code, Name: name, Depth: depth, Order: cols, Amounts: map[string]model.Money{
			"合计": model.MustMoney(total), "基本支出": model.MustMoney(basic), "项目支出": model.MustMoney(project)}}
	}
	tb := &model.Table{Kind: model.TExpenditure, Coded: []model.CodedRow{
		row("", "合计", 0, "70", "50", "20"),
		row("204", "公共安全支出", 1, "70", "50", "20"),
		row("20406", "司法", 2, "10", "8", "2"),
		row("2040601", "行政运行", 3, "8", "8", "0"),
		row("", "律师管理", 3, "2", "0", "2"),
		row("", "监狱", 2, "40", "30", "10"),
		row("", "行政运行", 3, "30", "30", "0"),
		row("", "狱政设施建设", 3, "10", "0", "10"),
		row("", "强制隔离戒毒", 2, "20", "12", "8"),
		row("", "行政运行", 3, "12", "12", "0"),
		row("", "所政设施建设", 3, "8", "0", "8"),
	}}
	roots := funcTree(tb, 2026, model.Budget)
	var got []string
	model.WalkFunc(roots, func(n, p *model.FuncNode) {
		parent := "-"
		if p != nil {
			parent = p.Name
		}
		got = append(got, strings.Join([]string{n.Code, n.Name, string(n.Level), parent, n.Total.String(), n.Basic.String(), n.Project.String()}, "|"))
	})
	want := []string{
		"204|公共安全支出|class|-|70.00|50.00|20.00",
		"20406|司法|section|公共安全支出|10.00|8.00|2.00",
		"2040601|行政运行|item|司法|8.00|8.00|0.00",
		"|律师管理|item|司法|2.00|0.00|2.00",
		"|监狱|section|公共安全支出|40.00|30.00|10.00",
		"|行政运行|item|监狱|30.00|30.00|0.00",
		"|狱政设施建设|item|监狱|10.00|0.00|10.00",
		"|强制隔离戒毒|section|公共安全支出|20.00|12.00|8.00",
		"|行政运行|item|强制隔离戒毒|12.00|12.00|0.00",
		"|所政设施建设|item|强制隔离戒毒|8.00|0.00|8.00",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("tree:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestNamesOnlyTreesAddUp: the functional trees of the documents that print
// names only (杭州) hold every line of their table, coded or not: each
// parent's children add up to it in every column the table prints, the
// classes add up to the table's 合计, the lines the catalogue gives no code
// are in the tree, and no line of the table is said to be left out.
func TestNamesOnlyTreesAddUp(t *testing.T) {
	cases := []struct {
		file    string
		uncoded []string // lines without a code the tree must hold, as parent/name
	}{
		{"zj-hangzhou-justice-2026-budget", []string{"公共安全支出/监狱", "监狱/罪犯生活及医疗卫生", "公共安全支出/强制隔离戒毒", "强制隔离戒毒/所政设施建设", "司法/律师管理"}},
		{"zj-hangzhou-transport-2026-budget", []string{"/国防支出", "国防动员/交通战备", "/交通运输支出", "超长期特别国债安排的支出/公路水路运输", "/其他支出"}},
		{"zj-hangzhou-publicsecurity-2026-budget", []string{"公共安全支出/公安", "公安/其他公安支出"}},
		{"zj-hangzhou-meteorology-2026-budget", []string{"自然资源海洋气象等支出/气象事务", "气象事务/气象服务"}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			d, err := File(filepath.Join(nationalDir, c.file+".layout.txt"))
			if err != nil {
				t.Skipf("national corpus absent: %v", err)
			}
			if len(d.Functional) == 0 {
				t.Fatal("no functional tree")
			}
			uncoded := map[string]bool{}
			model.WalkFunc(d.Functional, func(n, p *model.FuncNode) {
				if n.Code == "" {
					parent := ""
					if p != nil {
						parent = p.Name
					}
					uncoded[parent+"/"+n.Name] = true
					if n.Level == "" {
						t.Errorf("%s: no level", n.Name)
					}
				}
				if len(n.Children) > 0 {
					assertChildrenAddUp(t, n.Code+" "+n.Name, n, n.Children)
				}
			})
			for _, u := range c.uncoded {
				if !uncoded[u] {
					t.Errorf("uncoded line %s not in the tree (uncoded: %v)", u, uncoded)
				}
			}
			var source *model.Table
			for _, tb := range d.Tables {
				if tb.Title == d.FunctionalSource {
					source = tb
				}
			}
			total, ok := totalRow(source)
			if !ok {
				t.Fatalf("%s prints no 合计", d.FunctionalSource)
			}
			all := funcNode(source, model.ColumnsOf(source), d.Kind, total)
			assertChildrenAddUp(t, "合计", all, d.Functional)
			for _, w := range d.Warnings {
				if strings.Contains(w, "未计入功能分类科目树") {
					t.Errorf("warning for a line the tree holds: %s", w)
				}
			}
		})
	}
}

// assertChildrenAddUp: kids' 合计, 基本支出 and 项目支出 (where printed) add up
// to the parent's, within the rounding of the printed figures.
func assertChildrenAddUp(t *testing.T, what string, parent *model.FuncNode, kids []*model.FuncNode) {
	t.Helper()
	cols := []struct {
		name   string
		absent bool
		of     func(*model.FuncNode) model.Money
	}{
		{"合计", false, func(n *model.FuncNode) model.Money { return n.Total }},
		{"基本支出", parent.NoBasic, func(n *model.FuncNode) model.Money { return n.Basic }},
		{"项目支出", parent.NoProject, func(n *model.FuncNode) model.Money { return n.Project }},
	}
	for _, col := range cols {
		if col.absent {
			continue
		}
		var sum model.Money
		ops := []model.Money{col.of(parent)}
		for _, k := range kids {
			sum = sum.Add(col.of(k))
			ops = append(ops, col.of(k))
		}
		if diff := col.of(parent).Sub(sum); !diff.IsZero() && !model.WithinRounding(diff, append(ops, sum), len(kids)) {
			t.Errorf("%s %s %s, its children add up to %s", what, col.name, col.of(parent), sum)
		}
	}
}

// TestInferNeverLinksUncoded: a project whose one place by the sums is an
// item printed by name only keeps no function code (none to give, and it
// is not marked inferred); the item still holds its money, so the project
// beside it in a coded item is linked.
func TestInferNeverLinksUncoded(t *testing.T) {
	item := func(code, name, project string) *model.FuncNode {
		return &model.FuncNode{Code: code, Name: name, Level: model.LevelItem, Total: model.MustMoney(project), Project: model.MustMoney(project)}
	}
	doc := &model.Document{
		Functional: []*model.FuncNode{{Code: "204", Name: "公共安全支出", Level: model.LevelClass, Children: []*model.FuncNode{
			{Name: "监狱", Level: model.LevelSection, Children: []*model.FuncNode{item("", "狱政设施建设", "5.00")}},
			{Code: "20406", Name: "司法", Level: model.LevelSection, Children: []*model.FuncNode{item("2040604", "基层司法业务", "10.00")}},
		}}},
		Projects: []*model.Project{{Name: "监狱围墙改造", Budget: model.MustMoney("5.00")}, {Name: "人民调解", Budget: model.MustMoney("10.00")}},
	}
	inferFunctionCodes(doc)
	for _, c := range []struct {
		i        int
		code     string
		inferred bool
	}{{0, "", false}, {1, "2040604", true}} {
		p := doc.Projects[c.i]
		if p.FunctionCode != c.code || p.FunctionCodeInferred != c.inferred {
			t.Errorf("%s: code %q inferred %v, want %q %v", p.Name, p.FunctionCode, p.FunctionCodeInferred, c.code, c.inferred)
		}
	}
}
