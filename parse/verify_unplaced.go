package parse

import (
	"strings"

	"yusuan/model"
)

// printsCodes reports whether the table prints its codes (whole, split
// over cells or fused to the name) rather than names only: some coded row's
// code stands in one of its printed cells that is no figure (a figure has
// its point or separators).
func printsCodes(t *model.Table) bool {
	line := make(map[int]int, len(t.RowLines))
	for i, l := range t.RowLines {
		line[l] = i
	}
	for _, r := range t.Coded {
		i, ok := line[r.Line]
		if r.Code == "" || !ok || i >= len(t.Rows) {
			continue
		}
		for _, c := range t.Rows[i] {
			if !strings.ContainsAny(c, ".,") && strings.Contains(strings.ReplaceAll(c, " ", ""), r.Code) {
				return true // a code cell, or a name fused to its code (208 in 2,080.50 is no code)
			}
		}
	}
	return false
}

// unplacedUnder reports whether a row the reader could not place (a name
// without a code, the catalogue giving it none that fits; asked of tables of
// names only) is printed inside the parent's family: from the parent down to the next row outside its code
// (for the 合计 row, anywhere in the table). Such a row may be one of the
// parent's children, so a sum of the parent that fails may be the reader's
// gap, not the document's slip, and is never forgiven as one.
func unplacedUnder(t *model.Table, parent *model.CodedRow) bool {
	from := 0
	if parent.Code != "" {
		for i := range t.Coded {
			if &t.Coded[i] == parent {
				from = i + 1
			}
		}
		if from == 0 {
			return false
		}
	}
	for i := from; i < len(t.Coded); i++ {
		r := &t.Coded[i]
		if r == parent {
			continue
		}
		if r.Code != "" {
			if parent.Code != "" && (len(r.Code) <= len(parent.Code) || !strings.HasPrefix(r.Code, parent.Code)) {
				return false // the family ends
			}
			continue
		}
		if r.Name != "" && !isTotalLabel(r.Name) {
			return true
		}
	}
	return false
}
