package parse

import (
	"slices"
	"strings"
	"testing"
)

// TestPairWrappedNames reads the header of 重庆宣传部's 单位收入总体情况表
// (lines cut from the corpus text): two-line names squeezed into runs on
// the first and third lines pair in order (财政专户管 with 理资金收入, not with
// 事业收入 on the line between), so 2,898.00 is 事业收入's and the empty
// 国有资本经营 and 财政专户 columns keep names of their own.
func TestPairWrappedNames(t *testing.T) {
	cases := []struct {
		name         string
		header, data []string
		want         []string          // the header's names, left to right (those of amounts)
		over         map[string]string // a figure of the first data line → its column's name
	}{
		{"propaganda", []string{
			"                                        一般公共预算 政府性基金预 国有资本经营 财政专户管                         上级补   附属单位   事业单位",
			"                            总计                                                  事业收入                           其他收入",
			"                                         拨款收入        算拨款收入       预算拨款收入 理资金收入              助收入   上缴收入   经营收入",
			"      科目编码           科目名称",
		}, []string{
			"                合计          45,369.18    37,891.58    4,066.60                  2,898.00                         513.00",
			"201          一般公共服务支出       22,022.92    22,006.16                                16.75",
			" 20133       宣传事务           22,022.92    22,006.16                                16.75",
			"207          文化旅游体育与传媒支出    19,527.61    12,145.06    4,066.60                  2,802.96                         513.00",
		}, []string{"总计", "一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入", "财政专户管理资金收入",
			"事业收入", "上级补助收入", "附属单位上缴收入", "事业单位经营收入", "其他收入"},
			map[string]string{"2,898.00": "事业收入", "513.00": "其他收入", "4,066.60": "政府性基金预算拨款收入"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			header, data := make([]sline, len(c.header)), make([]sline, len(c.data))
			for i, l := range c.header {
				header[i] = sline{no: i + 1, raw: l, chunks: dataChunks(l)}
			}
			for i, l := range c.data {
				data[i] = sline{no: len(c.header) + i + 1, raw: l, chunks: dataChunks(l)}
			}
			lay := layoutColumns(header, data, false)
			names := headerRows(lay)[0].Cells
			var got []string
			for _, n := range names {
				if n != "" && !strings.HasPrefix(n, "科目") {
					got = append(got, n)
				}
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("names %q\nwant  %q", got, c.want)
			}
			for ci, ch := range data[0].chunks {
				if want, ok := c.over[ch.text]; ok && names[lay.place[0][ci]] != want {
					t.Errorf("%s under %q, want %q", ch.text, names[lay.place[0][ci]], want)
				}
			}
		})
	}
}
