package audit

import (
	"fmt"
	"strings"

	"yusuan/internal/lazyregexp"
)

// reCompletion: the label of a 完成率 (完成年初预算的 91.14%, 完成率为…).
var reCompletion = lazyregexp.New(`完成|执行率|年初预算的$`)

// checkZeroBase: a percentage whose base is zero is no figure at all: a
// 完成率 of a 0 年初预算 (年初预算为0万元，支出决算为56万元，完成年初预算的…%), or
// a rate of change on a last year of 0 (支出1326.81万元，与上年相比增加1326.81
// 万元，增长100%: the item is new this year).
func checkZeroBase(c *checker) {
	for _, s := range c.narr {
		if !strings.Contains(s.text, "年初预算") {
			// no 完成率 to look for
		} else if b, _, ok := budgetAndFinal(s); ok && b.value.IsZero() {
			for _, m := range s.mentions {
				if m.kind == mPercent && m.start > b.end && reCompletion.MatchString(m.label) {
					c.add("zero-base", Error, sentLoc(s), fmt.Sprintf("年初预算为%s万元，却印有以其为基数的%s%%：%s", b.printed, m.printed, quote(s.text)))
					break
				}
			}
		}
		for i, m := range s.mentions {
			if m.kind != mAmount || m.change == 0 || m.value.IsZero() {
				continue
			}
			p := rateOf(s, i)
			if p < 0 {
				continue
			}
			bases := changeBases(s, i, listTotals(s), findLists(s))
			if len(bases) == 0 || !priorOf(s, bases[0], m, c.doc.Year).IsZero() {
				continue
			}
			f := c.add("zero-base", Error, sentLoc(s), fmt.Sprintf("正文%s万元%s%s万元，上年为0，却印有以上年为基数的增减幅度%s%%：%s",
				s.mentions[bases[0]].printed, changeWord(m.change), m.printed, s.mentions[p].printed, quote(s.text)))
			f.Actual = s.mentions[p].printed + "%"
		}
	}
}
