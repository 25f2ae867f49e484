package audit

import (
	"strings"

	"yusuan/internal/lazyregexp"
	"yusuan/model"
)

// 江苏's 收支预算总表 (summaryBreakdowns) as some PDFs print it, labels
// wrapped in narrow cells (js-renda-2017 line 140): a sub-item's number in
// a column of its own (“1.” | “一 般 公”), a total's label over two lines
// (“当 年 收 入” / “小计”), and an amount printed on the line between a
// label's two lines, where the layout puts it in a row of its own or
// beside another breakdown's label (“三、单位预留机” / “三、国防支出 …
// 128.43” / “动经费”: the 128.43 is 单位预留机动经费's, in the column of
// the 支出用途 amounts). The breakdowns are columns of labels, each
// beginning with 一、: an amount belongs to the breakdown whose label
// column is the nearest on its left. The cells are put back on a copy,
// which summaryBreakdowns then reads.

// reListMarker is a sub-item's number printed in a cell of its own.
var reListMarker = lazyregexp.New(`^[0-9]{1,2}[.．、]$`)

// wrappedTotalLabels are the totals a wrapped label is joined into.
var wrappedTotalLabels = map[string]bool{
	"当年收入小计": true, "当年支出小计": true, "本年收入小计": true, "本年支出小计": true,
}

// unwrappedSummary returns a copy of t with its wrapped cells put back, or
// ok=false where t has no two breakdown columns or an amount is left that
// no label explains.
func unwrappedSummary(t *model.Table) (*model.Table, bool) {
	lanes := breakdownColumns(t)
	if len(lanes) < 2 {
		return nil, false
	}
	laneOf := func(j int) int {
		l := -1
		for _, c := range lanes {
			if c <= j {
				l = c
			}
		}
		return l
	}
	c := *t
	c.Rows = make([][]string, len(t.Rows))
	for i, row := range t.Rows {
		c.Rows[i] = append([]string(nil), row...)
	}
	rows := c.Rows
	for _, row := range rows {
		joinListMarkers(row)
	}
	for i := 0; i+1 < len(rows); i++ {
		for j, cell := range rows[i] {
			if cell == "" || model.IsAmount(cell) {
				continue
			}
			for k, below := range rows[i+1] {
				if k >= len(rows[i+1]) || laneOf(k) != laneOf(j) || below == "" || model.IsAmount(below) {
					continue
				}
				joined := cleanLabel(cell) + cleanLabel(below)
				if wrappedTotalLabels[joined] || splitTotalLabels[joined] {
					rows[i][j], rows[i+1][k] = joined, ""
				}
				break
			}
		}
	}
	for i, row := range rows {
		for j, cell := range row {
			if !model.IsAmount(cell) {
				continue
			}
			lane := laneOf(j)
			if lane < 0 || labelBetween(row, lane, j) >= 0 {
				continue
			}
			left := labelBetween(row, 0, lane)
			if left >= 0 && isTotalLabel(row[left]) {
				continue // a total's label spans the breakdowns
			}
			if i == 0 || !movesUp(rows[i-1], lane, j, laneOf) {
				return nil, false
			}
			rows[i-1][j], row[j] = cell, ""
		}
	}
	return &c, true
}

// breakdownColumns are the columns where a breakdown begins (一、…), left
// to right.
func breakdownColumns(t *model.Table) []int {
	seen := map[int]bool{}
	var cols []int
	for _, row := range t.Rows {
		for j, cell := range row {
			if n, ok := ordinalValue(cleanLabel(cell)); ok && n == 1 && !seen[j] {
				seen[j] = true
				cols = append(cols, j)
			}
		}
	}
	for a := 1; a < len(cols); a++ {
		for b := a; b > 0 && cols[b] < cols[b-1]; b-- {
			cols[b], cols[b-1] = cols[b-1], cols[b]
		}
	}
	return cols
}

// joinListMarkers puts a number printed in a cell of its own (“1.”) before
// the label after it.
func joinListMarkers(row []string) {
	for j, cell := range row {
		if !reListMarker.MatchString(strings.TrimSpace(cell)) {
			continue
		}
		for k := j + 1; k < len(row); k++ {
			next := strings.TrimSpace(row[k])
			if next == "" {
				continue
			}
			if !model.IsAmount(next) {
				row[k], row[j] = strings.TrimSpace(cell)+next, ""
			}
			break
		}
	}
}

// labelBetween is the last label cell in columns from up to to, or -1.
func labelBetween(row []string, from, to int) int {
	last := -1
	for j := from; j < to && j < len(row); j++ {
		if cell := strings.TrimSpace(row[j]); cell != "" && !model.IsAmount(cell) {
			last = j
		}
	}
	return last
}

func isTotalLabel(cell string) bool {
	l := cleanLabel(cell)
	return strings.HasSuffix(l, "合计") || strings.HasSuffix(l, "小计") || strings.HasSuffix(l, "总计")
}

// movesUp: the row above holds a label in the amount's breakdown and no
// amount of it, and the amount's own cell there is blank.
func movesUp(above []string, lane, j int, laneOf func(int) int) bool {
	if j >= len(above) || strings.TrimSpace(above[j]) != "" {
		return false
	}
	label := false
	for k, cell := range above {
		if laneOf(k) != lane || strings.TrimSpace(cell) == "" {
			continue
		}
		if model.IsAmount(cell) {
			return false
		}
		label = true
	}
	return label
}

// readWrappedBreakdowns reads a 江苏 收支预算总表 with wrapped cells and
// checks it into sc.
func readWrappedBreakdowns(sc *checker, t *model.Table) bool {
	bare, ok := unwrappedSummary(t)
	if !ok {
		return false
	}
	sides, ok := summaryBreakdowns(bare)
	if !ok {
		return false
	}
	checkBreakdowns(sc, t, sides)
	return sc.checks > 0
}
