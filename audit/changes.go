package audit

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"yusuan/internal/lazyregexp"
)

// checkNarrativeChanges: “X万元，比上年减少C万元，下降P%” — C and P must imply
// the same last-year figure X∓C.
func checkNarrativeChanges(c *checker) {
	for _, s := range c.narr {
		totals := listTotals(s)
		lists := findLists(s)
		for i, m := range s.mentions {
			if m.kind != mAmount || m.change == 0 {
				continue
			}
			p := rateOf(s, i)
			if p < 0 {
				continue
			}
			bases := changeBases(s, i, totals, lists)
			if len(bases) == 0 {
				continue
			}
			pct := s.mentions[p].value
			var firstExact decimal.Decimal
			held := false
			priorOf := func(b int) decimal.Decimal { return priorOf(s, b, m, c.doc.Year) }
			// Each base read as the label suggests first, then the other way
			// round: a false alarm costs more than a missed slip.
			// A base labelled as last year's is also tried as this year's (the
			// document's year may be misread); the reverse is not done: a
			// percentage of this year's figure is a slip worth reporting.
			var priors []decimal.Decimal
			rounded := false // some reading gives pct within the amounts' rounding
			for _, b := range bases {
				p := priorOf(b)
				priors = append(priors, p)
				x := s.mentions[b].value
				if x.Equal(p) {
					priors = append(priors, x.Sub(signedValue(m)))
					rounded = rounded || pctWithinRounding(pct, m.value, x, 0) ||
						pctWithinRounding(pct, m.value, x, -int64(m.change))
				} else {
					rounded = rounded || pctWithinRounding(pct, m.value, x, -int64(m.change))
				}
			}
			for pi, prior := range priors {
				if prior.Sign() <= 0 {
					continue
				}
				exact := m.value.Mul(decimal.NewFromInt(100)).DivRound(prior, 12)
				if pi == 0 {
					firstExact = exact
				}
				if samePrinted(exact, pct) {
					held = true
					break
				}
			}
			if held || firstExact.IsZero() {
				continue
			}
			prior := priorOf(bases[0])
			msg := fmt.Sprintf("正文%s万元%s%s万元，推算上年为 %s 万元，增减幅度", s.mentions[bases[0]].printed,
				changeWord(m.change), m.printed, money(prior))
			why := ""
			if rounded {
				why = whyRounded
			}
			f := pctFinding(c, "narrative-change", s, msg, firstExact, pct, why)
			if cur := s.mentions[bases[0]].value; f.Severity == Error && cur.Sign() > 0 && samePrinted(m.value.Mul(decimal.NewFromInt(100)).DivRound(cur, 12), pct) {
				f.Severity = Warn
				f.Message += "（所印百分比是以本年数而非上年数为基数算出的）"
			}
			if f.Severity != Info && farApart(m.value, pct, prior) {
				// The percentage implies a last-year figure nowhere near the one
				// the amounts give: the sentence is more likely garbled (text
				// from another column, a page number glued to a figure) or the
				// change is of another amount than the one before it.
				f.Severity = Info
				f.Message += "（推算的上年数相差悬殊，可能文字错位或所指金额不同）"
			}
		}
	}
}

// rateOf returns the percentage that states the rate of the change
// mention i, or -1: it must follow the change directly (“减少273.66万元，
// 下降31.50%”).
func rateOf(s *sentence, i int) int {
	m := s.mentions[i]
	for k := i + 1; k < len(s.mentions) && k <= i+2; k++ {
		if s.mentions[k].kind == mPercent && s.mentions[k].change != 0 {
			if strings.Trim(s.text[m.end:s.mentions[k].labelAt], "，, ") != "" {
				return -1
			}
			return k
		}
		if s.mentions[k].kind == mAmount {
			break
		}
	}
	return -1
}

// priorOf is last year's figure implied by base mention b and the change m:
// the base less the change, or the base itself where it is labelled as
// last year's (“（2016 年度部门支出预算安排为 8,648.07 万元）”).
func priorOf(s *sentence, b int, m mention, year int) decimal.Decimal {
	x := s.mentions[b]
	if earlierYear(x.label, year) || isPrior(x.label) {
		return x.value
	}
	return x.value.Sub(signedValue(m))
}

// changeBases lists the amounts a change may be of, best first: the total
// of the list the change closes, or the amount just before it when the words
// between name no new subject (“A 100万元，B 比上年增加…” is B's change, whose
// base is not printed).
func changeBases(s *sentence, ci int, totals map[int]int, lists []*list) []int {
	var out []int
	add := func(i int) {
		if i < 0 || s.mentions[i].kind != mAmount || s.mentions[i].change != 0 {
			return
		}
		for _, o := range out {
			if o == i {
				return
			}
		}
		out = append(out, i)
	}
	prev := -1
	for k := ci - 1; k >= 0; k-- {
		if s.mentions[k].kind == mAmount {
			prev = k
			break
		}
	}
	if prev < 0 {
		return nil
	}
	closes := false // the change follows the last part of a list
	if t, ok := totals[prev]; ok {
		closes = true
		for _, l := range lists {
			if l.total == t {
				for _, p := range l.parts {
					if p > ci {
						closes = false
					}
				}
			}
		}
		if closes {
			add(t)
		}
	}
	if continues(s, prev, ci) {
		add(prev)
	}
	if t, ok := totals[prev]; ok && !closes {
		add(t)
	}
	return out
}

var reBetweenNoise = lazyregexp.New(`(19|20)\d\d年度?|与上年相比|与上年|相比|比上年|较上年|同比|上年|预算数|预算|增加|减少|增长|下降|降低|支出|分别|各|共|了|为|比|较|[，,：:、（）()\s\d.]`)

// continues: the words between base and the change add at most one
// character the base's own label does not have.
func continues(s *sentence, base, ci int) bool {
	b, ch := s.mentions[base], s.mentions[ci]
	between := s.text[b.end:ch.start]
	if strings.ContainsAny(between, "；;。") {
		return false
	}
	rest := reBetweenNoise.ReplaceAllString(between, "")
	n := 0
	for _, r := range rest {
		if !strings.ContainsRune(b.label, r) {
			n++
		}
	}
	return n <= 1
}
