package model

import (
	"sort"
	"strings"

	"github.com/shopspring/decimal"
)

// Identity is one sum a budget table asserts about itself: a row's 合计 equals
// its parts (a row identity), a parent row equals its children, or the 合计 row
// equals the top-level rows (tree sums). The parser counts them to verify what
// it read; the checks report the ones that fail. Sum is what the parts add up
// to, Got what the table prints.
type Identity struct {
	Row    *CodedRow   // the row that carries the sum
	Column string      // the column of the sum
	Parts  []string    // row identity: the columns that add up to Column
	Kids   []*CodedRow // tree sum: the rows that add up to Row
	Sum    Money
	Got    Money
	Ops    []Money // the figures added, for the message
}

// ReadingConfirmed decides, from how many of a table's sums were checked
// and how many failed, whether the table was read as printed. A document's
// own slips are the rare sums that fail while the rest of the table holds:
// one failure among three or more checks, or at most one in ten. More than
// that, or a failure with almost nothing else to hold, means the columns
// were not read as printed.
func ReadingConfirmed(checked, failed int) bool {
	switch {
	case checked == 0:
		return false
	case failed == 0:
		return true
	case failed == 1:
		return checked >= 3
	}
	return failed*10 <= checked
}

// add counts the row's figure in the column, if it prints one, as a part;
// total sets Sum once every part is in.
func (i *Identity) add(r *CodedRow, col string) {
	if v, ok := r.Amounts[col]; ok {
		i.Ops = append(i.Ops, v)
	}
}

func (i *Identity) total() { i.Sum = Sum(i.Ops...) }

// Holds reports whether the parts add up exactly.
func (i Identity) Holds() bool { return i.Sum.Equal(i.Got) }

// HoldsWithinRounding reports whether the parts add up, or miss by no more
// than the rounding of the printed figures: a misread column does not land
// within a cent, a document's rounding does.
func (i Identity) HoldsWithinRounding() bool {
	return i.Holds() || WithinRounding(i.Got.Sub(i.Sum), append(append([]Money{}, i.Ops...), i.Sum, i.Got), len(i.Ops))
}

// WithinRounding: n printed figures each rounded to the finest precision any
// of them shows can be off by half a unit each.
func WithinRounding(diff Money, figures []Money, n int) bool {
	places := int32(0)
	for _, f := range figures {
		if e := -f.Decimal().Exponent(); e > places {
			places = e
		}
	}
	if places < 2 {
		places = 2 // amounts are printed to the fen (0.01 万元) at most finely in practice
	}
	unit := decimal.New(1, -places)
	tol := unit.Mul(decimal.NewFromInt(int64(n + 1))).Div(decimal.NewFromInt(2))
	if tol.LessThan(unit) {
		tol = unit
	}
	return diff.Decimal().Abs().LessThanOrEqual(tol)
}

// RowIdentities returns the identities of one row across its columns whose
// every column is recognised; a row whose sum column is blank has none (a
// lost cell rather than a claim).
func RowIdentities(cs ColumnSet, r *CodedRow) []Identity {
	var out []Identity
	for _, sum := range RowSums(cs) {
		got, ok := r.Amounts[sum.Total]
		if !ok {
			continue
		}
		id := Identity{Row: r, Column: sum.Total, Parts: sum.Parts, Got: got, Ops: make([]Money, 0, len(sum.Parts))}
		for _, col := range sum.Parts {
			id.add(r, col)
		}
		id.total()
		out = append(out, id)
	}
	return out
}

// RowSum is one sum every row of a table asserts across its columns:
// Total = Σ Parts.
type RowSum struct {
	Total string
	Parts []string
}

