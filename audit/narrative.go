package audit

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"yusuan/model"
)

func sentLoc(s *sentence) loc {
	h := strings.TrimSpace(reBookmark.ReplaceAllString(s.heading, ""))
	if h == "" {
		return loc{where: "正文", line: s.line}
	}
	return loc{where: "正文 / " + h, line: s.line}
}

// quote shortens a sentence for a message.
func quote(s string) string {
	const max = 80
	if utf8.RuneCountInString(s) <= max {
		return "“" + s + "”"
	}
	r := []rune(s)
	return "“" + string(r[:max]) + "…”"
}

func money(d decimal.Decimal) model.Money { return model.NewMoney(d) }

// checkNarrativeSums: a total the text breaks down equals its parts; a
// change broken down equals its signed parts.
func checkNarrativeSums(c *checker) {
	for _, s := range c.narr {
		for _, l := range findLists(s) {
			checkList(c, s, l)
		}
	}
}

func checkList(c *checker, s *sentence, l *list) {
	total := s.mentions[l.total]
	var sum decimal.Decimal
	var ops []model.Money
	var names []string
	for _, i := range l.parts {
		v := signedValue(s.mentions[i])
		if total.change == 0 {
			v = s.mentions[i].value
		}
		sum = sum.Add(v)
		ops = append(ops, money(v))
		if total.change != 0 {
			names = append(names, changeWord(s.mentions[i].change)+s.mentions[i].printed)
		} else {
			names = append(names, s.mentions[i].printed)
		}
	}
	want := total.value
	if total.change != 0 {
		want = signedValue(total)
	}
	what := "所列各项之和"
	if total.change != 0 {
		what = "所列各项增减额之和"
	}
	if !sum.Equal(want) {
		msg := fmt.Sprintf("正文%s%s万元与%s（%s）不符：%s", changeWord(total.change), total.printed, what, strings.Join(names, "、"), quote(s.text))
		switch {
		case l.exhaustive && (completeList(s, l) || (total.change == 0 && sum.GreaterThan(want))):
			c.mismatch("narrative-sum", Error, sentLoc(s), msg, money(sum), money(want), ops...)
		case l.exhaustive:
			// “其中” may also pick out some of the parts only
			c.mismatch("narrative-sum", Warn, sentLoc(s), msg+"（若“其中”只列部分项目则不矛盾）", money(sum), money(want), ops...)
		case total.change == 0 && sum.GreaterThan(want):
			// “主要包括” need not list everything, but its parts cannot exceed the whole.
			c.mismatch("narrative-sum", Warn, sentLoc(s), msg, money(sum), money(want), ops...)
		}
	}
	for _, sub := range l.sub {
		checkList(c, s, sub)
	}
}

// listTotals maps each part mention to the total of the list it is in.
func listTotals(s *sentence) map[int]int {
	out := map[int]int{}
	var walk func(*list)
	walk = func(l *list) {
		for _, p := range l.parts {
			out[p] = l.total
		}
		for _, sub := range l.sub {
			walk(sub)
		}
	}
	for _, l := range findLists(s) {
		walk(l)
	}
	return out
}

// samePrinted: rounding half-up or truncating the exact share to the places
// printed gives the printed figure (both conventions occur in documents).
func samePrinted(exact, printed decimal.Decimal) bool {
	places := -printed.Exponent()
	if places < 0 {
		places = 0
	}
	return exact.Round(places).Equal(printed) || exact.Truncate(places).Equal(printed)
}

// pctFinding reports a percentage that the printed amounts do not give.
// why, when not empty, says why that shows no figure wrong (the unrounded
// amounts give it; shares made to total 100%): the finding is then info,
// else an error.
func pctFinding(c *checker, rule string, s *sentence, msg string, exact, printed decimal.Decimal, why string) *Finding {
	places := -printed.Exponent()
	if places < 0 {
		places = 0
	}
	want := exact.Round(places)
	diff := printed.Sub(want)
	sev := Error
	if why != "" {
		sev = Info
	}
	f := c.add(rule, sev, sentLoc(s), fmt.Sprintf("%s：按所印精度应为 %s%%，实为 %s%%，相差 %s 个百分点%s：%s",
		msg, want.StringFixed(places), printed.StringFixed(places), signedDec(diff, places), why, quote(s.text)))
	f.Expected, f.Actual, f.Difference = want.StringFixed(places)+"%", printed.StringFixed(places)+"%", signedDec(diff, places)
	return f
}

