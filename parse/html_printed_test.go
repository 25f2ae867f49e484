package parse

import (
	"testing"

	"yusuan/model"
)

// printedExpenditureHTML is LibreOffice 7.4's HTML of the Cangzhou sample's
// 部门预算支出总表 (its Word table has no column widths; styles left out):
// 功能分类科目 lost its span over the code and name columns, which went to
// the row's last cell (so 合计 stands over 科目名称), the 合计 row lost its
// blank code cell, and the blanks of the rows below are spans of cells
// above, in the wrong places.
const printedExpenditureHTML = `<html><body><p>部门预算支出总表</p>
<table>
<tr><td>426沧州临港经济技术开发区安全生产监督管理局</td><td>预算年度：2026</td><td colspan="7">单位：万元</td></tr>
<tr><td>序号</td><td>功能分类科目</td><td>合计</td><td>基本支出</td><td>项目支出</td><td>经营支出</td><td>上解上级 支出</td><td colspan="2">对附属单位补助支出</td></tr>
<tr><td></td><td>科目 编码</td><td colspan="7">科目名称</td></tr>
<tr><td>栏次</td><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td><td rowspan="2">8</td></tr>
<tr><td>1</td><td>合计</td><td>3218.39</td><td rowspan="13">622.39</td><td>2596.00</td></tr>
<tr><td>2</td><td>212</td><td>城乡社区支出</td><td>600.00</td><td>600.00</td></tr>
<tr><td>3</td><td>21208</td><td>国有土地使用权出让收入安排的支出</td><td>600.00</td><td>600.00</td></tr>
<tr><td>4</td><td>2120899</td><td>其他国有土地使用权出让收入安排的支出</td><td>600.00</td><td rowspan="19">600.00</td></tr>
<tr><td>5</td><td>221</td><td>住房保障支出</td><td>50.42</td><td>50.42</td></tr>
<tr><td>6</td><td>22102</td><td>住房改革支出</td><td>50.42</td><td>50.42</td></tr>
<tr><td>7</td><td>2210201</td><td>住房公积金</td><td>50.42</td><td>50.42</td></tr>
<tr><td>8</td><td>224</td><td>灾害防治及应急管理支出</td><td>2567.97</td><td>571.97</td><td>1996.00</td></tr>
<tr><td>9</td><td>22401</td><td>应急管理事务</td><td>2567.97</td><td>571.97</td><td rowspan="4">1996.00</td></tr>
<tr><td>10</td><td>2240101</td><td>行政运行</td><td>571.97</td><td rowspan="25">571.97</td></tr>
<tr><td>11</td><td>2240102</td><td>一般行政管理事务</td><td>366.00</td><td>366.00</td></tr>
<tr><td>12</td><td>2240106</td><td>安全监管</td><td>150.00</td><td>150.00</td></tr>
<tr><td>13</td><td>2240108</td><td>应急救援</td><td>10.00</td><td>10.00</td></tr>
<tr><td>14</td><td>2240109</td><td>应急管理</td><td>20.00</td><td>20.00</td></tr>
<tr><td>15</td><td>2240199</td><td>其他应急管理支出</td><td>1450.00</td><td>1450.00</td></tr>
</table>
<p>注：表中金额不含预计下年使用的单位资金结余。</p>
</body></html>`

// Read by its labels and its arithmetic, the print gives the text's
// figures, confirmed.
func TestPrintedExpenditureHTML(t *testing.T) {
	d, err := Bytes("printed.html", []byte(printedExpenditureHTML))
	if err != nil {
		t.Fatal(err)
	}
	ts := d.TablesOf(model.TExpenditure)
	if len(ts) != 1 || ts[0].Unverified() {
		t.Fatalf("expenditure tables %d, warnings %q", len(ts), d.Warnings)
	}
	want := map[string][2]string{ // 基本支出, 项目支出
		"212": {"0.00", "600.00"}, "221": {"50.42", "0.00"}, "224": {"571.97", "1996.00"},
		"2240101": {"571.97", "0.00"}, "2240199": {"0.00", "1450.00"},
	}
	model.WalkFunc(d.Functional, func(n, _ *model.FuncNode) {
		if w, ok := want[n.Code]; ok {
			if got := [2]string{n.Basic.String(), n.Project.String()}; got != w {
				t.Errorf("%s %s: 基本 %s 项目 %s, want %s %s", n.Code, n.Name, got[0], got[1], w[0], w[1])
			}
			delete(want, n.Code)
		}
	})
	if len(want) > 0 {
		t.Errorf("not in the tree: %v", want)
	}
	if tot := d.Totals; tot.Expenditure.String() != "3218.39" || tot.Basic.String() != "622.39" || tot.Project.String() != "2596.00" {
		t.Errorf("totals %s %s %s", tot.Expenditure, tot.Basic, tot.Project)
	}
}
