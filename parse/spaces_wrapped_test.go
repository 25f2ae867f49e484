package parse

import (
	"strings"
	"testing"
)

// Figures wrapped in a narrow cell (杭州: the head over the row, the last
// digits under it, or the head on the row itself) are put back whole on the
// row's line; pieces that do not pair one to one, or that would not make a
// figure of two decimals, are left as printed.
func TestJoinWrappedFigures(t *testing.T) {
	cases := []struct {
		name    string
		in      []string
		row     int    // the row's line
		want    string // its fields after the mending
		blanked []int
	}{
		{"head above, tail below", []string{
			"                                                                           106,512.0",
			"合计                               404,415.23     250,110.65   47,792.58",
			"                                                                                  0",
			"一般公共服务支出                           5,140.00                                 5,140.00",
		}, 1, "合计 404,415.23 250,110.65 47,792.58 106,512.00", []int{0, 2}},
		{"two heads above", []string{
			"                     370,219.2        293,191.8",
			"合计                                                246,458.22   46,733.64 77,027.38",
			"                                  5           6",
		}, 1, "合计 370,219.25 293,191.86 246,458.22 46,733.64 77,027.38", []int{0, 2}},
		{"head on the row", []string{
			" 杭州市机动      14,549.64    14,549.64     12,437.3       2,112.28",
			"                                            6",
		}, 0, "杭州市机动 14,549.64 14,549.64 12,437.36 2,112.28", []int{1}},
		{"whole figures above beside a head", []string{
			"                         226,000.00                                         226,000.0",
			"     其他城乡社区支出",
			"                                                                                       0",
		}, 1, "其他城乡社区支出 226,000.00 226,000.00", []int{0, 2}},
		{"a head without separators", []string{
			"                                                     24995.9",
			"   本年收入合计           24995.94         本年支出合计",
			"                                                           4",
		}, 1, "本年收入合计 24995.94 本年支出合计 24995.94", []int{0, 2}},
		{"a tail under no head", []string{
			"                     370,219.2",
			"合计                                                246,458.22",
			"                                                      5",
		}, 1, "合计 246,458.22", nil},
		{"heads and tails unpaired", []string{
			"                     370,219.2        293,191.8",
			"合计                                                246,458.22",
			"                                  5",
		}, 1, "合计 246,458.22", nil},
		{"a whole figure is no head", []string{
			"                     370,219.25",
			"合计                                                246,458.22",
			"                         5",
		}, 1, "合计 246,458.22", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := joinWrappedFigures(c.in)
			if len(out) != len(c.in) {
				t.Fatalf("%d lines, want %d", len(out), len(c.in))
			}
			if got := strings.Join(strings.Fields(out[c.row]), " "); got != c.want {
				t.Errorf("row %q, want %q", got, c.want)
			}
			for i := range c.in {
				blank := false
				for _, b := range c.blanked {
					blank = blank || b == i
				}
				switch {
				case blank && out[i] != "":
					t.Errorf("line %d not blanked: %q", i, out[i])
				case !blank && i != c.row && out[i] != c.in[i]:
					t.Errorf("line %d changed: %q", i, out[i])
				}
			}
		})
	}
}

// The labels of a chart's axis, one a line (8.2 / 8 / 7.8), are no row.
func TestJoinWrappedFiguresNotAChart(t *testing.T) {
	in := []string{"8.2", "8", "7.8", "7.6"}
	out := joinWrappedFigures(in)
	for i := range in {
		if out[i] != in[i] {
			t.Errorf("line %d changed: %q", i, out[i])
		}
	}
}
