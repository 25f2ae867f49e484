package compare

import (
	"fmt"
	"strings"

	"yusuan/model"
	"yusuan/prose"
)

// A department's budget (预算) and its final accounts (决算) of the same year
// set side by side are not two years but plan and outcome: each line shows
// 预算数 | 决算数 | 执行率 (决算数 ÷ 预算数), and the final accounts' own
// 年初预算数 column, which restates the budget, is checked against the budget
// document line by line.

// RuleFinalBudgetColumn is the rule of a final accounts' 年初预算数 that
// differs from the budget document of the same year.
const RuleFinalBudgetColumn = "final-budget-column"

// IsExecution reports whether old and cur are a budget and the final
// accounts of one department and year, in that order.
func IsExecution(old, cur *model.Document) bool {
	return old != nil && cur != nil && old.Kind == model.Budget && cur.Kind == model.Final &&
		old.Year != 0 && old.Year == cur.Year &&
		(old.Department == "" || cur.Department == "" || prose.SameDepartment(old.Department, cur.Department))
}

// ExecutionRate is final ÷ budget × 100 to two places, "" where the budget
// is zero (spent without a budget: the text says 预算外).
func ExecutionRate(budget, final model.Money) string {
	if budget.IsZero() {
		return ""
	}
	return pct(final, budget, 2)
}

// setExecution fills the execution rate of every line and total of d.
func setExecution(d *Diff) {
	d.Execution = true
	rate := func(ls []*Line) {
		walkLines(ls, func(l, _ *Line) {
			if l.Old != nil && l.New != nil {
				l.Rate = ExecutionRate(l.Old.Total, l.New.Total)
			}
		})
	}
	rate(d.Functional)
	rate(d.Economic)
	rate(d.ThreePublic)
	for _, l := range d.Totals.Lines() {
		if t := l.T; t.Old != nil && t.New != nil && !t.New.IsZero() { // a total the final accounts do not print is no 0% execution
			t.Rate = ExecutionRate(*t.Old, *t.New)
		}
	}
	for _, p := range d.Projects {
		if p.OldBudget != nil && p.NewBudget != nil {
			p.Rate = ExecutionRate(*p.OldBudget, *p.NewBudget)
		}
	}
}

// budgetColumnFindings compares the 年初预算数 of each functional table of the
// final accounts with the table of the same kind in the budget (一般公共预算
// 财政拨款支出决算表 with 一般公共预算支出表), code by code. Tables read in
// doubt on either side are left out: their figures are not claims.
func budgetColumnFindings(budget, final *model.Document) []model.Finding {
	var out []model.Finding
	for _, ft := range final.Tables {
		if ft.Unverified() || len(ft.Coded) == 0 {
			continue
		}
		bt := verifiedTableOf(budget, ft.Kind)
		if bt == nil {
			continue
		}
		planned := map[string]model.Money{}
		for _, r := range bt.Coded {
			if r.Code != "" {
				if v, ok := rowTotal(r, false); ok {
					planned[r.Code] = v
				}
			}
		}
		for _, r := range ft.Coded {
			stated, ok := rowTotal(r, true)
			want, known := planned[r.Code]
			if r.Code == "" || !ok || !known || stated.Equal(want) {
				continue
			}
			diff := stated.Sub(want)
			out = append(out, model.Finding{
				Rule: RuleFinalBudgetColumn, Severity: model.SevWarn,
				Where: ft.Title + " / " + r.Code, Code: r.Code, Line: r.Line, Page: final.PageOf(r.Line),
				Message: fmt.Sprintf("%s %s 年初预算数 %s 万元，预算文件《%s》为 %s 万元",
					r.Code, model.CleanText(r.Name), stated, model.CleanText(bt.Title), want),
				Expected: want.String(), Actual: stated.String(), Difference: plusSign(diff),
			})
		}
	}
	return out
}

// verifiedTableOf is the document's first verified table of kind k with coded rows.
func verifiedTableOf(d *model.Document, k model.TableKind) *model.Table {
	for _, t := range d.TablesOf(k) {
		if !t.Unverified() && len(t.Coded) > 0 {
			return t
		}
	}
	return nil
}

// rowTotal is a row's 合计: of its 年初预算数 columns (initial) in final
// accounts, else of the row as a budget prints it.
func rowTotal(r model.CodedRow, initial bool) (model.Money, bool) {
	var cols []string
	for _, k := range r.Order {
		if strings.Contains(k, "年初预算") == initial {
			cols = append(cols, k)
		}
	}
	if len(cols) == 0 {
		return model.Money{}, false
	}
	for _, k := range cols {
		if strings.HasSuffix(k, "合计") || strings.HasSuffix(k, "小计") {
			return r.Amounts[k], true
		}
	}
	return r.Amounts[cols[0]], true // a single column: the total itself
}

// plusSign writes a difference with its sign, as audit's findings do (+0.10).
func plusSign(m model.Money) string {
	if m.Sign() > 0 {
		return "+" + m.String()
	}
	return m.String()
}

// RateText is the execution rate as the text report and the explorer show
// it: 92.00%, 预算外 where there was no budget, — where either side is missing.
func RateText(budget, final *model.Money, rate string) string {
	switch {
	case rate != "":
		return rate + "%"
	case budget != nil && final != nil && budget.IsZero() && !final.IsZero():
		return "预算外"
	}
	return "—"
}
