package parse

import (
	"slices"
	"testing"
)

// An amount label over an empty column left of the names is moved over the
// first figures, the labels after it one column on; any other header stays.
func TestSlideAmountLabels(t *testing.T) {
	data := [][]string{
		{"1", "", "", "合计", "3218.39", "622.39", "2596.00", ""},
		{"2", "212", "", "城乡社区支出", "600.00", "", "600.00", ""},
		{"5", "221", "", "住房保障支出", "50.42", "50.42", "", ""},
	}
	stacked := [][]string{
		{"1", "", "合计", "2618.39", "622.39", "1996.00"},
		{"2", "221", "住房保障支出", "50.42", "50.42", ""},
		{"5", "224", "灾害防治及应急管理支出", "2567.97", "571.97", "1996.00"},
	}
	cases := []struct {
		name       string
		header     []string
		data       [][]string
		wantHeader []string // nil: unchanged
		wantRow    []string // the first data row
	}{
		{"功能分类科目 lost its span (LibreOffice's PDF)",
			[]string{"序号", "功能分类科目/编码", "合计", "科目名称", "基本支出", "项目支出", "经营支出", "上解上级支出"}, data,
			[]string{"序号", "功能分类科目/编码", "科目名称", "合计", "基本支出", "项目支出", "经营支出", "上解上级支出"},
			[]string{"1", "", "合计", "3218.39", "622.39", "2596.00", "", ""}},
		{"合计 stacked on the names' label, the last figures unlabelled (LibreOffice's PDF)",
			[]string{"序号", "功能分类科目科目编码", "合计科目名称", "基本支出", "项目支出", ""}, stacked,
			[]string{"序号", "功能分类科目科目编码", "科目名称", "合计", "基本支出", "项目支出"},
			stacked[0]},
		{"合计 stacked on the names' label, every column labelled: a column for the last",
			[]string{"序号", "功能分类科目科目编码", "合计科目名称", "基本支出", "项目支出", "经营支出"}, stacked,
			[]string{"序号", "功能分类科目科目编码", "科目名称", "合计", "基本支出", "项目支出", "经营支出"},
			append(slices.Clone(stacked[0]), "")},
		{"合计科目名称 over no names",
			[]string{"序号", "合计科目名称", "功能分类科目科目编码", "基本支出", "项目支出", "经营支出"}, stacked, nil, nil},
		{"labels over their figures",
			[]string{"序号", "功能分类科目/编码", "备注", "科目名称", "合计", "基本支出", "项目支出", "经营支出"}, data, nil, nil},
		{"an empty amount column right of the names",
			[]string{"序号", "科目编码", "科目名称", "合计", "基本支出", "项目支出", "经营支出", "上解上级支出"},
			[][]string{
				{"1", "", "合计", "", "3218.39", "622.39", "2596.00", ""},
				{"2", "212", "城乡社区支出", "", "600.00", "", "600.00", ""},
			}, nil, nil},
		{"figures left of the names",
			[]string{"序号", "金额", "合计", "科目名称", "基本支出", "项目支出", "经营支出", "上解上级支出"},
			[][]string{
				{"1", "5.00", "", "合计", "3218.39", "622.39", "2596.00", ""},
				{"2", "6.00", "", "城乡社区支出", "600.00", "", "600.00", ""},
			}, nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var rows []Row
			for i, d := range c.data {
				rows = append(rows, Row{Line: 10 + i, Cells: slices.Clone(d), Table: true})
			}
			head, body := slideAmountLabels([]Row{{Line: 9, Cells: slices.Clone(c.header), Table: true}}, rows)
			wantHeader, wantRow := c.wantHeader, c.wantRow
			if wantHeader == nil {
				wantHeader, wantRow = c.header, c.data[0]
			}
			if !slices.Equal(head[0].Cells, wantHeader) || !slices.Equal(body[0].Cells, wantRow) {
				t.Errorf("got %q / %q, want %q / %q", head[0].Cells, body[0].Cells, wantHeader, wantRow)
			}
			for _, r := range body {
				if len(r.Cells) != len(head[0].Cells) {
					t.Errorf("row %q: %d cells under %d columns", r.Cells, len(r.Cells), len(head[0].Cells))
				}
			}
		})
	}
}
