package parse

import (
	"testing"

	"yusuan/catalog"
	"yusuan/model"
)

// A row without a code whose name stands left of the names' column is read
// shifted as its name is, where that places every figure; a row whose
// figures stand under their columns is read as it stands.
func TestNameShifted(t *testing.T) {
	g := grid{names: []string{"序号", "功能分类科目/科目编码", "功能分类科目/科目名称", "合计", "基本支出", "项目支出"}, width: 6}
	l := codedColumns(g)
	cases := []struct {
		name  string
		cells []string
		want  map[string]string
	}{
		{"the 合计 row without its blank code cell (LibreOffice's HTML)",
			[]string{"1", "合计", "3218.39", "622.39", "2596.00"},
			map[string]string{"合计": "3218.39", "基本支出": "622.39", "项目支出": "2596.00"}},
		{"合计 over the code and name cells, figures under their columns",
			[]string{"1", "合计", "", "3218.39", "622.39", "2596.00"},
			map[string]string{"合计": "3218.39", "基本支出": "622.39", "项目支出": "2596.00"}},
		{"a row with its code",
			[]string{"2", "212", "城乡社区支出", "600.00", "", "600.00"},
			map[string]string{"合计": "600.00", "项目支出": "600.00"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h, ok := l.head(c.cells, catalog.Functional)
			if !ok {
				t.Fatalf("no head in %q", c.cells)
			}
			r := model.CodedRow{Amounts: map[string]model.Money{}, Order: l.keys}
			l.figures(&r, c.cells, h, "万元")
			if len(r.Amounts) != len(c.want) {
				t.Errorf("amounts %v, want %v", r.Amounts, c.want)
			}
			for k, v := range c.want {
				if m, ok := r.Amounts[k]; !ok || m.String() != v {
					t.Errorf("%s = %v, want %s (amounts %v)", k, r.Amounts[k], v, r.Amounts)
				}
			}
		})
	}
}