// RowSums returns the sums a table with these columns asserts of each row,
// whether a given row prints them or not; RowIdentities checks them on one
// row, and the search for where a row's figures belong tries them on each
// placement.
func RowSums(cs ColumnSet) []RowSum {
	var out []RowSum
	add := func(total string, parts []string) {
		if total != "" && len(parts) >= 2 {
			out = append(out, RowSum{total, parts})
		}
	}
	switch {
	case cs.Basic != "" && cs.Project != "":
		add(cs.Total, append([]string{cs.Basic, cs.Project}, cs.OtherExp...))
		if cs.Personnel != "" && cs.Public != "" {
			add(cs.Basic, []string{cs.Personnel, cs.Public})
		}
	case cs.Project != "" && cs.Personnel != "" && cs.Public != "":
		add(cs.Total, append([]string{cs.Personnel, cs.Public, cs.Project}, cs.OtherExp...))
	case cs.Personnel != "" && cs.Public != "" && len(cs.OtherExp) == 0:
		total := cs.Total
		if total == "" {
			total = cs.Basic
		}
		add(total, []string{cs.Personnel, cs.Public})
	case len(cs.Sources) >= 2 || (len(cs.Sources) == 1 && cs.ThisYear != ""):
		// Income by source: 本年收入 = Σ sources; 合计 = 本年收入 + 上年结转.
		switch {
		case cs.ThisYear != "":
			add(cs.ThisYear, cs.Sources)
			if cs.Carry != "" {
				add(cs.Total, balances(cs, cs.ThisYear))
			}
		case cs.Carry != "" && strings.Contains(cs.Total, "本年"):
			add(cs.Total, cs.Sources) // 本年收入/合计 beside a separate 上年结转
		case cs.Carry != "":
			add(cs.Total, balances(cs, cs.Sources...))
		default:
			add(cs.Total, cs.Sources)
		}
	case cs.ThisYear != "" && cs.Carry != "":
		add(cs.Total, balances(cs, cs.ThisYear))
	}
	return out
}

// balances: this year's parts, then the balances of earlier years beside
// them (上年结转, and 使用非财政拨款结余 where both are printed).
func balances(cs ColumnSet, parts ...string) []string {
	out := append(append([]string{}, parts...), cs.Carry)
	if cs.SpentBalance != "" {
		out = append(out, cs.SpentBalance)
	}
	return out
}

// CodedIndex maps the codes of one table to their rows; codes printed more
// than once (a table in two parts, a page repeated) are left out, since which
// copy a child belongs to cannot be told. Rows without a code are returned
// apart (the total rows).
func CodedIndex(t *Table) (map[string]*CodedRow, []*CodedRow) {
	idx := map[string]*CodedRow{}
	dup := map[string]bool{}
	var totals []*CodedRow
	for i := range t.Coded {
		r := &t.Coded[i]
		if r.Code == "" {
			totals = append(totals, r)
			continue
		}
		if _, ok := idx[r.Code]; ok {
			dup[r.Code] = true
		}
		idx[r.Code] = r
	}
	for c := range dup {
		delete(idx, c)
	}
	return idx, totals
}

// TreeSum is the sums under one parent row (or under the 合计 row, with
// Parent.Code ""), one Identity per column either side prints.
type TreeSum struct {
	Parent *CodedRow
	Kids   []*CodedRow
	// Shifted: a child has a figure in a column its parent leaves blank, or
	// no figure at all: the columns under this parent were read shifted.
	Shifted bool
	// Blank are the columns the parent leaves blank though it prints
	// figures elsewhere, where its children's figures add up to more than
	// nothing: a parent is the sum of its children, so either the parent
	// or the children were read under the wrong columns.
	Blank   []string
	Columns []Identity
}

// TreeShape is how a coded table's rows nest: each printed row under its
// nearest printed ancestor, the top-level rows under the 合计 row (Total,
// nil when the table prints none or several).
type TreeShape struct {
	Children map[*CodedRow][]*CodedRow
	Roots    []*CodedRow
	Total    *CodedRow
}

// ShapeOf returns the nesting of a table's coded rows. A code printed once
// is the parent of every row under its code. A code printed more than once
// (a table by two classifications prints 301 工资福利支出 once per 政府经济
// class, each followed by its 30101, 30102 …) is the parent of the rows
// printed after it, until its next copy: children follow their parent. A
// row with no ancestor printed is a top-level row, each copy of it. A
// table of names only whose rows carry their Depth (found by its sums) is
// nested by depth instead: each row under the last row one level up.
func ShapeOf(t *Table) TreeShape {
	if byDepth(t) {
		return shapeByDepth(t)
	}
	idx, totals := CodedIndex(t)
	sh := TreeShape{Children: map[*CodedRow][]*CodedRow{}}
	latest := map[string]*CodedRow{} // the copy of each code printed last so far
	for i := range t.Coded {
		r := &t.Coded[i]
		if r.Code == "" {
			continue
		}
		if p := parentRow(idx, latest, r.Code); p != nil {
			sh.Children[p] = append(sh.Children[p], r)
		} else {
			sh.Roots = append(sh.Roots, r)
		}
		latest[r.Code] = r
	}
	sh.Total = totalOf(totals)
	return sh
}

