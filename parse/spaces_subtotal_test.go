package parse

import "testing"

// A group label over 小计 and its 其中 column, printed beside the 小计 over
// no word of its own, is the group, not a column (groupOverSubtotal): the
// figures stand under 小计 and 其中, and the 其中 figure is not taken for the
// next source's. Each case is one row of one table, as printed (元 → 万元).
func TestGroupOverSubtotal(t *testing.T) {
	for _, c := range []struct {
		file, table, code, name string
		want                    map[string]string
		why                     string
	}{
		{"sn-xian-housing-2022-budget", "2022年部门综合预算收入总表", "253", "", map[string]string{
			"合计": "227358.374003", "一般公共预算拨款/小计": "227123.374003",
			"一般公共预算拨款/其中：专项资金列入部门预算项目": "201457.35", "政府性基金拨款": "0.00", "其他收入": "235.00"},
			"“2273583740.03 2271233740.03 2014573500.00 0.00 … 2350000.00” (line 627)"},
		{"sn-xian-housing-2022-budget", "2022年部门综合预算支出总表", "253", "", map[string]string{
			"合计": "227123.374003", "公共预算拨款/小计": "227123.374003",
			"公共预算拨款/其中：专项资金列入部门预算的项目": "201457.35"},
			"“2271233740.03 2271233740.03 2014573500.00 0.00 …” (line 664)"},
		{"sn-xian-propaganda-2021-budget", "2021年部门综合预算支出总表", "201", "", map[string]string{
			"合计": "25859.600179", "公共预算拨款/小计": "25859.600179",
			"公共预算拨款/其中：专项资金列入部门预算的项目": "20000.00", "政府性基金拨款": "0.00"},
			"“258,596,001.79 258,596,001.79 200,000,000.00 0.00 …” (line 400)"},
		{"sn-xian-worksafety-2019-budget-tables", "2019年部门综合预算支出总表", "", "合计", map[string]string{
			"总计": "3695.91", "合计": "3695.91", "公共预算拨款/小计": "3643.37"},
			"“公共预算拨款” printed over its own 其中 column, “小计” left of both (line 152): 3,643.37 the 公共预算拨款, not 基本支出"},
	} {
		t.Run(c.file+"/"+c.table, func(t *testing.T) {
			d := nationalDoc{file: c.file + ".pdf"}
			doc, err := File(d.source())
			if err != nil {
				t.Skipf("national corpus absent: %v", err)
			}
			row := findRow(doc, c.table, c.code, c.name, 0)
			if row == nil {
				t.Fatalf("no row %s%s in %q", c.code, c.name, c.table)
			}
			for col, want := range c.want {
				if got, ok := row.Amounts[col]; !ok || got.String() != want {
					t.Errorf("%s = %v (read %v), want %s: %s; read %v", col, got, ok, want, c.why, row.Amounts)
				}
			}
			for _, col := range row.Order {
				if col == "一般公共预算拨款" || col == "公共预算拨款" || col == "小计" {
					t.Errorf("the group label %s read as a column of its own", col)
				}
			}
		})
	}
}

// The 公共预算拨款 subtotal of a 支出总表 by fund source is no 基本支出: the
// totals take 基本支出 and 项目支出 from a table that prints them.
func TestTotalsNotFromSourceSubtotal(t *testing.T) {
	for _, c := range []struct {
		file, subtotal, project string
	}{
		{"sn-xian-worksafety-2019-budget-tables", "3643.37", "1620.98"}, // 专项业务经费支出 合计, line 372
		{"sn-xian-housing-2022-budget", "227123.374003", "215484.3264"}, // 2154843264.00 元, line 739
		{"sn-xian-civilaffairs-2021-budget", "53598.705243", ""},
	} {
		t.Run(c.file, func(t *testing.T) {
			d := nationalDoc{file: c.file + ".pdf"}
			doc, err := File(d.source())
			if err != nil {
				t.Skipf("national corpus absent: %v", err)
			}
			if got := doc.Totals.Basic.String(); got == c.subtotal {
				t.Errorf("基本支出 = %s, the 公共预算拨款 subtotal", got)
			}
			if got := doc.Totals.Project.String(); c.project != "" && got != c.project {
				t.Errorf("项目支出 = %s, want %s", got, c.project)
			}
		})
	}
}
