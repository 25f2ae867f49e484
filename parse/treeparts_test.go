package parse

import (
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
	var files []string
	for _, dir := range []string{corpusDir, nationalDir, filepath.Join("..", "samples")} {
		fs, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		files = append(files, fs...)
	}
	if len(files) == 0 {
		t.Skip("no documents")
	}
	checked := 0
	for _, f := range files {
		d, err := File(f)
		if err != nil {
			continue
		}
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
