package parse

import (
	"slices"
	"testing"
)

// A line of a name's rest and the last digits of the figures above it
// completes those figures; any line that is not exactly that stays.
func TestJoinTailsUnderHeads(t *testing.T) {
	cases := []struct {
		name       string
		above, row []string
		wantAbove  []string // nil: unchanged; else the row, the line joined to it
	}{
		{"name and two figures wrapped (LibreOffice's PDF)",
			[]string{"8", "224", "灾害防治及应", "2567.9", "571.97", "1996.0", ""},
			[]string{"", "", "急管理支出", "7", "", "0", ""},
			[]string{"8", "224", "灾害防治及应急管理支出", "2567.97", "571.97", "1996.00", ""}},
		{"a figure cut at its point",
			[]string{"2", "212", "城乡社区", "600.", "600.00", "", ""},
			[]string{"", "", "支出", "00", "", "", ""},
			[]string{"2", "212", "城乡社区支出", "600.00", "600.00", "", ""}},
		{"a whole number over a figure is a row of its own (杭州 电费 / 邮电费)",
			[]string{"", "", "电费", "791", "", "791", ""},
			[]string{"", "", "邮电费", "114.50", "", "114.50", ""}, nil},
		{"a head left without its piece",
			[]string{"8", "224", "灾害防治及应", "2567.9", "571.97", "1996.0", ""},
			[]string{"", "", "急管理支出", "7", "", "", ""}, nil},
		{"a piece under no head",
			[]string{"8", "224", "灾害防治及应", "2567.9", "571.97", "1996.00", ""},
			[]string{"", "", "急管理支出", "7", "", "", "5"}, nil},
		{"a row of its own: its code",
			[]string{"8", "224", "灾害防治及应", "2567.9", "571.97", "1996.0", ""},
			[]string{"", "22401", "急管理支出", "7", "", "0", ""}, nil},
		{"a piece that would make three decimals",
			[]string{"8", "224", "灾害防治及应", "2567.97", "571.97", "1996.00", ""},
			[]string{"", "", "急管理支出", "7", "", "", ""}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rows := []Row{
				{Line: 1, Cells: []string{"1", "", "合计", "3218.39", "622.39", "2596.00", ""}},
				{Line: 2, Cells: slices.Clone(c.above)},
				{Line: 3, Cells: slices.Clone(c.row)},
			}
			got := joinTailsUnderHeads(rows)
			if c.wantAbove == nil {
				if len(got) != 3 || !slices.Equal(got[1].Cells, c.above) || !slices.Equal(got[2].Cells, c.row) {
					t.Errorf("changed: %v", got)
				}
				return
			}
			if len(got) != 2 || !slices.Equal(got[1].Cells, c.wantAbove) {
				t.Errorf("got %v, want the row %q and no line after it", got, c.wantAbove)
			}
		})
	}
}
