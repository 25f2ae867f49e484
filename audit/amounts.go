package audit

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"yusuan/model"
)

// figure is a value the tables give for a concept the narrative may name.
type figure struct {
	v    model.Money
	from string
	// derived: computed by a convention (人员经费 = 301 + 303) rather than
	// printed; a mismatch with it alone is only a warning.
	derived bool
}

// concepts the narrative names, each with the table figures it can mean.
type concepts struct {
	byName map[string][]figure // a classification name (normalised) → its amounts
	fixed  map[string][]figure // 三公, 基本支出, … → amounts
}

var reRowOrdinal = regexp.MustCompile(`^([一二三四五六七八九十]+、|[0-9]+[.．、]|[（(][一二三四五六七八九十0-9]+[)）])`)

var (
	nameFolder   = strings.NewReplacer("“", "", "”", "", "\"", "", " ", "", "(", "（", ")", "）", "　", "")
	quoteDropper = strings.NewReplacer("“", "", "”", "", "\"", "")
)

var reLevelMark = regexp.MustCompile(`[（(](类|款|项)[)）]`)

func normName(s string) string {
	if strings.ContainsAny(s, "（(") {
		s = reLevelMark.ReplaceAllString(s, "")
	}
	s = nameFolder.Replace(s)
	return s
}

func buildConcepts(doc *model.Document) *concepts {
	cs := &concepts{byName: map[string][]figure{}, fixed: map[string][]figure{}}
	add := func(key string, v model.Money, from string) {
		cs.fixed[key] = append(cs.fixed[key], figure{v, from, false})
	}
	for _, t := range doc.Tables {
		if len(t.Coded) == 0 {
			continue
		}
		cols := columnsOf(t)
		for i := range t.Coded {
			r := &t.Coded[i]
			if r.Code != "" && utf8.RuneCountInString(normName(r.Name)) >= 3 {
				for _, col := range r.Order {
					cs.byName[normName(r.Name)] = append(cs.byName[normName(r.Name)], figure{r.Amounts[col], title(t), false})
				}
			}
		}
		if tr := totalRow(t); tr != nil {
			for _, p := range []struct{ key, col string }{
				{"basic", cols.basic}, {"project", cols.project}, {"personnel", cols.personnel}, {"public", cols.public}} {
				if p.col != "" && hasAmount(tr, p.col) {
					add(p.key, amount(tr, p.col), title(t))
				}
			}
			if cols.total != "" && hasAmount(tr, cols.total) && (t.Kind == model.TExpenditure || t.Kind == model.TIncome) {
				add("total", amount(tr, cols.total), title(t))
			}
		}
	}
	// Every label printed in a table row with the amounts after it: the
	// narrative may quote a summary table's all-funds line rather than a
	// coded fiscal one, and either is a figure the document gives.
	for _, t := range doc.Tables {
		if t.Kind == model.TProjectPerformance {
			continue // indicators: words, not amounts the narrative restates
		}
		for _, row := range t.Rows {
			raw, key := "", ""
			for _, cell := range row {
				if v, ok := model.ParseAmount(cell); ok {
					if raw != "" && key == "" {
						key = normName(reRowOrdinal.ReplaceAllString(cleanLabel(raw), ""))
					}
					if utf8.RuneCountInString(key) >= 3 {
						cs.byName[key] = append(cs.byName[key], figure{v, title(t), false})
					}
					continue
				}
				if strings.TrimSpace(cell) != "" {
					raw, key = cell, ""
				}
			}
		}
	}
	model.WalkFunc(doc.Functional, func(n, _ *model.FuncNode) {
		k := normName(n.Name)
		cs.byName[k] = append(cs.byName[k], figure{n.Total, "功能分类", false}, figure{n.Basic, "功能分类", false}, figure{n.Project, "功能分类", false})
	})
	var pers, pub model.Money
	model.WalkEcon(doc.Economic, func(n, parent *model.EconNode) {
		k := normName(n.Name)
		cs.byName[k] = append(cs.byName[k], figure{n.Total, "经济分类", false})
		if parent == nil {
			pers, pub = pers.Add(n.Personnel), pub.Add(n.Public)
		}
	})
	// 人员经费 = 工资福利支出 + 对个人和家庭的补助 and 公用经费 = 商品和服务支出
	// (+ 资本性支出), by the usual definitions, where no column splits them.
	if len(cs.fixed["personnel"]) == 0 || len(cs.fixed["public"]) == 0 {
		for _, t := range doc.TablesOf(model.TBasicEconomic) {
			cols := columnsOf(t)
			idx, _ := codedIndex(t)
			if cols.total == "" || idx["301"] == nil || idx["302"] == nil {
				continue
			}
			get := func(code string) model.Money {
				if r := idx[code]; r != nil {
					return amount(r, cols.total)
				}
				return model.Zero
			}
			from := title(t) + "（按 301＋303、302 推算）"
			cs.fixed["personnel"] = append(cs.fixed["personnel"], figure{get("301").Add(get("303")), from, true})
			cs.fixed["public"] = append(cs.fixed["public"], figure{get("302"), from, true},
				figure{get("302").Add(get("310")), from, true})
			break
		}
	}
	if !pers.IsZero() || !pub.IsZero() { // the tree may not split basic expenditure
		add("personnel", pers, "经济分类")
		add("public", pub, "经济分类")
	}
	// The summary tables' own totals; the document's Totals are derived
	// from the same tables, so they add nothing a rule could rely on more.
	for _, t := range doc.Tables {
		if t.Kind != model.TSummary && t.Kind != model.TFiscalSummary {
			continue
		}
		inc, exp, ok := summarySides(t)
		if !ok {
			continue
		}
		for _, it := range append(inc, exp...) {
			if len(it.v) > 0 && it.has[0] && (strings.HasSuffix(it.label, "合计") || strings.HasSuffix(it.label, "总计")) {
				add("total", it.v[0], title(t))
			}
		}
	}
	if tp := doc.ThreePublic; tp != nil {
		for _, f := range []struct {
			key, field string
			v          model.Money
		}{
			{"三公", "subtotal", tp.Subtotal}, {"三公", "total", tp.Total}, {"出国", "abroad", tp.Abroad},
			{"车辆", "vehicle", tp.Vehicle}, {"购车", "vehicle_purchase", tp.VehiclePurchase},
			{"运维", "vehicle_operation", tp.VehicleOperation}, {"接待", "reception", tp.Reception},
		} {
			if tp.IsStated(f.field) {
				add(f.key, f.v, tpWhere(tp))
			}
		}
		// A field left blank in the table is zero there.
		for _, f := range []struct{ key, field string }{{"出国", "abroad"}, {"车辆", "vehicle"}, {"购车", "vehicle_purchase"}, {"运维", "vehicle_operation"}, {"接待", "reception"}} {
			if !tp.IsStated(f.field) && (tp.IsStated("subtotal") || tp.IsStated("total")) {
				add(f.key, model.Zero, tpWhere(tp))
			}
		}
	}
	if v, from, ok := assetsTotal(doc); ok {
		add("固定资产", v, from)
	}
	return cs
}

