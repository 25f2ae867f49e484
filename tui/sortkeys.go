package tui

import (
	"sort"
	"strings"

	"yusuan/model"
)

// What a level can be sorted by: every column it shows (htop's < and >
// pick one; s cycles), plus |Δ| in diff mode and severity in the findings.

type sortKind int

const (
	byCode     sortKind = iota // code, else document order: the order the auditor compares against
	byAmount                   // amount column i, largest first
	byName                     // name by pinyin
	byAbsDelta                 // diff mode: |Δ|, the largest changes first
	byShare                    // share of the parent; diff mode: Δ%
	byOrder                    // the order given (findings)
	bySeverity                 // errors, then warnings, then notes
	byCell                     // text cell i (findings: where, rule)
)

type sortKey struct {
	kind sortKind
	i    int
}

// sortKeysFor lists a view's sort keys in the order s cycles them: the
// classic three first (code, amount, name), then the other columns.
func sortKeysFor(d *viewDef, diff bool) []sortKey {
	switch {
	case !d.sortable:
		return nil
	case d.id == viewFindings:
		return []sortKey{{kind: byOrder}, {kind: bySeverity}, {kind: byCell, i: 1}, {kind: byCell, i: 0}, {kind: byName}}
	case diff:
		keys := []sortKey{{kind: byCode}, {kind: byAbsDelta}, {kind: byName},
			{byAmount, colOld}, {byAmount, colNew}, {byAmount, colDelta}}
		for i := colDelta + 1; i < len(d.amountCols); i++ {
			keys = append(keys, sortKey{byAmount, i}) // Δ of the parts, on wide screens
		}
		return append(keys, sortKey{kind: byShare})
	}
	keys := []sortKey{{kind: byCode}, {kind: byAmount}, {kind: byName}}
	for i := 1; i < len(d.amountCols); i++ {
		keys = append(keys, sortKey{byAmount, i})
	}
	return append(keys, sortKey{kind: byShare})
}

// name is the sort key as the status line says it.
func (k sortKey) name(d *viewDef, tx *text) string {
	switch k.kind {
	case byAmount:
		if k.i < len(d.amountCols) {
			if d.amountCols[k.i] == tx.ColDelta {
				return "±" + tx.ColDelta // signed: the largest increase first
			}
			return d.amountCols[k.i]
		}
		return tx.SortAmount
	case byName:
		if d.id == viewFindings {
			return tx.Findings
		}
		return tx.SortName
	case byAbsDelta:
		return "|" + tx.ColDelta + "|"
	case byShare:
		if len(d.amountCols) > colDelta && d.amountCols[colDelta] == tx.ColDelta {
			return tx.ColDeltaPct
		}
		return tx.ColShare
	case byOrder:
		return tx.SortDoc
	case bySeverity:
		return tx.ColSeverity
	case byCode:
		if d.id == viewProjects || d.id == viewFlat && d.source == viewProjects {
			return tx.ColFunc // the column the projects view shows
		}
		return tx.SortCode
	case byCell:
		if k.i == 0 {
			return tx.ColWhere
		}
		return tx.ColRule
	}
	return tx.SortCode
}

// descending reports a key whose natural order is largest (or worst) first.
func (k sortKey) descending() bool {
	switch k.kind {
	case byAmount, byAbsDelta, byShare, bySeverity:
		return true
	}
	return false
}

// sortRows orders rows in place; ties always fall back to document order so
// the result is the same on every run. Rows without a value for the key
// (Δ% of a line new this year) go last in either direction.
func sortRows(rows []*node, k sortKey, reverse bool) {
	// cmp orders two rows by the key alone; missing says which has no value.
	cmp := func(a, b *node) (c, missing int) {
		switch k.kind {
		case byAmount, byAbsDelta, byShare:
			x, okx := sortValue(a, k)
			y, oky := sortValue(b, k)
			switch {
			case okx && !oky:
				return 0, -1
			case !okx && oky:
				return 0, 1
			}
			return y.Cmp(x), 0
		case byName:
			if c := strings.Compare(a.pyFull, b.pyFull); c != 0 {
				return c, 0
			}
			return strings.Compare(a.name, b.name), 0
		case bySeverity:
			return severityRank(a) - severityRank(b), 0
		case byCell:
			return strings.Compare(cellOf(a, k.i), cellOf(b, k.i)), 0
		case byCode:
			switch {
			case a.code != "" && b.code == "":
				return -1, 0
			case a.code == "" && b.code != "":
				return 1, 0
			}
			return strings.Compare(a.code, b.code), 0
		}
		return 0, 0
	}
	sort.SliceStable(rows, func(i, j int) bool {
		c, missing := cmp(rows[i], rows[j])
		switch {
		case missing != 0:
			return missing < 0
		case c == 0:
			return rows[i].order < rows[j].order
		case reverse:
			return c > 0
		}
		return c < 0
	})
}

// sortValue is the amount a row sorts by under k, false when it has none.
func sortValue(n *node, k sortKey) (model.Money, bool) {
	switch k.kind {
	case byAbsDelta:
		if n.diff != nil && len(n.amts) > colDelta {
			return n.amts[colDelta].Abs(), true
		}
	case byShare:
		if n.diff != nil {
			return n.diff.pctVal, n.diff.hasPct
		}
		return n.first()
	case byAmount:
		if k.i < len(n.amts) {
			if n.diff != nil && k.i < len(n.diff.absent) && n.diff.absent[k.i] {
				return model.Zero, false
			}
			return n.amts[k.i], true
		}
	}
	return model.Zero, false
}

// severityRank orders findings worst first; a row of a tree ranks by the
// worst finding that concerns it.
func severityRank(n *node) int {
	rank := model.Severity.Rank
	if n.finding != nil {
		return rank(n.finding.Severity)
	}
	r := 4
	for _, f := range n.findings {
		r = min(r, rank(f.Severity))
	}
	return r
}

func cellOf(n *node, i int) string {
	if i < len(n.cells) {
		return n.cells[i]
	}
	return ""
}
