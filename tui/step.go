package tui

import (
	"fmt"
)

// step is n/N: through the search matches, or in diff mode with no search
// made, through the changes of the current view.
func (m *Model) step(d int) {
	if m.ctx.opt.Diff != nil && len(m.search.hits) == 0 {
		m.stepChange(d)
		return
	}
	m.stepSearch(d)
}

// stepChange selects the next (d=1) or previous changed row of the view,
// wrapping around: the largest change (|Δ|) first, or in tree order when the
// view is sorted by code (the order the auditor reads the tables in).
func (m *Model) stepChange(d int) {
	v := m.view()
	var changes []*node
	for _, n := range allNodes(v.def.root) {
		if isChange(n) {
			changes = append(changes, n)
		}
	}
	if v.def.id == viewFlat {
		changes = changes[:0]
		for _, n := range v.def.root.kids {
			if isChange(n) {
				changes = append(changes, n)
			}
		}
	}
	if len(changes) == 0 {
		m.msg = m.ctx.tx.NoMatch
		return
	}
	if v.sortKey().kind != byCode {
		sortRows(changes, sortKey{kind: byAbsDelta}, false)
	}
	cur := v.selected()
	at := -1
	for i, n := range changes {
		if n == cur {
			at = i
		}
	}
	var next int
	switch {
	case at < 0 && v.sortKey().kind == byCode:
		next = m.firstChangeAfter(changes, cur, d)
	case at < 0:
		next = 0 // the largest change
		if d < 0 {
			next = len(changes) - 1
		}
	default:
		next = (at + d + len(changes)) % len(changes)
	}
	v.reveal(changes[next])
	m.msg = fmt.Sprintf("%d/%d", next+1, len(changes))
}

// firstChangeAfter is, in tree order, the first change after the cursor row
// (d=1) or the last before it (d=-1).
func (m *Model) firstChangeAfter(changes []*node, cur *node, d int) int {
	pos := map[*node]int{}
	for i, n := range allNodes(m.view().def.root) {
		pos[n] = i
	}
	at, ok := pos[cur]
	if !ok {
		return 0
	}
	if d > 0 {
		for i, n := range changes {
			if pos[n] > at {
				return i
			}
		}
		return 0
	}
	for i := len(changes) - 1; i >= 0; i-- {
		if pos[changes[i]] < at {
			return i
		}
	}
	return len(changes) - 1
}

// stepSearch is n/N: the next or previous match of the last search, shown
// in its own view.
func (m *Model) stepSearch(d int) {
	if h := m.search.step(d); h != nil {
		m.jump(h.entry.view, h.entry.n)
		m.msg = fmt.Sprintf(m.ctx.tx.Matches, m.search.current+1, len(m.search.hits))
		return
	}
	m.msg = m.ctx.tx.NoMatch
}
