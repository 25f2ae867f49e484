package audit

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"yusuan/internal/lazyregexp"
	"yusuan/model"
	"yusuan/prose"
)

// concept is the figure of the concepts map a name the narrative uses
// stands for: the totals of either side are one, and 会议费 and 培训费 are
// found by their names in the tables, not as “三公” items.
func concept(f prose.Figure) prose.Figure {
	switch f {
	case prose.Income, prose.Expenditure, prose.Totals:
		return prose.Totals
	case prose.Meeting, prose.Training:
		return ""
	}
	return f
}

var reFiller = lazyregexp.New(`(为|是|共计|合计|共|计|达|约|安排|预算安排|预算数|总额为|金额为|数为|的)$`)

// reScope: words that narrow a total or a basic/project figure to part of the money;
// such labels are not tied to the all-funds figures.
var reScope = lazyregexp.New(`一般公共预算|政府性基金|基金|国有资本|财政拨款|财政专户|单位资金|事业收入|经营|上级补助|其他收入|本级|所属|机关|当年拨款|拨款`)

// generic concepts are tied to the all-funds figures only when the label
// names nothing but the department and the year before them.
var generic = map[prose.Figure]bool{prose.Totals: true, prose.Basic: true, prose.Project: true, prose.Personnel: true, prose.Public: true}

var reAcquire = lazyregexp.New(`购置|新增|拟|采购|处置|报废`)

var reSubjectNoise = lazyregexp.New(`(19|20)\d\d年度?|本年度?|全年|年度|本部门|本单位|部门|单位|本级|总体|合计|共`)

// headedClause: the label follows “检察（款）:”, a subject named before a
// colon, so the figure is that subject's and not the department's.
func headedClause(text string, at int) bool {
	before := strings.TrimRight(text[:at], " ")
	if !strings.HasSuffix(before, ":") && !strings.HasSuffix(before, "：") {
		return false
	}
	before = strings.TrimRight(strings.TrimRight(before, ":"), "：")
	i := strings.LastIndexAny(before, "，,；;。：:")
	head := strings.TrimSpace(before[i+1:])
	return head != "" && !reIntro.MatchString(head)
}

// bareSubject: what precedes a generic concept is only the department, a
// year or words like 本年: “2026年度沧州…局预算收入” but not “其他来源收入预算”.
func bareSubject(rest string, doc *model.Document) bool {
	if doc.Department != "" {
		rest = strings.ReplaceAll(rest, prose.Key(doc.Department), "")
	}
	rest = reSubjectNoise.ReplaceAllString(rest, "")
	// a shortened department name: anything ending in an organ's suffix
	if i := strings.LastIndexAny(rest, "局院厅委办室会所站队部"); i >= 0 {
		_, size := utf8.DecodeRuneInString(rest[i:])
		rest = rest[i+size:]
	}
	return utf8.RuneCountInString(rest) <= 1
}

// checkNarrativeAmounts: an amount the narrative gives for something the
// tables show must be one of the figures the tables give for it.
func checkNarrativeAmounts(c *checker) {
	cs := buildConcepts(c.doc)
	var units *unitFigures // read once, when a unit's section states a figure
	for _, s := range c.narr {
		for _, m := range s.mentions {
			if m.kind != mAmount || m.change != 0 || isPrior(m.label) || otherYear(m.label, c.doc.Year) {
				continue
			}
			label := prose.LabelKey(m.label)
			for reFiller.MatchString(label) {
				label = reFiller.ReplaceAllString(label, "")
			}
			key, name, nameKey := prose.Figure(""), "", ""
			if fig, printed, ok := prose.FigureAtEnd(label); ok && concept(fig) != "" {
				key, name, nameKey = concept(fig), printed, prose.Key(printed)
			}
			var figs []figure
			switch {
			case s.unit != "" && (key == prose.Totals || key == prose.Basic || key == prose.Project):
				// a unit's section (see sectionUnits): its 预算, 基本支出 and
				// 项目支出 are the unit's, on its own row of a table by unit
				rest := unitSubject(label, s.unit)
				if reScope.MatchString(rest) || !bareSubject(strings.TrimSuffix(rest, nameKey), c.doc) || headedClause(s.text, m.labelAt) {
					continue
				}
				if units == nil {
					units = unitRowFigures(c.doc, sectionUnits(c.doc))
				}
				if figs = units.totals(s.unit, key); len(figs) == 0 {
					continue
				}
			case s.unit != "" && key != "":
				// its 人员经费, 三公 and the like are the unit's too, which
				// no table by unit gives by those names
				continue
			case s.unit != "":
				if units == nil {
					units = unitRowFigures(c.doc, sectionUnits(c.doc))
				}
				name = label
				if figs = units.named(s.unit, label); len(figs) == 0 {
					continue // the tables give nothing for this unit by that name
				}
			case key == "" && strings.Contains(s.heading, "机关运行经费"):
				// 机关运行经费's items (“其他商品和服务支出2万元”) are the
				// administrative units' part of the basic expenditure: not
				// the figures the tables give for the whole department
				continue
			case key == "":
				n := label
				if item, ok := markedName(m.label); ok {
					// “普通教育（款）学前教育（项）支出” names 学前教育, never
					// 教育支出 by the end of the words run together
					n = prose.LabelKey(item)
					for _, try := range []string{n, n + "支出"} {
						if figs = nameFigures(cs, try); len(figs) > 0 {
							n = try
							break
						}
					}
				} else {
					figs = nameFigures(cs, n)
				}
				if len(figs) == 0 {
					continue
				}
				name = n
			case generic[key] && (reScope.MatchString(label) || reScope.MatchString(s.heading) || !bareSubject(strings.TrimSuffix(label, nameKey), c.doc) || headedClause(s.text, m.labelAt)):
				// a section on part of the money (cq-chongqing-commerce-2026's
				// “三、财政拨款情况说明”: “其中:基本支出43,436.09万元”) gives that
				// part's figures, not the all-funds tables'.
				continue
			case key == prose.Assets && reAcquire.MatchString(label):
				continue
			default:
				figs = cs.fixed[key]
			}
			if len(figs) == 0 {
				continue
			}
			stated := money(m.value)
			matched := false
			for _, f := range figs {
				if f.v.Equal(stated) || roundsTo(f.v, m.value) {
					matched = true
					break
				}
			}
			if matched || (generic[key] && onlyScoped(figs)) {
				continue
			}
			want := figs[0]
			msg := fmt.Sprintf("正文“%s”%s万元，表中为 %s 万元（%s）：%s", name, m.printed, want.v, want.from, quote(s.text))
			sev := Error
			if key == "" || s.unit != "" {
				// a name may recur under another heading with other money;
				// a unit's row is read without knowing its columns
				sev = Warn
			}
			allDerived := true
			for _, f := range figs {
				allDerived = allDerived && f.derived
			}
			if allDerived {
				sev = Warn
			}
			c.mismatch("narrative-amount", sev, sentLoc(s), msg, want.v, stated)
		}
	}
}

