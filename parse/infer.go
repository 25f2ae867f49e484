package parse

import (
	"sort"

	"yusuan/model"
)

// maxInferSteps bounds the search for a reconciliation; past it nothing is
// inferred rather than something guessed.
const maxInferSteps = 20000

// inferFunctionCodes links projects with no stated functional item to items
// by reconciling project budgets against each item's 项目支出: every way of
// splitting the projects over the items so that each item's sum is exact is
// searched, and a project is linked only where all ways agree.
//
// Amounts are compared as integer counts of 0.0001 万元 (exact for every
// amount the documents print): this is combinatorics over exact units, not
// arithmetic on money.
func inferFunctionCodes(doc *model.Document) {
	type item struct {
		code string
		cap  int64
	}
	var items []item
	model.WalkFunc(doc.Functional, func(n, _ *model.FuncNode) {
		if n.Level == model.LevelItem && n.Project.Sign() > 0 {
			if u, ok := units(n.Project); ok {
				items = append(items, item{n.Code, u})
			}
		}
	})
	var open []*model.Project
	for _, p := range doc.Projects {
		if p.FunctionCode == "" {
			open = append(open, p)
		}
	}
	if len(items) == 0 || len(open) == 0 {
		return
	}
	// Stated links use up their items' capacity first.
	for _, p := range doc.Projects {
		if p.FunctionCode == "" {
			continue
		}
		u, _ := units(p.Budget)
		for i := range items {
			if items[i].code == p.FunctionCode {
				items[i].cap -= u
			}
		}
	}
	// Group equal budgets: projects of the same amount are interchangeable.
	groups := map[int64][]*model.Project{}
	var values []int64
	var total, capTotal int64
	for _, p := range open {
		u, ok := units(p.Budget)
		if !ok || u <= 0 {
			return
		}
		if _, seen := groups[u]; !seen {
			values = append(values, u)
		}
		groups[u] = append(groups[u], p)
		total += u
	}
	for _, it := range items {
		capTotal += it.cap
	}
	if total != capTotal {
		return // the projects do not add up to the items: nothing to reconcile
	}
	sort.Slice(values, func(i, j int) bool { return values[i] > values[j] })
	caps := make([]int64, len(items))
	for i, it := range items {
		caps[i] = it.cap
	}
	// seen[v][i] counts solutions placing at least one project of value v in item i.
	seen := make([]map[int]bool, len(values))
	for i := range seen {
		seen[i] = map[int]bool{}
	}
	steps := 0
	assign := make([][]int, len(values)) // per value: count per item
	var solve func(vi int) bool
	record := func() {
		for vi := range values {
			for ii, c := range assign[vi] {
				if c > 0 {
					seen[vi][ii] = true
				}
			}
		}
	}
	var place func(vi, ii, left int) bool
	solve = func(vi int) bool {
		if vi == len(values) {
			for _, c := range caps {
				if c != 0 {
					return true
				}
			}
			record()
			return true
		}
		assign[vi] = make([]int, len(items))
		return place(vi, 0, len(groups[values[vi]]))
	}
	place = func(vi, ii, left int) bool {
		steps++
		if steps > maxInferSteps {
			return false
		}
		if left == 0 {
			return solve(vi + 1)
		}
		if ii == len(items) {
			return true
		}
		v := values[vi]
		for k := left; k >= 0; k-- {
			if int64(k)*v > caps[ii] {
				continue
			}
			caps[ii] -= int64(k) * v
			assign[vi][ii] = k
			ok := place(vi, ii+1, left-k)
			caps[ii] += int64(k) * v
			assign[vi][ii] = 0
			if !ok {
				return false
			}
		}
		return true
	}
	if !solve(0) {
		return // too many ways to tell
	}
	for vi, v := range values {
		if len(seen[vi]) != 1 {
			continue
		}
		for ii := range seen[vi] {
			if items[ii].code == "" {
				continue // an item printed by name only holds them: no code to give
			}
			for _, p := range groups[v] {
				p.FunctionCode, p.FunctionCodeInferred = items[ii].code, true
			}
		}
	}
}

// units converts 万元 to integer 0.0001 万元 (one yuan), false when finer.
func units(m model.Money) (int64, bool) {
	d := m.Decimal().Shift(4)
	if !d.Equal(d.Truncate(0)) {
		return 0, false
	}
	return d.IntPart(), true
}
