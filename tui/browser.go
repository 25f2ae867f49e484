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
	sorts   []sortKey // what s, < and > choose from
	diff    bool      // diff mode: the rows are changes
	by      int       // index in sorts
	reverse bool
	hide    bool // diff mode: unchanged rows hidden
	filter  rowFilter
	kept    map[*node]bool // the filter's verdict per node, below included
}

func newViewState(def *viewDef, keys browserKeys, diff bool) *viewState {
	v := &viewState{def: def, keys: keys, diff: diff}
	if def.id == viewFlat {
		v.by = 1 // the largest items (or changes) first
	}
	v.setDef(def)
	return v
}

// setDef shows def's tree from its top (the flat view changing trees), with
// its sort keys; the sort stays where the new tree has it.
func (v *viewState) setDef(def *viewDef) {
	v.def = def
	v.sorts = sortKeysFor(def, v.diff)
	if v.by >= len(v.sorts) {
		v.by = max(0, min(1, len(v.sorts)-1))
	}
	v.stack = []*frame{{list: v.listFor(def.root)}}
}

func (v *viewState) listFor(n *node) *listing {
	var keep func(*node) bool
	if v.hide || !v.filter.empty() {
		keep = v.keeps
	}
	return newListing(n, v.sortKey(), v.reverse, v.def.sortable, keep)
}

// keeps reports a row the view shows: not hidden by u, and passing the
// filter itself or with a row below it that does (so the way there stays
// open). In the flat view only the row itself counts.
func (v *viewState) keeps(n *node) bool {
	if v.hide && hidden(n) {
		return false
	}
	if v.filter.empty() {
		return true
	}
	if k, ok := v.kept[n]; ok {
		return k
	}
	k := v.filter.match(n, filterAmount(v.sortKey()))
	if !k && v.def.id != viewFlat {
		for _, c := range n.kids {
			if v.keeps(c) {
				k = true
				break
			}
		}
	}
	v.kept[n] = k
	return k
}

// setFilter narrows the view to the rows that pass f (see rowFilter),
// keeping the cursor where it can.
func (v *viewState) setFilter(f string) {
	v.filter = parseFilter(f)
	v.kept = map[*node]bool{}
	v.resort()
	for _, f := range v.stack {
		f.cursor = clamp(f.cursor, 0, len(f.list.rows)-1)
	}
}

// sortKey is the key the view is sorted by (code where it has none).
func (v *viewState) sortKey() sortKey {
	if v.by < len(v.sorts) {
		return v.sorts[v.by]
	}
	return sortKey{}
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
	v.push(n)
	return true
}

// push opens a level listing n's children.
func (v *viewState) push(n *node) {
	v.stack = append(v.stack, &frame{list: v.listFor(n)})
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

// cycleSort moves to the next (d=1) or previous sort key, wrapping: code,
// amount, name, then the other columns.
func (v *viewState) cycleSort(d int) {
	if !v.def.sortable || len(v.sorts) == 0 {
		return
	}
	v.by = (v.by + d + len(v.sorts)) % len(v.sorts)
	v.kept = map[*node]bool{} // an amount range follows the sorted column
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
	v.kept = map[*node]bool{}
	v.resort()
	for _, f := range v.stack {
		f.cursor = clamp(f.cursor, 0, len(f.list.rows)-1)
	}
}

// reveal opens the path to n and puts the cursor on it: search uses it to jump.
func (v *viewState) reveal(n *node) {
	v.stack = []*frame{{list: v.listFor(v.def.root)}}
	if v.def.root.flat { // one level: the leaf is on it
		if j := v.top().list.indexOf(n); j >= 0 {
			v.top().cursor = j
		}
		return
	}
	path := n.pathFromRoot()
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
