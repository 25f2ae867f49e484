package compare

import (
	"fmt"

	"yusuan/model"
	"yusuan/prose"
)

// Compare sets old beside new. It never fails: what cannot be compared is
// left out and said in Warnings (which the caller prints on stderr), such as
// an older document whose year is later than the newer one's.
func Compare(old, cur *model.Document) *Diff {
	if old == nil {
		old = &model.Document{}
	}
	if cur == nil {
		cur = &model.Document{}
	}
	d := &Diff{
		Old:         DocRef{Source: old.Source, Year: old.Year, Department: old.Department},
		New:         DocRef{Source: cur.Source, Year: cur.Year, Department: cur.Department},
		Functional:  matchLines(funcNodes(old.Functional), funcNodes(cur.Functional)),
		Economic:    matchLines(econNodes(old.Economic), econNodes(cur.Economic)),
		Projects:    matchProjects(old.Projects, cur.Projects),
		Totals:      totalsDiff(old.Totals, cur.Totals),
		ThreePublic: threePublic(old.ThreePublic, cur.ThreePublic),
		Warnings:    []string{},
		Narrative:   []Claim{},
	}
	if old.Year != 0 && cur.Year != 0 && old.Year > cur.Year {
		d.Warnings = append(d.Warnings, fmt.Sprintf("旧文件的年度（%d）晚于新文件（%d），按给定顺序比较", old.Year, cur.Year))
	}
	if IsExecution(old, cur) {
		setExecution(d)
		d.Findings = budgetColumnFindings(old, cur)
		// the final accounts' 比上年 is about last year's outcome, not this
		// year's budget: no narrative claim is checked against it
		return d
	}
	if old.Year != 0 && old.Year == cur.Year {
		d.Warnings = append(d.Warnings, fmt.Sprintf("两个文件年度相同（%d）", old.Year))
	}
	if old.Kind != "" && cur.Kind != "" && old.Kind != cur.Kind {
		d.Warnings = append(d.Warnings, fmt.Sprintf("文件类型不同：旧文件为%s，新文件为%s", old.Kind.Chinese(), cur.Kind.Chinese()))
	}
	if old.Department != "" && cur.Department != "" && !prose.SameDepartment(old.Department, cur.Department) {
		d.Warnings = append(d.Warnings, fmt.Sprintf("单位名称不同：%s → %s", model.CleanText(old.Department), model.CleanText(cur.Department)))
	}
	d.Narrative = checkNarrative(old, cur, d)
	return d
}

// totalsDiff compares the headline figures; one a document does not print
// is absent on its side, and has no change.
func totalsDiff(old, cur model.Totals) Totals {
	var d Totals
	of, cf := old.Figures(), cur.Figures()
	for i, l := range d.Lines() {
		*l.T = TotalDiff{Old: of[i].Value, New: cf[i].Value}
		if l.T.Old != nil && l.T.New != nil {
			l.T.Delta, l.T.DeltaPct = diffPct(*l.T.Old, *l.T.New)
		}
	}
	return d
}

// threePublicFields lists the “三公”经费 fields in table order, with the JSON
// name (used as the line code) and the Chinese label.
var threePublicFields = []struct {
	code, name string
	get        func(*model.ThreePublic) model.Money
}{
	{"total", "合计", func(t *model.ThreePublic) model.Money { return t.Total }},
	{"subtotal", "“三公”经费小计", func(t *model.ThreePublic) model.Money { return t.Subtotal }},
	{"abroad", "因公出国（境）费", func(t *model.ThreePublic) model.Money { return t.Abroad }},
	{"vehicle", "公务用车购置及运行费", func(t *model.ThreePublic) model.Money { return t.Vehicle }},
	{"vehicle_purchase", "公务用车购置费", func(t *model.ThreePublic) model.Money { return t.VehiclePurchase }},
	{"vehicle_operation", "公务用车运行维护费", func(t *model.ThreePublic) model.Money { return t.VehicleOperation }},
	{"reception", "公务接待费", func(t *model.ThreePublic) model.Money { return t.Reception }},
	{"meeting", "会议费", func(t *model.ThreePublic) model.Money { return t.Meeting }},
	{"training", "培训费", func(t *model.ThreePublic) model.Money { return t.Training }},
}

// threePublic compares the “三公” tables field by field; a side without the
// table is nil (its lines are added or removed).
func threePublic(o, n *model.ThreePublic) []*Line {
	if o == nil && n == nil {
		return nil
	}
	var out []*Line
	for _, f := range threePublicFields {
		l := &Line{Code: f.code, Name: f.name, MatchedBy: ByCode}
		if o != nil {
			l.Old = &Amounts{Total: f.get(o)}
		}
		if n != nil {
			l.New = &Amounts{Total: f.get(n)}
		}
		switch {
		case o == nil:
			l.Status, l.MatchedBy = Added, ""
		case n == nil:
			l.Status, l.MatchedBy = Removed, ""
		case l.Old.Total.Equal(l.New.Total):
			l.Status = Same
		default:
			l.Status = Changed
		}
		l.Delta, l.DeltaPct = delta(l.Old, l.New)
		out = append(out, l)
	}
	return out
}
