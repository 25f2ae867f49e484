package parse

import (
	"slices"

	"github.com/shopspring/decimal"

	"yusuan/model"
)

const (
	// maxPageMatches bounds the matches tried for one page's columns,
	maxPageMatches = 600
	// and maxPageTrials those tried for all the pages of a table.
	maxPageTrials = 2000
)

// A page of a table after its first is laid out afresh by pdftotext, its
// columns narrower or wider than the first page's, and its figure columns
// are matched to the table's by position (mapColumns): a hypothesis, which
// fails where the page closes up the columns it leaves empty (重庆宣传部's
// 收入总体情况表: page 2 prints 事业收入 and 其他收入 where page 1 has the
// empty 国有资本经营 and 财政专户 columns, and page 3 starts its figures a
// column early). The figures of one page keep their order, so the page's
// columns go, in order, to some of the table's columns of 合计 and its
// parts. For a table its sums did not confirm, every such match of each
// later page is tried (the other pages as they stand), and a page is read
// again under the one match with which fewer of the table's sums fail than
// as read and than under any other match. The table so read is settled and
// verified as every table is, and taken only where every sum then holds
// (chosen among many readings, it is allowed none of the document's own
// slips a table read once may show); otherwise it stays as it was, in doubt.

// laterPages: some of the rows are printed on a page after the first row's
// (the pages placePageColumns matches).
func laterPages(rows []model.CodedRow, pageOf func(int) int) bool {
	if len(rows) == 0 {
		return false
	}
	first := pageOf(rows[0].Line)
	for _, r := range rows[1:] {
		if p := pageOf(r.Line); p != 0 && p != first {
			return true
		}
	}
	return false
}

// placePageColumns reads again, page by page, a table its arithmetic did not
// confirm. printed are its rows as read, before settleCoded; pageOf gives a
// source line's page.
func placePageColumns(t *model.Table, printed []model.CodedRow, pageOf func(int) int, year int) {
	cs := model.ColumnsOf(t)
	if cs.Ambiguous || cs.Total == "" || len(printed) == 0 {
		return
	}
	all := amountColumnsInOrder(printed)
	var targets []int // the columns of 合计 and its parts, as indexes in all
	parts := totalParts(cs)
	for j, c := range all {
		if c == cs.Total || slices.Contains(parts, c) {
			targets = append(targets, j)
		}
	}
	if len(targets) < 3 {
		return
	}
	first := pageOf(printed[0].Line)
	var pages [][]int // rows of each later page
	byPage := map[int]int{}
	for i, r := range printed {
		p := pageOf(r.Line)
		if p == 0 || p == first {
			continue
		}
		k, ok := byPage[p]
		if !ok {
			k = len(pages)
			byPage[p] = k
			pages = append(pages, nil)
		}
		pages[k] = append(pages[k], i)
	}
	if len(pages) == 0 {
		return
	}
	q := newQuickSums(printed, all, targets, cs.Total, t.Kind)
	used := make([][]int, len(pages)) // each page's columns, in table order
	matches := make([][][]int, len(pages))
	trials := 0
	for k, page := range pages {
		used[k] = q.filled(page)
		matches[k] = orderedMatches(len(used[k]), len(targets), maxPageMatches)
		trials += len(matches[k])
	}
	if trials == 0 || trials > maxPageTrials {
		return
	}
	choice := make([][]int, len(pages)) // the match taken; nil: as read
	least := q.failed()
	for pass := 0; pass < 2; pass++ {
		changed := false
		for k, page := range pages {
			var win []int
			ties := 0
			for _, m := range matches[k] {
				q.move(page, used[k], m)
				switch f := q.failed(); {
				case f < least:
					win, least, ties = m, f, 1
				case f == least && win != nil:
					ties++ // another match that adds up as well
				}
			}
			if win != nil && ties == 1 {
				choice[k], changed = win, true
			}
			q.move(page, used[k], choice[k])
		}
		if !changed || least == 0 {
			break
		}
	}
	if !slices.ContainsFunc(choice, func(m []int) bool { return m != nil }) {
		return
	}
	tr := *t
	tr.Coded = cloneRows(printed)
	for k, m := range choice {
		if m != nil {
			for _, i := range pages[k] {
				movePageColumns(&tr.Coded[i], all, used[k], targets, m)
			}
		}
	}
	settleCoded(&tr, year)
	verifyTable(&tr)
	// a reading chosen among many is owed no allowance for the document's
	// own slips: every sum must hold
	if tr.Verified != nil && *tr.Verified && tr.Identities.Failed == 0 {
		*t = tr
	}
}

