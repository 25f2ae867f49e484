package audit

import (
	"fmt"
	"slices"
	"strings"

	"yusuan/model"
)

// scope is the money a functional table covers.
func scope(k model.TableKind) string {
	switch k {
	case model.TExpenditure:
		return "all"
	case model.TGeneralExpenditure:
		return "general"
	case model.TFundExpenditure:
		return "fund"
	case model.TSOEExpenditure:
		return "soe"
	case model.TFiscalExpenditure:
		return "fiscal"
	}
	return ""
}

// totalRow is a coded table's single total row, or nil. A code-less row
// without a single amount is no total: the next table's heading read as a row
// (“四、财政拨款收支预算总表” under fj-fuzhou-etdz-ecoenv's 支出预算总表); nor is
// a line its table's nesting placed (监狱, printed by name only).
func totalRow(t *model.Table) *model.CodedRow {
	var out *model.CodedRow
	for i := range t.Coded {
		if t.Coded[i].Code == "" && t.Coded[i].Depth == 0 && len(t.Coded[i].Amounts) > 0 {
			if out != nil {
				return nil
			}
			out = &t.Coded[i]
		}
	}
	return out
}

// checkCrossTables: a code shows the same amounts in every table of the same
// scope; and where the department's money is all fiscal, the all-funds
// table equals the sum of the general, fund and state-capital tables.
func checkCrossTables(c *checker) {
	byScope := map[string][]*model.Table{}
	var scopes []string
	for _, t := range c.doc.Tables {
		s := scope(t.Kind)
		if s == "" || len(t.Coded) == 0 || t.Empty {
			continue
		}
		if byScope[s] == nil {
			scopes = append(scopes, s)
		}
		byScope[s] = append(byScope[s], t)
	}
	for _, s := range scopes {
		ts := byScope[s]
		for i := 1; i < len(ts); i++ {
			sameScope(c, ts[0], ts[i])
		}
	}
	checkSummaryAgainstTables(c)
	incomeAgainstExpenditure(c)
	if all := byScope["all"]; len(all) > 0 {
		var parts []*model.Table
		for _, s := range []string{"general", "fund", "soe"} {
			if len(byScope[s]) > 0 {
				parts = append(parts, byScope[s][0])
			}
		}
		if len(parts) > 0 && len(byScope["fiscal"]) == 0 {
			allEqualsParts(c, all[0], parts)
		}
	}
}

// sameScope compares the amounts of every code the two tables share, in the
// columns of the same role.
func sameScope(c *checker, a, b *model.Table) {
	ca, cb := columnsOf(a), columnsOf(b)
	// Tables of one kind may still differ in scope (a 项目支出表 read as a
	// 支出表): only tables whose grand totals agree are compared code by code.
	ta, tb := totalRow(a), totalRow(b)
	if ta == nil || tb == nil || ca.Total == "" || cb.Total == "" || ca.Ambiguous || cb.Ambiguous || !amount(ta, ca.Total).Equal(amount(tb, cb.Total)) {
		return
	}
	pairs := [][2]string{{ca.Total, cb.Total}, {ca.Basic, cb.Basic}, {ca.Project, cb.Project}}
	ia, _ := codedIndex(a)
	ib, _ := codedIndex(b)
	for i := range b.Coded {
		rb := &b.Coded[i]
		ra := ia[rb.Code]
		if rb.Code == "" {
			if rb != tb {
				continue // a line without a code (one the nesting placed): a no code finds it by
			}
			ra = ta
		} else if ib[rb.Code] != rb {
			continue
		}
		if ra == nil || rb == nil {
			continue
		}
		for _, p := range pairs {
			if p[0] == "" || p[1] == "" {
				continue
			}
			if !hasAmount(ra, p[0]) && !hasAmount(rb, p[1]) {
				continue
			}
			msg := fmt.Sprintf("%s %s“%s”与《%s》第%d行不同", rb.Code, rb.Name, leaf(p[1]), title(a), ra.Line)
			l := tableLoc(b, rb.Code, rb.Line)
			va, vb := amount(ra, p[0]), amount(rb, p[1])
			c.mismatch("cross-table", Error, l, msg, va, vb, append(summedRoundings(ra, va), summedRoundings(rb, vb)...)...)
		}
	}
}

