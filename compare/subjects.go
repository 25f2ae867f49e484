package compare

import (
	"strings"
	"unicode/utf8"

	"yusuan/internal/lazyregexp"
	"yusuan/model"
)

// totalSubject reads a headline figure. where the functional tree holds the
// same figure (col ≠ nil), the two must agree: a total the document's own
// tables do not confirm may be a misreading, and a statement is never
// reported wrong on the strength of a misread figure.
func totalSubject(name string, get func(model.Totals) model.Money, col func(*model.FuncNode) model.Money) subject {
	return subject{name, func(doc *model.Document, _ bool) (model.Money, bool) {
		// A zero headline figure means the parser did not find it (no
		// department budgets nothing), so it cannot confirm a statement.
		t := get(doc.Totals)
		if t.IsZero() {
			return t, false
		}
		if col != nil && len(doc.Functional) > 0 {
			var sum model.Money
			for _, n := range doc.Functional {
				if n != nil {
					sum = sum.Add(col(n))
				}
			}
			if !sum.Equal(t) {
				return t, false
			}
		}
		return t, true
	}}
}

func threePublicSubject(name, field string, get func(*model.ThreePublic) model.Money) subject {
	return subject{name, func(doc *model.Document, _ bool) (model.Money, bool) {
		tp := doc.ThreePublic
		if tp == nil {
			return model.Zero, false
		}
		if field == "subtotal" && !tp.IsStated("subtotal") && tp.Subtotal.IsZero() {
			return tp.Total, true
		}
		if len(tp.Stated) > 0 && !tp.IsStated(field) {
			return model.Zero, false
		}
		return get(tp), true
	}}
}

func econSubject(name string, get func(*model.EconNode) model.Money) subject {
	return subject{name, func(doc *model.Document, _ bool) (model.Money, bool) {
		var t model.Money
		for _, n := range doc.Economic {
			if n != nil {
				t = t.Add(get(n))
			}
		}
		return t, len(doc.Economic) > 0
	}}
}

var (
	subjIncome      = totalSubject("收入总计", func(t model.Totals) model.Money { return t.Income }, nil)
	subjExpenditure = totalSubject("支出总计", func(t model.Totals) model.Money { return t.Expenditure },
		func(n *model.FuncNode) model.Money { return n.Total })
	subjBasic = totalSubject("基本支出", func(t model.Totals) model.Money { return t.Basic },
		func(n *model.FuncNode) model.Money { return n.Basic })
	subjProject = totalSubject("项目支出", func(t model.Totals) model.Money { return t.Project },
		func(n *model.FuncNode) model.Money { return n.Project })
	subjPersonnel = econSubject("人员经费", func(n *model.EconNode) model.Money { return n.Personnel })
	subjPublic    = econSubject("公用经费", func(n *model.EconNode) model.Money { return n.Public })
)

// threePublicKeys are tried in order: the more specific name first
// (公务用车购置及运行费 before 公务用车运行 and 公务用车购置).
var threePublicKeys = []struct {
	keys  []string
	field string
}{
	{[]string{"因公出国"}, "abroad"},
	{[]string{"公务用车购置及运行", "公务用车购置和运行", "公务用车运行和购置", "公务用车费"}, "vehicle"},
	{[]string{"公务用车运行"}, "vehicle_operation"},
	{[]string{"公务用车购置"}, "vehicle_purchase"},
	{[]string{"公务接待"}, "reception"},
	{[]string{"会议费"}, "meeting"},
	{[]string{"培训费"}, "training"},
	{[]string{"三公"}, "subtotal"},
}

// unsupported names subjects the model does not hold; a statement about
// them is not checked.
var unsupported = []string{"机关运行", "一般公共预算", "政府性基金", "国有资本", "财政拨款", "财政专户", "政府采购", "固定资产", "结转", "单位资金", "事业收入", "上级补助", "其他资金", "其他收入", "经营收入"}

