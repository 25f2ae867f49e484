package audit

import (
	"fmt"
	"strings"

	"yusuan/internal/lazyregexp"
	"yusuan/model"
)

// A summary table whose cells pdftotext cut where no column is: 烟台's
// 财政拨款收支总体情况表 splits a label over two cells (“本年” | “收入 合计”,
// “收入” | “总计”), puts the figures of two columns in one cell
// (“39,748.67 39,664.33”) and shifts a later page's columns sideways
// (sd-yantai-stats-2026 line 398: 十七、住房保障支出 two cells right of
// 十六、); 杭州's 财政拨款收支预算总表 prints 一、财政拨款 with its sources
// (一般公共预算 …) indented in the next column and numbers 一、本年支出合计 and
// 二、年终结转结余 as the items of 支出总计. Where the columns cannot be
// trusted, the order of a row can: each label is followed by its amounts,
// and the first label of a row is income's where the row holds two.
//
// The rules are those of every summary: a side's numbered items (一、二、…)
// add up to its year total (本年收入合计), or to its grand total (收入总计)
// where none is printed; the sub-items of a numbered item (its sources
// indented under it, （一）…, 1.…) add up to it; the grand total is the
// year total plus the lines between them; 收入总计 equals 支出总计; and
// where the header prints 总计 before the funds (一般公共预算 …), each item's
// first amount is the sum of its others. Which fund each other amount is
// cannot be told once the columns are lost, so the funds' columns are not
// added down: the total column and each row are.

// splitTotalLabels are the totals a summary prints, which pdftotext may
// split over cells; pieces are joined only into one of them, so that two
// items of a row never become one.
var splitTotalLabels = map[string]bool{
	"本年收入合计": true, "本年支出合计": true, "收入本年合计": true, "支出本年合计": true,
	"收入总计": true, "支出总计": true, "收入合计": true, "支出合计": true,
}

// reSubItem: a sub-item's own numbering, （一）… or 1.…
var reSubItem = lazyregexp.New(`^(?:[（(][一二三四五六七八九十]+[)）]|[0-9]+[.．、])`)

// orderedRowItems cuts a row into its labels and their amounts in printed
// order: a cell of several amounts gives each, and the pieces of a total's
// label split over cells are one label. ok=false when an amount comes
// before any label (a row number, or a label lost in the layout).
func orderedRowItems(t *model.Table, row []string, line int) (items []rowItem, ok bool) {
	for j := 0; j < len(row); j++ {
		cell := strings.TrimSpace(row[j])
		if cell == "" || noFigure(cell) {
			continue
		}
		if vs, isAmounts := cellAmounts(t, cell); isAmounts {
			if len(items) == 0 {
				return nil, false
			}
			it := &items[len(items)-1]
			for _, v := range vs {
				it.v, it.has = append(it.v, v), append(it.has, true)
			}
			continue
		}
		label, end := joinedTotalLabel(row, j)
		items = append(items, rowItem{sideItem: sideItem{label: label, line: line}, col: j})
		j = end
	}
	return items, true
}

func isAmounts(cell string) bool {
	for _, f := range strings.Fields(cell) {
		if !model.IsAmount(f) {
			return false
		}
	}
	return strings.TrimSpace(cell) != ""
}

// noFigure: a dash or slash printed for no amount is neither an amount nor
// a label.
func noFigure(cell string) bool {
	switch strings.TrimSpace(cell) {
	case "-", "—", "－", "/", "--", "——":
		return true
	}
	return false
}

// joinedTotalLabel returns the label starting at column j, joined with the
// label cells after it (across blanks, never across an amount) where
// together they are a total's label; end is the last column taken.
func joinedTotalLabel(row []string, j int) (label string, end int) {
	label, end = cleanLabel(row[j]), j
	joined := label
	for k := j + 1; k < len(row); k++ {
		cell := strings.TrimSpace(row[k])
		if cell == "" {
			continue
		}
		if isAmounts(cell) || noFigure(cell) {
			break
		}
		joined += cleanLabel(cell)
		if splitTotalLabels[joined] {
			return joined, k
		}
		if len([]rune(joined)) > 6 { // longer than any total's label
			break
		}
	}
	return label, end
}