// allEqualsParts: when the all-funds total equals the fiscal tables' totals
// together, every code must add up the same way.
func allEqualsParts(c *checker, all *model.Table, parts []*model.Table) {
	ca := columnsOf(all)
	if ca.Total == "" || ca.Ambiguous {
		return
	}
	ta := totalRow(all)
	if ta == nil {
		return
	}
	var sum model.Money
	for _, p := range parts {
		cp := columnsOf(p)
		tp := totalRow(p)
		if cp.Total == "" || tp == nil || cp.Ambiguous {
			// Two columns claiming one role (bj-beijing-greening's 预算05表
			// “项目支出总数” over “项目支出” and “扣除基建项目后预算数”): which one
			// holds 项目支出 is not known, as for row-identity.
			return
		}
		sum = sum.Add(amount(tp, cp.Total))
	}
	if !sum.Equal(amount(ta, ca.Total)) {
		return // other money than fiscal: per-code sums need not agree
	}
	idx, _ := codedIndex(all)
	partIdx := make([]map[string]*model.CodedRow, len(parts))
	partCols := make([]colSet, len(parts))
	for i, p := range parts {
		partIdx[i], _ = codedIndex(p)
		partCols[i] = columnsOf(p)
	}
	if !sharesCode(idx, partIdx) {
		// Coded otherwise: sn-xian-finance-2026's 部门综合预算支出总表 lists
		// units (116 西安市财政局), its fiscal tables functional codes.
		return
	}
	type colPair struct{ all, role string }
	for _, col := range []colPair{{ca.Total, "total"}, {ca.Basic, "basic"}, {ca.Project, "project"}} {
		if col.all == "" {
			continue
		}
		for i := range all.Coded {
			r := &all.Coded[i]
			if r.Code == "" || idx[r.Code] != r {
				continue
			}
			var want model.Money
			var ops []model.Money
			ok := true
			for pi := range parts {
				cp := partCols[pi]
				pc := map[string]string{"total": cp.Total, "basic": cp.Basic, "project": cp.Project}[col.role]
				if pr := partIdx[pi][r.Code]; pr != nil {
					if pc == "" {
						ok = false
						break
					}
					want = want.Add(amount(pr, pc))
					ops = append(ops, amount(pr, pc))
				}
			}
			if !ok || (len(ops) == 0 && !hasAmount(r, col.all)) {
				continue
			}
			msg := fmt.Sprintf("%s %s“%s”不等于各财政拨款支出表之和", r.Code, r.Name, leaf(col.all))
			c.mismatch("cross-table", Error, tableLoc(all, r.Code, r.Line), msg, want, amount(r, col.all), ops...)
		}
	}
}

