package league

import (
	"path/filepath"
	"sort"
	"strings"

	"github.com/shopspring/decimal"

	"yusuan/model"
	"yusuan/prose"
)

// Row is one department: its latest document, the one of the year before
// (of the same kind), and every document of it in the folder. An unreadable
// file is a row of its own (Failed).
type Row struct {
	// Department is the name its latest document prints (the file name for a
	// document that names none, or an unreadable file).
	Department string
	Latest     *Summary
	Previous   *Summary // nil when the folder has no earlier year
	Docs       []*Summary
	Failed     bool
}

// Change is the latest expenditure less the previous year's; ok is false
// without a previous year.
func (r *Row) Change() (model.Money, bool) {
	if r.Previous == nil || r.Latest == nil {
		return model.Money{}, false
	}
	return r.Latest.Expenditure.Sub(r.Previous.Expenditure), true
}

// ChangePct is Change ÷ previous × 100 to two places; "" without a base.
func (r *Row) ChangePct() string {
	d, ok := r.Change()
	if !ok {
		return ""
	}
	return pct(d, r.Previous.Expenditure)
}

// ThreePublicChange is the change of the “三公” subtotal on the previous
// year; ok is false when either year has no “三公” table.
func (r *Row) ThreePublicChange() (model.Money, bool) {
	if r.Previous == nil || r.Latest == nil || !r.Previous.HasThreePublic || !r.Latest.HasThreePublic {
		return model.Money{}, false
	}
	return r.Latest.ThreePublic.Sub(r.Previous.ThreePublic), true
}

// ThreePublicChangePct is ThreePublicChange in percent of the previous year.
func (r *Row) ThreePublicChangePct() string {
	d, ok := r.ThreePublicChange()
	if !ok {
		return ""
	}
	return pct(d, r.Previous.ThreePublic)
}

func pct(d, base model.Money) string {
	p, ok := model.Percent(d, base, 2)
	if !ok {
		return ""
	}
	return p.StringFixed(2)
}

// Rows groups summaries into one row per department. Names are one
// department when prose says so: the same key (scope notes and 中国共产党…
// folded), or a name without its place that fits exactly one other
// (省政协办公厅 joins 江苏省政协办公厅, but 统计局 beside two cities' 统计局
// stays alone). Rows come in the order of their first document.
func Rows(sums []Summary) []*Row {
	keyOf := make([]string, len(sums))
	var keys []string
	seen := map[string]bool{}
	for i := range sums {
		s := &sums[i]
		k := prose.DepartmentKey(s.Department)
		if s.Err != "" || k == "" {
			k = "\x00" + s.Path // a row of its own
		}
		keyOf[i] = k
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	into := mergeShortNames(keys)
	rows := map[string]*Row{}
	var order []*Row
	for i := range sums {
		k := keyOf[i]
		if to, ok := into[k]; ok {
			k = to
		}
		r := rows[k]
		if r == nil {
			r = &Row{}
			rows[k] = r
			order = append(order, r)
		}
		r.Docs = append(r.Docs, &sums[i])
	}
	for _, r := range order {
		r.settle()
	}
	return order
}

// mergeShortNames maps each key that is another key without its place (and
// fits only that one) to it. Keys are indexed by their endings first, so a
// folder of thousands of departments costs a look-up per key, not a pair.
func mergeShortNames(keys []string) map[string]string {
	endings := map[string][]string{} // a key's proper endings → the keys that end so
	for _, l := range keys {
		if strings.HasPrefix(l, "\x00") {
			continue
		}
		for i := range l {
			if i > 0 {
				endings[l[i:]] = append(endings[l[i:]], l)
			}
		}
	}
	into := map[string]string{}
	for _, k := range keys {
		var match string
		n := 0
		for _, l := range endings[k] {
			if prose.SameDepartment(k, l) {
				match = l
				n++
			}
		}
		if n == 1 {
			into[k] = match
		}
	}
	// a chain (省委办公厅 → 江苏省委办公厅 → 中共江苏省委办公厅) ends at its longest name
	for k, v := range into {
		for {
			w, ok := into[v]
			if !ok || w == k {
				break
			}
			v = w
		}
		into[k] = v
	}
	return into
}

// settle orders the row's documents, newest first, and picks the latest and
// previous of one kind: budgets where the department has any, else final
// accounts. Among documents of one year, one whose tables were all read
// surely and that has more tables comes first, then the file name.
func (r *Row) settle() {
	sort.SliceStable(r.Docs, func(i, j int) bool {
		a, b := r.Docs[i], r.Docs[j]
		if a.Year != b.Year {
			return a.Year > b.Year
		}
		if (a.Doubt() == 0) != (b.Doubt() == 0) {
			return a.Doubt() == 0
		}
		if a.Tables != b.Tables {
			return a.Tables > b.Tables
		}
		return a.Path < b.Path
	})
	kind := model.Final
	for _, d := range r.Docs {
		if d.Err == "" && d.Kind == model.Budget {
			kind = model.Budget
		}
	}
	for _, d := range r.Docs {
		if d.Err != "" || d.Kind != kind {
			continue
		}
		switch {
		case r.Latest == nil:
			r.Latest = d
		case r.Previous == nil && d.Year < r.Latest.Year:
			r.Previous = d
		}
	}
	if r.Latest == nil {
		r.Failed = true
		r.Department = oneLine(filepath.Base(r.Docs[0].Path))
		return
	}
	r.Department = r.Latest.Department
	if r.Department == "" {
		r.Department = oneLine(filepath.Base(r.Latest.Path))
	}
}

// Column is what the table can be sorted by.
type Column int

// The columns of the league table, in display order.
const (
	ColDepartment Column = iota
	ColYear
	ColExpenditure
	ColChange
	ColChangePct
	ColThreePublic
	ColThreePublicChange
	ColErrors
	ColWarnings
	ColDoubt
	ColDocs
	NumColumns
)

// Sort orders rows by a column: amounts and counts largest first, the
// department by its name, the year newest first; reverse turns it round.
// Rows without the figure (no previous year, no “三公” table) and unreadable
// files go last either way; ties keep the order given.
func Sort(rows []*Row, by Column, reverse bool) {
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.Failed != b.Failed {
			return b.Failed
		}
		if a.Failed {
			return false
		}
		av, aok := a.value(by)
		bv, bok := b.value(by)
		if aok != bok {
			return aok
		}
		if !aok {
			return false
		}
		if by == ColDepartment {
			c := strings.Compare(a.Department, b.Department)
			if reverse {
				c = -c
			}
			return c < 0
		}
		c := av.Cmp(bv)
		if reverse {
			c = -c
		}
		return c > 0
	})
}