// orderedSides assigns each row's items to the income and expenditure
// sides: of a row's two items the first is income's; a row's one item is
// income's when its label is left of every expenditure label of a row of
// two. ok=false for a row of three items or more, or none of two.
func orderedSides(t *model.Table) (sides [2][]rowItem, ok bool) {
	rows := make([][]rowItem, len(t.Rows))
	expCol := -1
	for i, row := range t.Rows {
		line := 0
		if i < len(t.RowLines) {
			line = t.RowLines[i]
		}
		if rows[i], ok = orderedRowItems(t, row, line); !ok || len(rows[i]) > 2 {
			return sides, false
		}
		if len(rows[i]) == 2 && (expCol < 0 || rows[i][1].col < expCol) {
			expCol = rows[i][1].col
		}
	}
	if expCol < 0 {
		return sides, false
	}
	for _, items := range rows {
		switch {
		case len(items) == 2:
			sides[0] = append(sides[0], items[0])
			sides[1] = append(sides[1], items[1])
		case len(items) == 1 && items[0].col < expCol:
			sides[0] = append(sides[0], items[0])
		case len(items) == 1:
			sides[1] = append(sides[1], items[0])
		}
	}
	return sides, true
}

// orderedSide is one side read as a sequence: its numbered items with
// their sub-items, the total they add up to, and the grand total.
type orderedSide struct {
	numbered []sideItem
	subs     [][]sideItem
	sum      sideItem // the total the numbered items add up to
	year     sideItem // 本年收入合计, if printed apart from the numbered items
	between  []sideItem
	grand    sideItem
	hasYear  bool
	hasGrand bool
}

// readOrderedSide finds a side's totals and numbered items. ok=false where
// the numbers go back (two breakdowns, or a misread) or there is no total
// for them.
func readOrderedSide(items []rowItem, name string) (side orderedSide, ok bool) {
	yi, gi := -1, -1
	for i, it := range items {
		l := it.label
		switch {
		case yi < 0 && gi < 0 && (l == "本年"+name+"合计" || l == name+"本年合计"):
			yi = i
		case gi < 0 && l == name+"总计":
			gi = i
		}
	}
	end := gi
	if yi >= 0 {
		end = yi
	}
	if end < 0 || len(items[end].v) == 0 {
		return side, false
	}
	side.sum = items[end].sideItem
	if gi >= 0 && len(items[gi].v) > 0 {
		side.grand, side.hasGrand = items[gi].sideItem, true
	}
	if yi >= 0 {
		side.year, side.hasYear = items[yi].sideItem, true
		stop := gi
		if gi < 0 {
			stop = len(items)
		}
		for _, it := range items[yi+1 : stop] {
			side.between = append(side.between, it.sideItem)
		}
	}
	last, parentCol := 0, -1
	for _, it := range items[:end] {
		n, numbered := ordinalValue(it.label)
		switch {
		case numbered && n <= last:
			return side, false
		case numbered:
			last, parentCol = n, it.col
			side.numbered = append(side.numbered, it.sideItem)
			side.subs = append(side.subs, nil)
		case parentCol >= 0 && !strings.HasPrefix(it.label, "其中") &&
			(it.col > parentCol || reSubItem.MatchString(it.label)):
			k := len(side.subs) - 1
			side.subs[k] = append(side.subs[k], it.sideItem)
		}
	}
	return side, len(side.numbered) > 0
}

// fundColumns: the header prints the total before the funds (总计 |
// 一般公共预算 | 政府性基金预算 …), so an item's first amount is the sum of
// its others.
func fundColumns(t *model.Table) bool {
	h := strings.Join(t.Columns, " ")
	total := strings.Index(h, "总计")
	if total < 0 {
		total = strings.Index(h, "合计")
	}
	return total >= 0 && strings.Index(h[total:], "一般公共预算") > 0
}

