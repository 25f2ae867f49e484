package parse

import (
	"slices"

	"yusuan/model"
)

// maxPageChoices bounds the search over the pages whose part column is
// undetermined: the choices of every page together.
const maxPageChoices = 256

// undeterminedPage is a printed page of a table, after the table's first,
// whose rows all print 合计 and one part, the part under the same column:
// a page printed without the header, where pdftotext closes up the columns
// the page leaves empty, puts the one part wherever the first part column
// was (北京司法局's 预算03表: a page of 项目支出 alone printed where page 1
// prints 合计 and 基本支出). Its position tells nothing; the sums do.
type undeterminedPage struct {
	rows []int // indexes in the table's rows
}

// undeterminedPages finds those pages among the table's rows as read
// (before repeated codes are summed); pageOf gives a source line's page, 0
// where the document has no pages. Nothing where the table has no total
// with parts.
func undeterminedPages(rows []model.CodedRow, parts []string, pageOf func(int) int) []undeterminedPage {
	if len(rows) == 0 || len(parts) < 2 {
		return nil
	}
	first := pageOf(rows[0].Line)
	type state struct {
		rows []int
		col  string
		ok   bool
	}
	var order []int
	byPage := map[int]*state{}
	for i, r := range rows {
		p := pageOf(r.Line)
		if p == 0 || p == first {
			continue
		}
		s := byPage[p]
		if s == nil {
			s = &state{ok: true}
			byPage[p] = s
			order = append(order, p)
		}
		if !s.ok || len(r.Amounts) == 0 {
			continue
		}
		part, lone := onePart(r, parts)
		if !lone || r.Code == "" || s.col != "" && s.col != part {
			s.ok = false // a page that prints two parts, or more: its columns stand apart
			continue
		}
		s.col = part
		s.rows = append(s.rows, i)
	}
	var out []undeterminedPage
	for _, p := range order {
		if s := byPage[p]; s.ok && len(s.rows) > 0 {
			out = append(out, undeterminedPage{rows: s.rows})
		}
	}
	return out
}

// onePart: the row prints its total and exactly one other figure, under one
// of the parts; it returns that part.
func onePart(r model.CodedRow, parts []string) (string, bool) {
	if len(r.Amounts) != 2 || len(r.Tokens) > 2 {
		return "", false
	}
	for c := range r.Amounts {
		if slices.Contains(parts, c) {
			return c, true
		}
	}
	return "", false
}

// totalParts returns the table's 合计 and the parts its row sum names.
func totalParts(cs model.ColumnSet) []string {
	for _, s := range model.RowSums(cs) {
		if s.Total == cs.Total {
			return s.Parts
		}
	}
	return nil
}

// placePartsByPages reads again a table its arithmetic did not confirm,
// with the part of each undetermined page put under each of the table's
// part columns in turn, and keeps the one choice, among all, under which
// the table is confirmed: its own verification (the 合计 row against its
// classes and every parent against its children in each part column) is
// the judge, so nothing is confirmed that the sums do not confirm. Where
// no choice, or more than one, confirms the table, it stays as read, in
// doubt. printed are the rows as read, before settleCoded.
func placePartsByPages(t *model.Table, printed []model.CodedRow, pages []undeterminedPage, parts []string, year int) {
	combos := 1
	for range pages {
		if combos *= len(parts); combos > maxPageChoices {
			return
		}
	}
	var found *model.Table
	choice := make([]int, len(pages))
	for n := 0; n < combos; n++ {
		k := n
		for i := range choice {
			choice[i], k = k%len(parts), k/len(parts)
		}
		trial := *t
		trial.Coded = cloneRows(printed)
		for i, pg := range pages {
			for _, j := range pg.rows {
				movePart(&trial.Coded[j], parts, parts[choice[i]])
			}
		}
		settleCoded(&trial, year)
		verifyTable(&trial)
		if trial.Verified == nil || !*trial.Verified {
			continue
		}
		if found != nil {
			return // two choices hold: the sums do not tell
		}
		found = &trial
	}
	if found != nil {
		*t = *found
	}
}

// movePart puts the row's one part under col.
func movePart(r *model.CodedRow, parts []string, col string) {
	for c, v := range r.Amounts {
		if slices.Contains(parts, c) {
			delete(r.Amounts, c)
			r.Amounts[col] = v
			return
		}
	}
}

func cloneRows(rows []model.CodedRow) []model.CodedRow {
	out := make([]model.CodedRow, len(rows))
	for i, r := range rows {
		r.Amounts = cloneAmounts(r.Amounts)
		r.Tokens = slices.Clone(r.Tokens)
		out[i] = r
	}
	return out
}

// settleCoded reads a functional table's rows as read into the table: each
// printed row placed by its own sums before repeated codes are summed (a
// merged row keeps no print order to place by), then the sums as rows of
// their own, then the nesting of a table that prints names only.
func settleCoded(t *model.Table, year int) {
	reassignRows(t)
	if merged := mergeRepeatedCodes(t.Coded); len(merged) != len(t.Coded) {
		t.Coded = merged
		reassignRows(t) // the sums, as rows of their own
	}
	shapeByArithmetic(t, year)
}
