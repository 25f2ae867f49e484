package parse

import (
	"slices"

	"github.com/shopspring/decimal"

	"yusuan/catalog"
	"yusuan/model"
)

// A functional table that prints names only (类, 款 and 项 told apart by
// indentation the text does not keep) gets its codes from the catalogue,
// row by row, in the context of the rows above. The catalogue is partial:
// a name it lacks (监狱, 国防支出) leaves the row without a place, and the
// sums of its family fail though every figure was read right.
//
// Every such table carries its own nesting in its arithmetic: the 合计 is
// the sum of the classes, a class the sum of its 款, a 款 the sum of its 项.
// shapeByArithmetic finds the one way of cutting the rows into 类, 款 and
// 项 under which every column of every parent is exactly the sum of its
// children (a 项 has none; a 类 and a 款 have at least one), and gives each
// row that depth. Where no cutting holds, or more than one does, the table
// is left as the catalogue placed it. The codes are then the catalogue's,
// looked up under the parent the arithmetic gives (行政事业单位养老支出 under
// 208, whatever unknown line came before it): a name the catalogue lacks
// stays without a code (no code is made up), its figures in the table's
// sums and its line in the tree at the depth the sums give (names_tree.go).

// shapeBudget bounds the search (a table of a few hundred lines whose
// figures leave many cuttings open is left as it was).
const shapeBudget = 200000

type shapeSearch struct {
	rows  []*model.CodedRow
	cols  []string
	steps int
	unit  decimal.Decimal // the finest place any figure of the table prints
	memo  map[[2]int][]subtree
}

// subtree is one way row k heads the rows k..end-1 at its depth: depths
// holds the depth of each of them.
type subtree struct {
	end    int
	depths []int
}

func shapeByArithmetic(t *model.Table, year int) {
	if len(t.Coded) < 3 || printsCodes(t) {
		return
	}
	total := &t.Coded[0]
	if total.Code != "" || !isTotalLabel(total.Name) || len(total.Amounts) == 0 {
		return
	}
	if !slices.ContainsFunc(t.Coded, func(r model.CodedRow) bool { return len(r.Code) == 3 }) {
		return // no class the catalogue knows: no table of the functional classification
	}
	s := &shapeSearch{cols: total.Order, memo: map[[2]int][]subtree{}}
	for i := 1; i < len(t.Coded); i++ {
		r := &t.Coded[i]
		if r.Name == "" || isTotalLabel(r.Name) || len(r.Amounts) == 0 {
			return // a second total, a line without figures: no nesting to find
		}
		for _, m := range r.Amounts {
			if m.Sign() < 0 {
				return // the search prunes on figures that never go below zero
			}
		}
		s.rows = append(s.rows, r)
	}
	s.unit = finestPlace(t.Coded)
	ways := s.siblings(0, 1, s.figures(total))
	var whole []subtree
	for _, w := range ways {
		if w.end == len(s.rows) {
			whole = append(whole, w)
		}
	}
	if s.steps > shapeBudget || len(whole) != 1 {
		return
	}
	codes := placeByCatalogue(s.rows, whole[0].depths, year)
	for i, r := range s.rows {
		r.Depth, r.Code = whole[0].depths[i], codes[i]
	}
}

// figures is a row's amounts under the table's columns, blank as zero.
func (s *shapeSearch) figures(r *model.CodedRow) []model.Money {
	out := make([]model.Money, len(s.cols))
	for j, c := range s.cols {
		out[j] = r.Amounts[c]
	}
	return out
}

// head gives the ways row k heads a subtree at depth d: a 项 alone, or a
// 类 or 款 over siblings one level down that add up to it.
func (s *shapeSearch) head(k, d int) []subtree {
	if ways, ok := s.memo[[2]int{k, d}]; ok {
		return ways
	}
	var ways []subtree
	if d == 3 {
		ways = []subtree{{end: k + 1, depths: []int{3}}}
	} else {
		for _, w := range s.siblings(k+1, d+1, s.figures(s.rows[k])) {
			ways = append(ways, subtree{end: w.end, depths: append([]int{d}, w.depths...)})
		}
	}
	s.memo[[2]int{k, d}] = ways
	return ways
}

// siblings gives the ways rows from i on are siblings at depth d adding up
// to target (within the rounding of n printed figures: a document rounds
// each cell, 12,868.19 + 76,468.81 + 7,458.52 + 2,434.95 = 99,230.47 under a
// printed 99,230.46), each with its own subtree; n siblings came before i.
func (s *shapeSearch) siblings(i, d int, target []model.Money) []subtree {
	return s.siblingsAfter(i, d, target, 0)
}

func (s *shapeSearch) siblingsAfter(i, d int, target []model.Money, n int) []subtree {
	s.steps++
	if i >= len(s.rows) || s.steps > shapeBudget {
		return nil
	}
	tol := s.tolerance(n + 1)
	rest := make([]model.Money, len(target))
	for j, m := range s.figures(s.rows[i]) {
		if rest[j] = target[j].Sub(m); rest[j].Decimal().LessThan(tol.Neg()) {
			return nil // more than the parent holds
		}
	}
	var out []subtree
	for _, w := range s.head(i, d) {
		if withinAll(rest, tol) {
			out = append(out, w)
		}
		for _, more := range s.siblingsAfter(w.end, d, rest, n+1) {
			out = append(out, subtree{end: more.end, depths: append(append([]int{}, w.depths...), more.depths...)})
		}
	}
	return out
}

// tolerance is how far n printed figures, each rounded to the table's
// finest place, may miss their printed sum (model.WithinRounding's rule).
func (s *shapeSearch) tolerance(n int) decimal.Decimal {
	tol := s.unit.Mul(decimal.NewFromInt(int64(n + 1))).Div(decimal.NewFromInt(2))
	if tol.LessThan(s.unit) {
		tol = s.unit
	}
	return tol
}

func withinAll(ms []model.Money, tol decimal.Decimal) bool {
	for _, m := range ms {
		if m.Decimal().Abs().GreaterThan(tol) {
			return false
		}
	}
	return true
}

// placeByCatalogue gives each row the catalogue's code for its name under
// its parent's code (a class by its name alone, where the catalogue has one
// class of that name); "" where the parent has none or the catalogue no
// such child.
func placeByCatalogue(rows []*model.CodedRow, depths []int, year int) []string {
	codes := make([]string, len(rows))
	parent := make([]string, 4) // the code of the last row at each depth
	for i, r := range rows {
		d := depths[i]
		cands := catalog.CodesFor(catalog.Functional, year, r.Name)
		want := ""
		if d > 1 {
			want = parent[d-1]
		}
		for _, c := range cands {
			if d == 1 && len(c) == 3 || d > 1 && want != "" && len(c) == len(want)+2 && model.ParentCode(c) == want {
				if codes[i] != "" {
					codes[i] = "" // two codes fit: none is known
					break
				}
				codes[i] = c
			}
		}
		parent[d] = codes[i]
	}
	return codes
}

// finestPlace is the unit of the finest decimal place any figure prints,
// 0.01 at the coarsest (model.WithinRounding's rule).
func finestPlace(rows []model.CodedRow) decimal.Decimal {
	places := int32(2)
	for _, r := range rows {
		for _, m := range r.Amounts {
			places = max(places, -m.Decimal().Exponent())
		}
	}
	return decimal.New(1, -places)
}
