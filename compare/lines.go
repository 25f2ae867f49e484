package compare

import (
	"yusuan/model"
	"yusuan/prose"
)

// lineSimilarity is the least name similarity at which two lines without a
// common code are taken for the same line (flagged matched_by=similarity).
const lineSimilarity = 0.6

// node is a functional or economic line reduced to what matching needs.
type node struct {
	code, name, level string
	amt               Amounts
	children          []*node
}

func funcNodes(ns []*model.FuncNode) []*node {
	out := make([]*node, 0, len(ns))
	for _, n := range ns {
		if n == nil {
			continue
		}
		out = append(out, &node{
			code: n.Code, name: n.Name, level: funcLevel(n),
			amt:      Amounts{Total: n.Total, Basic: n.Basic, Project: n.Project},
			children: funcNodes(n.Children),
		})
	}
	return out
}

func econNodes(ns []*model.EconNode) []*node {
	out := make([]*node, 0, len(ns))
	for _, n := range ns {
		if n == nil {
			continue
		}
		personnel, public := n.Personnel, n.Public
		amt := Amounts{Total: n.Total, Basic: n.Total, Personnel: &personnel, Public: &public}
		if n.NoPersonnel {
			amt.Personnel = nil // not printed: absent, not zero
		}
		if n.NoPublic {
			amt.Public = nil
		}
		out = append(out, &node{
			code: n.Code, name: n.Name, level: econLevel(n.Code),
			amt:      amt,
			children: econNodes(n.Children),
		})
	}
	return out
}

// econLevel: economic codes have 3 digits for a class (类) and 5 for an item (款).
func econLevel(code string) string {
	switch len(code) {
	case 3:
		return "class"
	case 5:
		return "item"
	}
	return ""
}

// matchLines pairs the siblings of one parent in both years and returns the
// merged lines in the newer document's order, each removed line placed after
// the line that preceded it in the older document.
func matchLines(old, cur []*node) []*Line {
	oldOf, by := pairSiblings(len(old), len(cur),
		func(j int) string { return old[j].code }, func(i int) string { return cur[i].code },
		func(j int) string { return old[j].name }, func(i int) string { return cur[i].name })

	// Merge in order. after[k] holds the removed lines that follow cur[k];
	// lead holds those that came before any matched line.
	newOf := make([]int, len(old))
	for j := range newOf {
		newOf[j] = -1
	}
	for i, j := range oldOf {
		if j >= 0 {
			newOf[j] = i
		}
	}
	var lead []*Line
	after := make(map[int][]*Line)
	anchor := -1
	for j, o := range old {
		if newOf[j] >= 0 {
			anchor = newOf[j]
			continue
		}
		l := makeLine(o, nil, "")
		if anchor < 0 {
			lead = append(lead, l)
		} else {
			after[anchor] = append(after[anchor], l)
		}
	}
	out := make([]*Line, 0, len(cur)+len(lead))
	out = append(out, lead...)
	for i, n := range cur {
		var o *node
		if oldOf[i] >= 0 {
			o = old[oldOf[i]]
		}
		out = append(out, makeLine(o, n, by[i]))
		out = append(out, after[i]...)
	}
	return out
}

// makeLine builds the line for a matched pair, or for an added (o == nil) or
// removed (n == nil) node, with its children.
func makeLine(o, n *node, by string) *Line {
	l := &Line{MatchedBy: by}
	switch {
	case o == nil:
		l.Code, l.Name, l.Level, l.Status = n.code, n.name, n.level, Added
		a := n.amt
		l.New = &a
		l.Children = matchLines(nil, n.children)
	case n == nil:
		l.Code, l.Name, l.Level, l.Status = o.code, o.name, o.level, Removed
		a := o.amt
		l.Old = &a
		l.Children = matchLines(o.children, nil)
	default:
		l.Code, l.Name, l.Level = n.code, n.name, n.level
		if l.Code == "" {
			l.Code, l.Level = o.code, o.level
		}
		oa, na := o.amt, n.amt
		l.Old, l.New = &oa, &na
		l.Children = matchLines(o.children, n.children)
		switch {
		case prose.Key(o.name) != prose.Key(n.name):
			l.Status, l.OldName = Renamed, o.name
		case !sameAmounts(oa, na):
			l.Status = Changed
		default:
			l.Status = Same
		}
	}
	l.Delta, l.DeltaPct = delta(l.Old, l.New)
	for _, c := range l.Children {
		l.ChangedChildren += c.ChangedChildren
		if c.Status != Same {
			l.ChangedChildren++
		}
	}
	return l
}

func sameAmounts(a, b Amounts) bool {
	return a.Total.Equal(b.Total) && a.Basic.Equal(b.Basic) && a.Project.Equal(b.Project) &&
		sameOpt(a.Personnel, b.Personnel) && sameOpt(a.Public, b.Public)
}

func sameOpt(a, b *model.Money) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Equal(*b)
}

// delta is new − old of the totals, and its percentage of old.
func delta(old, cur *Amounts) (model.Money, string) {
	var o, n model.Money
	if old != nil {
		o = old.Total
	}
	if cur != nil {
		n = cur.Total
	}
	return diffPct(o, n)
}

// diffPct returns n − o and (n − o)/o×100 rounded half-up to two places, or
// "" when o is zero (the text output says 新增). The division is exact before
// the single rounding.
func diffPct(o, n model.Money) (model.Money, string) {
	d := n.Sub(o)
	if o.IsZero() {
		return d, ""
	}
	return d, pct(d, o, 2)
}

// pct is part/whole×100 rounded half away from zero to places decimals; whole ≠ 0.
func pct(part, whole model.Money, places int32) string {
	return part.Decimal().Shift(2).DivRound(whole.Decimal(), places).StringFixed(places)
}