// amountColumnsInOrder: every amount column of the rows, in table order.
func amountColumnsInOrder(rows []model.CodedRow) []string {
	var out []string
	for _, r := range rows {
		for _, c := range r.Order {
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
}

// orderedMatches lists every order-keeping placement of n columns among m
// (each a list of n increasing indexes); nil where there are more than
// limit, or nothing to place.
func orderedMatches(n, m, limit int) [][]int {
	if n == 0 || n > m || binomial(m, n) > limit {
		return nil
	}
	var out [][]int
	pick := make([]int, n)
	var walk func(k, from int)
	walk = func(k, from int) {
		if k == n {
			out = append(out, slices.Clone(pick))
			return
		}
		for c := from; c <= m-(n-k); c++ {
			pick[k] = c
			walk(k+1, c+1)
		}
	}
	walk(0, 0)
	return out
}

// movePageColumns puts the row's figure of all[used[i]] under all[targets[m[i]]].
func movePageColumns(r *model.CodedRow, all []string, used, targets, m []int) {
	moved := make(map[string]model.Money, len(used))
	for i, j := range used {
		if v, ok := r.Amounts[all[j]]; ok {
			moved[all[targets[m[i]]]] = v
			delete(r.Amounts, all[j])
		}
	}
	for c, v := range moved {
		r.Amounts[c] = v
	}
}

// quickSums counts the failing sums of a table quickly enough to try
// hundreds of readings: the figures in whole units of 10⁻⁶ as int64, the
// nesting worked out once. It counts what verifyTable counts of them (each
// row's 合计 against its parts, each parent and the 合计 row against their
// children, column by column, within the printed rounding); the reading it
// chooses is verified in full.
type quickSums struct {
	base, cur [][]int64 // per row, per column of all: the figure as printed, as moved
	has       [][]bool
	curHas    [][]bool
	targets   []int      // the columns of 合计 and its parts
	total     int        // the 合计's column
	family    [][2][]int // parent (one row) and its children
	unit      int64      // the finest printed precision, in 10⁻⁶
}

func newQuickSums(rows []model.CodedRow, all []string, targets []int, total string, kind model.TableKind) *quickSums {
	q := &quickSums{targets: targets, total: slices.Index(all, total), unit: 10000}
	n := len(all)
	for _, r := range rows {
		v, h := make([]int64, n), make([]bool, n)
		for j, c := range all {
			if m, ok := r.Amounts[c]; ok {
				d := m.Decimal()
				if e := -d.Exponent(); e > 2 && e <= 6 {
					q.unit = min(q.unit, decimal.New(1, 6-e).IntPart())
				}
				v[j], h[j] = d.Shift(6).IntPart(), true
			}
		}
		q.base, q.has = append(q.base, v), append(q.has, h)
		q.cur, q.curHas = append(q.cur, slices.Clone(v)), append(q.curHas, slices.Clone(h))
	}
	tb := &model.Table{Kind: kind, Coded: cloneRows(rows)}
	at := map[*model.CodedRow]int{}
	for i := range tb.Coded {
		at[&tb.Coded[i]] = i
	}
	sh := model.ShapeOf(tb)
	add := func(p *model.CodedRow, kids []*model.CodedRow) {
		if p == nil || len(kids) == 0 {
			return
		}
		f := [2][]int{{at[p]}, nil}
		for _, k := range kids {
			f[1] = append(f[1], at[k])
		}
		q.family = append(q.family, f)
	}
	add(sh.Total, sh.Roots)
	for p, kids := range sh.Children {
		add(p, kids)
	}
	return q
}

// filled: the columns (indexes in all) the rows print a figure in.
func (q *quickSums) filled(rows []int) []int {
	var out []int
	for j := range q.base[0] {
		for _, i := range rows {
			if q.has[i][j] {
				out = append(out, j)
				break
			}
		}
	}
	return out
}

// move reads the rows with their figures of columns used under the targets
// m gives (as printed where m is nil).
func (q *quickSums) move(rows, used, m []int) {
	for _, i := range rows {
		if m == nil {
			copy(q.cur[i], q.base[i])
			copy(q.curHas[i], q.has[i])
			continue
		}
		clear(q.cur[i])
		clear(q.curHas[i])
		for k, j := range used {
			to := q.targets[m[k]]
			q.cur[i][to], q.curHas[i][to] = q.base[i][j], q.has[i][j]
		}
	}
}

// within: a difference the rounding of n printed figures explains.
func (q *quickSums) within(diff int64, n int) bool {
	tol := max(q.unit, q.unit*int64(n+1)/2)
	return diff <= tol && -diff <= tol
}

// failed counts the failing sums as the rows now stand.
func (q *quickSums) failed() int {
	n := 0
	total := q.total
	for i := range q.cur {
		if !q.curHas[i][total] {
			continue
		}
		sum, parts := int64(0), 0
		for _, j := range q.targets {
			if j != total && q.curHas[i][j] {
				sum += q.cur[i][j]
				parts++
			}
		}
		if parts > 0 && !q.within(q.cur[i][total]-sum, parts) {
			n++
		}
	}
	for _, f := range q.family {
		p := f[0][0]
		for _, j := range q.targets {
			sum, kids := int64(0), 0
			for _, k := range f[1] {
				if q.curHas[k][j] {
					sum += q.cur[k][j]
					kids++
				}
			}
			if kids == 0 && !q.curHas[p][j] {
				continue
			}
			if !q.within(q.cur[p][j]-sum, kids) {
				n++
			}
		}
	}
	return n
}
