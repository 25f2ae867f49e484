package parse

import (
	"testing"

	"yusuan/model"
)

// The older 部门综合预算 table sets of Xi'an (2019–2022), printed in 元 by
// pdftotext: figures read where the document prints them. Each case is one
// row of one table, the figures (万元) its printed line gives.
func TestXianOlderTableSets(t *testing.T) {
	for _, c := range []struct {
		file, table, code, name string // name: the row's, for a row without a code
		line                    int    // 0: any line
		want                    map[string]string
		why                     string
	}{
		{"sn-xian-healthsecurity-2022-budget", "2022年部门综合预算一般公共预算支出明细表（按支出经济分类科目-不含上年结转）", "30217", "", 652,
			map[string]string{"合计": "1.00", "人员经费支出": "0.00", "公用经费支出": "1.00", "专项业务经费支出": "0.00"},
			"“10000 0” is two columns' figures, not 100000"},
		{"sn-xian-healthsecurity-2022-budget", "2022年部门综合预算一般公共预算基本支出明细表（支出经济分类科目-不含上年结转）", "30228", "", 0,
			map[string]string{"合计": "15.143317", "人员经费支出": "0.00", "公用经费支出": "15.143317"},
			"no figure under the 备注 column: the three figures are 合计, 人员, 公用"},
		{"sn-xian-hrss-2020-budget", "2020年部门综合预算一般公共预算支出明细表（按支出功能分类科目）", "2080801", "", 0,
			map[string]string{"合计": "6000.00", "人员经费支出": "0.00", "公用经费支出": "0.00", "专项业务经费支出": "6000.00"},
			"“6000 0” and “0 6000”: four figures, not 60000 and 6000"},
		{"sn-xian-hrss-2020-budget", "2020年部门综合预算一般公共预算基本支出明细表（按支出经济分类科目）", "30213", "", 810,
			map[string]string{"合计": "8.00", "公用经费支出": "8.00"},
			"“8 0” is 8 and 0, not 80"},
		{"sn-xian-hrss-2020-budget", "2020年部门综合预算一般公共预算支出明细表（按支出经济分类科目）", "30204", "", 684,
			map[string]string{"合计": "5.14", "人员经费支出": "0.00", "公用经费支出": "0.40", "专项业务经费支出": "4.74"},
			"the two 30204 rows (4.44 0 0.2 4.24 and 0.7 0 0.2 0.5) summed, on a page begun by a form feed without the header, its figures ten characters left of the page before's: laid out apart"},
		{"sn-xian-hrss-2020-budget", "2020年部门综合预算一般公共预算支出明细表（按支出经济分类科目）", "301", "", 0,
			map[string]string{"合计": "7804.52", "人员经费支出": "7804.52", "公用经费支出": "0.00", "专项业务经费支出": "0.00"},
			"the page before keeps its own columns: 合计 and 人员经费支出 not two to a column"},
		{"sn-xian-meteorology-2022-budget", "2022年部门综合预算一般公共预算支出明细表（按功能科目分）", "2080506", "", 0,
			map[string]string{"合计": "4.360896", "人员经费支出": "4.360896"},
			"the 合计 printed fused to the name: 机关事业单位职业年金缴费支出43608.96"},
		{"sn-xian-meteorology-2022-budget", "2022年部门综合预算一般公共预算支出明细表（按经济分类科目分）", "30108", "", 0,
			map[string]string{"合计": "8.173824", "人员经费支出": "8.173824"},
			"the row's 政府经济 code and figures wrapped onto the next line (50501 工资福利支出 81738.24 …)"},
		{"sn-xian-worksafety-2019-budget-tables", "2019年部门综合预算一般公共预算支出明细表（按支出功能分类科目）", "208", "", 0,
			map[string]string{"合计": "183.60", "人员经费支出": "151.55", "公用经费支出": "32.05"},
			"the four units' 208 rows (115.11, 22.62, 35.75, 10.12) summed"},
		{"sn-xian-worksafety-2019-budget-tables", "2019年部门综合预算一般公共预算基本支出明细表（按支出功能分类科目）", "2080505", "", 668,
			map[string]string{"合计": "81.23", "人员经费支出": "81.23"},
			"the footers (第16页，共45页) page breaks, not rows: each page laid out in its own columns, none read into the first page's"},
		{"sn-xian-worksafety-2019-budget-tables", "2019年部门综合预算一般公共预算支出明细表（按支出经济分类科目）", "30206", "", 0,
			map[string]string{"合计": "8.50", "公用经费支出": "5.50", "专项业务经费支出": "3.00"},
			"three units' rows summed (3.20 = 0.20 + 3.00; 4.00; 1.30): the last page, its names narrower, keeps its first figures under 合计 and its 1.30 under 公用经费支出, apart from 人员经费支出 three characters left"},
		{"sn-xian-propaganda-2021-budget", "2021年部门综合预算一般公共预算支出明细表（按支出功能分类科目-不含上年结转）", "2013301", "行政运行", 0,
			map[string]string{"合计": "1765.179492", "人员经费支出": "1641.184061", "公用经费支出": "123.995431", "专项业务经费支出": "0.00"},
			"a title wrapped inside its bracket; the code printed on the line under the row's figures"},
		{"sn-xian-propaganda-2021-budget", "2021年部门综合预算一般公共预算支出明细表（按支出功能分类科目-不含上年结转）", "2080505", "机关事业单位基本养老保险缴费支出", 0,
			map[string]string{"合计": "144.997763", "人员经费支出": "144.997763"},
			"the figures alone on a line between the name's head and the code with the name's tail"},
		{"sn-xian-propaganda-2021-budget", "2021年部门综合预算一般公共预算支出明细表（按支出经济分类科目-不含上年结转）", "30110", "职工基本医疗保险缴费", 0,
			map[string]string{"合计": "38.742587", "人员经费支出": "38.742587"},
			"the code under the row, the 政府经济 code 50102 out of the name"},
		{"sn-xian-finance-2026-budget", "部门综合预算专项业务经费支出表", "", "库房租赁", 898,
			map[string]string{"项目金额": "30.00"},
			"the figure under 项目金额, not the 项目简介 column"},
	} {
		t.Run(c.file+"/"+c.code+c.name, func(t *testing.T) {
			d := nationalDoc{file: c.file + ".pdf"}
			doc, err := File(d.source())
			if err != nil {
				t.Skipf("national corpus absent: %v", err)
			}
			row := findRow(doc, c.table, c.code, c.name, c.line)
			if row == nil {
				t.Fatalf("no row %s%s in %q", c.code, c.name, c.table)
			}
			for col, want := range c.want {
				got, ok := row.Amounts[col]
				if !ok || got.String() != want {
					t.Errorf("%s: %s = %v (read %v), want %s (%s)", c.code, col, got, ok, want, c.why)
				}
			}
			for col := range row.Amounts {
				if col == "备注" || col == "项目简介" {
					t.Errorf("%s: a figure under %s", c.code, col)
				}
			}
		})
	}
}

