package parse

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"yusuan/model"
)

// TestRepeatedColumnNames reads income tables in two parts whose column
// names repeat under the top line's labels (北京, 苏州, 杭州: 本年收入 over
// 小计 | 一般公共预算…, 上年结转结余 over 小计 | 一般公共预算…): each part's
// figures stay under its own label, none written over the other's.
func TestRepeatedColumnNames(t *testing.T) {
	cases := []struct {
		file, title string
		want        map[string]string // column → the 合计 row's figure
	}{
		{"bj-beijing-greening-2026-budget-tables", "预算02表收入总表", map[string]string{
			"合计": "5133.737491", "本年收入/小计": "5131.706333", "本年收入/一般公共预算资金": "5131.706333",
			"上年结转结余/小计": "2.031158", "上年结转结余/一般公共预算资金": "2.031158"}},
		{"zj-hangzhou-justice-2026-budget", "2026年市级部门收入预算总表", map[string]string{
			"本年收入/小计": "98883.14", "本年收入/一般公共预算": "91495.48", "上年结转结余/小计": "347.32"}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			path := filepath.Join(nationalDir, c.file+".layout.txt")
			if _, err := os.Stat(path); err != nil {
				t.Skipf("national corpus absent: %v", err)
			}
			doc, err := File(path)
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(doc.Tables, func(tb *model.Table) bool { return tb.Title == c.title })
			if i < 0 {
				t.Fatalf("no table %s", c.title)
			}
			total := doc.Tables[i].Coded[0]
			for col, want := range c.want {
				if got, ok := total.Amounts[col]; !ok || got.String() != want {
					t.Errorf("%s 合计 %s = %v (%v), want %s; columns %v", c.title, col, got, ok, want, total.Order)
				}
			}
		})
	}
}
