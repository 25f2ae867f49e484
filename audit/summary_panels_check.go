package audit

import (
	"fmt"
	"strings"

	"yusuan/internal/lazyregexp"
	"yusuan/model"
)

// ordinalRanks are the numberings of a summary's items, outermost first:
// 一、 > （一） > 1、 > （1）.
var ordinalRanks = []*lazyregexp.Regexp{
	lazyregexp.New(`^[一二三四五六七八九十]+、`),
	lazyregexp.New(`^[(（][一二三四五六七八九十]+[)）]`),
	lazyregexp.New(`^[0-9]+、`),
	lazyregexp.New(`^[(（][0-9]+[)）]`),
}

// ordinalRank is the rank of the item's numbering, or -1 for an item not
// numbered (a 其中 line, a wrapped label's second line): those are not
// parts of any sum.
func ordinalRank(label string) int {
	for r, re := range ordinalRanks {
		if re.MatchString(label) {
			return r
		}
	}
	return -1
}

// checkPanels checks a summary of several panels (summaryPanels) into sc:
// in each panel the outermost numbered items add up to its 本年合计 and
// 总计 = 本年合计 + the carry lines; an item's sub-items add up to it;
// every expenditure panel prints the same 本年支出合计, and a 支出总计
// equal to the income side's 收入总计.
func checkPanels(sc *checker, t *model.Table, panels [][]panelItem) {
	panelTotal(sc, t, panels[0], "本年收入合计", "收入")
	incGrand, incGrandOK := panelGrand(panels[0], "收入总计")
	carryMismatch(sc, t, panels[0], "收入总计", "本年收入合计")
	// The expenditure panels repeat one expenditure side's closing lines
	// (本年支出合计, 结转下年, 支出总计): a 支出总计 or a carry that fails
	// the same way on every panel is one statement of the document, one
	// failure.
	seen := map[string]bool{}
	once := func(what string, want, got model.Money) bool {
		key := what + "|" + want.String() + "|" + got.String()
		defer func() { seen[key] = true }()
		return !seen[key]
	}
	var first panelItem
	firstOK := false
	for _, p := range panels[1:] {
		// Every panel breaks down the same spending: their 本年支出合计 are
		// one figure. (It need not be 本年收入合计: sn-xian-housing-2022
		// carries its 其他收入 2350000.00 to 结转下年.)
		tot, ok := panelTotal(sc, t, p, "本年支出合计", "支出")
		if ok && firstOK {
			sc.mismatch("summary-identity", Error, tableLoc(t, "", tot.line), "本年支出合计与其他栏的不一致", first.v, tot.v)
		} else if ok {
			first, firstOK = tot, true
		}
		grand, gOK := panelGrand(p, "支出总计")
		if gOK && incGrandOK && once("总计", incGrand.v, grand.v) {
			sc.mismatch("summary-identity", Error, tableLoc(t, "", grand.line), "支出总计不等于收入总计", incGrand.v, grand.v)
		}
		want, got, _, _, cOK := panelCarry(p, "支出总计", "本年支出合计")
		if cOK && once("结转", want, got) {
			carryMismatch(sc, t, p, "支出总计", "本年支出合计")
		}
	}
}

// panelTotal checks the numbered items above the panel's 本年合计 against
// it, and each item's sub-items against the item. It returns the 本年合计
// line when it prints an amount.
func panelTotal(sc *checker, t *model.Table, p []panelItem, totalLabel, side string) (panelItem, bool) {
	ti := -1
	for i, it := range p {
		if strings.HasPrefix(it.label, totalLabel) {
			ti = i
			break
		}
	}
	if ti < 0 || !p[ti].has {
		return panelItem{}, false
	}
	tot, items := p[ti], p[:ti]
	top := -1
	for _, it := range items {
		if r := ordinalRank(it.label); r >= 0 && (top < 0 || r < top) {
			top = r
		}
	}
	if top < 0 {
		return tot, true
	}
	var sum model.Money
	var ops []model.Money
	for i, it := range items {
		if ordinalRank(it.label) != top {
			continue
		}
		v, n := itemValue(items, i)
		if n > 0 {
			sum = sum.Add(v)
			ops = append(ops, v)
		}
	}
	first := ""
	if len(items) > 0 {
		first = items[0].label
	}
	msg := fmt.Sprintf("%s（“%s”一栏）不等于各项%s之和", totalLabel, first, side)
	sc.mismatch("summary-identity", Error, tableLoc(t, "", tot.line), msg, sum, tot.v, ops...)
	for i, it := range items {
		if !it.has {
			continue
		}
		sum, n, ops := childSum(items, i)
		if n == 0 {
			continue
		}
		sc.mismatch("summary-identity", Error, tableLoc(t, "", it.line), fmt.Sprintf("“%s”不等于其下各项之和", it.label), sum, it.v, ops...)
	}
	return tot, true
}

