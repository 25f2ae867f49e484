package audit

import (
	"fmt"
	"sort"
	"strings"

	"yusuan/model"
)

// codedIndex maps the codes of one table to their rows; codes printed more
// than once (a table in two parts, a page repeated) are left out, since which
// copy a child belongs to cannot be told.
func codedIndex(t *model.Table) (map[string]*model.CodedRow, []*model.CodedRow) {
	idx := map[string]*model.CodedRow{}
	dup := map[string]bool{}
	var totals []*model.CodedRow
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

// nearestAncestor returns the closest code above c present in idx, or "".
func nearestAncestor(idx map[string]*model.CodedRow, c string) string {
	for p := model.ParentCode(c); p != ""; p = model.ParentCode(p) {
		if _, ok := idx[p]; ok {
			return p
		}
	}
	return ""
}

// checkTreeSums: in every coded table, each printed parent equals the sum of
// the rows printed beneath it, column by column, and the total row equals the
// sum of the top-level rows.
func checkTreeSums(c *checker) {
	for _, t := range c.doc.Tables {
		if len(t.Coded) == 0 || t.Empty {
			continue
		}
		idx, totals := codedIndex(t)
		children := map[string][]*model.CodedRow{}
		var roots []*model.CodedRow
		for i := range t.Coded {
			r := &t.Coded[i]
			if r.Code == "" || idx[r.Code] != r {
				continue
			}
			if p := nearestAncestor(idx, r.Code); p != "" {
				children[p] = append(children[p], r)
			} else {
				roots = append(roots, r)
			}
		}
		for i := range t.Coded {
			p := &t.Coded[i]
			if p.Code == "" || idx[p.Code] != p || len(children[p.Code]) == 0 {
				continue
			}
			sumColumns(c, t, p, children[p.Code], fmt.Sprintf("%s %s", p.Code, p.Name), "其下级科目", endsTable(t, p.Code))
		}
		if len(totals) == 1 && len(roots) > 0 {
			sumColumns(c, t, totals[0], roots, "合计行", "各类科目", true)
		}
	}
}

// endsTable: the table's last coded row is code or lies beneath it.
func endsTable(t *model.Table, code string) bool {
	if len(t.Coded) == 0 {
		return false
	}
	last := t.Coded[len(t.Coded)-1].Code
	return last != "" && strings.HasPrefix(last, code)
}

// sumColumns compares parent with the sum of kids in every column either shows.
// atEnd says the table's last coded row lies under parent: a shortfall there
// is the mark of a table cut short (a page break, a wrapped row the layout
// lost) as much as of an error, so it is only worth a look.
func sumColumns(c *checker, t *model.Table, parent *model.CodedRow, kids []*model.CodedRow, what, parts string, atEnd bool) {
	// A child with a figure in a column its parent leaves blank, or with no
	// figure at all, means the columns under this parent were read shifted
	// (a page break, a wrapped cell): the sums are then only worth a look.
	shifted := false
	for _, k := range kids {
		if len(k.Amounts) == 0 {
			shifted = true // a printed row with no figure read at all
		}
		for col := range k.Amounts {
			if !hasAmount(parent, col) {
				shifted = true
			}
		}
	}
	for _, col := range columnUnion(parent, kids) {
		var sum model.Money
		var ops []model.Money
		for _, k := range kids {
			if v, ok := k.Amounts[col]; ok {
				sum = sum.Add(v)
				ops = append(ops, v)
			}
		}
		got := amount(parent, col)
		// A parent printed blank in a column its children fill is more often
		// a cell the layout lost than a claim of zero: no finding.
		if !hasAmount(parent, col) || len(ops) == 0 {
			// nor are children all blank under a filled parent: that is
			// the mark of a column the layout shifted
			continue
		}
		msg := fmt.Sprintf("%s“%s”列不等于%s之和", what, leaf(col), parts)
		sev := Error
		switch {
		case atEnd && sum.Cmp(got) < 0:
			sev = Info
			msg += "（差额出现在表末，表格可能未读全）"
		case shifted:
			sev = Info
			msg += "（下级科目的金额列与上级不一致，列可能错位）"
		}
		c.mismatch("tree-sum", sev, tableLoc(t, parent.Code, parent.Line), msg, sum, got, ops...)
	}
}

// columnUnion lists the columns any of the rows has, in table order.
func columnUnion(p *model.CodedRow, kids []*model.CodedRow) []string {
	var out []string
	seen := map[string]bool{}
	addAll := func(r *model.CodedRow) {
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
