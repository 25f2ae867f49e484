package audit

import (
	"fmt"
	"slices"
	"strings"

	"yusuan/internal/lazyregexp"
	"yusuan/model"
)

// A summary table read side by side, each side on its own: the income
// labels in one column and the expenditure labels in another, each side's
// amounts in the columns after its labels. 重庆's 收支总体情况表 need it:
// - the expenditure side of its 财政拨款收支总体情况表 prints several
//   amount columns, 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算,
//   each row's 合计 the sum of the others, and pdftotext puts the figures of
//   one row into one cell (水利局: “172,283.15 128,148.56 44,134.59”), where
//   which part a figure is cannot be told from the rows;
// - a narrow amount column breaks a figure over two lines (商务委: "174,900"
//   on the label's line, ".64" below it; or ".55" on the label's line and
//   "99,320" below), and a label beside a two-line figure stands on the line
//   above it, so the rows of the two sides no longer pair.
// The rules are every summary's: a side's numbered items (一、二、…) add up
// to its total, sub-items （一）… to their item, each amount column on its
// own, every row's 合计 to its parts, and income's total to expenditure's.

// sideRow is one row of one side: its label and the figures of each of the
// side's amount cells, as printed.
type sideRow struct {
	label string
	line  int
	cells [][]string // per amount cell, its figures; nil for a blank cell
}

// sideCells is the table cut at its two label columns.
type sideCells struct {
	labelCol [2]int
	rows     [2][]sideRow
}

// cutSides finds the two label columns (a cell of words is a label; a cell
// of figures is amounts) and cuts every row into its two sides. ok=false
// when labels stand in any other number of columns: two breakdowns side by
// side, or a label column the layout split, are other readers' shapes.
func cutSides(t *model.Table) (sc sideCells, ok bool) {
	var cols []int
	for _, row := range t.Rows {
		for j, cell := range row {
			if isLabelCell(cell) && !slices.Contains(cols, j) {
				cols = append(cols, j)
			}
		}
	}
	slices.Sort(cols)
	if len(cols) != 2 {
		return sc, false
	}
	sc.labelCol = [2]int{cols[0], cols[1]}
	for i, row := range t.Rows {
		line := 0
		if i < len(t.RowLines) {
			line = t.RowLines[i]
		}
		for s := range 2 {
			from, to := sc.labelCol[s], len(row)
			if s == 0 {
				to = min(sc.labelCol[1], len(row))
			}
			r := sideRow{line: line}
			if from < len(row) {
				r.label = cleanLabel(row[from])
			}
			for j := from + 1; j < to; j++ {
				r.cells = append(r.cells, strings.Fields(row[j]))
			}
			sc.rows[s] = append(sc.rows[s], r)
		}
	}
	return sc, true
}

// isLabelCell: a cell with words in it, not only figures (nor the pieces of
// a figure broken over lines).
func isLabelCell(cell string) bool {
	for _, f := range strings.Fields(cell) {
		if !model.IsAmount(f) {
			return true
		}
	}
	return false
}

var (
	reDecimalPart = lazyregexp.New(`^\.[0-9]+$`)
	reWholeFigure = lazyregexp.New(`^[0-9]{1,3}(,[0-9]{3})*$|^[0-9]+$`)
)

// mendBrokenFigures joins the two pieces of a figure that a narrow column
// broke over lines: a cell holding only a decimal part (.64), and the cell
// above or below it in the same column holding only a whole figure
// (174,900). The figure belongs to whichever of the two rows has the label
// of this side (the upper one when neither has). ok=false when a decimal
// part has no whole piece next to it, or both rows have labels: which item
// the figure is cannot then be told.
func mendBrokenFigures(rows []sideRow) bool {
	single := func(i, j int, re *lazyregexp.Regexp) bool {
		return i >= 0 && i < len(rows) && j < len(rows[i].cells) && len(rows[i].cells[j]) == 1 && re.MatchString(rows[i].cells[j][0])
	}
	for i := range rows {
		for j, figs := range rows[i].cells {
			for _, f := range figs {
				if reDecimalPart.MatchString(f) && len(figs) > 1 {
					return false // a piece among whole figures
				}
			}
			if !single(i, j, reDecimalPart) {
				continue
			}
			whole := i - 1
			if !single(whole, j, reWholeFigure) {
				whole = i + 1
			}
			if !single(whole, j, reWholeFigure) {
				return false
			}
			upper, lower := min(i, whole), max(i, whole)
			at, other := upper, lower
			if rows[lower].label != "" {
				if rows[upper].label != "" {
					return false
				}
				at, other = lower, upper
			}
			rows[at].cells[j] = []string{rows[whole].cells[j][0] + rows[i].cells[j][0]}
			rows[other].cells[j] = nil
		}
	}
	return true
}

// colItem is an item of one side: its label and its figures, each with the
// index of the amount cell it was printed in.
type colItem struct {
	label  string
	line   int
	values []model.Money
	cells  []int
	shared bool // two figures in one cell: their columns are not known
}

