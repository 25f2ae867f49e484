package parse

import (
	"slices"
	"testing"
)

// A department and a year wrapped down narrow cells under their meta line
// (LibreOffice's PDF) are joined; lines that make no department are not.
func TestWrappedMeta(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  []string // nil: not joined
		used  int
	}{
		{"收入总表: the year's label cut too", []string{
			"426 预算年      单位：万元",
			"沧州临   度：",
			"港经济   202",
			"技术开   6",
			"发区安",
			"全生产",
			"监督管",
			"理局",
			"序号    功能分类   合计      本年收入   上年结转",
		},
			[]string{"426沧州临港经济技术开发区安全生产监督管理局", "预算年度：2026", "单位：万元"}, 7},
		{"支出总表: the code and the name's head on the meta line", []string{
			"426 沧州 预算年度：     单位：万元",
			"临港经济技术 2026",
			"开发区安全生",
			"产监督管理局",
			"序号       功能分类科目 合计            基本支出         项目支出     经营支出     上解上级   对附属单位补助支出",
		},
			[]string{"426沧州临港经济技术开发区安全生产监督管理局", "预算年度：2026", "单位：万元"}, 3},
		{"a header under the meta line", []string{
			"426 沧州临港安全生产监督管理局    预算年度：2026   单位：万元",
			"项目                              金额",
		}, nil, 0},
		{"pieces that make no office's name", []string{
			"426 沧州    预算年度：2026   单位：万元",
			"临港经济",
			"序号     功能分类科目   合计   基本支出",
		}, nil, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var sl []sline
			for i, l := range c.lines {
				sl = append(sl, sline{no: i + 1, raw: l, chunks: dataChunks(l)})
			}
			cells, n, ok := wrappedMeta(sl[:1], sl[1:])
			if ok != (c.want != nil) || ok && (!slices.Equal(cells, c.want) || n != c.used) {
				t.Errorf("got %q, %d lines, %v; want %q, %d lines", cells, n, ok, c.want, c.used)
			}
		})
	}
}
