package audit

import (
	"fmt"
	"strings"

	"yusuan/internal/lazyregexp"
	"yusuan/model"
)

// A summary table (收支总表, 财政拨款收支总表) prints income items on the left and
// expenditure items on the right, each a label followed by amounts.
type sideItem struct {
	label string
	v     []model.Money // the amounts after the label, blank cells as nil entries skipped
	has   []bool
	line  int
}

var reOrdinal = lazyregexp.New(`^[一二三四五六七八九十]+、`)

func cleanLabel(s string) string { return strings.Join(strings.Fields(s), "") }

// cellAmount reads a raw cell of t as an amount in 万元, by the unit the table
// printed: sn-xian-healthsecurity-2022's 财政拨款收支总表 (单位：元) prints
// “本年支出合计 480544221.62”, its 支出明细表 48,054.42216 万元 — one sum.
func cellAmount(t *model.Table, cell string) (model.Money, bool) {
	v, ok := model.ParseAmount(cell)
	if ok && t.Unit == "元" {
		v = model.Yuan(v.Decimal())
	}
	return v, ok
}

// summarySides splits the rows at the column of the 本年收入合计 and 本年支出合计
// labels. It returns ok=false when the table does not have that shape.
func summarySides(t *model.Table) (inc, exp []sideItem, ok bool) {
	incCol, expCol := -1, -1
	for _, row := range t.Rows {
		for j, cell := range row {
			l := cleanLabel(cell)
			if strings.HasPrefix(l, "本年收入合计") || l == "收入本年合计" {
				incCol = j
			}
			if strings.HasPrefix(l, "本年支出合计") || l == "支出本年合计" {
				expCol = j
			}
		}
	}
	if incCol < 0 || expCol <= incCol {
		return nil, nil, false
	}
	for i, row := range t.Rows {
		line := 0
		if i < len(t.RowLines) {
			line = t.RowLines[i]
		}
		// get reads the item labelled in column label, its amounts in the
		// columns from+1 up to to
		get := func(label, from, to int) (sideItem, bool) {
			if from >= len(row) {
				return sideItem{}, false
			}
			it := sideItem{label: cleanLabel(row[label]), line: line}
			if it.label == "" {
				return it, false
			}
			if _, isNum := model.ParseAmount(it.label); isNum {
				return it, false
			}
			for j := from + 1; j < to && j < len(row); j++ {
				v, ok := cellAmount(t, row[j])
				it.v = append(it.v, v)
				it.has = append(it.has, ok)
			}
			return it, true
		}
		if l := strayExpenditureLabel(row, incCol, expCol); l >= 0 {
			if it, ok := get(l, expCol, len(row)); ok {
				exp = append(exp, it)
			}
			continue
		}
		if it, ok := get(incCol, incCol, expCol); ok {
			inc = append(inc, it)
		}
		if it, ok := get(expCol, expCol, len(row)); ok {
			exp = append(exp, it)
		}
	}
	return oneColumn(inc), oneColumn(exp), true
}

// oneColumn: a side where no item prints two amounts has one column of
// amounts, however the layout cut it: pdftotext shifts the figures of some
// lines sideways (北京司法局's 收支总表: 本年支出合计 and 其他支出 left of the
// other items), and their columns are one in every row. Each item keeps
// its one amount, or a blank.
func oneColumn(items []sideItem) []sideItem {
	for _, it := range items {
		n := 0
		for _, h := range it.has {
			if h {
				n++
			}
		}
		if n > 1 {
			return items
		}
	}
	for i, it := range items {
		v, has := model.Money{}, false
		for k, h := range it.has {
			if h {
				v, has = it.v[k], true
			}
		}
		items[i].v, items[i].has = []model.Money{v}, []bool{has}
	}
	return items
}

