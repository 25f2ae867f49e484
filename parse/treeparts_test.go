package parse

import (
	"iter"
	"path/filepath"
	"testing"

	"yusuan/model"
)

// TestTreePartsAddUp: on every screen the parts of a functional node add up
// to its 合计 (基本支出 + 项目支出 + every further part the table prints),
// within the printed rounding, wherever the tree is shown as confirmed. The
// table's own sums can all hold while the tree shows another column as 合计
// (深圳's 支出总计 | … | 政府采购项目/小计: the tree once took the 小计): this
// is the test of what the user sees.
func TestTreePartsAddUp(t *testing.T) {
	checked := 0
	for f, d := range readableTexts(t) {
		model.WalkFunc(d.Functional, func(n, _ *model.FuncNode) {
			if n.Unverified || n.NoBasic || n.NoProject {
				return // marked in doubt, or a part the table does not print
			}
			sum := n.Basic.Add(n.Project)
			ops := []model.Money{n.Basic, n.Project}
			for _, p := range n.Other {
				sum = sum.Add(p.Amount)
				ops = append(ops, p.Amount)
			}
			checked++
			if !sum.Equal(n.Total) && !model.WithinRounding(n.Total.Sub(sum), append(ops, n.Total, sum), len(ops)) {
				t.Errorf("%s: %s %s 合计 %s, its parts add up to %s", filepath.Base(f), n.Code, n.Name, n.Total, sum)
			}
		})
	}
	t.Logf("%d nodes checked", checked)
	if checked < 1000 {
		t.Errorf("only %d nodes checked: the corpora not read?", checked)
	}
}

// TestEconomicTreeAddsUp: on every confirmed economic tree a node's figure
// is the sum of its children's, within the printed rounding. A table by
// unit prints each unit's 301 … again, and a 部门经济 × 政府经济 table each
// 部门经济 code once per 政府经济 line (烟台市审计局: 301 1,812.81 under 501
// and 509.37 under 505): the tree sums them (it once showed the last one
// alone); a 7-digit code sits under its 5-digit parent (重庆: 3010201 under
// 30102, once beside it); a line without a code larger than its class is no
// item of it (a unit's own line in a table by unit); a code in brackets is a
// code (广州: [301]工资福利支出); a panel's row is the panel's its name is
// printed in (西安卫健委 2022: 30299 on a line whose first panel is blank);
// an official class printed by name alone is that class (深圳市公安局 2026:
// 资本性支出（基本建设）, 309). knownGaps are the nodes still read short.
func TestEconomicTreeAddsUp(t *testing.T) {
	knownGaps := map[string]bool{} // none left
	checked := 0
	for f, d := range readableTexts(t) {
		model.WalkEcon(d.Economic, func(n, _ *model.EconNode) {
			if n.Unverified || len(n.Children) == 0 || knownGaps[filepath.Base(f)+" "+n.Code] {
				return
			}
			var sum model.Money
			ops := []model.Money{}
			for _, c := range n.Children {
				sum = sum.Add(c.Total)
				ops = append(ops, c.Total)
			}
			checked++
			if !sum.Equal(n.Total) && !model.WithinRounding(n.Total.Sub(sum), append(ops, n.Total, sum), len(ops)) {
				t.Errorf("%s: %s %s %s, its items add up to %s", filepath.Base(f), n.Code, n.Name, n.Total, sum)
			}
		})
	}
	t.Logf("%d parents checked", checked)
	if checked < 200 {
		t.Errorf("only %d parents checked: the corpora not read?", checked)
	}
}

func TestEconomicTreeSumsRepeatedCodes(t *testing.T) {
	d := corpusDocs(t, nationalCorpus, "sd-yantai-audit-2026-budget.layout.txt")[0]
	want := map[string]string{"301": "2322.18", "30101": "570.84", "30107": "102.86"}
	model.WalkEcon(d.Economic, func(n, _ *model.EconNode) {
		if w, ok := want[n.Code]; ok {
			if n.Total.String() != w {
				t.Errorf("%s %s = %s, want %s (501's and 505's lines summed)", n.Code, n.Name, n.Total, w)
			}
			delete(want, n.Code)
		}
	})
	if len(want) > 0 {
		t.Errorf("codes not in the tree: %v", want)
	}
}

// readableTexts yields every text of both corpora and the samples that
// reads, with its path; it skips the test where none is present.
func readableTexts(t *testing.T) iter.Seq2[string, *model.Document] {
	var files []string
	for _, dir := range []string{corpusDir, nationalDir, filepath.Join("..", "samples")} {
		fs, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		files = append(files, fs...)
	}
	if len(files) == 0 {
		t.Skip("no documents")
	}
	return func(yield func(string, *model.Document) bool) {
		for _, f := range files {
			if d, err := File(f); err == nil && !yield(f, d) {
				return
			}
		}
	}
}

// A code printed in brackets before its name is read as the code (广州:
// “[301]工资福利支出 7,131.66”); the tree once listed such lines without
// codes and at 0.00, its figure taken from the name column.
func TestBracketedCodes(t *testing.T) {
	for _, c := range []struct{ in, code, name string }{
		{"[301]工资福利支出", "301", "工资福利支出"},
		{"【30101】基本工资", "30101", "基本工资"},
		{"[30101基本工资", "", ""},
		{"2010101行政运行", "2010101", "行政运行"},
	} {
		code, name, _ := splitFusedCode(c.in)
		if code != c.code || name != c.name {
			t.Errorf("splitFusedCode(%q) = %q %q, want %q %q", c.in, code, name, c.code, c.name)
		}
	}
	d := corpusDocs(t, nationalCorpus, "gd-guangzhou-stats-2026-budget.layout.txt")[0]
	got := map[string]string{}
	model.WalkEcon(d.Economic, func(n, _ *model.EconNode) { got[n.Code] = n.Total.String() })
	for code, want := range map[string]string{"301": "7131.66", "30101": "927.35", "30102": "3003.28"} {
		if got[code] != want {
			t.Errorf("%s = %q, want %s as printed", code, got[code], want)
		}
	}
}