// readCutSummary reads a summary whose cells the layout cut where no
// column is, by the first reader that takes it and whose sums confirm its
// reading; false leaves the table unchecked.
func readCutSummary(c *checker, t *model.Table) bool {
	sc, ok := checkCutSummary(c.doc, t)
	if ok {
		summaryFindings(c, t, sc)
	}
	return ok
}

// checkCutSummary returns the checks of the reading that takes the table.
// A reading whose sums fail as they would on a misreading
// (model.ReadingConfirmed) is not taken: the readers here take cells where
// no column is, and such a table is left unchecked rather than in doubt.
func checkCutSummary(doc *model.Document, t *model.Table) (*checker, bool) {
	for _, read := range []func(*checker, *model.Table) bool{readOrderedSummary, readNumberedPanels, readWrappedBreakdowns} {
		sc := &checker{doc: doc}
		if !read(sc, t) {
			continue
		}
		failed := 0
		for _, f := range sc.findings {
			if f.Severity == Error {
				failed++
			}
		}
		if model.ReadingConfirmed(sc.checks, failed) {
			return sc, true
		}
	}
	return nil, false
}

// readOrderedSummary reads a summary in printed order and checks it into
// sc; false where it is not of the shape.
func readOrderedSummary(sc *checker, t *model.Table) bool {
	items, ok := orderedSides(t)
	if !ok {
		return false
	}
	names := [2]string{"收入", "支出"}
	var sides [2]orderedSide
	for s := range sides {
		if sides[s], ok = readOrderedSide(items[s], names[s]); !ok {
			return false
		}
	}
	funds := fundColumns(t)
	for s, side := range sides {
		for k, parent := range side.numbered {
			checkSubItems(sc, t, parent, side.subs[k], "")
		}
		sum, ops := printedSum(side.numbered)
		if len(ops) > 0 {
			msg := fmt.Sprintf("%s不等于“%s”等各项%s之和", side.sum.label, side.numbered[0].label, names[s])
			sc.mismatch("summary-identity", Error, tableLoc(t, "", side.sum.line), msg, sum, side.sum.v[0], ops...)
		}
		if side.hasYear && side.hasGrand {
			between := side.between
			if len(between) > 0 && len(between[0].v) > 0 {
				between = between[:1] // a first line with its amount is their total
			}
			carry, ops := printedSum(between)
			ops = append(ops, side.year.v[0])
			g := side.grand
			sc.mismatch("summary-identity", Error, tableLoc(t, "", g.line), g.label+"不等于"+side.year.label+"加结转结余", side.year.v[0].Add(carry), g.v[0], ops...)
		}
		if funds {
			checkFundRows(sc, t, items[s])
		}
	}
	// 收入总计 = 支出总计; with no grand totals, the year totals, unless
	// lines after them print amounts a grand total would add
	in, out := sides[0].grand, sides[1].grand
	both := sides[0].hasGrand && sides[1].hasGrand
	if !sides[0].hasGrand && !sides[1].hasGrand && sides[0].hasYear && sides[1].hasYear &&
		!printsAmount(sides[0].between) && !printsAmount(sides[1].between) {
		in, out, both = sides[0].year, sides[1].year, true
	}
	if both {
		sc.mismatch("summary-identity", Error, tableLoc(t, "", out.line), out.label+"不等于"+in.label, in.v[0], out.v[0])
	}
	return true
}

// checkFundRows: an item printing the total and its funds has the total
// first.
func checkFundRows(c *checker, t *model.Table, items []rowItem) {
	for _, it := range items {
		if len(it.v) < 2 {
			continue
		}
		var sum model.Money
		var ops []model.Money
		for _, v := range it.v[1:] {
			sum = sum.Add(v)
			ops = append(ops, v)
		}
		c.mismatch("summary-identity", Error, tableLoc(t, "", it.line), it.label+"的合计不等于各资金来源之和", sum, it.v[0], ops...)
	}
}
