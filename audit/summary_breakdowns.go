package audit

import (
	"fmt"
	"strings"

	"yusuan/internal/lazyregexp"
	"yusuan/model"
)

// A summary table whose year total is not labelled 本年收入合计 (summarySides)
// is read here, row by row rather than by the total's column, when each side
// prints one amount per item: 江苏's 收支预算总表 labels it 当年收入小计 /
// 当年支出小计 under a grand total 收入合计 / 支出合计, and prints the
// expenditure side twice — by function (一、一般公共服务支出 …) and by kind
// (一、基本支出 二、项目支出 …) in label columns side by side, each adding up
// to the one 当年支出小计. Its 财政拨款收支预算总表 prints the items and
// 收入合计 / 支出合计 alone. The rules are those of every summary: a
// breakdown's numbered items (一、二、…) add up to the year total, sub-items
// (1.、(一)、其中) are not added, the grand total is the year total plus
// the carry-over lines, and income's grand total equals expenditure's.

// rowItem is a label and the amounts printed after it, up to the next label.
type rowItem struct {
	sideItem
	col int // the label's column
}

// rowItems cuts a row into labels and their amounts; ok=false when an
// amount comes before any label (a row number, or a label lost in the
// layout): which item it is cannot be told.
func rowItems(t *model.Table, row []string, line int) (items []rowItem, ok bool) {
	for j, cell := range row {
		if strings.TrimSpace(cell) == "" {
			continue
		}
		if v, ok := cellAmount(t, cell); ok {
			if len(items) == 0 {
				return nil, false
			}
			it := &items[len(items)-1]
			it.v, it.has = append(it.v, v), append(it.has, true)
			continue
		}
		items = append(items, rowItem{sideItem: sideItem{label: cleanLabel(cell), line: line}, col: j})
	}
	return items, true
}

// breakdownSide is one side of the summary: the numbered items of each of
// its breakdowns, the year total, and the lines after it (carry-over, the
// grand total).
type breakdownSide struct {
	chains    [][]sideItem
	chainCols []int          // each breakdown's label column
	subs      [][][]sideItem // subs[c][k]: the sub-items （一）… under chains[c][k]
	total     sideItem
	after     []sideItem
}

// yearTotalLabels: the labels of the year's total, by side, in the order
// they are looked for; 收入合计 is the year total only where no 本年/当年
// total is printed (then a 收入合计 below it is the grand total), and
// 收入总计 only where neither is: 苏州's 财政拨款收支总表 numbers
// 一、本年收入 and 二、上年结转 as the items of 收入总计, each with its
// sub-items （一）… under it.
var yearTotalLabels = [2][]string{
	{"当年收入小计", "本年收入小计", "收入合计", "收入总计"},
	{"当年支出小计", "本年支出小计", "支出合计", "支出总计"},
}

