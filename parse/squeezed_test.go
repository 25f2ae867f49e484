package parse

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"yusuan/model"
)

// TestSqueezedHeaderRuns reads income tables whose header lines pdftotext
// printed as squeezed runs (广州: “一般公共预 政府性基金 国有资本经”) and
// others whose runs stand where they are printed (苏州, 重庆): each column
// named as its cell prints it, under the figures the table prints.
func TestSqueezedHeaderRuns(t *testing.T) {
	cases := []struct {
		file, title string
		want        map[string]string // column → the 合计 row's figure
	}{
		{"gd-guangzhou-ecoenv-2026-budget", "收入总体情况表", map[string]string{
			"财政拨款收入/一般公共预算": "83443.78", "财政拨款收入/政府性基金预算": "4400.00", "国有资本经营预算": "0.00",
			"事业收入": "51.56", "其他收入": "1526.22", "上级补助收入": "0.00"}},
		{"gd-guangzhou-sasac-2026-budget", "收入总体情况表", map[string]string{
			"国有资本经营预算": "108154.00", "事业收入": "0.00"}},
		{"gd-guangzhou-propaganda-2026-budget", "收入总体情况表", map[string]string{
			"国有资本经营预算": "325.60"}},
		{"js-suzhou-audit-2026-budget-dept", "收入总表", map[string]string{
			"本年收入/一般公共预算": "4651.67"}},
		{"cq-chongqing-govoffice-2026-budget", "2026年部门收入总体情况表", map[string]string{
			"一般公共预算拨款收入": "18417.70", "事业收入": "812.48"}},
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
			tb := doc.Tables[i]
			if tb.Verified == nil || !*tb.Verified {
				t.Errorf("%s not verified: %v", c.title, tb.Identities.Failures)
			}
			total := tb.Coded[0]
			for col, want := range c.want {
				got, ok := total.Amounts[col]
				if !ok || got.String() != want {
					t.Errorf("%s 合计 %s = %v (%v), want %s; columns %v", c.title, col, got, ok, want, total.Order)
				}
			}
		})
	}
}