func findRow(doc *model.Document, table, code, name string, line int) *model.CodedRow {
	for _, tb := range doc.Tables {
		if tb.Title != table {
			continue
		}
		for i := range tb.Coded {
			r := &tb.Coded[i]
			if r.Code == code && (name == "" || r.Name == name) && (line == 0 || r.Line == line) {
				return r
			}
		}
	}
	return nil
}

// 宣传部 2021 prints its functional table under a title wrapped inside its
// bracket, twice (over two pages): one table, the functional tree's source,
// not the 专项业务经费支出表.
func TestXianWrappedTitleIsTheFunctionalSource(t *testing.T) {
	doc, err := File(nationalDoc{file: "sn-xian-propaganda-2021-budget.pdf"}.source())
	if err != nil {
		t.Skipf("national corpus absent: %v", err)
	}
	const want = "2021年部门综合预算一般公共预算支出明细表（按支出功能分类科目-不含上年结转）"
	if doc.FunctionalSource != want {
		t.Errorf("functional tree from %q, want %q", doc.FunctionalSource, want)
	}
	n := 0
	for _, tb := range doc.Tables {
		if tb.Title == want {
			n++
			if tb.Unverified() {
				t.Errorf("%q in doubt: %v", want, tb.Identities)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d tables titled %q, want 1 (continued over a page)", n, want)
	}
}
