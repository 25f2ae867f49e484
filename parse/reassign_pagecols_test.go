package parse

import (
	"path/filepath"
	"slices"
	"testing"

	"yusuan/model"
)

// TestPageColumnsBySums reads the 收入总体情况表 of two Chongqing budgets,
// cut from the corpus texts (testdata/cq-*-income.layout.txt), whose later
// pages pdftotext laid out in columns of their own. 宣传部's page 2 closes
// up the empty 国有资本经营 and 财政专户 columns, so by position 20702's
// 2,802.96 and 513.00 stood under them; only 事业收入 and 其他收入 make 207
// (page 1) the sum of its children and the 合计 row the sum of the classes.
// 商务委's figures of 合计 stand three characters right of the rows below,
// 22,070.82 bridging the 财政专户 and 事业收入 columns (spaces_figuresapart.go),
// and its pages 2 and 3 are placed by the sums as well (210's 40.30 is
// 事业收入, not 上级补助收入). Both tables are confirmed, every figure under the
// column its sums give it.
func TestPageColumnsBySums(t *testing.T) {
	cases := []struct {
		file, title string
		want        map[string]map[string]string // code (合计: "") → column → figure
	}{
		{"cq-propaganda-income", "2026年单位收入总体情况表", map[string]map[string]string{
			"":        {"总计": "45369.18", "事业收入": "2898.00", "其他收入": "513.00"},
			"20702":   {"事业收入": "2802.96", "其他收入": "513.00"},
			"2070205": {"事业收入": "2802.96", "其他收入": "513.00"},
			"208":     {"事业收入": "77.29"},
			"2080506": {"一般公共预算拨款收入": "471.40", "事业收入": "0.25"},
			"221":     {"事业收入": "1.00"},
		}},
		{"cq-commerce-income", "2026年部门收入总体情况表", map[string]map[string]string{
			"":    {"总计": "174900.64", "财政专户管理资金收入": "22070.82", "事业收入": "2461.25", "事业单位经营收入": "6282.98"},
			"205": {"财政专户管理资金收入": "20716.33", "事业收入": "1761.25", "其他收入": "604.50"},
			"210": {"财政专户管理资金收入": "229.02", "事业收入": "40.30", "事业单位经营收入": "89.38"},
			"221": {"一般公共预算拨款收入": "1811.88", "财政专户管理资金收入": "49.06", "事业单位经营收入": "87.01"},
		}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			doc, err := File(filepath.Join("testdata", c.file+".layout.txt"))
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(doc.Tables, func(tb *model.Table) bool { return tb.Title == c.title })
			if i < 0 {
				t.Fatalf("no table %s", c.title)
			}
			tb := doc.Tables[i]
			if tb.Verified == nil || !*tb.Verified {
				t.Errorf("%s in doubt: %v", c.title, tb.Identities)
			}
			for code, cols := range c.want {
				k := slices.IndexFunc(tb.Coded, func(r model.CodedRow) bool { return r.Code == code })
				if k < 0 {
					t.Errorf("no row %q", code)
					continue
				}
				r := tb.Coded[k]
				for col, want := range cols {
					if got, ok := r.Amounts[col]; !ok || got.Decimal().StringFixed(2) != want {
						t.Errorf("%q %s = %v (%v), want %s; row %v", code, col, got, ok, want, r.Amounts)
					}
				}
			}
		})
	}
}
