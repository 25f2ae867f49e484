package audit

import (
	"fmt"
	"sort"
	"strings"

	"yusuan/model"
)

// Some summaries print no year total at all: the numbered items of each
// side add up to its grand total directly. 上海's 预算单位财务收支预算总表
// lists 一、财政拨款收入 (with 1、一般公共预算 … under it), 二、事业收入 …
// and 收入总计; its expenditure items 一、一般公共服务支出 … each print
// 合计 | 人员经费 | 公用经费 | 项目支出 (基本支出 heads the first two) down
// to 支出总计. Its 财政拨款收支预算总表 prints 合计 | 一般公共预算 |
// 政府性基金预算 | 国有资本经营预算 the same way (sh-shanghai-audit-2026,
// line 188). The rules are those of every summary: the outermost numbered
// items add up to 总计, column by column; sub-items (1、, （一）) add up to
// their item; 合计 is the sum of the columns the header names as its
// parts; 收入总计 = 支出总计.

// grandItem is an item of one side: its label and amounts, each with the
// column it was printed in.
type grandItem struct {
	label string
	line  int
	cols  []int
	v     []model.Money
	glued bool // two of its amounts were printed in one cell
}

// grandSide is one side of such a summary, its 总计 last. glued marks a
// side where pdftotext printed two amounts in one cell (“134,339,860
// 93,654,340”): the order of each item's amounts is known, their columns
// are not.
type grandSide struct {
	items []grandItem
	glued bool
}

// grandTotalLabels are the labels of the two grand totals, by side.
var grandTotalLabels = [2]string{"收入总计", "支出总计"}

// summaryGrandItems reads a summary of that shape. ok=false means the table
// is not of it or a row cannot be placed (an amount before any label, two
// items of one side in a row, an income item with two amounts, an
// unnumbered line with an amount, a year total, amounts after 总计): the
// table stays unchecked rather than be checked on a wrong reading.
func summaryGrandItems(t *model.Table) (sides [2]grandSide, ok bool) {
	gi, split := -1, -1
	for i, row := range t.Rows {
		labels := rowLabels(t, row)
		if len(labels) == 2 && cleanLabel(row[labels[0]]) == grandTotalLabels[0] && cleanLabel(row[labels[1]]) == grandTotalLabels[1] {
			gi, split = i, labels[1]
			break
		}
	}
	if gi < 0 {
		return sides, false
	}
	for i, row := range t.Rows {
		line := 0
		if i < len(t.RowLines) {
			line = t.RowLines[i]
		}
		items, ok := grandRowItems(t, row, line)
		if !ok {
			return sides, false
		}
		if i > gi {
			for _, it := range items {
				if len(it.v) > 0 {
					return sides, false // amounts below the grand totals
				}
			}
			continue
		}
		var seen [2]bool
		for _, it := range items {
			s := 0
			if it.cols[0] >= split {
				s = 1
			}
			for _, c := range it.cols[1:] {
				if (c >= split) != (s == 1) {
					return sides, false // an amount on the other side without its label
				}
			}
			if seen[s] {
				return sides, false // two items of one side in a row
			}
			seen[s] = true
			if !grandItemFits(it, i == gi, s) {
				return sides, false
			}
			// cols[0] is the label's column; the amounts' follow
			it.cols = it.cols[1:]
			sides[s].items = append(sides[s].items, it)
			sides[s].glued = sides[s].glued || it.glued
		}
	}
	return sides, true
}

// grandItemFits: the 总计 row holds the two totals, every other line is a
// numbered item or prints no amount (a wrapped label's second line), no
// line is a year total (then the items would add up to it, not to 总计),
// and an income item prints one amount.
func grandItemFits(it grandItem, totalRow bool, side int) bool {
	if strings.Contains(it.label, "合计") || strings.Contains(it.label, "小计") {
		return false
	}
	if side == 0 && len(it.v) > 1 {
		return false
	}
	if totalRow {
		return it.label == grandTotalLabels[side]
	}
	return len(it.v) == 0 || ordinalRank(it.label) >= 0
}

// rowLabels are the columns of a row's text cells.
func rowLabels(t *model.Table, row []string) []int {
	var cols []int
	for j, cell := range row {
		if strings.TrimSpace(cell) == "" {
			continue
		}
		if _, ok := cellAmounts(t, cell); !ok {
			cols = append(cols, j)
		}
	}
	return cols
}

// grandRowItems cuts a row into labels and the amounts after each, with
// their columns (the label's first); ok=false when an amount comes before
// any label.
func grandRowItems(t *model.Table, row []string, line int) (items []grandItem, ok bool) {
	for j, cell := range row {
		if strings.TrimSpace(cell) == "" {
			continue
		}
		amounts, isAmounts := cellAmounts(t, cell)
		if !isAmounts {
			items = append(items, grandItem{label: cleanLabel(cell), line: line, cols: []int{j}})
			continue
		}
		if len(items) == 0 {
			return nil, false
		}
		it := &items[len(items)-1]
		for _, v := range amounts {
			it.v = append(it.v, v)
			it.cols = append(it.cols, j)
		}
		it.glued = it.glued || len(amounts) > 1
	}
	return items, true
}

// grandItemsChecked reads t as a summary of that shape and passes on its
// findings; false (nothing added) where t is not of it or nothing in it
// could be checked.
func grandItemsChecked(c *checker, t *model.Table) bool {
	sides, ok := summaryGrandItems(t)
	if !ok {
		return false
	}
	sc := &checker{doc: c.doc}
	checkGrandItems(sc, t, sides)
	if sc.checks == 0 {
		return false
	}
	summaryFindings(c, t, sc)
	return true
}

