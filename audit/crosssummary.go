package audit

import (
	"fmt"
	"strings"

	"yusuan/model"
	"yusuan/prose"
)

// checkSummaryAgainstTables: the summary tables restate the class totals and
// the grand totals of the functional tables; they must agree. 收支总表 covers
// all funds (the 支出总表); 财政拨款收支总表's first expenditure column covers
// the fiscal tables together (一般公共预算 + 政府性基金 + 国有资本经营).
func checkSummaryAgainstTables(c *checker) {
	var all *model.Table
	var fiscal []*model.Table
	fiscalInDoubt := false // a fiscal table read in doubt: a sum over the others means nothing
	for _, t := range c.doc.Tables {
		if t.Unverified() && (t.Kind == model.TGeneralExpenditure || t.Kind == model.TFundExpenditure || t.Kind == model.TSOEExpenditure) {
			fiscalInDoubt = true
		}
		if len(t.Coded) == 0 || t.Empty {
			continue
		}
		switch t.Kind {
		case model.TExpenditure:
			if all == nil {
				all = t
			}
		case model.TGeneralExpenditure, model.TFundExpenditure, model.TSOEExpenditure:
			if !economicCoded(t) {
				fiscal = append(fiscal, t)
			}
		}
	}
	for _, t := range c.doc.Tables {
		var against []*model.Table
		switch t.Kind {
		case model.TSummary:
			if all != nil {
				against = []*model.Table{all}
			}
		case model.TFiscalSummary:
			if !fiscalInDoubt {
				against = fiscal
			}
		}
		if len(against) == 0 {
			continue
		}
		_, exp, ok := summarySides(t)
		if !ok {
			continue
		}
		for _, it := range exp {
			if len(it.v) == 0 || !it.has[0] {
				continue
			}
			name := prose.LabelKey(it.label)
			isTotal := strings.HasPrefix(it.label, "本年支出合计")
			var want model.Money
			var ops []model.Money
			found := 0
			for _, ft := range against {
				cs := columnsOf(ft)
				if cs.Total == "" {
					continue
				}
				var r *model.CodedRow
				if isTotal {
					r = totalRow(ft)
				} else {
					r = classRow(ft, name)
				}
				if r == nil || !hasAmount(r, cs.Total) {
					continue
				}
				found++
				want = want.Add(amount(r, cs.Total))
				if r.Summed > 1 {
					ops = append(ops, summedRoundings(r, amount(r, cs.Total))...)
				} else {
					ops = append(ops, amount(r, cs.Total))
				}
			}
			// With several fiscal tables, every one must have been readable
			// for the sum to mean anything; a class missing from one of them
			// is a zero there only if that table has a total row.
			if found == 0 || (len(against) > 1 && !isTotal && found < len(against) && !allHaveTotals(against)) {
				continue
			}
			var names []string
			for _, a := range against {
				names = append(names, "《"+title(a)+"》")
			}
			msg := fmt.Sprintf("“%s”与%s不一致", it.label, strings.Join(names, "、"))
			c.mismatch("cross-table", Error, tableLoc(t, "", it.line), msg, want, it.v[0], ops...)
		}
	}
}

// economicCoded: the table's rows carry economic codes (301…, 501…), so it
// is the economic breakdown of money a functional table already counts.
// sn-xian-finance-2026 prints its 一般公共预算支出明细表 twice, 按支出功能分类科目
// and 按支出经济分类科目, each with 合计 30,331.258617 万元; the 财政拨款收支总表's
// 本年支出合计 is one of them, not their sum.
func economicCoded(t *model.Table) bool {
	for _, r := range t.Coded {
		if len(r.Code) >= 3 {
			return r.Code[0] == '3' || r.Code[0] == '5'
		}
	}
	return false
}

func allHaveTotals(ts []*model.Table) bool {
	for _, t := range ts {
		if totalRow(t) == nil {
			return false
		}
	}
	return true
}

// classRow finds the 类-level row of a functional table by name.
func classRow(t *model.Table, name string) *model.CodedRow {
	var out *model.CodedRow
	for i := range t.Coded {
		r := &t.Coded[i]
		if len(r.Code) == 3 && prose.Key(r.Name) == name {
			if out != nil {
				return nil
			}
			out = r
		}
	}
	return out
}
