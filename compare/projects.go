package compare

import (
	"sort"
	"strings"

	"yusuan/model"
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
	oldOf := make([]int, len(cur))
	by := make([]string, len(cur))
	used := make([]bool, len(old))
	for i := range oldOf {
		oldOf[i] = -1
	}

	byCode := make(map[string][]int)
	for j, p := range old {
		if c := strings.TrimSpace(p.Code); c != "" {
			byCode[c] = append(byCode[c], j)
		}
	}
	for i, p := range cur {
		for _, j := range byCode[strings.TrimSpace(p.Code)] {
			if !used[j] {
				oldOf[i], by[i], used[j] = j, ByCode, true
				break
			}
		}
	}

	byName := make(map[string][]int)
	for j, p := range old {
		if !used[j] {
			k := normName(p.Name)
			byName[k] = append(byName[k], j)
		}
	}
	for i, p := range cur {
		if oldOf[i] >= 0 {
			continue
		}
		for _, j := range byName[normName(p.Name)] {
			// Two different codes under one name are two projects.
			if !used[j] && !codesDiffer(p, old[j]) {
				oldOf[i], by[i], used[j] = j, ByName, true
				break
			}
		}
	}

	type cand struct {
		i, j  int
		score float64
	}
	var cands []cand
	oldGrams := make([]grams, len(old))
	for i, p := range cur {
		if oldOf[i] >= 0 {
			continue
		}
		g := bigrams(normName(p.Name))
		for j, o := range old {
			if used[j] || codesDiffer(p, o) {
				continue
			}
			if oldGrams[j] == nil {
				oldGrams[j] = bigrams(normName(o.Name))
			}
			if diceBound(len(g), len(oldGrams[j])) < projectLoose {
				continue
			}
			s := dice(g, oldGrams[j])
			if s >= projectSimilarity || (s >= projectLoose && closeAmounts(o.Budget, p.Budget)) {
				// Equal budgets break ties between equally similar names.
				if o.Budget.Equal(p.Budget) {
					s += 0.01
				}
				cands = append(cands, cand{i, j, s})
			}
		}
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].score > cands[b].score })
	for _, c := range cands {
		if oldOf[c.i] < 0 && !used[c.j] {
			oldOf[c.i], by[c.i], used[c.j] = c.j, BySimilarity, true
		}
	}

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
		case normName(o.Name) != normName(p.Name):
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
		return indKey{normName(in.Level1), normName(in.Level2), normName(in.Name)}
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
			match[i] = take(byName[normName(in.Name)])
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
			if normName(d.Old) != normName(d.New) {
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
