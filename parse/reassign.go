package parse

import (
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
		if !glued && !shifted && allHold(ids) && (len(rowValues(r)) == len(r.Order) || len(ids) > 0 && len(placements(cs, r)) <= 1) {
			continue
		}
		switch found := placements(cs, r); {
		case len(found) == 1:
			place(r, found[0])
		case len(found) > 1:
			open[r] = found
			if !glued && !shifted && len(ids) > 0 && allHold(ids) {
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
		if len(validCombos(total, roots, open)) > 0 {
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

// validCombos returns the combinations of the open children's candidates
// under which they add up to the parent in every column (nil when there are
// too many to try or no child is open).
func validCombos(parent *model.CodedRow, kids []*model.CodedRow, open map[*model.CodedRow][][]string) [][]int {
	undecided := openKids(kids, open)
	if undecided == nil {
		return nil
	}
	var valid [][]int
	choice := make([]int, len(undecided))
	var walk func(i int)
	walk = func(i int) {
		if i == len(undecided) {
			if addsUp(parent, kids, undecided, choice, open) {
				valid = append(valid, append([]int(nil), choice...))
			}
			return
		}
		for c := range open[undecided[i]] {
			choice[i] = c
			walk(i + 1)
		}
	}
	walk(0)
	return valid
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

// decideKids tries every combination of the open children's candidates and
// takes the one under which the children add up to the parent in every
// column the parent prints; when several combinations do, a child whose
// placement is the same in all of them is still decided.
func decideKids(parent *model.CodedRow, kids []*model.CodedRow, open map[*model.CodedRow][][]string) {
	undecided := openKids(kids, open)
	if undecided == nil {
		return
	}
	valid := validCombos(parent, kids, open)
	if len(valid) == 0 {
		// No placement adds up in every column (a child the document
		// left out, a parent that is itself in error): the one under
		// which the most columns add up, when only one does.
		if best := mostColumns(parent, kids, undecided, open); best != nil {
			valid = [][]int{best}
		} else {
			return
		}
	}
	for i, k := range undecided {
		same := true
		for _, v := range valid[1:] {
			same = same && v[i] == valid[0][i]
		}
		if same {
			place(k, open[k][valid[0][i]])
			delete(open, k)
		}
	}
}

// mostColumns returns the one combination of the open children's candidates
// under which more of the parent's columns add up than under any other, and
// at least one does; nil when none or several share the best count.
func mostColumns(parent *model.CodedRow, kids, undecided []*model.CodedRow, open map[*model.CodedRow][][]string) []int {
	var best []int
	bestN, ties := 0, 0
	choice := make([]int, len(undecided))
	var walk func(i int)
	walk = func(i int) {
		if i == len(undecided) {
			n := columnsAddingUp(parent, kids, undecided, choice, open)
			switch {
			case n > bestN:
				best, bestN, ties = append([]int(nil), choice...), n, 1
			case n == bestN && n > 0:
				ties++
			}
			return
		}
		for c := range open[undecided[i]] {
			choice[i] = c
			walk(i + 1)
		}
	}
	walk(0)
	if ties != 1 {
		return nil
	}
	return best
}

// addsUp: with the open children placed as chosen, every column the parent
// prints equals the sum of the children's (within the printed rounding).
func addsUp(parent *model.CodedRow, kids, undecided []*model.CodedRow, choice []int, open map[*model.CodedRow][][]string) bool {
	return columnsAddingUp(parent, kids, undecided, choice, open) == len(parent.Amounts)
}

// columnsAddingUp counts the parent's columns that equal the sum of the
// children's with the open children placed as chosen.
func columnsAddingUp(parent *model.CodedRow, kids, undecided []*model.CodedRow, choice []int, open map[*model.CodedRow][][]string) int {
	chosen := map[*model.CodedRow][]string{}
	for i, k := range undecided {
		chosen[k] = open[k][choice[i]]
	}
	n := 0
	for col, got := range parent.Amounts {
		var sum model.Money
		var ops []model.Money
		for _, k := range kids {
			if cols, ok := chosen[k]; ok {
				values := rowValues(k)
				for j, c := range cols {
					if c == col {
						sum = sum.Add(values[j])
						ops = append(ops, values[j])
					}
				}
				continue
			}
			if v, ok := k.Amounts[col]; ok {
				sum = sum.Add(v)
				ops = append(ops, v)
			}
		}
		id := model.Identity{Sum: sum, Got: got, Ops: ops}
		if id.HoldsWithinRounding() {
			n++
		}
	}
	return n
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
