package audit

import (
	"fmt"
	"strings"

	"yusuan/internal/lazyregexp"
)

var reCountTail = lazyregexp.New(`项目(共|数|数为|共计|合计)?$`)

// checkNarrativeCounts: “实行绩效目标管理的项目N个” against the projects with
// performance targets, “项目N个” against the projects listed.
func checkNarrativeCounts(c *checker) {
	ps := c.doc.Projects
	if len(ps) == 0 {
		return
	}
	withTargets := 0
	var missing []string
	for _, p := range ps {
		if len(p.Indicators) > 0 || len(p.PeriodIndicators) > 0 {
			withTargets++
		} else {
			missing = append(missing, p.Name)
		}
	}
	for _, s := range c.narr {
		for _, m := range s.mentions {
			if m.kind != mCount {
				continue
			}
			after := s.text[m.end:]
			if !reCountTail.MatchString(m.label) && !strings.HasPrefix(after, "项目") {
				continue
			}
			if isPrior(m.label) || otherYear(m.label, c.doc.Year) {
				continue
			}
			n := int(m.value.IntPart())
			perf := strings.Contains(m.label, "绩效")
			switch {
			case perf && withTargets > 0 && n != withTargets:
				msg := fmt.Sprintf("正文称实行绩效目标管理的项目%d个，文中有绩效目标的项目%d个", n, withTargets)
				if len(missing) > 0 && n == len(ps) {
					msg += "（无绩效目标：" + strings.Join(missing, "、") + "）"
				}
				f := c.add("narrative-count", Warn, sentLoc(s), msg+"："+quote(s.text))
				f.Expected, f.Actual, f.Difference = fmt.Sprint(withTargets), fmt.Sprint(n), fmt.Sprintf("%+d", n-withTargets)
			case !perf && n != len(ps) && n != withTargets:
				msg := fmt.Sprintf("正文称项目%d个，文中列出项目%d个", n, len(ps))
				f := c.add("narrative-count", Info, sentLoc(s), msg+"："+quote(s.text))
				f.Expected, f.Actual, f.Difference = fmt.Sprint(len(ps)), fmt.Sprint(n), fmt.Sprintf("%+d", n-len(ps))
			}
		}
	}
}
