package parse

import (
	"slices"

	"github.com/shopspring/decimal"

	"yusuan/model"
)

const (
	// maxPlacements bounds the search for one row: a row of more figures
	// than this over more columns is left as the layout placed it.
	maxPlacements = 5000
	// maxCombinations bounds the joint search over the rows under one parent.
	maxCombinations = 1 << 14
)

// reassignRows places again, by arithmetic, the figures of rows whose own
// identity (合计 = 基本支出 + 项目支出 + …) fails as the layout placed them.
// Column positions are a hypothesis: a row printed with blanks left out
// ("2210201 住房公积金 247.25 247.25" under six amount columns) has its
// figures in the right order but not necessarily under the right headers.
// The figures keep their order; every placement under which the row's
// identities hold is a candidate. One candidate is taken; several (a row of
// 合计 and one part: 基本 or 项目?) are decided together with the row's
// siblings, by the placement under which they add up to their parent in
// every column. Whatever is chosen is confirmed or refuted afterwards by the
// table's verification; a row nothing decides stays as the layout put it.
func reassignRows(t *model.Table) {
	cs := model.ColumnsOf(t)
	if cs.Ambiguous || cs.Total == "" {
		return
	}
	open := map[*model.CodedRow][][]string{} // rows with several candidates
	asPlaced := map[*model.CodedRow]bool{}   // open rows that add up where the layout put them
	for i := range t.Coded {
		r := &t.Coded[i]
		ids := model.RowIdentities(cs, r)
		glued := len(r.Tokens) > len(r.Amounts)
		shifted := len(ids) == 0 && len(r.Amounts) > 0 && !hasAmount(r, cs.Total)
		// a row that fills every column, or adds up as placed and has no
		// other placement that would, stays as it is; one that adds up as
		// placed but could as well under other columns (合计 and one part
		// of the same amount: 基本 or 项目?) is decided with its siblings
		held := !glued && !shifted && allHold(ids)
		if held && (len(rowValues(r)) == len(r.Order) || len(ids) == 0) {
			continue
		}
		all := placements(cs, r)
		if held && len(all) <= 1 {
			continue
		}
		found := fillingTotal(cs, all)
		if len(found) < len(all) && !hasAmount(r, cs.Total) {
			held = false // added up only with the row's 合计 left blank
		}
		// a lone figure the layout put under a column of no role (项目简介,
		// 备注) while the row's 合计 is blank is the 合计
		if len(found) == 0 && shifted && len(rowValues(r)) == 1 && len(r.Amounts) == 1 {
			for col := range r.Amounts {
				if model.RoleOf(col) == model.RoleNone {
					place(r, []string{cs.Total})
				}
			}
			continue
		}
		switch {
		case len(found) == 1:
			place(r, found[0])
		case len(found) > 1:
			open[r] = found
			if held && len(ids) > 0 {
				asPlaced[r] = true
			}
		}
	}
	if len(open) == 0 {
		return
	}
	sh := model.ShapeOf(t)
	// top-down: the 合计 row over the classes first, then each parent over
	// its children, so a parent is decided before its children need it
	// Where the arithmetic is symmetric (合计 and one source, any source
	// adding up as well), the layout's placement, which adds up too, is
	// the hypothesis kept: the row is closed as it is, so its children can
	// be decided under it.
	keep := func(r *model.CodedRow) {
		if _, undecided := open[r]; undecided && asPlaced[r] {
			delete(open, r)
		}
	}
	if sh.Total != nil {
		decideTotal(sh.Total, sh.Roots, open)
		keep(sh.Total)
		if _, undecided := open[sh.Total]; !undecided {
			decideKids(sh.Total, sh.Roots, open)
		}
	}
	queue := append([]*model.CodedRow(nil), sh.Roots...)
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		keep(p)
		kids := sh.Children[p]
		if _, undecided := open[p]; !undecided && len(kids) > 0 {
			decideKids(p, kids, open)
		}
		queue = append(queue, kids...)
	}
}

