// Package tui is the explorer: a Bubble Tea v2 program in which an auditor
// walks a budget document one level at a time, with a side pane for the
// selection, search over codes, names and pinyin initials, and views for the
// functional and economic trees, projects, “三公” costs, the raw tables and the
// narrative.
//
// The root model routes messages to components (browser state per view, side
// pane, search line, help), which share a context holding the size, the
// interface text, styles and options.
package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"yusuan/compare"
	"yusuan/model"
)

// Options are the explorer's settings, as main.go gets them from flags.
type Options struct {
	// Lang is the interface language: "zh" (default) or "en".
	Lang string
	// ASCII draws borders, bars and glyphs with plain ASCII characters.
	ASCII bool
	// Mouse turns on the mouse wheel (off by default, so the terminal's own
	// selection keeps working).
	Mouse bool
	// NoColor draws without colour (NO_COLOR is honoured too, by Run).
	NoColor bool
	// Findings, when not nil, adds the findings view (key 7) and marks the
	// rows they concern with "!". An empty, non-nil slice means "checked,
	// nothing found".
	Findings []Finding
	// Diff, when not nil, opens the explorer in diff mode on the comparison
	// of two documents; the document given to New or Run is then the newer
	// one (for the raw tables and the narrative). The narrative claims about
	// last year join the findings view.
	Diff *compare.Diff
}

// Smallest terminal the explorer draws in; below it, a one-line message.
const (
	minWidth  = 40
	minHeight = 12
	// sideWidth is the width from which the pane stands beside the list.
	sideWidth = 100
	// chrome is the lines around the body: title, tabs, breadcrumb, status, help.
	chrome = 5
)

// Model is the root model. Build it with New.
type Model struct {
	ctx      *context
	doc      *model.Document
	views    [numViews]*viewState // nil where a view is off (findings without Options.Findings)
	defs     [numViews]*viewDef
	cur      viewID
	mode     barMode
	pane     *pane
	search   *search
	help     help.Model
	global   globalKeys
	showHelp bool
	msg      string // one-shot status message
}

// New builds the explorer on doc. It does all the indexing up front, so the
// first frame costs only drawing.
func New(doc *model.Document, opt Options) *Model {
	if doc == nil {
		doc = &model.Document{}
	}
	c := newContext(opt)
	findings := opt.Findings
	if opt.Diff != nil && len(opt.Diff.Narrative) > 0 {
		findings = append(append([]Finding{}, findings...), claimFindings(opt.Diff.Narrative)...)
	}
	defs := buildViews(doc, c.tx, findings, opt.Diff)
	nviews := int(numViews) - 1
	if defs[viewFindings] != nil {
		nviews++
	}
	pn := newPane(c, doc)
	pn.diff = opt.Diff
	m := &Model{ctx: c, doc: doc, defs: defs, pane: pn, help: newHelp(c),
		global: newGlobalKeys(c.tx.Keys, nviews)}
	for i, d := range defs {
		if d != nil {
			keys := newBrowserKeys(c.tx.Keys, d.sortable, nviews)
			keys.Hide.SetEnabled(opt.Diff != nil && d.amountCols != nil)
			m.views[i] = newViewState(d, keys)
		}
	}
	m.search = newSearch(c, newSearchIndex(defs))
	return m
}

// Init starts nothing: the program must not wait on the terminal.
func (m *Model) Init() tea.Cmd { return nil }

func (m *Model) view() *viewState { return m.views[m.cur] }

// Update routes a message: sizes to the context, keys to the search line when
// it is open, else to the global keys and then the current view's browser.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.ctx.width, m.ctx.height = msg.Width, msg.Height
	case tea.KeyPressMsg:
		m.msg = ""
		if m.search.active {
			if out := m.search.update(msg); out != nil {
				return m.Update(out)
			}
			break
		}
		cmd = m.handleKey(msg)
	case tea.MouseWheelMsg:
		if m.ctx.opt.Mouse && !m.showHelp {
			switch msg.Mouse().Button {
			case tea.MouseWheelUp:
				m.view().move(-3)
			case tea.MouseWheelDown:
				m.view().move(3)
			}
		}
	case searchJumpMsg:
		m.jump(msg.view, msg.n)
	case searchClosedMsg:
		if len(m.search.query) > 0 && len(m.search.hits) == 0 {
			m.msg = m.ctx.tx.NoMatch
		}
	}
	m.fixScroll()
	return m, cmd
}