// onlyScoped: every figure is a printed one of a table of part of the money
// (一般公共预算, 财政拨款…). An unscoped 项目支出 the narrative gives for the
// whole budget is not one of those: gd-shenzhen-planning-dapeng-2026's “项目支
// 出 1,856.92 万元” is its 支出总表's (line 720), not the 一般公共预算支出表's
// 1,657.42, and where the 支出总表's total was not read there is nothing to
// compare it with.
func onlyScoped(figs []figure) bool {
	for _, f := range figs {
		if f.derived || !reScope.MatchString(f.from) {
			return false
		}
	}
	return true
}

// roundsTo: the table's figure rounded half-up to the places the narrative
// prints is the narrative's figure. “收入预算19,577万元” restates a table's
// 19,577.43 万元 at whole 万元; that is the same money, not a contradiction.
func roundsTo(table model.Money, printed decimal.Decimal) bool {
	places := -printed.Exponent()
	if places < 0 {
		places = 0
	}
	return table.Decimal().Round(places).Equal(printed)
}

// nameFigures finds the classification name a label ends with.
// markedName is the name a label prints with a level mark after it, the
// last such: 学前教育 in “普通教育（款）学前教育（项）支出”, 行政运行 in
// “3.行政运行（项）支出” (with its lead-in, which nameFigures passes over).
func markedName(label string) (string, bool) {
	marks := reLevelMark.FindAllStringIndex(label, -1)
	if len(marks) == 0 {
		return "", false
	}
	last := marks[len(marks)-1]
	from := 0
	if len(marks) > 1 {
		from = marks[len(marks)-2][1]
	}
	name := strings.TrimSpace(label[from:last[0]])
	return name, name != ""
}

func nameFigures(cs *concepts, label string) []figure {
	// the longest name the label ends with: try the label's suffixes from
	// the longest down, one map look-up each
	best := ""
	for i := range label {
		if _, ok := cs.byName[label[i:]]; ok {
			best = label[i:]
			break
		}
	}
	if best == "" {
		return nil
	}
	// The label must be the name itself, perhaps after a lead-in ending in
	// punctuation-free words like 用于; a longer label is another thing.
	rest := strings.TrimSuffix(label, best)
	if utf8.RuneCountInString(rest) > 8 || strings.HasSuffix(rest, "其他") {
		// 其他人大事务 is not 人大事务
		return nil
	}
	return cs.byName[best]
}

var reYear = lazyregexp.New(`(19|20)\d\d`)

// earlierYear: the label names a year before the document's.
func earlierYear(label string, year int) bool {
	for _, y := range reYear.FindAllString(label, -1) {
		if n, err := strconv.Atoi(y); err == nil && year != 0 && n < year {
			return true
		}
	}
	return false
}

// otherYear: the label names a year other than the document's.
func otherYear(label string, year int) bool {
	for _, y := range reYear.FindAllString(label, -1) {
		if year != 0 && y != fmt.Sprint(year) {
			return true
		}
	}
	return false
}
