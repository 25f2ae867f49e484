package parse

import (
	"cmp"
	"slices"
)

// feedPageApart: the page that begins at out[i] (begun by a form feed alone,
// without the table's header again) prints at least as many amount columns
// as the lines of run before it, so that it can be laid out in columns of
// its own and matched to the table's column for column.
//
// pdftotext lays out every page afresh, header or not: 上海审计局's and
// 上海数据局's 经济分类预算表 run on after a bare form feed two characters
// further left, and read with the page before, their 款 codes fell in a
// column of their own and the first page's 款 were lost (“301 01 基本工资”
// read as 301). But pdftotext also closes up a column that is empty on a
// page: 北京司法局's 预算03表 prints only 项目支出 on its second page, right
// next to 合计, where only the page before can tell it from 基本支出; such a
// page stays read with the page before.
func feedPageApart(out []sline, i, run int) bool {
	j := i
	for j < len(out) && out[j].page == out[i].page {
		j++
	}
	k := i
	for k > 0 && out[k-1].page == run {
		k--
	}
	before := amountColumns(out[k:i])
	return before > 0 && amountColumns(out[i:j]) >= before
}

// amountColumns counts the columns the figures of the lines fill: runs of
// overlapping figure cells, a bare 0 among them (西安人社局 2020's 经济分类
// table: its next page, ten characters further left, fills 人员经费支出 with
// “0” only).
func amountColumns(ls []sline) int {
	var figs []chunk
	for _, l := range ls {
		for _, c := range l.chunks {
			if isMoneyText(c.text) || c.text == "0" {
				figs = append(figs, c) // a bare 0 is a figure (西安 2019–2020 print zeros so)
			}
		}
	}
	slices.SortFunc(figs, func(a, b chunk) int { return cmp.Compare(a.s, b.s) })
	n, end := 0, -1
	for _, c := range figs {
		if c.s > end { // a cell right after the run's end is the same column, one character off
			n++
		}
		end = max(end, c.e)
	}
	return n
}