// sideItems reads a side's rows as items. A row of figures without a
// label belongs to the label on the row just above it when that label has
// no figures (a label set beside a figure of two lines); ok=false for
// figures no label can be found for.
func sideItems(t *model.Table, rows []sideRow) (items []colItem, ok bool) {
	for i, r := range rows {
		var it colItem
		for j, figs := range r.cells {
			for _, f := range figs {
				v, _ := cellAmount(t, f)
				it.values, it.cells = append(it.values, v), append(it.cells, j)
			}
			it.shared = it.shared || len(figs) > 1
		}
		switch {
		case r.label != "":
			it.label, it.line = r.label, r.line
			items = append(items, it)
		case len(it.values) == 0:
		case i > 0 && rows[i-1].label != "" && len(items) > 0 && len(items[len(items)-1].values) == 0:
			last := &items[len(items)-1]
			last.values, last.cells, last.shared = it.values, it.cells, it.shared
		default:
			return nil, false
		}
	}
	return items, true
}

// sideColumns says how a side's figures are to be taken as columns: by the
// cell they were printed in, or, where figures share a cell, only the
// first of each row, which is the row's 合计 when the header says so
// (totalFirst). It returns the amount cells in use (nil for the first
// figure alone) and ok=false when the columns cannot be known.
func sideColumns(items []colItem, totalFirst bool) (cells []int, byCell, ok bool) {
	several, shared := false, false
	for _, it := range items {
		several = several || len(it.values) > 1
		shared = shared || it.shared
		for _, j := range it.cells {
			if !slices.Contains(cells, j) {
				cells = append(cells, j)
			}
		}
	}
	slices.Sort(cells)
	switch {
	case !several:
		return nil, false, true // one figure a row, whatever cell the layout put it in
	case shared || !totalFirst:
		return nil, false, totalFirst
	}
	return cells, true, true
}

// project is the side's items in one column: the figure printed in cell
// (byCell), or each row's first figure.
func project(items []colItem, cell int, byCell bool) []rowItem {
	out := make([]rowItem, len(items))
	for i, it := range items {
		out[i].sideItem = sideItem{label: it.label, line: it.line}
		for k, v := range it.values {
			if !byCell || it.cells[k] == cell {
				out[i].v, out[i].has = []model.Money{v}, []bool{true}
				break
			}
		}
	}
	return out
}

// breakdownOf places a side's items in one column as breakdownSide: the
// total first (合计, with the items below) or labelled by yearTotalLabels
// (the items above, the carry-over and grand total below). ok=false with
// no total, or a numbered item out of place.
func breakdownOf(items []rowItem, s int) (side breakdownSide, ok bool) {
	ti := -1
	if len(items) > 0 && items[0].label == "合计" {
		ti = 0
	}
	for k := 0; k < len(yearTotalLabels[s]) && ti < 0; k++ {
		for i, it := range items {
			if it.label == yearTotalLabels[s][k] {
				ti = i
				break
			}
		}
	}
	if ti < 0 {
		return side, false
	}
	side.total = items[ti].sideItem
	before := items[:ti]
	if ti == 0 {
		before = items[1:]
	} else {
		for _, it := range items[ti+1:] {
			side.after = append(side.after, it.sideItem)
		}
	}
	return side, placeNumbered(&side, before)
}

// summarySideBySide reads and checks a summary of this shape; it returns
// false, checking nothing, when the table is not of it.
func summarySideBySide(sc *checker, t *model.Table) bool {
	cut, ok := cutSides(t)
	if !ok {
		return false
	}
	names := [2]string{"收入", "支出"}
	var items [2][]colItem
	var cells [2][]int
	var byCell [2]bool
	for s := range 2 {
		if !mendBrokenFigures(cut.rows[s]) {
			return false
		}
		if items[s], ok = sideItems(t, cut.rows[s]); !ok {
			return false
		}
		if cells[s], byCell[s], ok = sideColumns(items[s], headsWithTotal(t, cut.labelCol[s])); !ok {
			return false
		}
	}
	// the first column of each side: both sides' totals and their equality
	var first [2]breakdownSide
	for s := range 2 {
		col := -1
		if byCell[s] {
			col = cells[s][0]
		}
		if first[s], ok = breakdownOf(project(items[s], col, byCell[s]), s); !ok || len(first[s].total.v) == 0 {
			return false
		}
	}
	checkBreakdowns(sc, t, first)
	// every other column of a side, and each row's 合计 against its parts
	for s := range 2 {
		for k := 1; byCell[s] && k < len(cells[s]); k++ {
			side, ok := breakdownOf(project(items[s], cells[s][k], true), s)
			if ok && len(side.total.v) > 0 {
				checkBreakdownSide(sc, t, side, names[s], fmt.Sprintf("（第%d个金额列）", k+1))
			}
		}
		// a row of several figures passed sideColumns only under a 合计 header
		for _, it := range items[s] {
			if len(it.values) < 2 {
				continue
			}
			sum, ops := model.Zero, it.values[1:]
			for _, v := range ops {
				sum = sum.Add(v)
			}
			sc.mismatch("summary-identity", Error, tableLoc(t, "", it.line), it.label+"的合计不等于其各列之和", sum, it.values[0], ops...)
		}
	}
	return true
}

// headsWithTotal: the header of the first amount column after the label
// column says 合计 or 总计, so a row's first figure is the sum of the rest.
func headsWithTotal(t *model.Table, labelCol int) bool {
	if labelCol+1 >= len(t.Columns) {
		return false
	}
	h := cleanLabel(t.Columns[labelCol+1])
	return strings.Contains(h, "合计") || strings.Contains(h, "总计")
}