// concept suffixes, most specific first. A label names a concept when, with
// filler words dropped, it ends with one of them.
var conceptSuffixes = []struct{ key, suffix string }{
	{"三公", "三公经费"}, {"三公", "三公经费预算"},
	{"出国", "因公出国（境）费用"}, {"出国", "因公出国（境）费"}, {"出国", "因公出国（境）经费"}, {"出国", "因公出国（境）"},
	{"车辆", "公务用车购置及运行维护费"}, {"车辆", "公务用车购置及运维费"}, {"车辆", "公务用车购置及运行费"},
	{"购车", "公务用车购置费"},
	{"运维", "公务用车运行维护费"}, {"运维", "公务用车运行费"},
	{"接待", "公务接待费"},
	{"basic", "基本支出"}, {"project", "项目支出"},
	{"personnel", "人员经费"}, {"personnel", "人员支出"},
	{"public", "日常公用经费"}, {"public", "日常公用支出"}, {"public", "公用经费"}, {"public", "公用支出"},
	{"total", "收入总计"}, {"total", "支出总计"}, {"total", "收支总计"}, {"total", "收入预算总计"}, {"total", "支出预算总计"},
	{"total", "收支总预算"}, {"total", "预算收入"}, {"total", "预算支出"}, {"total", "预算收支"}, {"total", "收入预算"}, {"total", "支出预算"},
	{"固定资产", "固定资产金额"}, {"固定资产", "固定资产总额"}, {"固定资产", "固定资产原值"}, {"固定资产", "固定资产价值"}, {"固定资产", "固定资产"},
}

var reFiller = regexp.MustCompile(`(为|是|共计|合计|共|计|达|约|安排|预算安排|预算数|总额为|金额为|数为|的)$`)

