package audit

import (
	"fmt"
	"strings"
	"yusuan/internal/lazyregexp"

	"github.com/shopspring/decimal"

	"yusuan/model"
	"yusuan/prose"
)

// checkIndicatorPeriods: a declaration form (绩效目标申报表) prints each
// indicator twice, for the 实施期 (the whole period, of which the year is a
// part) and for the 年度. For a quantity or a cost the year's target cannot
// exceed the period's (宣传费 实施期 6万元, 年度 5万元 holds; 年度 7万元 does not),
// and both are counted in one unit (≥3次 and ≥3人 cannot both be right).
// Only an indicator of the same name in both, with a value read as one
// figure and a unit, is compared: rates (%), times and words are not
// cumulative, and a pair the form's layout did not give whole is left alone.
func checkIndicatorPeriods(c *checker) {
	for _, p := range c.doc.Projects {
		if len(p.PeriodIndicators) == 0 {
			continue
		}
		period := map[string]*model.Indicator{}
		for _, ind := range p.PeriodIndicators {
			k := prose.Key(ind.Level2) + "|" + prose.Key(ind.Name)
			if _, dup := period[k]; dup {
				period[k] = nil // two of one name: which is the pair is not known
				continue
			}
			period[k] = ind
		}
		for _, a := range p.Indicators {
			if !cumulative(a.Level2) {
				continue
			}
			pi := period[prose.Key(a.Level2)+"|"+prose.Key(a.Name)]
			if pi == nil {
				continue
			}
			av, aok := readTarget(a.Value)
			pv, pok := readTarget(pi.Value)
			if !aok || !pok {
				continue
			}
			l := projLoc(p)
			if a.Line > 0 {
				l.line = a.Line
			}
			if av.unit != pv.unit {
				f := c.add("indicator-period", Warn, l, fmt.Sprintf("项目“%s”的指标“%s”实施期为“%s”、年度为“%s”：单位不同，不能都对", p.Name, a.Name, pi.Value, a.Value))
				f.Expected, f.Actual = pi.Value, a.Value
				continue
			}
			if av.n.GreaterThan(pv.n) {
				f := c.add("indicator-period", Warn, l, fmt.Sprintf("项目“%s”的指标“%s”年度为“%s”，超过实施期的“%s”：一年是实施期的一部分", p.Name, a.Name, a.Value, pi.Value))
				f.Expected, f.Actual = pi.Value, a.Value
				f.Difference = av.n.Sub(pv.n).String()
			}
		}
	}
}

// cumulative: a quantity or a cost, which adds up over the years.
func cumulative(level2 string) bool {
	return strings.Contains(level2, "数量") || strings.Contains(level2, "成本")
}

// target is an indicator's value read as a figure: its number in the unit
// named (万元 as 元 ×10000, 万人次 as 人次 ×10000).
type target struct {
	n    decimal.Decimal
	unit string
}

// reTarget: an optional comparison, a number, a unit of a few characters
// (≥10000人次, ≤20人, 6万元, ≥10亿条). A unit of time or a rate is not a
// quantity that adds up over the years.
var reTarget = lazyregexp.New(`^(?:≥|≤|>=|<=|>|<|=|≧|≦|不少于|不低于|不超过|不高于)?(\d[\d,]*(?:\.\d+)?)(万|亿)?(\p{Han}{1,3})$`)

var notCumulativeUnits = []string{"天", "日", "工作日", "小时", "分钟", "秒", "年", "月", "周", "季度", "次/年", "%"}

func readTarget(v string) (target, bool) {
	m := reTarget.FindStringSubmatch(strings.Join(strings.Fields(prose.Narrow(v)), ""))
	if m == nil {
		return target{}, false
	}
	for _, u := range notCumulativeUnits {
		if m[3] == u {
			return target{}, false
		}
	}
	n, err := decimal.NewFromString(strings.ReplaceAll(m[1], ",", ""))
	if err != nil {
		return target{}, false
	}
	switch m[2] {
	case "万":
		n = n.Shift(4)
	case "亿":
		n = n.Shift(8)
	}
	return target{n: n, unit: m[3]}, true
}
