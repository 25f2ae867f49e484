package compare

import (
	"strings"

	"yusuan/model"
	"yusuan/prose"
)

// Projects whose names are this similar are matched outright; between
// projectLoose and projectSimilarity the budgets must also be close.
const (
	projectSimilarity = 0.7
	projectLoose      = 0.45
)

// matchProjects pairs projects by code, then exact name, then name
// similarity together with amount, and returns the diffs in the newer
// document's order followed by the removed projects in the older one's.
func matchProjects(old, cur []*model.Project) []*ProjectDiff {
	old, cur = nonNil(old), nonNil(cur)
	pr := newPairing(len(old), len(cur))
	always := func(i, j int) bool { return true }
	pr.byKey(func(j int) string { return strings.TrimSpace(old[j].Code) }, func(i int) string { return strings.TrimSpace(cur[i].Code) },
		"", ByCode, always)
	// Two different codes under one name are two projects.
	pr.byKey(func(j int) string { return prose.Key(old[j].Name) }, func(i int) string { return prose.Key(cur[i].Name) },
		"\x00", ByName, func(i, j int) bool { return !codesDiffer(cur[i], old[j]) })
	oldGrams := make([]grams, len(old))
	curGrams := make([]grams, len(cur))
	pr.bySimilarity(func(i, j int) float64 {
		p, o := cur[i], old[j]
		if codesDiffer(p, o) {
			return -1
		}
		if curGrams[i] == nil {
			curGrams[i] = bigrams(prose.Key(p.Name))
		}
		if oldGrams[j] == nil {
			oldGrams[j] = bigrams(prose.Key(o.Name))
		}
		if diceBound(len(curGrams[i]), len(oldGrams[j])) < projectLoose {
			return -1
		}
		s := dice(curGrams[i], oldGrams[j])
		if s >= projectSimilarity || (s >= projectLoose && closeAmounts(o.Budget, p.Budget)) {
			// Equal budgets break ties between equally similar names.
			if o.Budget.Equal(p.Budget) {
				s += 0.01
			}
			return s
		}
		return -1
	})
	oldOf, by, used := pr.oldOf, pr.by, pr.used

	out := make([]*ProjectDiff, 0, len(cur))
	for i, p := range cur {
		var o *model.Project
		if oldOf[i] >= 0 {
			o = old[oldOf[i]]
		}
		out = append(out, diffProject(o, p, by[i]))
	}
	for j, o := range old {
		if !used[j] {
			out = append(out, diffProject(o, nil, ""))
		}
	}
	return out
}

func nonNil(ps []*model.Project) []*model.Project {
	out := ps[:0:0]
	for _, p := range ps {
		if p != nil {
			out = append(out, p)
		}
	}
	return out
}

// codesDiffer reports two projects that both carry a code, and different ones.
func codesDiffer(a, b *model.Project) bool {
	ca, cb := strings.TrimSpace(a.Code), strings.TrimSpace(b.Code)
	return ca != "" && cb != "" && ca != cb
}

// closeAmounts: within 20% of the larger budget (both zero counts as close).
func closeAmounts(a, b model.Money) bool {
	big := a.Abs()
	if b.Abs().Cmp(big) > 0 {
		big = b.Abs()
	}
	if big.IsZero() {
		return true
	}
	// |a−b|×5 ≤ big  ⇔  |a−b| ≤ 20% of big, exactly.
	d := a.Sub(b).Abs()
	return model.Sum(d, d, d, d, d).Cmp(big) <= 0
}

// diffProject compares one project pair (o or p may be nil).
func diffProject(o, p *model.Project, by string) *ProjectDiff {
	d := &ProjectDiff{MatchedBy: by, OldProject: o, NewProject: p}
	var ob, nb model.Money
	switch {
	case o == nil:
		d.Name, d.Code, d.Status = p.Name, p.Code, Added
		nb = p.Budget
		d.NewBudget = &nb
		d.PlanNew = p.Plan
		d.Indicators = diffIndicators(nil, p.Indicators)
	case p == nil:
		d.Name, d.Code, d.Status = o.Name, o.Code, Removed
		ob = o.Budget
		d.OldBudget = &ob
		d.PlanOld = o.Plan
		d.Indicators = diffIndicators(o.Indicators, nil)
	default:
		d.Name, d.Code = p.Name, p.Code
		if d.Code == "" {
			d.Code = o.Code
		}
		ob, nb = o.Budget, p.Budget
		d.OldBudget, d.NewBudget = &ob, &nb
		d.PlanOld, d.PlanNew = o.Plan, p.Plan
		d.PlanChanged = !samePlan(o.Plan, p.Plan)
		d.Indicators = diffIndicators(o.Indicators, p.Indicators)
		indChanged := false
		for _, in := range d.Indicators {
			indChanged = indChanged || in.Status != Same
		}
		switch {
		case prose.Key(o.Name) != prose.Key(p.Name):
			d.Status, d.OldName = Renamed, o.Name
		case !ob.Equal(nb) || d.PlanChanged || indChanged:
			d.Status = Changed
		default:
			d.Status = Same
		}
	}
	d.Delta, d.DeltaPct = diffPct(ob, nb)
	return d
}

func samePlan(a, b []model.Money) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !a[i].Equal(b[i]) {
			return false
		}
	}
	return true
}

// diffIndicators pairs indicators by 一级/二级/三级 name, then by the 三级
// name alone (the upper levels are sometimes regrouped between years).
func diffIndicators(old, cur []*model.Indicator) []IndicatorDiff {
	type indKey struct{ l1, l2, name string }
	key := func(in *model.Indicator) indKey {
		return indKey{prose.Key(in.Level1), prose.Key(in.Level2), prose.Key(in.Name)}
	}
	used := make([]bool, len(old))
	byKey := make(map[indKey][]int, len(old))
	byName := make(map[string][]int, len(old))
	for j, in := range old {
		if in == nil {
			used[j] = true
			continue
		}
		k := key(in)
		byKey[k] = append(byKey[k], j)
		byName[k.name] = append(byName[k.name], j)
	}
	take := func(idx []int) int {
		for _, j := range idx {
			if !used[j] {
				used[j] = true
				return j
			}
		}
		return -1
	}
	match := make([]int, len(cur))
	for i, in := range cur {
		match[i] = -1
		if in != nil {
			match[i] = take(byKey[key(in)])
		}
	}
	for i, in := range cur {
		if in != nil && match[i] < 0 {
			match[i] = take(byName[prose.Key(in.Name)])
		}
	}
	var out []IndicatorDiff
	for i, in := range cur {
		if in == nil {
			continue
		}
		d := IndicatorDiff{Level1: in.Level1, Level2: in.Level2, Name: in.Name, New: in.Value, Status: Added}
		if j := match[i]; j >= 0 {
			d.Old = old[j].Value
			d.Status = Same
			if prose.Key(d.Old) != prose.Key(d.New) {
				d.Status = Changed
			}
		}
		out = append(out, d)
	}
	for j, in := range old {
		if !used[j] {
			out = append(out, IndicatorDiff{Level1: in.Level1, Level2: in.Level2, Name: in.Name, Old: in.Value, Status: Removed})
		}
	}
	return out
}
