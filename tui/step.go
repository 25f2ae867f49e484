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

// stepChange selects the next (d=1) or previous changed row of the view, in
// tree order, wrapping around.
func (m *Model) stepChange(d int) {
	v := m.view()
	all := allNodes(v.def.root)
	var changes []*node
	at := -1
	cur := v.selected()
	for _, n := range all {
		if n == cur {
			at = len(changes) // the first change at or after the cursor
		}
		if isChange(n) {
			changes = append(changes, n)
		}
	}
	if len(changes) == 0 {
		m.msg = m.ctx.tx.NoMatch
		return
	}
	var next int
	switch {
	case at < 0:
		next = 0
	case d > 0 && at < len(changes) && changes[at] == cur:
		next = (at + 1) % len(changes)
	case d > 0:
		next = at % len(changes)
	default:
		next = (at - 1 + len(changes)) % len(changes)
	}
	v.reveal(changes[next])
	m.msg = fmt.Sprintf("%d/%d", next+1, len(changes))
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
