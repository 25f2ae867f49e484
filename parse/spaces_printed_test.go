package parse

import (
	"maps"
	"strings"
	"testing"
)

// printedExpenditure is LibreOffice's PDF print of the Cangzhou sample's
// 部门预算支出总表 (its Word table has no column widths), as pdftotext
// -layout lays it out: 功能分类科目 lost its span over the code and name
// columns, so 合计 … 对附属单位补助支出 stand one column left of their
// figures, and row 8 wraps its name and two figures onto one line
// (“灾害防治及应 2567.9 571.97 1996.0” over “急管理支出 7 0”).
const printedExpenditure = `部门预算支出总表
426 沧州 预算年度：     单位：万元
临港经济技术 2026
开发区安全生
产监督管理局
序号       功能分类科目 合计            基本支出         项目支出     经营支出     上解上级   对附属单位补助支出
                                                             支出
        科目   编码     科目名称
栏次      1           2         3            4        5        6      7       8
1                   合计        3218.3       622.39   2596.0
                              9                     0
2       212         城乡社区支出    600.00                600.00
3       21208       国有土地使用    600.00                600.00
                    权出让收入安
                    排的支出
4       21208       其他国有土地    600.00                600.00
        99          使用权出让收
                    入安排的支出
5       221         住房保障支出    50.42        50.42
6       22102       住房改革支出    50.42        50.42
7       22102       住房公积金     50.42        50.42
        01
8       224         灾害防治及应    2567.9       571.97   1996.0
` + "\f" + `                   急管理支出      7                 0
9       22401      应急管理事务     2567.9   571.97   1996.0
                              7                 0
10      22401      行政运行       571.97   571.97
        01
11      22401      一般行政管理     366.00            366.00
        02         事务
12      22401      安全监管       150.00            150.00
        06
13      22401      应急救援       10.00             10.00
        08
14      22401      应急管理       20.00             20.00
        09
15      22401      其他应急管理     1450.0            1450.0
        99         支出         0                 0`

// printedGeneral is the same print's 部门预算一般公共预算财政拨款支出表: 合计
// landed on the names' label (合计科目名称) and the 项目支出 figures have no
// label over them.
const printedGeneral = `部门预算一般公共预算财政拨款支出表
426 沧州临港经济  预算年度：2026   单位：万元
技术开发区安全生产监
督管理局
序号          功能分类科目      合计            基本支出         项目支出
            科目编码        科目名称
栏次          1           2             3            4                 5
1                       合计            2618.39      622.39            1996.00
2           221         住房保障支出        50.42        50.42
3           22102       住房改革支出        50.42        50.42
` + "\f" + `4           2210201      住房公积金        50.42     50.42
5           224          灾害防治及应急管理支   2567.97   571.97   1996.00
                         出
6           22401        应急管理事务       2567.97   571.97   1996.00
7           2240101      行政运行         571.97    571.97
8           2240102      一般行政管理事务     366.00             366.00
9           2240106      安全监管         150.00             150.00
10          2240108      应急救援         10.00              10.00
11          2240109      应急管理         20.00              20.00
12          2240199      其他应急管理支出     1450.00            1450.00`

// The prints read as the text does: the labels over their figures, every
// figure and name whole.
func TestPrintedExpenditureTable(t *testing.T) {
	cases := []struct {
		name, text string
		total      map[string]string // the 合计 row's figures by label
		row        string            // a row, its cells joined
	}{
		{"部门预算支出总表", printedExpenditure,
			map[string]string{"合计": "3218.39", "基本支出": "622.39", "项目支出": "2596.00"},
			"8 224 灾害防治及应急管理支出 2567.97 571.97 1996.00"},
		{"部门预算一般公共预算财政拨款支出表", printedGeneral,
			map[string]string{"合计": "2618.39", "基本支出": "622.39", "项目支出": "1996.00"},
			"5 224 灾害防治及应急管理支出 2567.97 571.97 1996.00"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rows, _, err := rowsOfText([]byte(c.text), LayoutSpaces)
			if err != nil {
				t.Fatal(err)
			}
			var header, total []string
			found := false
			for _, r := range rows {
				joined := strings.Join(strings.Fields(strings.Join(r.Cells, " ")), " ")
				switch {
				case len(r.Cells) > 5 && strings.HasSuffix(r.Cells[0], "序号"):
					header = r.Cells
				case len(r.Cells) > 5 && r.Cells[0] == "1":
					total = r.Cells
				case joined == c.row:
					found = true
				case strings.Join(r.Cells, "") == "急管理支出":
					t.Errorf("the name's rest is a row of its own (line %d)", r.Line)
				}
			}
			if header == nil || total == nil || !found {
				for _, r := range rows {
					t.Logf("%q", r.Cells)
				}
				t.Fatalf("header, 合计 row or %q not found", c.row)
			}
			want := maps.Clone(c.total)
			for j, h := range header {
				w := h[strings.LastIndexByte(h, '/')+1:]
				if f, ok := want[w]; ok {
					if j >= len(total) || total[j] != f {
						t.Errorf("合计 row under %s: %q, want %s (header %q, row %q)", w, total[j], f, header, total)
					}
					delete(want, w)
				}
			}
			if len(want) > 0 {
				t.Errorf("header %q lacks %v", header, want)
			}
		})
	}
}
