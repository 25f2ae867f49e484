package tui

// frame is one level on a view's path: the listing and where the cursor is.
type frame struct {
	list   *listing
	cursor int
	offset int // first visible row
}

// viewState is one view's place: the path from its root down to the level on
// screen, and its sort. Each view keeps its own, so Tab back returns to it.
type viewState struct {
	def     *viewDef
	keys    browserKeys
	stack   []*frame
	by      sortKey
	reverse bool
	hide    bool // diff mode: unchanged rows hidden
}

func newViewState(def *viewDef, keys browserKeys) *viewState {
	v := &viewState{def: def, keys: keys}
	if def.id == viewFlat {
		v.by = sortAmount // the largest items first
	}
	v.setDef(def)
	return v
}

// setDef shows def's tree from its top (the flat view changing trees).
func (v *viewState) setDef(def *viewDef) {
	v.def = def
	v.stack = []*frame{{list: v.listFor(def.root)}}
}

func (v *viewState) listFor(n *node) *listing {
	return newListing(n, v.by, v.reverse, v.def.sortable, v.hide)
}

func (v *viewState) top() *frame { return v.stack[len(v.stack)-1] }

// selected is the row under the cursor, or nil on an empty level.
func (v *viewState) selected() *node {
	f := v.top()
	if f.cursor < 0 || f.cursor >= len(f.list.rows) {
		return nil
	}
	return f.list.rows[f.cursor]
}

// move puts the cursor delta rows away, clamped to the level.
func (v *viewState) move(delta int) {
	f := v.top()
	f.cursor = clamp(f.cursor+delta, 0, len(f.list.rows)-1)
}

func (v *viewState) home() { v.top().cursor = 0 }
func (v *viewState) end()  { v.top().cursor = max(0, len(v.top().list.rows)-1) }

// enter goes into the selected row when it has children; it reports whether it did.
func (v *viewState) enter() bool {
	n := v.selected()
	if n == nil || len(n.kids) == 0 {
		return false
	}
	v.stack = append(v.stack, &frame{list: v.listFor(n)})
	return true
}

// out goes back to the parent level with the cursor on the node we left.
func (v *viewState) out() bool {
	if len(v.stack) <= 1 {
		return false
	}
	v.stack = v.stack[:len(v.stack)-1]
	return true
}

// resort rebuilds every level of the path in the new order, keeping the
// cursor on the same node.
func (v *viewState) resort() {
	for _, f := range v.stack {
		var sel *node
		if f.cursor >= 0 && f.cursor < len(f.list.rows) {
			sel = f.list.rows[f.cursor]
		}
		f.list = v.listFor(f.list.parent)
		if i := f.list.indexOf(sel); i >= 0 {
			f.cursor = i
		}
	}
}

// cycleSort moves to the next sort key (code → amount → name → code).
func (v *viewState) cycleSort() {
	if !v.def.sortable {
		return
	}
	v.by = (v.by + 1) % numSorts
	v.resort()
}

func (v *viewState) toggleReverse() {
	if !v.def.sortable {
		return
	}
	v.reverse = !v.reverse
	v.resort()
}

// toggleHide hides or shows the unchanged rows of a diff view.
func (v *viewState) toggleHide() {
	v.hide = !v.hide
	v.resort()
	for _, f := range v.stack {
		f.cursor = clamp(f.cursor, 0, len(f.list.rows)-1)
	}
}

// reveal opens the path to n and puts the cursor on it: search uses it to jump.
func (v *viewState) reveal(n *node) {
	path := n.pathFromRoot()
	v.stack = []*frame{{list: v.listFor(v.def.root)}}
	for i, p := range path {
		f := v.top()
		if j := f.list.indexOf(p); j >= 0 {
			f.cursor = j
		}
		if i < len(path)-1 {
			v.stack = append(v.stack, &frame{list: v.listFor(p)})
		}
	}
}

// scroll keeps the cursor inside a window of h rows.
func (f *frame) scroll(h int) {
	if h < 1 {
		h = 1
	}
	if f.cursor < f.offset {
		f.offset = f.cursor
	}
	if f.cursor >= f.offset+h {
		f.offset = f.cursor - h + 1
	}
	f.offset = clamp(f.offset, 0, max(0, len(f.list.rows)-h))
}

func clamp(x, lo, hi int) int {
	if hi < lo {
		return lo
	}
	return min(max(x, lo), hi)
}