// summaryBreakdowns reads a summary of that shape. ok=false means the
// table is not of it, or a row could not be placed (an amount without its
// label, an item with two amounts, a numbered item fitting no breakdown):
// the table stays unchecked rather than be checked on a wrong reading.
// Where the totals are the table's first row (合计 | 合计), the items
// below them are its breakdowns.
func summaryBreakdowns(t *model.Table) (sides [2]breakdownSide, ok bool) {
	rows := make([][]rowItem, len(t.Rows))
	for i, row := range t.Rows {
		line := 0
		if i < len(t.RowLines) {
			line = t.RowLines[i]
		}
		var ok bool
		if rows[i], ok = rowItems(t, row, line); !ok {
			return sides, false
		}
	}
	// The year totals: the first label of the list that some row holds,
	// income's and expenditure's in the same row, each with one amount.
	ti, split := -1, 0
	for k := 0; k < len(yearTotalLabels[0]) && ti < 0; k++ {
		for i, items := range rows {
			if len(items) == 2 && items[0].label == yearTotalLabels[0][k] && items[1].label == yearTotalLabels[1][k] {
				ti = i
				break
			}
		}
	}
	// 重庆's 部门收支总体情况表 prints 合计 | 合计 first, its items below
	totalFirst := false
	if ti < 0 {
		for i, items := range rows {
			if len(items) == 0 {
				continue
			}
			if len(items) == 2 && items[0].label == "合计" && items[1].label == "合计" {
				ti, totalFirst = i, true
			}
			break
		}
	}
	if ti < 0 {
		return sides, false
	}
	for s, it := range rows[ti] {
		if len(it.v) != 1 {
			return sides, false
		}
		sides[s].total = it.sideItem
	}
	// the expenditure side begins after the income total's amount
	split = rows[ti][1].col
	for j := rows[ti][0].col + 1; j < rows[ti][1].col; j++ {
		if _, isAmount := cellAmount(t, t.Rows[ti][j]); isAmount {
			split = j + 1
		}
	}
	for i, items := range rows {
		if i == ti {
			continue
		}
		var bySide [2][]rowItem
		for _, it := range items {
			s := 0
			if it.col >= split {
				s = 1
			}
			if len(it.v) > 1 || (s == 0 && lastAmountCol(t.Rows[i], it.col) >= split) {
				return sides, false // two amounts, or an expenditure amount without its label
			}
			bySide[s] = append(bySide[s], it)
		}
		for s := range bySide {
			if i > ti && !totalFirst {
				for _, it := range bySide[s] {
					sides[s].after = append(sides[s].after, it.sideItem)
				}
				continue
			}
			if !placeNumbered(&sides[s], bySide[s]) {
				return sides, false
			}
		}
	}
	return sides, true
}

// lastAmountCol is the last column of the amounts after the label in col,
// up to the next label; col itself when there is none.
func lastAmountCol(row []string, col int) int {
	last := col
	for j := col + 1; j < len(row); j++ {
		if strings.TrimSpace(row[j]) == "" {
			continue
		}
		if _, ok := model.ParseAmount(row[j]); !ok {
			break
		}
		last = j
	}
	return last
}

// placeNumbered adds a row's numbered items of one side to its breakdowns:
// 一、 begins a breakdown, and a later number continues the breakdown whose
// label column it shares (the numbers may skip the lines a summary leaves
// out, never go back). A sub-item （一）… belongs to the last numbered item
// of its label column; other unnumbered lines (1.、其中) are not added.
func placeNumbered(side *breakdownSide, items []rowItem) bool {
	for _, it := range items {
		n, ok := ordinalValue(it.label)
		if !ok {
			if reParenOrdinal.MatchString(it.label) {
				for c := range side.chains {
					if side.chainCols[c] == it.col {
						k := len(side.subs[c]) - 1
						side.subs[c][k] = append(side.subs[c][k], it.sideItem)
					}
				}
			}
			continue
		}
		if n == 1 {
			side.chains = append(side.chains, []sideItem{it.sideItem})
			side.chainCols = append(side.chainCols, it.col)
			side.subs = append(side.subs, [][]sideItem{nil})
			continue
		}
		placed := false
		for c, chain := range side.chains {
			last, _ := ordinalValue(chain[len(chain)-1].label)
			if side.chainCols[c] == it.col && last < n {
				side.chains[c] = append(chain, it.sideItem)
				side.subs[c] = append(side.subs[c], nil)
				placed = true
				break
			}
		}
		if !placed {
			return false
		}
	}
	return true
}

var reParenOrdinal = lazyregexp.New(`^[（(][一二三四五六七八九十]+[)）]`)

// ordinalValue reads the number of a label's 一、…九十九、 prefix.
func ordinalValue(label string) (int, bool) {
	m := reOrdinal.Regexp().FindString(label)
	if m == "" {
		return 0, false
	}
	digits := map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	n, cur := 0, 0
	for _, r := range strings.TrimSuffix(m, "、") {
		if r == '十' {
			if cur == 0 {
				cur = 1
			}
			n += cur * 10
			cur = 0
			continue
		}
		cur = digits[r]
	}
	return n + cur, true
}

