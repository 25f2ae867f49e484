package parse

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// at lays out a line as pdftotext prints it: each text starting at its
// character position.
func at(cells ...any) string {
	var b strings.Builder
	n := 0
	for i := 0; i+1 < len(cells); i += 2 {
		pos, text := cells[i].(int), cells[i+1].(string)
		for ; n < pos; n++ {
			b.WriteByte(' ')
		}
		b.WriteString(text)
		n += utf8.RuneCountInString(text)
	}
	return b.String()
}

// TestSplitFiguresApart reads the first rows of 重庆商务委's 收入总体情况表
// (its 合计 row, rebuilt from figures printed in steps, three characters
// right of the rows below): the three amounts the 合计 row prints side by
// side head three columns, and each figure of the rows below goes to the
// one it stands under (20,716.33 with 22,070.82 under 财政专户, 1,761.25
// and 659.70 with 2,461.25 under 事业收入). A column of row numbers and
// codes (西安气象's 序号 over 2 and 301) is no column of amounts.
func TestSplitFiguresApart(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		same  [][]string // figures that must share a column, one group a column
	}{
		{"commerce", []string{
			at(19, "合 计", 33, "174,900.64", 44, "101,833.84", 55, "41,534.73", 65, "22,070.82", 75, "2,461.25", 91, "6,282.98", 101, "717.01"),
			at(0, "201", 16, "一般公共服务支出", 33, "23,103.76", 43, "16,604.23", 73, "659.70", 91, "5,727.32", 101, "112.51"),
			at(0, "205", 16, "教育支出", 33, "55,670.32", 43, "32,588.24", 62, "20,716.33", 72, "1,761.25", 101, "604.50"),
			at(0, "208", 16, "社会保障和就业支出", 34, "7,686.68", 43, "6,231.00", 63, "1,076.42", 92, "379.27"),
		}, [][]string{
			{"41,534.73"},
			{"22,070.82", "20,716.33", "1,076.42"},
			{"2,461.25", "1,761.25", "659.70"},
		}},
		{"row numbers", []string{
			"1                  合计                                18999011.66    1732620.66      106691       17159700",
			"2    301           工资福利支出                             4788320.66    1732620.66            0       3055700",
			"3          30101   基本工资         50501    工资福利支出          298224        298224             0              0",
			"15 302             商品和服务支出                             14210691              0      106691       14104000",
			"16         30201   办公费          50201    办公经费            700000              0            0        700000",
		}, [][]string{{"2", "301"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ls := make([]sline, len(c.lines))
			for i, l := range c.lines {
				ls[i] = sline{no: i + 1, raw: l, chunks: dataChunks(l)}
			}
			lay := layoutColumns(nil, ls, false)
			cols, place := lay.cols, lay.place
			colOf := map[string]int{}
			for li, l := range ls {
				for ci, ch := range l.chunks {
					colOf[ch.text] = place[li][ci]
				}
			}
			seen := map[int]string{}
			for _, group := range c.same {
				j, ok := colOf[group[0]]
				if !ok {
					t.Fatalf("no cell %s", group[0])
				}
				for _, f := range group[1:] {
					if colOf[f] != j {
						t.Errorf("%s in column %d, %s in %d: want one column", f, colOf[f], group[0], j)
					}
				}
				if other, dup := seen[j]; dup {
					t.Errorf("%s and %s in one column %d: want apart", group[0], other, j)
				}
				seen[j] = group[0]
				if j < 0 || j >= len(cols) {
					t.Fatalf("column %d of %d", j, len(cols))
				}
			}
		})
	}
}
