package tui

// Messages between components live here, in one place (gh-dash style), so the
// routing in the root model can be read in one go.

// searchJumpMsg asks the root to show node n, selected, in its view.
type searchJumpMsg struct {
	view viewID
	n    *node
}

// searchClosedMsg says the search line closed without a jump.
type searchClosedMsg struct{}

// exportedMsg says where E wrote the view (or why it could not).
type exportedMsg struct {
	name string
	rows int
	err  error
}

// openedMsg says the pager, editor or viewer that o started has ended.
type openedMsg struct{ err error }