func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	g := m.global
	v := m.view()
	k := v.keys
	if m.showHelp {
		switch {
		case key.Matches(msg, g.Quit):
			return tea.Quit
		case key.Matches(msg, g.Help, g.Esc):
			m.showHelp = false
		}
		return nil
	}
	switch {
	case key.Matches(msg, g.Quit):
		return tea.Quit
	case key.Matches(msg, g.Help):
		m.showHelp = true
	case key.Matches(msg, g.Tab):
		d := 1
		if msg.String() == "shift+tab" {
			d = int(numViews) - 1
		}
		m.cur = (m.cur + viewID(d)) % numViews
		for m.views[m.cur] == nil {
			m.cur = (m.cur + viewID(d)) % numViews
		}
	case key.Matches(msg, g.Views):
		if id := viewID(msg.String()[0] - '1'); id < numViews && m.views[id] != nil {
			m.cur = id
		}
	case key.Matches(msg, g.Search):
		m.search.open()
	case key.Matches(msg, g.Next):
		m.step(1)
	case key.Matches(msg, g.Prev):
		m.step(-1)
	case key.Matches(msg, k.Hide):
		v.toggleHide()
	case key.Matches(msg, g.Esc):
		v.out()
	case key.Matches(msg, k.Up):
		v.move(-1)
	case key.Matches(msg, k.Down):
		v.move(1)
	case key.Matches(msg, k.PgUp):
		v.move(-max(1, m.listRows()-1))
	case key.Matches(msg, k.PgDn):
		v.move(max(1, m.listRows()-1))
	case key.Matches(msg, k.Top):
		v.home()
	case key.Matches(msg, k.Bottom):
		v.end()
	case key.Matches(msg, k.In):
		if n := v.selected(); n != nil && n.target != nil {
			m.jump(viewOf(m.defs, n.target), n.target) // a finding opens where it points
			break
		}
		v.enter()
	case key.Matches(msg, k.Out):
		v.out()
	case key.Matches(msg, k.Sort):
		v.cycleSort()
	case key.Matches(msg, k.Reverse):
		v.toggleReverse()
	case key.Matches(msg, k.Mode):
		m.mode = (m.mode + 1) % numModes
	}
	return nil
}

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

func (m *Model) jump(v viewID, n *node) {
	m.cur = v
	m.showHelp = false
	m.views[v].reveal(n)
}

// geometry is where things go at the current size.
type geometry struct {
	tooSmall     bool
	side         bool
	listW, listH int
	paneW, paneH int
	bodyH        int
}

func (m *Model) geometry() geometry {
	w, h := m.ctx.width, m.ctx.height
	if w < minWidth || h < minHeight {
		return geometry{tooSmall: true}
	}
	g := geometry{bodyH: h - chrome}
	if w >= sideWidth {
		g.side = true
		g.paneW = clamp(w/3, 36, 56)
		g.listW, g.listH = w-g.paneW, g.bodyH
		g.paneH = g.bodyH
		return g
	}
	g.listW, g.paneW = w, w
	// The list takes what its rows need, up to a little over half the body;
	// the pane gets the rest.
	rows := len(m.view().top().list.rows)
	g.listH = clamp(rows+1, 5, max(5, g.bodyH*11/20))
	g.paneH = g.bodyH - g.listH
	return g
}

// listRows is how many rows of the list fit under its header.
func (m *Model) listRows() int { return max(1, m.geometry().listH-1) }

func (m *Model) fixScroll() {
	m.view().top().scroll(m.listRows())
}

// View draws the whole screen; in a terminal too small to be useful it is one
// line saying so.
func (m *Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	if m.ctx.opt.Mouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	return v
}

func (m *Model) render() string {
	c := m.ctx
	w := c.width
	g := m.geometry()
	if w <= 0 || c.height <= 0 {
		return ""
	}
	if g.tooSmall {
		return fit(cell(fmt.Sprintf(c.tx.TooSmall, minWidth, minHeight)), w)
	}
	v := m.view()
	lines := []string{titleLine(c, m.doc, w), tabsLine(c, m.cur, m.views[viewFindings] != nil, w), crumbLine(c, v, w)}
	var body string
	switch {
	case m.showHelp:
		body = helpScreen(c, m.help, v.keys, w, g.bodyH)
	case g.side:
		list := renderList(c, v, m.mode, g.listW, g.listH)
		pn := m.pane.render(v.selected(), v, g.paneW, g.paneH, true)
		body = joinColumns(list, pn)
	default:
		list := renderList(c, v, m.mode, g.listW, g.listH)
		pn := m.pane.render(v.selected(), v, g.paneW, g.paneH, false)
		body = list + "\n" + pn
	}
	lines = append(lines, body, statusLine(c, v, m.mode, m.msg, w))
	if m.search.active {
		lines = append(lines, m.search.view(w))
	} else {
		m.help.SetWidth(w)
		lines = append(lines, fit(m.help.ShortHelpView(v.keys.ShortHelp()), w))
	}
	return strings.Join(lines, "\n")
}

// joinColumns puts two blocks of equal height side by side. Both are already
// padded to their widths, so a plain line-by-line join is exact and cheap.
func joinColumns(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range al {
		if i < len(bl) {
			al[i] += bl[i]
		}
	}
	return strings.Join(al, "\n")
}