// strayExpenditureLabel finds an expenditure item whose label was laid out
// on the income side: a page of a long 收支总表 that prints expenditure lines
// only (深圳: the 社会保障和就业支出 items on pages 55–56) is laid out in
// columns of its own, and its labels, left-aligned in their wide cell, land
// in a column left of 本年支出合计's. Every amount has its label, so a row
// whose amounts are all on the expenditure side and whose one label is on
// the income side is that item. It returns the label's column, or -1 for
// a row that is not of this shape.
func strayExpenditureLabel(row []string, incCol, expCol int) int {
	label := -1
	for j, cell := range row {
		if strings.TrimSpace(cell) == "" {
			continue
		}
		_, isAmount := model.ParseAmount(cell)
		switch {
		case isAmount && j < expCol:
			return -1 // an income amount: the row holds the income side
		case !isAmount && j >= expCol:
			return -1 // the expenditure side has its own label
		case !isAmount && label >= 0:
			return -1 // two labels
		case !isAmount:
			label = j
		}
	}
	if label < incCol || label >= expCol {
		return -1
	}
	for j := expCol + 1; j < len(row); j++ {
		if _, ok := model.ParseAmount(row[j]); ok {
			return label
		}
	}
	return -1
}

// checkSummaries: in each summary table, the items add up to 本年收入合计 and
// 本年支出合计 (every amount column), and 收入总计 equals 支出总计.
func checkSummaries(c *checker) {
	for _, t := range c.doc.Tables {
		if t.Kind != model.TSummary && t.Kind != model.TFiscalSummary {
			continue
		}
		sc := &checker{doc: c.doc}
		if panels, ok := summaryPanels(t); ok {
			checkPanels(sc, t, panels)
			summaryFindings(c, t, sc)
			continue
		}
		inc, exp, ok := summarySides(t)
		if !ok {
			if sides, ok := summaryBreakdowns(t); ok {
				checkBreakdowns(sc, t, sides)
				if sc.checks > 0 {
					summaryFindings(c, t, sc)
					continue
				}
			}
			if grandItemsChecked(c, t) {
				continue
			}
			if summarySideBySide(sc, t) && sc.checks > 0 {
				summaryFindings(c, t, sc)
				continue
			}
			if readCutSummary(c, t) {
				continue
			}
			uncheckedSummary(c, t)
			continue
		}
		sideSum(sc, t, inc, "本年收入合计", "收入")
		sideSum(sc, t, exp, "本年支出合计", "支出")
		a, okA := grand(inc, "收入总计")
		b, okB := grand(exp, "支出总计")
		if okA && okB {
			sc.mismatch("summary-identity", Error, tableLoc(t, "", b.line), "支出总计不等于收入总计", a.v[0], b.v[0])
		}
		summaryFindings(c, t, sc)
	}
}

// uncheckedSummary says that a summary table with figures was read in no
// shape its sums could be checked in: not an error of the document, and not
// a table read in doubt either, but no confirmation of its figures.
func uncheckedSummary(c *checker, t *model.Table) {
	for _, row := range t.Rows {
		for _, cell := range row {
			if v, ok := model.ParseAmount(cell); ok && !v.IsZero() {
				c.add("summary-unchecked", Info, loc{where: title(t), line: t.Line},
					fmt.Sprintf("表“%s”的收支两侧未能按已知版式读出，其合计关系（本年收入合计＝各项收入之和等）未核对", title(t)))
				return
			}
		}
	}
}

// summaryFindings passes on a summary table's findings where the table
// otherwise holds (model.ReadingConfirmed, as for the coded tables); more
// failures mean its columns were not read as printed (the
// two halves of a 收支总表 side by side are the hardest layout there is), and
// they are reported once, as the table's reading in doubt, not as the
// document contradicting itself.
func summaryFindings(c *checker, t *model.Table, sc *checker) {
	failed := 0
	var msgs []string
	for _, f := range sc.findings {
		// a difference within the printed rounding (lowered to a warning)
		// confirms the reading as it does in a coded table's verification
		if f.Severity == Error {
			failed++
			msgs = append(msgs, f.Message)
		}
	}
	if model.ReadingConfirmed(sc.checks, failed) {
		c.findings = append(c.findings, sc.findings...)
		return
	}
	msg := fmt.Sprintf("表“%s”的%d项合计关系中%d项在所读数字上不成立，表格可能未按原样读出，其数字未经核实：%s",
		title(t), sc.checks, failed, strings.Join(msgs, "；"))
	if sc.checks == 0 {
		// nothing to hold or fail: say so, not “0 of 0 failed”
		msg = fmt.Sprintf("表“%s”中未读出可核对的合计（本年收入合计、收入总计、支出总计等），其数字未经核实", title(t))
	}
	c.add("table-unverified", Unread, loc{where: title(t), line: t.Line}, msg)
}