// checkGrandItems: on each side the outermost numbered items add up to
// 总计, every amount column where the columns are known, the first (合计)
// where they are not; an item's sub-items add up to it; an expenditure
// line's 合计 is the sum of its parts where the header names them; and
// 收入总计 = 支出总计.
func checkGrandItems(sc *checker, t *model.Table, sides [2]grandSide) {
	names := [2]string{"收入", "支出"}
	for s, side := range sides {
		for k, col := range grandColumns(side) {
			grandColumnSum(sc, t, side, col, k, grandTotalLabels[s], names[s])
		}
	}
	if parts := headerParts(t, sides[1]); len(parts) > 0 {
		for _, it := range sides[1].items {
			if len(it.v) < 2 {
				continue
			}
			sum, ops := model.Zero, it.v[1:]
			for _, v := range ops {
				sum = sum.Add(v)
			}
			msg := fmt.Sprintf("“%s”的合计不等于%s之和", it.label, strings.Join(parts, "、"))
			sc.mismatch("summary-identity", Error, tableLoc(t, "", it.line), msg, sum, it.v[0], ops...)
		}
	}
	in, out := grandLast(sides[0]), grandLast(sides[1])
	if len(in.v) > 0 && len(out.v) > 0 {
		sc.mismatch("summary-identity", Error, tableLoc(t, "", out.line), "支出总计不等于收入总计", in.v[0], out.v[0])
	}
}

func grandLast(side grandSide) grandItem {
	if len(side.items) == 0 {
		return grandItem{}
	}
	return side.items[len(side.items)-1]
}

// grandColumns are the columns a side's amounts are added in: -1 (each
// item's first amount, its 合计) where the columns are not known or there
// is only one, else every column that holds an amount.
func grandColumns(side grandSide) []int {
	set := map[int]bool{}
	for _, it := range side.items {
		for _, c := range it.cols {
			set[c] = true
		}
	}
	if side.glued || len(set) <= 1 {
		return []int{-1}
	}
	var cols []int
	for c := range set {
		cols = append(cols, c)
	}
	sort.Ints(cols)
	return cols
}

// grandColumnSum checks one column of a side: each item's sub-items add up
// to it, and the outermost numbered items (an item printed blank over
// sub-items stands for their sum) add up to 总计, unless 总计 prints no
// amount at all.
func grandColumnSum(sc *checker, t *model.Table, side grandSide, col, k int, totalLabel, name string) {
	if len(side.items) == 0 {
		return
	}
	p := make([]panelItem, len(side.items))
	for i, it := range side.items {
		p[i] = panelItem{label: it.label, line: it.line}
		for n, c := range it.cols {
			if c == col || (col < 0 && n == 0) {
				p[i].v, p[i].has = it.v[n], true
				break
			}
		}
	}
	tot, items := p[len(p)-1], p[:len(p)-1]
	for i, it := range items {
		if !it.has {
			continue
		}
		if sum, n, ops := childSum(items, i); n > 0 {
			sc.mismatch("summary-identity", Error, tableLoc(t, "", it.line), fmt.Sprintf("“%s”不等于其下各项之和", it.label), sum, it.v, ops...)
		}
	}
	if len(side.items[len(side.items)-1].v) == 0 {
		return // a 总计 printed blank (sh-shanghai-audit-2026's 收入总计): the document states no total
	}
	top := -1
	for _, it := range items {
		if r := ordinalRank(it.label); r >= 0 && (top < 0 || r < top) {
			top = r
		}
	}
	var sum model.Money
	var ops []model.Money
	for i, it := range items {
		if ordinalRank(it.label) != top {
			continue
		}
		if v, n := itemValue(items, i); n > 0 {
			sum = sum.Add(v)
			ops = append(ops, v)
		}
	}
	if top < 0 || (len(ops) == 0 && !tot.has) {
		return // no numbered item, or a column neither they nor 总计 print in
	}
	// 总计 blank in a column its items print in, or the reverse, is read
	// as zero: a column read out of place fails here
	msg := fmt.Sprintf("%s不等于各项%s之和", totalLabel, name)
	if k > 0 {
		msg = fmt.Sprintf("%s（第%d个金额列）不等于各项%s之和", totalLabel, k+1, name)
	}
	sc.mismatch("summary-identity", Error, tableLoc(t, "", tot.line), msg, sum, tot.v, ops...)
}

// amountParts are the ways a header splits 合计 into parts: by use (基本支出
// printed over 人员经费 and 公用经费, or alone) and by fund.
var amountParts = [][]string{
	{"人员经费", "公用经费", "项目支出"},
	{"基本支出", "项目支出"},
	{"一般公共预算", "政府性基金预算", "国有资本经营预算"},
}

// headerParts names the parts the expenditure side's header says its 合计
// is made of: the first list of amountParts whose every name the header
// prints after 合计. None where the header prints a 其中 column (a part of
// a part), or the side's lines print more amounts, or amounts in more
// columns, than 合计 and those parts: a column the header does not explain.
func headerParts(t *model.Table, side grandSide) []string {
	var head strings.Builder
	for _, c := range t.Columns {
		head.WriteString(cleanLabel(c))
	}
	h := head.String()
	at := strings.Index(h, "合计")
	if at < 0 || strings.Contains(h[at:], "其中") {
		return nil
	}
	h = h[at:]
	for _, parts := range amountParts {
		all := true
		for _, p := range parts {
			all = all && strings.Contains(h, p)
		}
		if !all {
			continue
		}
		if cols := grandColumns(side); len(cols) > 1+len(parts) {
			return nil
		}
		for _, it := range side.items {
			if len(it.v) > 1+len(parts) {
				return nil
			}
		}
		return parts
	}
	return nil
}