// value is the row's figure in a column, for sorting; ok false where the
// row has none.
func (r *Row) value(by Column) (model.Money, bool) {
	l := r.Latest
	switch by {
	case ColDepartment:
		return model.Money{}, true
	case ColYear:
		return count(l.Year), true
	case ColExpenditure:
		return l.Expenditure, true
	case ColChange:
		return r.Change()
	case ColChangePct:
		return percentOf(r.Change, r.Previous)
	case ColThreePublic:
		return l.ThreePublic, l.HasThreePublic
	case ColThreePublicChange:
		return r.ThreePublicChange()
	case ColErrors:
		return count(l.Errors()), true
	case ColWarnings:
		return count(l.Warnings()), true
	case ColDoubt:
		return count(l.Doubt()), true
	case ColDocs:
		return count(len(r.Docs)), true
	}
	return model.Money{}, false
}

// Totals is the totals row: the sums of the rows' latest figures, the change
// over the departments that have a previous year (its percent of their
// previous total), and the counts.
type Totals struct {
	Departments, Docs, Failed              int
	Expenditure, Change, Previous          model.Money
	HasChange                              bool
	ThreePublic                            model.Money
	ThreePublicChange, ThreePublicPrevious model.Money
	HasThreePublicChange                   bool
	Counts                                 [4]int
}

// ChangePct is the change in percent of the previous total; "" without one.
func (t Totals) ChangePct() string {
	if !t.HasChange {
		return ""
	}
	return pct(t.Change, t.Previous)
}

// ThreePublicChangePct is the “三公” change in percent of its previous total.
func (t Totals) ThreePublicChangePct() string {
	if !t.HasThreePublicChange {
		return ""
	}
	return pct(t.ThreePublicChange, t.ThreePublicPrevious)
}

// Sum adds the rows up.
func Sum(rows []*Row) Totals {
	var t Totals
	for _, r := range rows {
		t.Docs += len(r.Docs)
		if r.Failed {
			t.Failed++
			continue
		}
		t.Departments++
		l := r.Latest
		t.Expenditure = t.Expenditure.Add(l.Expenditure)
		if d, ok := r.Change(); ok {
			t.Change, t.Previous, t.HasChange = t.Change.Add(d), t.Previous.Add(r.Previous.Expenditure), true
		}
		if l.HasThreePublic {
			t.ThreePublic = t.ThreePublic.Add(l.ThreePublic)
		}
		if d, ok := r.ThreePublicChange(); ok {
			t.ThreePublicChange, t.ThreePublicPrevious = t.ThreePublicChange.Add(d), t.ThreePublicPrevious.Add(r.Previous.ThreePublic)
			t.HasThreePublicChange = true
		}
		for i, c := range l.Counts {
			t.Counts[i] += c
		}
	}
	return t
}

func count(n int) model.Money { return model.NewMoney(decimal.NewFromInt(int64(n))) }

// percentOf is a change in percent of the previous year's figure, unrounded, for sorting.
func percentOf(change func() (model.Money, bool), prev *Summary) (model.Money, bool) {
	d, ok := change()
	if !ok || prev.Expenditure.IsZero() {
		return model.Money{}, false
	}
	return model.NewMoney(d.Decimal().Shift(2).DivRound(prev.Expenditure.Decimal(), 8)), true
}