// parentRow returns the row of the closest code above c: the one row of a
// code printed once, or the copy of a repeated code printed last before c.
func parentRow(idx, latest map[string]*CodedRow, c string) *CodedRow {
	for p := ParentCode(c); p != ""; p = ParentCode(p) {
		if row, ok := idx[p]; ok {
			return row
		}
		if row, ok := latest[p]; ok {
			return row
		}
	}
	return nil
}

// totalOf picks the 合计 row among the rows without a code: the only one, or
// the only one named 合计/总计 (an uncoded line the reader could not place
// is not the total).
func totalOf(rows []*CodedRow) *CodedRow {
	if len(rows) == 1 {
		return rows[0]
	}
	var named []*CodedRow
	for _, r := range rows {
		n := strings.ReplaceAll(r.Name, " ", "")
		if n == "" || strings.Contains(n, "合计") || strings.Contains(n, "总计") {
			named = append(named, r)
		}
	}
	if len(named) == 1 {
		return named[0]
	}
	return nil
}

// TreeSums returns, for every printed parent with printed children and for
// the 合计 row over the top-level rows, the sum of each column. A column the
// parent leaves blank gives no identity (ts.Blank names it where children
// print into it), nor one that every child leaves blank where the parent's
// figure is 0.00; a figure of the parent's over children all blank in its
// column is checked against 0.00.
func TreeSums(t *Table) []TreeSum {
	sh := ShapeOf(t)
	var out []TreeSum
	for i := range t.Coded {
		p := &t.Coded[i]
		if kids := sh.Children[p]; len(kids) > 0 {
			out = append(out, treeSum(p, kids))
		}
	}
	if sh.Total != nil && len(sh.Roots) > 0 {
		out = append(out, treeSum(sh.Total, sh.Roots))
	}
	return out
}

func treeSum(parent *CodedRow, kids []*CodedRow) TreeSum {
	ts := TreeSum{Parent: parent, Kids: kids}
	for _, k := range kids {
		if len(k.Amounts) == 0 {
			ts.Shifted = true
		}
		for col := range k.Amounts {
			if _, ok := parent.Amounts[col]; !ok {
				ts.Shifted = true
			}
		}
	}
	for _, col := range columnUnion(parent, kids) {
		got, ok := parent.Amounts[col]
		if !ok {
			if len(parent.Amounts) > 0 && !KidsSum(kids, col).IsZero() {
				ts.Blank = append(ts.Blank, col)
			}
			continue
		}
		id := Identity{Row: parent, Column: col, Kids: kids, Got: got, Ops: make([]Money, 0, len(kids))}
		for _, k := range kids {
			id.add(k, col)
		}
		id.total()
		// a figure over children that all leave its column blank is a
		// sum of nothing (烟台交通运输局's 收入总体情况表 read the 合计
		// row's 4.00 under 财政专户管理资金收入, where no class prints any)
		if len(id.Ops) == 0 && got.IsZero() {
			continue
		}
		ts.Columns = append(ts.Columns, id)
	}
	return ts
}

// columnUnion lists the columns any of the rows has, in table order.
// KidsSum adds the rows' figures in a column.
func KidsSum(kids []*CodedRow, col string) Money {
	sum := Zero
	for _, k := range kids {
		if v, ok := k.Amounts[col]; ok {
			sum = sum.Add(v)
		}
	}
	return sum
}

func columnUnion(p *CodedRow, kids []*CodedRow) []string {
	var out []string
	seen := map[string]bool{}
	addAll := func(r *CodedRow) {
		for _, col := range r.Order {
			if !seen[col] {
				seen[col] = true
				out = append(out, col)
			}
		}
		var extra []string
		for col := range r.Amounts {
			if !seen[col] {
				seen[col] = true
				extra = append(extra, col)
			}
		}
		sort.Strings(extra) // columns missing from Order: still a fixed order
		out = append(out, extra...)
	}
	addAll(p)
	for _, k := range kids {
		addAll(k)
	}
	return out
}
