package audit

import (
	"fmt"
	"strings"

	"yusuan/model"
	"yusuan/prose"
)

func projLoc(p *model.Project) loc {
	l := loc{where: "项目 " + p.Name, line: p.Line, code: p.Code, project: p.Name}
	if len(p.Sources) > 0 {
		l.where = strings.TrimSpace(reBookmark.ReplaceAllString(p.Sources[0].Table, "")) + " / " + p.Name
		if l.line == 0 {
			l.line = p.Sources[0].Line
		}
	}
	return l
}

// checkProjectSum: the projects' budgets add up to 项目支出 (of all funds, or
// of the fiscal tables when only those are listed).
func checkProjectSum(c *checker) {
	ps := c.doc.Projects
	if len(ps) == 0 {
		return
	}
	if listReadInPart(c.doc) {
		return
	}
	var sum model.Money
	var ops []model.Money
	for _, p := range ps {
		if p.Budget.IsZero() {
			return // a project without a budget: the list is not a full breakdown
		}
		sum = sum.Add(p.Budget)
		ops = append(ops, p.Budget)
	}
	type cand struct {
		v    model.Money
		from string
	}
	var cands []cand
	if !c.doc.Totals.Absent.Project && !c.doc.Totals.Project.IsZero() {
		cands = append(cands, cand{c.doc.Totals.Project, "项目支出合计"})
	}
	for _, t := range c.doc.Tables {
		if scope(t.Kind) == "" {
			continue
		}
		cs := columnsOf(t)
		if r := totalRow(t); r != nil && cs.Project != "" && hasAmount(r, cs.Project) {
			cands = append(cands, cand{amount(r, cs.Project), "《" + title(t) + "》项目支出"})
		}
	}
	if len(cands) == 0 {
		return
	}
	for _, k := range cands {
		if k.v.Equal(sum) {
			return
		}
	}
	msg := fmt.Sprintf("%d个项目的预算之和不等于%s", len(ps), cands[0].from)
	c.mismatch("project-sum", Error, loc{where: "项目"}, msg, sum, cands[0].v, ops...)
}

// planEntries returns the plan figures the document printed.
func planEntries(p *model.Project) []model.Money {
	var out []model.Money
	for i, v := range p.Plan {
		if i < len(p.PlanBlank) && p.PlanBlank[i] {
			continue
		}
		out = append(out, v)
	}
	return out
}

// isQuarterly: the plan's entries add up to the budget, so they are amounts
// per quarter rather than cumulative.
func isQuarterly(p *model.Project, es []model.Money) bool {
	return len(es) > 1 && model.Sum(es...).Equal(p.Budget)
}

var quarters = []string{"3月底", "6月底", "10月底", "12月底"}

func quarterName(i int) string {
	if i < len(quarters) {
		return quarters[i]
	}
	return fmt.Sprintf("第%d期", i+1)
}

// checkPlanMonotonic: a cumulative plan never goes down.
func checkPlanMonotonic(c *checker) {
	for _, p := range c.doc.Projects {
		es := planEntries(p)
		if isQuarterly(p, es) {
			continue
		}
		var prev *model.Money
		prevI := -1
		for i, v := range p.Plan {
			if i < len(p.PlanBlank) && p.PlanBlank[i] {
				continue
			}
			if prev != nil && v.Cmp(*prev) < 0 {
				msg := fmt.Sprintf("累计支出计划%s为 %s 万元，少于%s的 %s 万元", quarterName(i), v, quarterName(prevI), *prev)
				f := c.add("plan-monotonic", Error, projLoc(p), msg)
				f.Expected, f.Actual, f.Difference = prev.String(), v.String(), signed(v.Sub(*prev))
			}
			v := v
			prev, prevI = &v, i
		}
	}
}

// checkPlanEnd: the plan ends at the project's budget.
func checkPlanEnd(c *checker) {
	for _, p := range c.doc.Projects {
		es := planEntries(p)
		if len(es) == 0 || p.Budget.IsZero() || isQuarterly(p, es) {
			continue
		}
		last := es[len(es)-1]
		if looksLikePercent(es) && !p.Budget.Equal(model.MustMoney("100")) {
			continue // a plan printed in per cent of the budget
		}
		msg := fmt.Sprintf("支出计划年末累计 %s 万元，项目预算 %s 万元", last, p.Budget)
		c.mismatch("plan-end", Error, projLoc(p), msg, p.Budget, last)
	}
}

// looksLikePercent: a cumulative plan that ends at exactly 100 is a share.
func looksLikePercent(es []model.Money) bool {
	return es[len(es)-1].Equal(model.MustMoney("100"))
}

