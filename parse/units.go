package parse

import (
	"strings"

	"yusuan/model"
)

// unitRow reads the line that heads a unit's block in a functional table
// listing each unit's lines in turn (125001 西安市安全生产监督管理局 2,080.32 …,
// then its 208, 20805 … rows): a unit code of six digits (the department's
// three, the unit's three; no classification code has six), the unit's
// name, and its figures.
func unitRow(cells []string) (rowHead, bool) {
	h := rowHead{codeIdx: -1, nameIdx: -1}
	for i, c := range cells {
		c = strings.TrimSpace(c)
		switch {
		case c == "":
			continue
		case h.codeIdx < 0:
			if len(c) != 6 || strings.Trim(c, "0123456789") != "" {
				return h, false
			}
			h.codeIdx = i
		case h.nameIdx < 0:
			if isAmountText(c) {
				return h, false
			}
			h.nameIdx, h.name = i, c
		default:
			return h, isAmountText(c) || len(rowFigures([]string{c}, 0, "")) > 0
		}
	}
	return h, false
}

// reassignByUnit places the figures of each unit's block by its own
// arithmetic, the unit's row as the block's total (its classes add up to
// it, as the table's classes add up to 合计 over all units), then drops the
// units' rows: the table's functional view is its lines summed by code over
// the units (mergeRepeatedCodes), confirmed against 合计 (verifyTable).
func reassignByUnit(t *model.Table, units []int) {
	if len(units) == 0 {
		return
	}
	for k, start := range units {
		end := len(t.Coded)
		if k+1 < len(units) {
			end = units[k+1]
		}
		// the unit's row and its coded lines: an uncoded line between them
		// (a page's footer) would be a second candidate for the total
		block := &model.Table{}
		var at []int
		for i := start; i < end; i++ {
			if i == start || t.Coded[i].Code != "" {
				block.Coded = append(block.Coded, t.Coded[i])
				at = append(at, i)
			}
		}
		reassignRows(block)
		for j, i := range at {
			t.Coded[i] = block.Coded[j]
		}
	}
	kept := t.Coded[:0]
	next := 0
	for i, r := range t.Coded {
		if next < len(units) && units[next] == i {
			next++
			continue
		}
		kept = append(kept, r)
	}
	t.Coded = kept
}