// farApart: the last-year figure change/pct implies and the one the amounts
// give differ by more than half.
func farApart(change, pct, prior decimal.Decimal) bool {
	if pct.IsZero() || prior.Sign() <= 0 {
		return true
	}
	implied := change.Mul(decimal.NewFromInt(100)).Div(pct)
	lo, hi := implied, prior
	if lo.GreaterThan(hi) {
		lo, hi = hi, lo
	}
	return hi.GreaterThan(lo.Mul(decimal.NewFromFloat(1.5)))
}

func signedDec(d decimal.Decimal, places int32) string {
	s := d.StringFixed(places)
	if d.Sign() > 0 {
		return "+" + s
	}
	return s
}

// checkNarrativeShares: “A万元，占x%” inside a list is A over the list's total.
func checkNarrativeShares(c *checker) {
	for _, s := range c.narr {
		totals := listTotals(s)
		for i, m := range s.mentions {
			if m.kind != mPercent || !m.share {
				continue
			}
			// the amount the share is of: the closest amount before it, in
			// the same clause group (no semicolon between)
			j := i - 1
			for j >= 0 && s.mentions[j].kind != mAmount {
				j--
			}
			if j < 0 || strings.ContainsAny(s.text[s.mentions[j].end:m.start], "；;。") {
				continue
			}
			ti, ok := totals[j]
			if !ok {
				continue
			}
			part, whole := s.mentions[j], s.mentions[ti]
			if whole.change != 0 || part.change != 0 || whole.value.IsZero() {
				continue
			}
			exact := part.value.Mul(decimal.NewFromInt(100)).DivRound(whole.value, 12)
			if samePrinted(exact, m.value) {
				continue
			}
			// a part of a nested breakdown may state its share of the grand
			// total rather than of its own parent
			held := false
			rounded := pctWithinRounding(m.value, part.value, whole.value, 0)
			for up, ok := totals[ti]; ok && !held; up, ok = totals[up] {
				if g := s.mentions[up].value; !g.IsZero() && s.mentions[up].change == 0 {
					held = samePrinted(part.value.Mul(decimal.NewFromInt(100)).DivRound(g, 12), m.value)
					rounded = rounded || pctWithinRounding(m.value, part.value, g, 0)
				}
			}
			if held {
				continue
			}
			msg := fmt.Sprintf("正文%s万元占%s万元的比例", part.printed, whole.printed)
			why := ""
			switch {
			case rounded:
				why = whyRounded
			case adjustedTo100(s, j, i, exact):
				why = "（各项占比合计凑足100%，此项按惯例调整了末位）"
			}
			pctFinding(c, "narrative-share", s, msg, exact, m.value, why)
		}
	}
}

func changeWord(sign int) string {
	switch sign {
	case 1:
		return "增加"
	case -1:
		return "减少"
	}
	return ""
}

// completeList: the parts are the whole by their nature: 基本支出 and 项目支出
// together, or shares printed beside them that add up to 100%.
func completeList(s *sentence, l *list) bool {
	basic, project := false, false
	for _, i := range l.parts {
		lab := s.mentions[i].label
		basic = basic || strings.Contains(lab, "基本支出")
		project = project || strings.Contains(lab, "项目支出")
	}
	if basic && project {
		return true
	}
	shares, n := partShares(s, l)
	return n == len(l.parts) && shares.Sub(decimal.NewFromInt(100)).Abs().LessThanOrEqual(decimal.NewFromFloat(0.1))
}

// partShares adds the shares (占x%) printed right after the parts of a list;
// n says how many parts have one.
func partShares(s *sentence, l *list) (shares decimal.Decimal, n int) {
	for _, i := range l.parts {
		for k := i + 1; k < len(s.mentions) && k <= i+2; k++ {
			if s.mentions[k].kind == mAmount {
				break
			}
			if s.mentions[k].share {
				shares = shares.Add(s.mentions[k].value)
				n++
				break
			}
		}
	}
	return shares, n
}

// adjustedTo100 says the share at mention pi, of part j, is one of a list's
// shares that add up to exactly 100% as printed and is at most one unit of
// its last place from the ratio rounded to it: the usual way of rounding shares so
// that they total 100% moves one of them by that unit.
func adjustedTo100(s *sentence, j, pi int, exact decimal.Decimal) bool {
	pct := s.mentions[pi].value
	if pct.Sub(exact.Round(-pct.Exponent())).Abs().GreaterThan(unitOf(pct)) {
		return false
	}
	for _, l := range findLists(s) {
		if !slices.Contains(l.parts, j) {
			continue
		}
		shares, n := partShares(s, l)
		return n == len(l.parts) && n > 1 && shares.Equal(decimal.NewFromInt(100))
	}
	return false
}
