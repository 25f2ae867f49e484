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
				if col == "一般公共预算拨款" || col == "公共预算拨款" {
					t.Errorf("the group label %s read as a column of its own", col)
				}
			}
		})
	}
}
