package audit

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"yusuan/internal/lazyregexp"
	"yusuan/prose"
)

// checkReasons runs both halves of change-reason.
func checkReasons(c *checker) {
	checkChangeReasons(c)
	checkFinalReasons(c)
}

// checkChangeReasons: every change on last year the narrative states
// (比上年增加…万元) gives its reason in the same sentence or the ones after
// it (nextSentences), or was explained where the document stated the same
// change before; a total whose breakdown follows (。其中：…) leaves the
// reasons to its parts, and a change said to be 基本持平 needs none.
func checkChangeReasons(c *checker) {
	type change struct {
		dir   int
		value decimal.Decimal
	}
	var explained []change
	for _, s := range c.narr {
		m, ok := statedChange(s)
		if !ok {
			continue
		}
		ch := change{m.change, m.value}
		if prose.GivesReason(s.text) || reasonFollows(s) {
			explained = append(explained, ch)
			continue
		}
		if strings.Contains(s.text, "持平") || slices.ContainsFunc(explained, func(e change) bool {
			return e.dir == ch.dir && e.value.Equal(ch.value)
		}) {
			continue
		}
		c.add("change-reason", Info, sentLoc(s),
			fmt.Sprintf("正文说明%s%s%s，但本句及其后未见说明原因的词语（如“主要原因是…”）：%s", changeWord(m.change), m.printed, unitWord(m), quote(s.text)))
	}
}

// reasonFollows: one of the sentences after s gives a reason, or the next
// one breaks s down (其中：…, 包括…), its parts giving theirs.
func reasonFollows(s *sentence) bool {
	for i, n := range s.next {
		if i == 0 && (strings.HasPrefix(n, "其中") || strings.HasPrefix(n, "包括") || strings.HasPrefix(n, "具体")) {
			return true
		}
		if prose.GivesReason(n) {
			return true
		}
	}
	return false
}

// statedChange returns the first change on last year a sentence states:
// a figure after a change verb, compared with last year's, and not zero.
func statedChange(s *sentence) (mention, bool) {
	for _, m := range s.mentions {
		if m.change == 0 || m.value.IsZero() || m.kind == mCount {
			continue
		}
		if prose.ComparesWithLastYear(s.text[:m.start]) {
			return m, true
		}
	}
	return mention{}, false
}

func unitWord(m mention) string {
	if m.kind == mPercent {
		return "%"
	}
	return "万元"
}

// reBudgetLabel and reFinalLabel: the 年初预算 and the 决算 figure of a 决算's
// sentence “年初预算为 5717.32 万元，支出决算为 5757.63 万元，完成年初预算的 100.71%”.
var (
	reBudgetLabel = lazyregexp.New(`年初预算(数|为|是)*$`)
	reFinalLabel  = lazyregexp.New(`决算(数|为|是)*$`)
)

// finalVsBudget is the share of the 年初预算 a 决算 may miss by without the
// narrative having to say why: 10%.
var finalVsBudget = decimal.NewFromInt(10)

// checkFinalReasons: a 决算 that differs from its 年初预算 by more than
// finalVsBudget percent says why, in the same sentence or the next.
func checkFinalReasons(c *checker) {
	for _, s := range c.narr {
		b, f, ok := budgetAndFinal(s)
		if !ok {
			continue
		}
		diff := f.value.Sub(b.value)
		if !b.value.IsZero() && diff.Abs().Mul(decimal.NewFromInt(100)).LessThanOrEqual(b.value.Mul(finalVsBudget)) {
			continue
		}
		if diff.IsZero() || prose.GivesReason(s.text) || reasonFollows(s) {
			continue
		}
		c.add("change-reason", Info, sentLoc(s), fmt.Sprintf("决算数%s万元与年初预算数%s万元相差%s万元（超过年初预算的%s%%），本句及其后未见说明原因的词语：%s",
			f.printed, b.printed, signedDec(diff, 2), finalVsBudget, quote(s.text)))
	}
}

// budgetAndFinal finds a sentence's 年初预算 amount and the 决算 amount after it.
func budgetAndFinal(s *sentence) (b, f mention, ok bool) {
	bi := -1
	for i, m := range s.mentions {
		if m.kind != mAmount {
			continue
		}
		switch {
		case bi < 0 && reBudgetLabel.MatchString(m.label):
			bi = i
		case bi >= 0 && reFinalLabel.MatchString(m.label):
			return s.mentions[bi], m, true
		}
	}
	return mention{}, mention{}, false
}