// decideTotal places a 合计 row that is itself open (合计 and one source of
// the same amount) by its classes: the one placement under which some
// combination of theirs adds up to it in every column.
func decideTotal(total *model.CodedRow, roots []*model.CodedRow, open map[*model.CodedRow][][]string) {
	cands, ok := open[total]
	if !ok {
		return
	}
	saved := total.Amounts
	fits := -1
	for i, cols := range cands {
		place(total, cols)
		if f := newFamily(total, roots, open); f != nil && f.search().valid > 0 {
			if fits >= 0 {
				fits = -2 // two placements fit: undecided
				break
			}
			fits = i
		}
	}
	total.Amounts = saved
	if fits >= 0 {
		place(total, cands[fits])
		delete(open, total)
	}
}

// decideKids tries the combinations of the open children's candidates and
// takes the one under which the children add up to the parent in every
// column the parent prints; when several combinations do, a child whose
// placement is the same in all of them is still decided. Where none adds up
// in every column (a child the document left out, a parent itself in
// error), the one under which the most columns add up, when only one does.
func decideKids(parent *model.CodedRow, kids []*model.CodedRow, open map[*model.CodedRow][][]string) {
	fitUnder(parent, kids, open)
	f := newFamily(parent, kids, open)
	if f == nil {
		return
	}
	r := f.search()
	choice, agree := r.first, r.agree
	if r.valid == 0 {
		if r.bestTies != 1 || r.bestN == 0 {
			return
		}
		choice, agree = r.best, nil
	}
	for i, k := range f.open {
		if agree == nil || agree[i] {
			place(k, open[k][choice[i]])
			delete(open, k)
		}
	}
}

// fitUnder drops, for each open child, the placements that put more in a
// column than the parent holds there (nothing where the parent prints
// nothing or 0): where the figures are not negative no combination could
// use them. A child left with one placement is decided at once, which keeps
// the search small where a family has dozens of children.
func fitUnder(parent *model.CodedRow, kids []*model.CodedRow, open map[*model.CodedRow][][]string) {
	for _, k := range kids {
		cands, ok := open[k]
		if !ok {
			continue
		}
		values := rowValues(k)
		var keep [][]string
		for _, cols := range cands {
			fits := true
			for i, c := range cols {
				v := values[i]
				if v.Sign() < 0 {
					return // a negative figure: no bound holds
				}
				if limit, printed := parent.Amounts[c]; !v.IsZero() && (!printed || v.Cmp(limit) > 0) {
					fits = false
				}
			}
			if fits {
				keep = append(keep, cols)
			}
		}
		switch {
		case len(keep) == 1:
			place(k, keep[0])
			delete(open, k)
		case len(keep) > 1:
			open[k] = keep
		}
	}
}

// family is a parent and its children in integers (the figures scaled to
// a common number of decimals), for the search over the open children's
// placements: exact sums, no allocation per combination.
type family struct {
	want, tol, fixed []int64 // per parent column: its figure, the rounding allowed, the decided children's sum
	open             []*model.CodedRow
	opts             [][][]int64 // per open child, per candidate: its figures by parent column
	nonneg           bool        // no figure is negative: a partial sum over the parent's prunes
}