// checkBreakdowns: every breakdown of a side adds up to its year total,
// each grand total is the year total plus the carry-over lines, and income's
// grand total equals expenditure's.
func checkBreakdowns(c *checker, t *model.Table, sides [2]breakdownSide) {
	names := [2]string{"收入", "支出"}
	var grands [2]sideItem
	var hasGrand [2]bool
	for s, side := range sides {
		grands[s], hasGrand[s] = checkBreakdownSide(c, t, side, names[s], "")
	}
	// 收入总计 = 支出总计; with no grand total, the year totals, unless
	// lines after them print amounts a grand total would add
	in, out := sides[0].total, sides[1].total
	switch {
	case hasGrand[0] && hasGrand[1]:
		in, out = grands[0], grands[1]
	case hasGrand[0] || hasGrand[1] || printsAmount(sides[0].after) || printsAmount(sides[1].after):
		return
	}
	c.mismatch("summary-identity", Error, tableLoc(t, "", out.line), out.label+"不等于"+in.label, in.v[0], out.v[0])
}

// checkBreakdownSide checks one side (name 收入 or 支出) in one amount
// column, named by column in the messages ("" for a side's only or first
// column): each breakdown adds up to the year total, each numbered item to
// its sub-items, and the grand total, which it returns where printed, is
// the year total plus the carry-over lines.
func checkBreakdownSide(c *checker, t *model.Table, side breakdownSide, name, column string) (sideItem, bool) {
	tot := side.total
	for b, chain := range side.chains {
		for k, parent := range chain {
			checkSubItems(c, t, parent, side.subs[b][k], column)
		}
		sum, ops := printedSum(chain)
		if len(ops) == 0 {
			continue // a breakdown printed without amounts confirms nothing
		}
		msg := fmt.Sprintf("%s%s不等于“%s”等各项%s之和", tot.label, column, chain[0].label, name)
		c.mismatch("summary-identity", Error, tableLoc(t, "", tot.line), msg, sum, tot.v[0], ops...)
	}
	gi := -1
	for i, it := range side.after {
		if it.label == name+"总计" || (it.label == name+"合计" && tot.label != it.label) {
			gi = i
			break
		}
	}
	if gi < 0 || len(side.after[gi].v) == 0 {
		return sideItem{}, false
	}
	between := side.after[:gi]
	if len(between) > 0 && len(between[0].v) > 0 {
		between = between[:1] // a first line with its amount is their total
	}
	carry, ops := printedSum(between)
	ops = append(ops, tot.v[0])
	g := side.after[gi]
	c.mismatch("summary-identity", Error, tableLoc(t, "", g.line), g.label+column+"不等于"+tot.label+"加结转结余", tot.v[0].Add(carry), g.v[0], ops...)
	return g, true
}

func printsAmount(items []sideItem) bool {
	_, ops := printedSum(items)
	return len(ops) > 0
}

// printedSum adds the items' amounts where they print one, and returns
// them as the operands of the sum (for its rounding tolerance).
func printedSum(items []sideItem) (sum model.Money, ops []model.Money) {
	for _, it := range items {
		if len(it.v) > 0 {
			sum = sum.Add(it.v[0])
			ops = append(ops, it.v[0])
		}
	}
	return sum, ops
}

// checkSubItems: a numbered item's sub-items （一）… add up to it, where any
// of them prints an amount.
func checkSubItems(c *checker, t *model.Table, parent sideItem, subs []sideItem, column string) {
	sum, ops := printedSum(subs)
	if len(ops) == 0 {
		return
	}
	amount := model.Zero
	if len(parent.v) > 0 {
		amount = parent.v[0]
	}
	c.mismatch("summary-identity", Error, tableLoc(t, "", parent.line), parent.label+column+"不等于其下各项之和", sum, amount, ops...)
}
