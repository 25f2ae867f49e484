package parse

import (
	"slices"

	"yusuan/model"
)

// maxPlacements bounds the search for one row: a row of more figures than
// this over more columns is left as the layout placed it.
const maxPlacements = 5000

// reassignRows places again, by arithmetic, the figures of rows whose own
// identity (合计 = 基本支出 + 项目支出 + …) fails as the layout placed them.
// Column positions are a hypothesis: a row printed with blanks left out
// ("2210201 住房公积金 247.25 247.25" under six amount columns) has its
// figures in the right order but not necessarily under the right headers.
// The figures keep their order; every placement under which the row's
// identities hold is a candidate; one candidate is taken, several are told
// apart by the columns the row's parent (or the 合计 row) fills. Whatever is
// chosen is confirmed or refuted afterwards by the table's verification.
func reassignRows(t *model.Table) {
	cs := model.ColumnsOf(t)
	if cs.Ambiguous || cs.Total == "" {
		return
	}
	idx, totals := model.CodedIndex(t)
	for i := range t.Coded {
		r := &t.Coded[i]
		ids := model.RowIdentities(cs, r)
		glued := len(r.Tokens) > len(r.Amounts)
		shifted := len(ids) == 0 && len(r.Amounts) > 0 && !hasAmount(r, cs.Total)
		if !glued && !shifted && allHold(ids) {
			continue
		}
		var like *model.CodedRow
		if p := ancestorRow(idx, r.Code); p != nil {
			like = p
		} else if len(totals) == 1 && totals[0] != r {
			like = totals[0]
		}
		if cols, ok := placeRow(cs, r, like); ok {
			values := rowValues(r)
			r.Amounts = make(map[string]model.Money, len(values))
			for k, col := range cols {
				r.Amounts[col] = values[k]
			}
		}
	}
}

func allHold(ids []model.Identity) bool {
	for _, id := range ids {
		if !id.Holds() {
			return false
		}
	}
	return true
}

func hasAmount(r *model.CodedRow, col string) bool {
	_, ok := r.Amounts[col]
	return ok
}

// ancestorRow returns the nearest printed row above code, or nil.
func ancestorRow(idx map[string]*model.CodedRow, code string) *model.CodedRow {
	for p := model.ParentCode(code); p != ""; p = model.ParentCode(p) {
		if r, ok := idx[p]; ok {
			return r
		}
	}
	return nil
}

// rowValues returns the row's figures in printed order.
func rowValues(r *model.CodedRow) []model.Money {
	if len(r.Tokens) >= len(r.Amounts) {
		return r.Tokens
	}
	var out []model.Money
	for _, col := range r.Order {
		if v, ok := r.Amounts[col]; ok {
			out = append(out, v)
		}
	}
	return out
}

// placeRow finds the columns for the row's figures, in order, under which
// every identity of the row holds and its 合计 is filled. ok is false when
// no placement, or more than one that the like row cannot tell apart, does.
func placeRow(cs model.ColumnSet, r *model.CodedRow, like *model.CodedRow) ([]string, bool) {
	values := rowValues(r)
	n, k := len(r.Order), len(values)
	if k == 0 || k > n || binomial(n, k) > maxPlacements {
		return nil, false
	}
	var found [][]string
	pick := make([]int, 0, k)
	trial := model.CodedRow{Code: r.Code, Name: r.Name, Line: r.Line, Order: r.Order}
	var walk func(from int)
	walk = func(from int) {
		if len(pick) == k {
			trial.Amounts = make(map[string]model.Money, k)
			cols := make([]string, k)
			for i, j := range pick {
				cols[i] = r.Order[j]
				trial.Amounts[cols[i]] = values[i]
			}
			ids := model.RowIdentities(cs, &trial)
			if len(ids) > 0 && allHold(ids) {
				found = append(found, cols)
			}
			return
		}
		for j := from; j <= n-(k-len(pick)); j++ {
			pick = append(pick, j)
			walk(j + 1)
			pick = pick[:len(pick)-1]
		}
	}
	walk(0)
	switch {
	case len(found) == 1:
		return found[0], true
	case len(found) > 1 && like != nil:
		var same [][]string
		for _, cols := range found {
			if fillsLike(cols, like) {
				same = append(same, cols)
			}
		}
		if len(same) == 1 {
			return same[0], true
		}
	}
	return nil, false
}

// fillsLike: the columns are exactly those the like row fills with a
// figure other than zero, or a subset of its filled columns that includes all non-zero ones.
func fillsLike(cols []string, like *model.CodedRow) bool {
	for _, c := range cols {
		if _, ok := like.Amounts[c]; !ok {
			return false
		}
	}
	for c, v := range like.Amounts {
		if !v.IsZero() && !slices.Contains(cols, c) {
			return false
		}
	}
	return true
}

func binomial(n, k int) int {
	r := 1
	for i := 1; i <= k; i++ {
		r = r * (n - k + i) / i
		if r > maxPlacements {
			return r
		}
	}
	return r
}