// newFamily returns the family, or nil when no child is open, the
// combinations are too many, or a figure has more decimals than int64 holds.
func newFamily(parent *model.CodedRow, kids []*model.CodedRow, open map[*model.CodedRow][][]string) *family {
	f := &family{open: openKids(kids, open)}
	if len(f.open) == 0 {
		return nil
	}
	cols := make([]string, 0, len(parent.Amounts))
	for _, c := range parent.Order {
		if _, ok := parent.Amounts[c]; ok {
			cols = append(cols, c)
		}
	}
	if len(cols) != len(parent.Amounts) {
		return nil // columns outside the order: not worth the search
	}
	places := int32(2)
	var all []model.Money
	all = append(all, rowValues(parent)...)
	for _, k := range kids {
		all = append(all, rowValues(k)...)
	}
	for _, m := range all {
		places = max(places, -m.Decimal().Exponent())
	}
	if places > 8 {
		return nil
	}
	scale := func(m model.Money) int64 { return m.Decimal().Shift(places).IntPart() }
	f.nonneg = true
	for _, m := range all {
		f.nonneg = f.nonneg && m.Sign() >= 0
	}
	// a rounding of half a unit per printed figure (model.WithinRounding)
	tol := max(int64(len(kids)+1)/2, 1)
	index := make(map[string]int, len(cols))
	for i, c := range cols {
		index[c] = i
		f.want = append(f.want, scale(parent.Amounts[c]))
		f.tol = append(f.tol, tol)
	}
	f.fixed = make([]int64, len(cols))
	for _, k := range kids {
		if _, isOpen := open[k]; isOpen {
			continue
		}
		for c, v := range k.Amounts {
			if i, ok := index[c]; ok {
				f.fixed[i] += scale(v)
			}
		}
	}
	for _, k := range f.open {
		values := rowValues(k)
		var per [][]int64
		for _, cand := range open[k] {
			vec := make([]int64, len(cols))
			for j, c := range cand {
				if i, ok := index[c]; ok {
					vec[i] += scale(values[j])
				}
			}
			per = append(per, vec)
		}
		f.opts = append(f.opts, per)
	}
	return f
}

// searchResult is what the search found: how many combinations add up in
// every column, the first, and for each open child whether all of them
// agree on it; failing that, the combination under which the most columns
// add up, with how many share that count.
type searchResult struct {
	valid       int
	first       []int
	agree       []bool
	best        []int
	bestN       int
	bestTies    int
	interrupted bool
}

// search tries the combinations: first pruned (a partial sum over the
// parent's cannot add up), and where none adds up, all of them for the one
// under which the most columns do.
func (f *family) search() searchResult {
	if r := f.walk(true); r.valid > 0 || r.interrupted {
		return r
	}
	return f.walk(false)
}

func (f *family) walk(prune bool) searchResult {
	var r searchResult
	n := len(f.open)
	choice := make([]int, n)
	sum := make([]int64, len(f.want))
	copy(sum, f.fixed)
	steps := 0
	var walk func(i int)
	walk = func(i int) {
		if steps++; steps > maxCombinations*4 {
			r.interrupted = true
			return
		}
		if i == n {
			held := 0
			for c := range sum {
				if d := sum[c] - f.want[c]; d <= f.tol[c] && d >= -f.tol[c] {
					held++
				}
			}
			if held == len(sum) {
				r.valid++
				if r.first == nil {
					r.first = append([]int(nil), choice...)
					r.agree = make([]bool, n)
					for k := range r.agree {
						r.agree[k] = true
					}
				} else {
					for k := range choice {
						r.agree[k] = r.agree[k] && choice[k] == r.first[k]
					}
				}
			}
			switch {
			case held > r.bestN:
				r.best, r.bestN, r.bestTies = append([]int(nil), choice...), held, 1
			case held == r.bestN:
				r.bestTies++
			}
			return
		}
		for c, vec := range f.opts[i] {
			over := false
			for k, v := range vec {
				sum[k] += v
				over = over || f.nonneg && sum[k] > f.want[k]+f.tol[k]
			}
			if !over || !prune {
				choice[i] = c
				walk(i + 1)
			}
			for k, v := range vec {
				sum[k] -= v
			}
		}
	}
	walk(0)
	if r.interrupted {
		return searchResult{interrupted: true}
	}
	return r
}

// openKids returns the children still open, nil when none is or their
// combinations are too many to try.
func openKids(kids []*model.CodedRow, open map[*model.CodedRow][][]string) []*model.CodedRow {
	var undecided []*model.CodedRow
	combos := 1
	for _, k := range kids {
		if c, ok := open[k]; ok {
			undecided = append(undecided, k)
			combos *= len(c)
			if combos > maxCombinations {
				return nil
			}
		}
	}
	return undecided
}

