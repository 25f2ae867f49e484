package parse

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"yusuan/model"
)

// TestStackedHeaderSplit reads income tables whose squeezed header put two
// names of one line over one column of figures (烟台交通: 政府性基金 and
// 国有资本经 over 80.34, the next name along over 4.00): each figure under
// the name the table's sums and its 收支总表 give it, a column over no
// figure left blank, and the table reads whole (223's 4.00, on a page
// laid out apart, placed by the 合计 row). Tables whose names as read already add up (北京园林绿化:
// 本年收入/小计 and 上年结转结余/小计, each over its group) stay as read.
func TestStackedHeaderSplit(t *testing.T) {
	cases := []struct {
		file, title string
		want        map[string]string // column → the 合计 row's figure
		blank       []string          // columns the 合计 row leaves blank
		whole       bool              // every sum of the table holds
	}{
		{"sd-yantai-transport-2026-budget", "收入总体情况表", map[string]string{
			"财政拨款收入/一般公共预算收入": "39664.33", "政府性基金预算收入": "80.34",
			"国有资本经营预算收入": "4.00", "其他收入": "6013.05", "小计": "39748.67",
		}, []string{"财政专户管理资金收入", "事业收入（不含教育收费）"}, true},
		{"bj-beijing-greening-2026-budget-tables", "预算02表收入总表", map[string]string{
			"本年收入/小计": "5131.706333", "上年结转结余/小计": "2.031158",
		}, nil, false},
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
			if tb := doc.Tables[i]; c.whole && (tb.Verified == nil || !*tb.Verified) {
				t.Errorf("%s in doubt: %v", c.title, tb.Identities.Failures)
			}
			total := doc.Tables[i].Coded[0]
			for col, want := range c.want {
				if got, ok := total.Amounts[col]; !ok || got.String() != want {
					t.Errorf("合计 %s = %v (%v), want %s; columns %v", col, got, ok, want, total.Order)
				}
			}
			for _, col := range c.blank {
				if !slices.Contains(total.Order, col) {
					t.Errorf("no column %s; columns %v", col, total.Order)
				}
				if got, ok := total.Amounts[col]; ok {
					t.Errorf("合计 %s = %v, want blank", col, got)
				}
			}
		})
	}
}
