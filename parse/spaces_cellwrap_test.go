package parse

import (
	"strings"
	"testing"
)

// TestJoinWrappedTokens: lines as pdftotext -layout prints LibreOffice's PDF
// of the Cangzhou sample, whose narrow cells wrap codes and figures in
// place, and lines whose digits below a token are no continuation of it.
func TestJoinWrappedTokens(t *testing.T) {
	cases := []struct {
		name string
		in   []string
		want []string // nil: unchanged
	}{
		{"figures wrapped", []string{
			"9       22401      应急管理事务     2567.9   571.97   1996.0",
			"                              7                 0",
		}, []string{
			"9       22401      应急管理事务     2567.97  571.97   1996.00",
			"                                                 ",
		}},
		{"an item code and its wrapped name", []string{
			"4       21208       其他国有土地    600.00                600.00",
			"        99          使用权出让收",
		}, []string{
			"4       2120899     其他国有土地    600.00                600.00",
			"                    使用权出让收",
		}},
		{"a figure cut before its decimals, three columns", []string{
			"1            合计   321       321    321",
			"                  8.39      8.39   8.39",
		}, []string{
			"1            合计   3218.39   3218.39  3218.39",
			"                                       ",
		}},
		{"an item code over three lines", []string{
			"9    22401   应急管理   2567.97  2567.97 2567.97",
			"10   224     行政运行   571.     571.   571.",
			"     010            97       97     97",
			"     1",
		}, []string{
			"9    22401   应急管理   2567.97  2567.97 2567.97",
			"10   2240101  行政运行   571.97   571.97  571.97",
			"                                      ",
			"      ",
		}},
		{"a project code over three lines", []string{
			"项目编码        13091626P   项目名称          办公设备购置",
			"            000072100",
			"            37U",
		}, []string{
			"项目编码        13091626P00007210037U  项目名称          办公设备购置",
			"                     ",
			"               ",
		}},
		{"a label under a header's year starts a row", []string{
			"项目           2023 年     项目            2023 年合计",
			"一、一般公共预算     595.20     一、一般公共服务支出",
		}, nil},
		{"figures under column numbers start a row", []string{
			"1          2         3           4",
			"山西转型综合改革   554.70    554.70",
		}, nil},
		{"a spending plan under its months", []string{
			"资金支出计划（%）    3 月底         6 月底         10 月底      12 月底",
			"             2.50         5.00         7.50       10.00",
		}, nil},
		{"a staircase section with its own figures", []string{
			"201     一般公共服务支出      120.50",
			"40      市场监督管理事务      120.50",
		}, nil},
		{"figures of one decimal where the table prints one", []string{
			"一般公共服务      12.5",
			"                 3",
		}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := joinWrappedTokens(c.in)
			want := c.want
			if want == nil {
				want = c.in
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// TestWiderLineIsNoWrap: under a form's short label (预算数) a line much
// wider than the label is a cell of its own (the project's purpose), not the
// label's wrapped end: the budget stays readable beside its label.
func TestWiderLineIsNoWrap(t *testing.T) {
	lines := []string{
		"5、车辆租赁绩效目标表",
		"单位：万元",
		"项目编码        13091626P 项目名称            车辆租赁",
		"            000072100",
		"            38F",
		"预算规模及资金用途   预算数          45.00        其中：财政    资金   45.00        其他资金",
		"            租赁车辆，用于日常检查活动。",
		"资金支出计划（%）   3 月底         6 月底         10 月底         12 月底",
		"            15.00        30.00        30.00         45.00",
	}
	var budget, code string
	for _, r := range readSpaces(lines) {
		f := readFormRow(r.Cells)
		if f.found[labBudget] {
			budget = f.val[labBudget]
		}
		if f.found[labCode] {
			code = f.val[labCode]
		}
	}
	if budget != "45.00" || code != "13091626P00007210038F" {
		t.Errorf("预算数 %q, 项目编码 %q; want 45.00 and 13091626P00007210038F", budget, code)
	}
}
