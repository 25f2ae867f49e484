package audit

import (
	"fmt"
	"strings"

	"yusuan/internal/lazyregexp"
	"yusuan/model"
	"yusuan/prose"
)

// The amounts a project's own words state: “共需…16312元” in its 概况, a
// 成本指标 of “宣传费 5万元”. Each should be its budget; the words may mean
// a part of it or a need the budget does not meet, so a difference is a
// warning (the figures are likely, not certainly, the same), never an error.

// reNeed is a total need the text states: 共需, 共计需要, 总计需 …, then at
// most 40 characters of the same clause, then the amount.
var reNeed = lazyregexp.New(`(?:共需|共计需要?|总计需要?|合计需要?|共需要)[^。；;]{0,40}?(\d[\d,]*(?:\.\d+)?)\s*(万元|元)`)

// reManyYears marks a need spread over years, which the year's budget is
// only a part of.
var reManyYears = lazyregexp.New(`分[两二三四五六七八九十\d]*年|分期|实施期|[两二三四五六七八九十\d]+年(?:内|间|共|合计|总)`)

// checkProjectStatedAmount: the total need a project's text states is its
// budget (or, over its whole period, its 实施期资金总额).
func checkProjectStatedAmount(c *checker) {
	for _, p := range c.doc.Projects {
		for _, text := range []string{p.Purpose, p.Goal} {
			text = prose.Narrow(model.CleanText(text))
			m := reNeed.FindStringSubmatch(text)
			if m == nil {
				continue
			}
			stated, ok := statedAmount(m[1], m[2])
			if !ok || p.Budget.IsZero() {
				break
			}
			if atPrecisionOf(stated, p.Budget) || (p.PeriodBudget != nil && atPrecisionOf(stated, *p.PeriodBudget)) {
				break
			}
			if reManyYears.MatchString(text) {
				break // a need over several years
			}
			msg := fmt.Sprintf("项目“%s”的文字称共需 %s%s（%s 万元），项目预算 %s 万元：%s", p.Name,
				m[1], m[2], stated, p.Budget, quote(text))
			c.mismatch("project-stated-amount", Warn, projLoc(p), msg, p.Budget, stated)
			break
		}
	}
}

// statedAmount reads an amount printed in 元 or 万元 as 万元.
func statedAmount(digits, unit string) (model.Money, bool) {
	d, ok := model.ParseDecimal(strings.ReplaceAll(digits, ",", ""))
	if !ok {
		return model.Money{}, false
	}
	if unit == "元" {
		return model.Yuan(d), true
	}
	return model.NewMoney(d), true
}

// atPrecisionOf: a equals b once rounded to b's printed places (at least
// the fen): 16,000 元 is the tables' 1.60 万元.
func atPrecisionOf(a, b model.Money) bool {
	places := -b.Decimal().Exponent()
	if places < 2 {
		places = 2
	}
	return a.Decimal().Round(places).Equal(b.Decimal().Round(places))
}

// reCostValue is a 成本指标's value that is one amount: “5万元”, “≤116万元”,
// “=16000元”. Anything else (a unit cost with a “/”, a range, words) is not.
var reCostValue = lazyregexp.New(`^(≤|<=|<|=)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元)$`)

// costWords are the names of a cost indicator that means the project's
// whole money, whatever the project is called.
var costWords = []string{"经费", "费用", "资金", "成本", "预算", "总额", "金额", "项目成本", "项目经费", "项目资金", "项目预算", "总成本", "资金总额", "预算总额", "预算资金", "项目总成本"}

// checkCostIndicator: a year's 成本指标 that names the project's whole money
// (经费, 费用, or the project's own name: 宣传费 of 安全生产宣传费) states its
// budget; a ceiling (≤) is not exceeded by it. The period's indicators are
// left alone: they are of the 实施期资金总额, or of one year of it.
func checkCostIndicator(c *checker) {
	for _, p := range c.doc.Projects {
		if p.Budget.IsZero() {
			continue
		}
		for _, ind := range p.Indicators {
			if !strings.Contains(ind.Level2, "成本") && !strings.Contains(ind.Level1, "成本") {
				continue
			}
			v := reCostValue.FindStringSubmatch(strings.TrimSpace(prose.Narrow(ind.Value)))
			if v == nil || !wholeCost(ind.Name, p.Name) {
				continue
			}
			stated, ok := statedAmount(v[2], v[3])
			if !ok {
				continue
			}
			ceiling := v[1] == "≤" || v[1] == "<=" || v[1] == "<"
			if atPrecisionOf(stated, p.Budget) || (ceiling && p.Budget.Cmp(stated) < 0) {
				continue
			}
			l := projLoc(p)
			if ind.Line > 0 {
				l.line = ind.Line
			}
			msg := fmt.Sprintf("项目“%s”的成本指标“%s %s”与项目预算 %s 万元不同", p.Name, ind.Name, ind.Value, p.Budget)
			if ceiling {
				msg = fmt.Sprintf("项目“%s”的预算 %s 万元超过其成本指标“%s %s”", p.Name, p.Budget, ind.Name, ind.Value)
			}
			c.mismatch("cost-indicator", Warn, l, msg, p.Budget, stated)
		}
	}
}

// wholeCost: the indicator's name is a word for all of a project's money,
// or the project's own name less such a word (遗属补助金额 of 遗属补助; 宣传费
// of 安全生产宣传费).
func wholeCost(name, project string) bool {
	n, pn := prose.Key(name), prose.Key(project)
	for _, w := range costWords {
		if n == w {
			return true
		}
	}
	for _, w := range []string{"总成本", "金额", "总额", "成本", "经费", "费用", "资金"} {
		n = strings.TrimSuffix(n, w)
	}
	return len([]rune(n)) >= 2 && (strings.Contains(pn, n) || strings.Contains(n, pn))
}