// findSubject reads what the clause before a comparison is about.
// bothSides is set for 收、支预算总计各增加.
func findSubject(pre string, bothSides bool, d *Diff) (subject, bool) {
	if bothSides {
		return subjExpenditure, true
	}
	for _, k := range threePublicKeys {
		for _, key := range k.keys {
			if strings.Contains(pre, key) {
				for _, f := range threePublicFields {
					if f.code == k.field {
						return threePublicSubject(f.name, f.code, f.get), true
					}
				}
			}
		}
	}
	if s, ok := functionalSubject(pre, d); ok {
		return s, true
	}
	if s, ok := projectSubject(pre, d); ok {
		return s, true
	}
	for _, u := range unsupported {
		if strings.Contains(pre, u) {
			return subject{}, false
		}
	}
	// The nearest of the remaining names decides (… 支出总计X万元，其中基本支出 … is cut before 其中).
	best, at := subject{}, -1
	for _, c := range []struct {
		key string
		s   subject
	}{
		{"基本支出", subjBasic}, {"项目支出", subjProject},
		{"人员经费", subjPersonnel}, {"公用经费", subjPublic},
		// Only names of the headline figures: a bare 支出 or 收入 is too
		// often part of something else (…等支出。与上年相比增加54.05万元).
		{"收入总计", subjIncome}, {"收入预算总计", subjIncome}, {"收入合计", subjIncome}, {"总收入", subjIncome}, {"预算收入", subjIncome},
		{"支出总计", subjExpenditure}, {"支出预算总计", subjExpenditure}, {"支出合计", subjExpenditure}, {"总支出", subjExpenditure},
		{"收支", subjExpenditure},
	} {
		if k := strings.LastIndex(pre, c.key); k >= 0 {
			// A longer name ending at the same place (基本支出 vs 支出) was found first and wins.
			if end := k + len(c.key); end > at {
				best, at = c.s, end
			}
		}
	}
	return best, at >= 0
}

func followSubject(key string) (subject, bool) {
	switch key {
	case "基本支出":
		return subjBasic, true
	case "项目支出":
		return subjProject, true
	case "人员经费":
		return subjPersonnel, true
	case "公用经费", "日常公用经费":
		return subjPublic, true
	}
	return subject{}, false
}

// reEnum matches list numbering before a name: 1. 2、 （三） 四、
var reEnum = lazyregexp.New(`^(?:[0-9]+[.、]|[（(][0-9一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)+`)

// functionalSubject reads 一般公共服务支出（类）政协事务（款）行政运行（项）
// and finds that line in the diff, following the chain of names where the
// last one alone is ambiguous (行政运行 is under many 款).
func functionalSubject(pre string, d *Diff) (subject, bool) {
	ms := reLevelNm.FindAllStringSubmatch(pre, -1)
	if len(ms) == 0 {
		return subject{}, false
	}
	levels := map[string]string{"类": "class", "款": "section", "项": "item"}
	var chain []struct{ name, level string }
	for _, m := range ms {
		name := reEnum.ReplaceAllString(normName(m[1]), "")
		chain = append(chain, struct{ name, level string }{name, levels[m[2]]})
	}
	target := chain[len(chain)-1]
	var hits []*Line
	var walk func(ls []*Line, ancestors []*Line)
	walk = func(ls []*Line, ancestors []*Line) {
		for _, l := range ls {
			if l.Level == target.level && (normName(l.Name) == target.name || normName(l.OldName) == target.name) && chainFits(chain[:len(chain)-1], ancestors) {
				hits = append(hits, l)
			}
			walk(l.Children, append(ancestors, l))
		}
	}
	walk(d.Functional, nil)
	if len(hits) != 1 {
		return subject{}, false
	}
	l := hits[0]
	return subject{model.CleanText(l.Code + " " + l.Name), func(_ *model.Document, isOld bool) (model.Money, bool) {
		a := l.New
		if isOld {
			a = l.Old
		}
		// A zero line is more likely a column the parser could not read
		// than a statement of change against nothing (which says 新增).
		if a == nil || a.Total.IsZero() {
			return model.Zero, false
		}
		return a.Total, true
	}}, true
}

// chainFits: every named upper level appears among the ancestors.
func chainFits(chain []struct{ name, level string }, ancestors []*Line) bool {
	for _, c := range chain {
		ok := false
		for _, a := range ancestors {
			if a.Level == c.level && (normName(a.Name) == c.name || normName(a.OldName) == c.name) {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// projectSubject finds the project the clause names (the longest name that
// occurs in it, in either year), for 安全生产专项经费比上年减少90万元.
func projectSubject(pre string, d *Diff) (subject, bool) {
	text := normName(pre)
	var best *ProjectDiff
	bestLen := 0
	for _, p := range d.Projects {
		for _, name := range []string{p.Name, p.OldName} {
			n := normName(name)
			// Very short names (应急物资) occur in ordinary prose.
			if utf8.RuneCountInString(n) >= 4 && len(n) > bestLen && strings.Contains(text, n) {
				best, bestLen = p, len(n)
			}
		}
	}
	if best == nil {
		return subject{}, false
	}
	p := best
	return subject{"项目 " + model.CleanText(p.Name), func(_ *model.Document, isOld bool) (model.Money, bool) {
		b := p.NewBudget
		if isOld {
			b = p.OldBudget
		}
		if b == nil {
			return model.Zero, false
		}
		return *b, true
	}}, true
}