// place puts the row's figures, in order, under the columns.
func place(r *model.CodedRow, cols []string) {
	values := rowValues(r)
	r.Amounts = make(map[string]model.Money, len(values))
	for k, col := range cols {
		r.Amounts[col] = values[k]
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

// placements returns every choice of columns for the row's figures, in
// order, under which every identity of the row holds and its 合计 is filled.
func placements(cs model.ColumnSet, r *model.CodedRow) [][]string {
	values := rowValues(r)
	n, k := len(r.Order), len(values)
	if k == 0 || k > n || binomial(n, k) > maxPlacements {
		return nil
	}
	var found [][]string
	// a placement that fills no column a row identity sums into (合计, 本年,
	// 基本支出) has no identity to hold: not tried
	var sums []int
	for _, c := range []string{cs.Total, cs.ThisYear, cs.Basic} {
		if i := slices.Index(r.Order, c); c != "" && i >= 0 {
			sums = append(sums, i)
		}
	}
	pick := make([]int, 0, k)
	holds := placementTest(cs, r, values)
	var walk func(from int)
	walk = func(from int) {
		if len(pick) == k {
			if !slices.ContainsFunc(sums, func(i int) bool { return slices.Contains(pick, i) }) {
				return
			}
			if holds(pick) {
				cols := make([]string, k)
				for i, j := range pick {
					cols[i] = r.Order[j]
				}
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
	return found
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

// placementTest returns the test of one placement (pick[i]: the index in
// r.Order of the column of values[i]): the row has at least one identity and
// every one holds exactly. It is model.RowIdentities's test, run in
// integers: a row of eight figures over twelve columns has hundreds of
// placements, and decimals cost an allocation per sum. Figures with more
// decimals than int64 holds go through RowIdentities itself.
func placementTest(cs model.ColumnSet, r *model.CodedRow, values []model.Money) func(pick []int) bool {
	ints, ok := scaledMoney(values)
	if !ok {
		trial := model.CodedRow{Code: r.Code, Name: r.Name, Line: r.Line, Order: r.Order, Amounts: make(map[string]model.Money, len(values))}
		return func(pick []int) bool {
			clear(trial.Amounts)
			for i, j := range pick {
				trial.Amounts[r.Order[j]] = values[i]
			}
			ids := model.RowIdentities(cs, &trial)
			return len(ids) > 0 && allHold(ids)
		}
	}
	type sum struct {
		total int   // index in r.Order, -1 where the row has no such column
		parts []int // likewise
	}
	var sums []sum
	for _, s := range model.RowSums(cs) {
		x := sum{total: slices.Index(r.Order, s.Total)}
		for _, p := range s.Parts {
			x.parts = append(x.parts, slices.Index(r.Order, p))
		}
		sums = append(sums, x)
	}
	at := make([]int64, len(r.Order))
	filled := make([]bool, len(r.Order))
	return func(pick []int) bool {
		clear(filled)
		for i, j := range pick {
			at[j], filled[j] = ints[i], true
		}
		checked := 0
		for _, s := range sums {
			if s.total < 0 || !filled[s.total] {
				continue
			}
			checked++
			var got int64
			for _, p := range s.parts {
				if p >= 0 && filled[p] {
					got += at[p]
				}
			}
			if got != at[s.total] {
				return false
			}
		}
		return checked > 0
	}
}

// scaledMoney returns the figures in millionths, when every one is exact
// there and small enough that sums of a row cannot overflow.
func scaledMoney(values []model.Money) ([]int64, bool) {
	out := make([]int64, len(values))
	for i, v := range values {
		d := v.Decimal().Shift(6)
		if !d.IsInteger() || d.Abs().Cmp(decimal.New(1, 15)) > 0 {
			return nil, false
		}
		out[i] = d.IntPart()
	}
	return out, true
}