func grand(items []sideItem, label string) (sideItem, bool) {
	for _, it := range items {
		if strings.HasPrefix(it.label, label) && len(it.v) > 0 && it.has[0] {
			return it, true
		}
	}
	return sideItem{}, false
}

// sideSum adds the numbered items (一、二、…) above the 本年合计 row, column by
// column, and then checks 总计 = 本年合计 + the rows between them.
func sideSum(c *checker, t *model.Table, items []sideItem, totalLabel, side string) {
	ti := -1
	for i, it := range items {
		if strings.HasPrefix(it.label, totalLabel) {
			ti = i
			break
		}
	}
	if ti < 0 {
		return
	}
	tot := items[ti]
	// Some summaries print two breakdowns side by side (by function and by
	// use: 基本支出, 项目支出); their items cannot simply be added.
	for _, it := range items[:ti] {
		if strings.Contains(it.label, "基本支出") || strings.Contains(it.label, "项目支出") {
			return
		}
	}
	// Items without an ordinal (zj-hangzhou-justice-2026's 收支预算总表 lists
	// 类, 款 and 项 by name alone, line 546-590): which are the top level is
	// not known, so there is no sum to check.
	numbered := false
	for _, it := range items[:ti] {
		numbered = numbered || reOrdinal.MatchString(it.label)
	}
	if !numbered {
		return
	}
	for col := range tot.v {
		var sum model.Money
		var ops []model.Money
		n := 0
		for _, it := range items[:ti] {
			if !reOrdinal.MatchString(it.label) {
				continue
			}
			if col < len(it.v) && it.has[col] {
				sum = sum.Add(it.v[col])
				ops = append(ops, it.v[col])
				n++
			}
		}
		if n == 0 && !tot.has[col] {
			continue
		}
		msg := fmt.Sprintf("%s不等于各项%s之和", totalLabel, side)
		if col > 0 {
			msg = fmt.Sprintf("%s（第%d个金额列）不等于各项%s之和", totalLabel, col+1, side)
		}
		c.mismatch("summary-identity", Error, tableLoc(t, "", tot.line), msg, sum, tot.v[col], ops...)
	}
	// 总计 = 本年合计 + 结转: the carry-over is the first row after the total,
	// or, when that row is blank, its breakdown below it.
	gi := -1
	for i := ti + 1; i < len(items); i++ {
		if strings.HasSuffix(items[i].label, "总计") {
			gi = i
			break
		}
	}
	if gi < 0 || len(items[gi].v) == 0 || !items[gi].has[0] || len(tot.v) == 0 {
		return
	}
	carry := model.Zero
	var ops []model.Money
	between := items[ti+1 : gi]
	if len(between) > 0 && len(between[0].v) > 0 && between[0].has[0] {
		carry = between[0].v[0]
		ops = append(ops, carry)
	} else {
		for _, it := range between {
			if len(it.v) > 0 && it.has[0] {
				carry = carry.Add(it.v[0])
				ops = append(ops, it.v[0])
			}
		}
	}
	want := tot.v[0].Add(carry)
	ops = append(ops, tot.v[0])
	label := items[gi].label
	c.mismatch("summary-identity", Error, tableLoc(t, "", items[gi].line), label+"不等于"+totalLabel+"加结转结余", want, items[gi].v[0], ops...)
}