// itemValue is an item's amount; an item printed blank over sub-items that
// print theirs (“1、财政拨款” over “(1)一般公共预算拨款收入 181716.56”)
// stands for their sum. n counts the printed amounts it comes from.
func itemValue(items []panelItem, i int) (model.Money, int) {
	if items[i].has {
		return items[i].v, 1
	}
	sum, n, _ := childSum(items, i)
	return sum, n
}

// childSum adds the values of item i's direct sub-items: the items below
// it, up to the next one numbered like it or further out, of the
// outermost rank among them.
func childSum(items []panelItem, i int) (model.Money, int, []model.Money) {
	r := ordinalRank(items[i].label)
	if r < 0 {
		return model.Zero, 0, nil
	}
	end, child := i+1, -1
	for ; end < len(items); end++ {
		cr := ordinalRank(items[end].label)
		if cr >= 0 && cr <= r {
			break
		}
		if cr > r && (child < 0 || cr < child) {
			child = cr
		}
	}
	if child < 0 {
		return model.Zero, 0, nil // no numbered sub-items
	}
	var sum model.Money
	var ops []model.Money
	n := 0
	for j := i + 1; j < end; j++ {
		if ordinalRank(items[j].label) != child {
			continue
		}
		if v, k := itemValue(items, j); k > 0 {
			sum, n = sum.Add(v), n+k
			ops = append(ops, v)
		}
	}
	return sum, n, ops
}

// panelGrand is the panel's 总计 line, when it prints an amount.
func panelGrand(p []panelItem, label string) (panelItem, bool) {
	for _, it := range p {
		if strings.HasPrefix(it.label, label) && it.has {
			return it, true
		}
	}
	return panelItem{}, false
}

// panelCarry adds the lines between the panel's 本年合计 and 总计 (its
// 其中 lines are parts of the line above them, not added again) to
// 本年合计: what 总计 should be, and what it is.
func panelCarry(p []panelItem, grandLabel, totalLabel string) (want, got model.Money, ops []model.Money, line int, ok bool) {
	ti, gi := -1, -1
	for i, it := range p {
		switch {
		case ti < 0 && strings.HasPrefix(it.label, totalLabel):
			ti = i
		case ti >= 0 && strings.HasPrefix(it.label, grandLabel):
			gi = i
		}
		if gi >= 0 {
			break
		}
	}
	if ti < 0 || gi < 0 || !p[ti].has || !p[gi].has {
		return want, got, nil, 0, false
	}
	want = p[ti].v
	for _, it := range p[ti+1 : gi] {
		if it.has && !strings.HasPrefix(it.label, "其中") {
			want = want.Add(it.v)
			ops = append(ops, it.v)
		}
	}
	return want, p[gi].v, append(ops, p[ti].v), p[gi].line, true
}

// carryMismatch checks 总计 = 本年合计 + the carry lines of one panel.
func carryMismatch(sc *checker, t *model.Table, p []panelItem, grandLabel, totalLabel string) {
	want, got, ops, line, ok := panelCarry(p, grandLabel, totalLabel)
	if !ok {
		return
	}
	sc.mismatch("summary-identity", Error, tableLoc(t, "", line), grandLabel+"不等于"+totalLabel+"加结转结余", want, got, ops...)
}