// scopeWords narrow a total or a basic/project figure to part of the money;
// such labels are not tied to the all-funds figures.
var reScope = regexp.MustCompile(`一般公共预算|政府性基金|基金|国有资本|财政拨款|财政专户|单位资金|事业收入|经营|上级补助|其他收入|本级|所属|机关|当年拨款|拨款`)

// generic concepts are tied to the all-funds figures only when the label
// names nothing but the department and the year before them.
var generic = map[string]bool{"total": true, "basic": true, "project": true, "personnel": true, "public": true}

var reAcquire = regexp.MustCompile(`购置|新增|拟|采购|处置|报废`)

var reSubjectNoise = regexp.MustCompile(`(19|20)\d\d年度?|本年度?|全年|年度|本部门|本单位|部门|单位|本级|总体|合计|共`)

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
		rest = strings.ReplaceAll(rest, doc.Department, "")
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
	for _, s := range c.narr {
		for _, m := range s.mentions {
			if m.kind != mAmount || m.change != 0 || isPrior(m.label) || otherYear(m.label, c.doc.Year) {
				continue
			}
			label := reRowOrdinal.ReplaceAllString(quoteDropper.Replace(m.label), "")
			for reFiller.MatchString(label) {
				label = reFiller.ReplaceAllString(label, "")
			}
			key, name := "", ""
			for _, cs := range conceptSuffixes {
				if strings.HasSuffix(label, cs.suffix) {
					key, name = cs.key, cs.suffix
					break
				}
			}
			var figs []figure
			switch {
			case key == "":
				n := normName(label)
				figs = nameFigures(cs, n)
				if len(figs) == 0 && reLevelMark.MatchString(label) {
					// “法院（款）行政运行（项）支出”: the item's name without 支出
					n = strings.TrimSuffix(n, "支出")
					figs = nameFigures(cs, n)
				}
				if len(figs) == 0 {
					continue
				}
				name = n
			case generic[key] && (reScope.MatchString(label) || !bareSubject(strings.TrimSuffix(label, name), c.doc) || headedClause(s.text, m.labelAt)):
				continue
			case key == "固定资产" && reAcquire.MatchString(label):
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
				if f.v.Equal(stated) {
					matched = true
					break
				}
			}
			if matched {
				continue
			}
			want := figs[0]
			msg := fmt.Sprintf("正文“%s”%s万元，表中为 %s 万元（%s）：%s", name, m.printed, want.v, want.from, quote(s.text))
			sev := Error
			if key == "" {
				sev = Warn // a name may recur under another heading with other money
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

// nameFigures finds the classification name a label ends with.
func nameFigures(cs *concepts, label string) []figure {
	best := ""
	for n := range cs.byName {
		if strings.HasSuffix(label, n) && len(n) > len(best) {
			best = n
		}
	}
	if best == "" {
		return nil
	}
	// The label must be the name itself, perhaps after a lead-in ending in
	// punctuation-free words like 用于; a longer label is another thing.
	rest := strings.TrimSuffix(label, best)
	if utf8.RuneCountInString(rest) > 8 {
		return nil
	}
	return cs.byName[best]
}

var reYear = regexp.MustCompile(`(19|20)\d\d`)

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

// assetsTotal sums the value column of the fixed-assets table, or takes its
// 合计 row, and says which.
func assetsTotal(doc *model.Document) (model.Money, string, bool) {
	for _, t := range doc.TablesOf(model.TAssets) {
		col := -1
		for j, name := range t.Columns {
			if strings.Contains(name, "价值") || strings.Contains(name, "金额") || strings.Contains(name, "原值") {
				col = j
			}
		}
		if col < 0 || strings.Contains(t.Columns[col], "元") && !strings.Contains(t.Columns[col], "万元") {
			continue
		}
		var sum model.Money
		var parts []string
		for _, row := range t.Rows {
			if col >= len(row) || len(row) == 0 {
				continue
			}
			v, ok := model.ParseAmount(row[col])
			if !ok {
				continue
			}
			if strings.Contains(row[0], "合计") || strings.Contains(row[0], "总计") {
				return v, "《" + title(t) + "》合计", true
			}
			sum = sum.Add(v)
			parts = append(parts, strings.TrimSpace(row[col]))
		}
		if len(parts) > 0 {
			return sum, "《" + title(t) + "》各行之和 " + strings.Join(parts, "＋"), true
		}
	}
	return model.Zero, "", false
}

var reCountTail = regexp.MustCompile(`项目(共|数|数为|共计|合计)?$`)

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
