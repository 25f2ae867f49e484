package parse

import (
	"fmt"
	"testing"
)

// TestHTMLHeaderGap: LibreOffice's HTML of the Jinzhong sample's Word tables
// (trimmed): a header row that lost the rowspan of its first cell is laid
// under the group label that spans as many columns as it has cells; a
// header row with no such label above it, and every data row, keep the
// browser's order.
func TestHTMLHeaderGap(t *testing.T) {
	cases := []struct {
		name, html string
		want       []string
	}{
		{"words under their group label", `<table>
<tr><td>部门预算支出经济科目名称</td><td rowspan="3">政府预算支出经济科目名称</td><td colspan="3">2023年预算数</td></tr>
<tr><td>合计</td><td rowspan="4">人员经费</td><td>公用经费</td></tr>
<tr><td>合计</td><td>40.50</td><td>40.50</td></tr>
<tr><td>商品和服务支出</td><td>40.50</td><td>40.50</td></tr>
<tr><td>办公费</td><td>商品和服务支出</td><td>5.10</td><td>5.10</td></tr>
</table>`, []string{
			`["部门预算支出经济科目名称" "政府预算支出经济科目名称" "2023年预算数" "" ""]`,
			`["" "" "合计" "人员经费" "公用经费"]`,
			`["合计" "" "40.50" "" "40.50"]`,
			`["商品和服务支出" "40.50" "40.50" ""]`,
			`["办公费" "商品和服务支出" "5.10" "" "5.10"]`,
		}},
		{"no label spans the row's cells", `<table>
<tr><td>项目名称</td><td>合计</td><td>2023年财政拨款</td><td>财政专户管理资金</td><td colspan="3" rowspan="3">单位资金</td></tr>
<tr><td>一般公共预算</td><td>政府性基金预算</td><td>国有资本经营预算</td></tr>
<tr><td>党建工作及机关文化建设经费</td><td>4.00</td><td>4.00</td></tr>
</table>`, []string{
			`["项目名称" "合计" "2023年财政拨款" "财政专户管理资金" "单位资金" "" ""]`,
			`["一般公共预算" "政府性基金预算" "国有资本经营预算" "" "" "" ""]`,
			`["党建工作及机关文化建设经费" "4.00" "4.00" "" "" "" ""]`,
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rows, err := readHTML([]byte(c.html))
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != len(c.want) {
				t.Fatalf("%d rows, want %d: %v", len(rows), len(c.want), rows)
			}
			for i, r := range rows {
				if got := fmt.Sprintf("%q", r.Cells); got != c.want[i] {
					t.Errorf("row %d: %s, want %s", i, got, c.want[i])
				}
			}
		})
	}
}