// checkDeclaredYuan: a declaration form's 元 amounts equal the project's 万元
// budget elsewhere.
func checkDeclaredYuan(c *checker) {
	for _, p := range c.doc.Projects {
		var yuan, wan []model.Ref
		for _, s := range p.Sources {
			if s.Amount == nil {
				continue
			}
			if s.Unit == "元" {
				yuan = append(yuan, s)
			} else {
				wan = append(wan, s)
			}
		}
		if len(yuan) == 0 {
			continue
		}
		want, from := p.Budget, "项目预算"
		if len(wan) > 0 {
			want, from = *wan[0].Amount, "《"+strings.TrimSpace(reBookmark.ReplaceAllString(wan[0].Table, ""))+"》"
		} else if want.IsZero() {
			continue
		}
		for _, y := range yuan {
			// 12,345 元 is 1.2345 万元, printed 1.23 in a table: equal at the
			// table's precision.
			places := -want.Decimal().Exponent()
			if places < 2 {
				places = 2
			}
			if y.Amount.Decimal().Round(places).Equal(want.Decimal()) {
				continue
			}
			l := projLoc(p)
			l.line = y.Line
			msg := fmt.Sprintf("申报表年度资金 %s 元（%s 万元）与%s %s 万元不同", yuanString(*y.Amount), y.Amount, from, want)
			c.mismatch("declared-yuan", Error, l, msg, want, *y.Amount)
		}
	}
}

func yuanString(m model.Money) string {
	return model.NewMoney(m.Decimal().Shift(4)).Grouped()
}

// checkProjectItems: where every project states the functional item it is
// charged to, the projects of an item add up to that item's 项目支出.
// Codes the parser inferred from the amounts are circular and not used.
func checkProjectItems(c *checker) {
	ps := c.doc.Projects
	if len(ps) == 0 {
		return
	}
	byCode := map[string][]*model.Project{}
	var codes []string
	for _, p := range ps {
		if p.FunctionCode == "" || p.FunctionCodeInferred {
			return
		}
		if byCode[p.FunctionCode] == nil {
			codes = append(codes, p.FunctionCode)
		}
		byCode[p.FunctionCode] = append(byCode[p.FunctionCode], p)
	}
	var t *model.Table
	for _, k := range []model.TableKind{model.TExpenditure, model.TGeneralExpenditure} {
		if ts := c.doc.TablesOf(k); len(ts) > 0 && columnsOf(ts[0]).Project != "" {
			t = ts[0]
			break
		}
	}
	if t == nil {
		return
	}
	col := columnsOf(t).Project
	idx, _ := codedIndex(t)
	for _, code := range codes {
		r := idx[code]
		if r == nil {
			continue
		}
		var sum model.Money
		var ops []model.Money
		var names []string
		for _, p := range byCode[code] {
			sum = sum.Add(p.Budget)
			ops = append(ops, p.Budget)
			names = append(names, p.Name)
		}
		msg := fmt.Sprintf("%s %s 的项目支出不等于所列项目（%s）预算之和", code, r.Name, strings.Join(names, "、"))
		c.mismatch("project-item-sum", Error, tableLoc(t, code, r.Line), msg, sum, amount(r, col), ops...)
	}
}

// checkProjectRestated: a project listed in several tables (the project list,
// its performance table) shows the same 万元 budget in each.
func checkProjectRestated(c *checker) {
	for _, p := range c.doc.Projects {
		if namedByTitle(p) {
			continue
		}
		var first *model.Ref
		for i := range p.Sources {
			s := &p.Sources[i]
			if s.Amount == nil || s.Unit == "元" {
				continue
			}
			if first == nil {
				first = s
				continue
			}
			l := projLoc(p)
			l.line = s.Line
			msg := fmt.Sprintf("项目预算在《%s》为 %s 万元，在《%s》为 %s 万元",
				strings.TrimSpace(reBookmark.ReplaceAllString(first.Table, "")), first.Amount,
				strings.TrimSpace(reBookmark.ReplaceAllString(s.Table, "")), s.Amount)
			c.mismatch("project-restated", Error, l, msg, *first.Amount, *s.Amount)
		}
	}
}

// namedByTitle: the project's name is the start of the title of the tables it
// was found in, and two of those are tables of one title: the name read is the
// title's, not a project's, and the tables are several projects' —
// sn-xian-housing-2022's “2022年专项资金总体绩效目标表” of 农村危房改造 (818.75),
// 公租房新建续建项目 (200000.00) and 人才安居货币化补贴 (638.60).
func namedByTitle(p *model.Project) bool {
	name := prose.Key(p.Name)
	if name == "" {
		return false
	}
	seen := map[string]bool{}
	for _, s := range p.Sources {
		t := prose.Key(s.Table)
		if seen[t] && strings.HasPrefix(t, name) {
			return true
		}
		seen[t] = true
	}
	return false
}

// listReadInPart: a project table prints more rows of amounts than projects
// were read from it, besides its total: the projects are not the whole list.
// gd-shenzhen-portoffice-2026's 项目支出总表 prints five 支出项目类别 (40.00,
// 40,000.70, 10,289.74, 180.00, 367.65 = 50,878.09, its total 50,878.08) and
// one of them was read.
func listReadInPart(doc *model.Document) bool {
	read := map[string]int{}
	for _, p := range doc.Projects {
		for _, s := range p.Sources {
			read[s.Table]++
		}
	}
	for _, t := range doc.Tables {
		if t.Kind != model.TProjectList || read[t.Title] == 0 {
			continue
		}
		rows := 0
		for _, row := range t.Rows {
			for _, cell := range row {
				if model.IsAmount(cell) {
					rows++
					break
				}
			}
		}
		if rows > read[t.Title]+1 {
			return true
		}
	}
	return false
}