// checkEconomicBasic: the economic breakdown of basic expenditure adds up to
// the basic expenditure the functional tables show.
func checkEconomicBasic(c *checker) {
	var econ *model.Table
	for _, t := range c.doc.TablesOf(model.TBasicEconomic) {
		if len(t.Coded) > 0 && !t.Empty {
			econ = t
			break
		}
	}
	if econ == nil {
		return
	}
	ce := columnsOf(econ)
	tr := totalRow(econ)
	if tr == nil || ce.Total == "" || !hasAmount(tr, ce.Total) {
		return
	}
	got := amount(tr, ce.Total)
	// The economic table covers the money its title names; it is compared
	// only with the functional tables of that same scope.
	var cands []model.Money
	var from []string
	basicOf := func(kinds ...model.TableKind) (model.Money, string, bool) {
		var sum model.Money
		var names []string
		for _, k := range kinds {
			ts := c.doc.TablesOf(k)
			if len(ts) == 0 {
				continue
			}
			ct := columnsOf(ts[0])
			r := totalRow(ts[0])
			if r == nil || ct.Basic == "" || ct.Ambiguous || !hasAmount(r, ct.Basic) {
				// no 基本支出 read: gd-shenzhen-portoffice's 支出总表 total
				// row has 支出总计 only, its 5,006.59 not placed
				return model.Zero, "", false
			}
			sum = sum.Add(amount(r, ct.Basic))
			names = append(names, "《"+title(ts[0])+"》")
		}
		return sum, strings.Join(names, "、"), len(names) > 0
	}
	var v model.Money
	var name string
	var ok bool
	switch t := econ.Title; {
	case strings.Contains(t, "一般公共预算"):
		v, name, ok = basicOf(model.TGeneralExpenditure)
	case strings.Contains(t, "财政拨款"):
		if v, name, ok = basicOf(model.TFiscalExpenditure); !ok {
			v, name, ok = basicOf(model.TGeneralExpenditure, model.TFundExpenditure, model.TSOEExpenditure)
		}
	default:
		v, name, ok = basicOf(model.TExpenditure)
	}
	if ok {
		cands, from = append(cands, v), append(from, name)
	}
	for _, v := range cands {
		if v.Equal(got) {
			return
		}
	}
	if len(cands) == 0 {
		return
	}
	msg := fmt.Sprintf("基本支出经济分类合计不等于%s的基本支出", from[0])
	c.mismatch("economic-basic", Error, tableLoc(econ, "", tr.Line), msg, cands[0], got)
}

// incomeAgainstExpenditure: the income table by function and the expenditure
// table by function describe one balanced budget; when their totals agree,
// a code whose 合计 differs is likely a slip (a warning: a carry-over can
// legitimately sit on one side only).
func incomeAgainstExpenditure(c *checker) {
	inc := c.doc.TablesOf(model.TIncome)
	exp := c.doc.TablesOf(model.TExpenditure)
	if len(inc) == 0 || len(exp) == 0 {
		return
	}
	a, b := inc[0], exp[0]
	ca, cb := columnsOf(a), columnsOf(b)
	ta, tb := totalRow(a), totalRow(b)
	if ca.Total == "" || cb.Total == "" || ta == nil || tb == nil || !amount(ta, ca.Total).Equal(amount(tb, cb.Total)) {
		return
	}
	ia, _ := codedIndex(a)
	ib, _ := codedIndex(b)
	for i := range b.Coded {
		rb := &b.Coded[i]
		ra := ia[rb.Code]
		if rb.Code == "" || ib[rb.Code] != rb || ra == nil {
			continue
		}
		if !hasAmount(ra, ca.Total) || !hasAmount(rb, cb.Total) {
			continue
		}
		msg := fmt.Sprintf("%s %s 支出合计与《%s》收入合计不同", rb.Code, rb.Name, title(a))
		va, vb := amount(ra, ca.Total), amount(rb, cb.Total)
		c.mismatch("cross-table", Warn, tableLoc(b, rb.Code, rb.Line), msg, va, vb, append(summedRoundings(ra, va), summedRoundings(rb, vb)...)...)
	}
}

// summedRoundings are the roundings a row's figure v carries beyond its
// own, as operands for the tolerance of a comparison: none for a row as
// printed, one per printed row for a row that adds up several
// (model.CodedRow.Summed: a table by unit prints each unit's 221 rounded).
func summedRoundings(r *model.CodedRow, v model.Money) []model.Money {
	if r.Summed < 2 {
		return nil
	}
	return slices.Repeat([]model.Money{v}, r.Summed)
}

// sharesCode: some code of the all-funds table is a code of a part table.
func sharesCode(all map[string]*model.CodedRow, parts []map[string]*model.CodedRow) bool {
	for code := range all {
		for _, p := range parts {
			if code != "" && p[code] != nil {
				return true
			}
		}
	}
	return false
}
