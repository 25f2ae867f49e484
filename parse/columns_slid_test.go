package parse

import (
	"slices"
	"testing"
)

// An amount label over the names' column, beside a label over the two
// columns the row below names, moves one column right; any other header
// row stays as it is.
func TestUnslideHeader(t *testing.T) {
	data := []Row{
		{Cells: []string{"1", "合计", "3218.39", "622.39", "2596.00"}}, // its blank code cell left out
		{Cells: []string{"2", "212", "城乡社区支出", "", "600.00", "600.00"}},
		{Cells: []string{"5", "221", "住房保障支出", "", "50.42", "", "50.42"}},
		{Cells: []string{"8", "224", "灾害防治及应急管理支出", "", "2567.97", "", "571.97", "1996.00"}},
		{Cells: []string{"9", "22401", "应急管理事务", "", "2567.97", "", "571.97", "1996.00"}},
	}
	below := []string{"", "科目编码", "科目名称", "", "", "", "", ""}
	numbers := []string{"栏次", "1", "2", "3", "4", "5", "6", "7"}
	cases := []struct {
		name  string
		top   []string
		below []string
		want  []string // nil: unchanged
	}{
		{"功能分类科目 lost its span (LibreOffice's HTML)",
			[]string{"序号", "功能分类科目", "合计", "基本支出", "项目支出", "经营支出", "上解上级支出", ""}, below,
			[]string{"序号", "功能分类科目", "", "合计", "基本支出", "项目支出", "经营支出", "上解上级支出"}},
		{"a blank over the names",
			[]string{"序号", "功能分类科目", "", "合计", "基本支出", "项目支出", "经营支出", "上解上级支出"}, below, nil},
		{"the row ends in a label",
			[]string{"序号", "功能分类科目", "合计", "基本支出", "项目支出", "经营支出", "上解上级支出", "其他支出"}, below, nil},
		{"the row below names columns right of the label (本年收入 over 小计 …)",
			[]string{"序号", "功能分类科目", "合计", "本年收入", "上年结转", "", "", ""},
			[]string{"", "科目编码", "科目名称", "小计", "财政拨款收入", "事业收入", "其他收入", ""}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			header := [][]string{slices.Clone(c.top), c.below, numbers}
			got := unslideHeader(header, data, len(c.top))
			want := c.want
			if want == nil {
				want = c.top
			}
			if !slices.Equal(got[0], want) {
				t.Errorf("got %q, want %q", got[0], want)
			}
		})
	}
}
