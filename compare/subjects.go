package compare

import (
	"strings"
	"unicode/utf8"

	"yusuan/model"
	"yusuan/prose"
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
		if t.IsZero() || absent(doc.Totals, name) {
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

func econSubject(name string, get func(*model.EconNode) (model.Money, bool)) subject {
	return subject{name, func(doc *model.Document, _ bool) (model.Money, bool) {
		var t model.Money
		for _, n := range doc.Economic {
			if n != nil {
				m, printed := get(n)
				if !printed {
					return t, false // a class that does not print it: no figure to check against
				}
				t = t.Add(m)
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
	subjPersonnel = econSubject("人员经费", func(n *model.EconNode) (model.Money, bool) { return n.Personnel, !n.NoPersonnel })
	subjPublic    = econSubject("公用经费", func(n *model.EconNode) (model.Money, bool) { return n.Public, !n.NoPublic })
)

// unsupported names subjects the model does not hold; a statement about
// them is not checked.
var unsupported = []string{"机关运行", "一般公共预算", "政府性基金", "国有资本", "财政拨款", "财政专户", "政府采购", "固定资产", "结转", "单位资金", "事业收入", "上级补助", "其他资金", "其他收入", "经营收入"}

// headlineSubjects are the prose figures the model holds as headline
// figures; 收支 (both sides at once) is read as the expenditure.
var headlineSubjects = map[prose.Figure]subject{
	prose.Basic: subjBasic, prose.Project: subjProject, prose.Personnel: subjPersonnel, prose.Public: subjPublic,
	prose.Income: subjIncome, prose.Expenditure: subjExpenditure, prose.Totals: subjExpenditure,
}

// findSubject reads what the clause before a comparison is about: a “三公”
// item, a functional line, a project, else the headline figure named
// nearest (… 支出总计X万元，其中基本支出 … is cut before 其中).
// bothSides is set for 收、支预算总计各增加.
func findSubject(pre string, bothSides bool, d *Diff) (subject, bool) {
	if bothSides {
		return subjExpenditure, true
	}
	if fig, ok := prose.ThreePublicIn(pre); ok {
		for _, f := range threePublicFields {
			if f.code == string(fig) {
				return threePublicSubject(f.name, f.code, f.get), true
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
	// Only names of the headline figures: a bare 支出 or 收入 is too often
	// part of something else (…等支出。与上年相比增加54.05万元).
	fig, ok := prose.HeadlineIn(pre)
	return headlineSubjects[fig], ok
}

// followSubject is the headline figure a part of a 其中 list names.
func followSubject(name string) (subject, bool) {
	fig, _, ok := prose.FigureAtEnd(prose.Key(name))
	s, known := headlineSubjects[fig]
	return s, ok && known
}

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
		name := prose.LabelKey(m[1])
		chain = append(chain, struct{ name, level string }{name, levels[m[2]]})
	}
	target := chain[len(chain)-1]
	var hits []*Line
	var walk func(ls []*Line, ancestors []*Line)
	walk = func(ls []*Line, ancestors []*Line) {
		for _, l := range ls {
			if l.Level == target.level && (prose.Key(l.Name) == target.name || prose.Key(l.OldName) == target.name) && chainFits(chain[:len(chain)-1], ancestors) {
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
			if a.Level == c.level && (prose.Key(a.Name) == c.name || prose.Key(a.OldName) == c.name) {
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
	text := prose.Key(pre)
	var best *ProjectDiff
	bestLen := 0
	for _, p := range d.Projects {
		for _, name := range []string{p.Name, p.OldName} {
			n := prose.Key(name)
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

// absent: the document does not print the headline figure of that label.
func absent(t model.Totals, label string) bool {
	for _, f := range t.Figures() {
		if f.Label == label {
			return f.Value == nil
		}
	}
	return false
}
