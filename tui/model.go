// Package tui is the explorer: a Bubble Tea v2 program in which an auditor
// walks a budget document one level at a time, with a side pane for the
// selection, search over codes, names, pinyin initials and findings, a
// filter and a sort by any column, and views for the functional and economic
// trees, projects, “三公” costs, the raw tables, the narrative, the findings
// and every leaf of a tree at once (the flat view).
//
// The root model routes messages to components (browser state per view, side
// pane, search line, help), which share a context holding the size, the
// interface text, styles and options.
package tui

import (
	"fmt"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"yusuan/model"
)

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
	ctx      *uiContext
	doc      *model.Document
	views    [numViews]*viewState // nil where a view is off (findings without Options.Findings)
	defs     [numViews]*viewDef
	cur      viewID
	mode     barMode
	pane     *pane
	search   *search
	help     help.Model
	global   globalKeys
	flats    map[viewID]*viewDef // the flat view of each tree, built when first shown
	projsOf  map[*node]*node     // a leaf's projects, listed when first opened
	showHelp bool
	msg      string     // one-shot status message
	filter   filterLine // the f line
	mark     reviewLine // the m line of the findings view

	// The working papers (E, y, o, a finding's source text).
	exportAsk bool        // E was pressed: the next key picks the format
	workDir   string      // where E writes ("." : the working directory)
	raw       *rawPane    // a finding's source text, when open
	src       *sourceText // the source as numbered lines, read when first needed
}

// New builds the explorer on doc. It does all the indexing up front, so the
// first frame costs only drawing.
func New(doc *model.Document, opt Options) *Model {
	if doc == nil {
		doc = &model.Document{}
	}
	c := newContext(opt)
	c.pageOf, c.doubt = doc.PageOf, unverifiedTables(doc)
	findings := opt.Findings
	if opt.Diff != nil && len(opt.Diff.Narrative) > 0 {
		findings = append(append([]Finding{}, findings...), claimFindings(opt.Diff.Narrative)...)
	}
	if opt.Diff != nil && len(opt.Diff.Findings) > 0 {
		findings = append(append([]Finding{}, findings...), opt.Diff.Findings...) // 年初预算数 against the budget
	}
	defs := buildViews(doc, c.tx, findings, opt.Diff)
	// The flat view starts on the functional tree; search does not index
	// it (its rows are the trees' own).
	search := newSearch(c, newSearchIndex(defs))
	defs[viewFlat] = flatDef(defs[viewFunctional], c.tx, c.g.crumbSep)
	var digits []string
	for i, d := range defs {
		if d != nil {
			digits = append(digits, string(rune('1'+i)))
		}
	}
	pn := newPane(c, doc)
	pn.diff = opt.Diff
	m := &Model{ctx: c, doc: doc, defs: defs, pane: pn, help: newHelp(c),
		global: newGlobalKeys(c.tx.Keys, digits), search: search,
		filter: filterLine{in: newLineInput(c, "f> ")}, mark: reviewLine{in: newLineInput(c, "")}, workDir: "."}
	for i, d := range defs {
		if d != nil {
			keys := newBrowserKeys(c.tx.Keys, d.sortable, digits)
			if opt.Diff != nil && d.amountCols != nil {
				// The keymap of diff mode: u hides unchanged rows, n/N go
				// from change to change (the help says so: it is generated
				// from this keymap).
				keys.Hide.SetEnabled(true)
				keys.global.Next.SetHelp("n", c.tx.Keys.NextChange)
				keys.global.Prev.SetHelp("N", c.tx.Keys.PrevChange)
			}
			keys.Mark.SetEnabled(viewID(i) == viewFindings && opt.ReviewPath != "")
			m.views[i] = newViewState(d, keys, opt.Diff != nil && d.amountCols != nil)
		}
	}
	m.flats = map[viewID]*viewDef{viewFunctional: defs[viewFlat]}
	m.projsOf = map[*node]*node{}
	return m
}

// showFlat opens the flat view on the tree of the current view; from the
// flat view itself (or a view with no tree) it goes on to the next tree.
func (m *Model) showFlat() {
	src := m.defs[viewFlat].source
	if m.cur == viewFlat {
		for i, s := range flatSources {
			if s == src {
				src = flatSources[(i+1)%len(flatSources)]
				break
			}
		}
	} else {
		for _, s := range flatSources {
			if s == m.cur {
				src = s
			}
		}
	}
	d := m.flats[src]
	if d == nil {
		d = flatDef(m.defs[src], m.ctx.tx, m.ctx.g.crumbSep)
		m.flats[src] = d
	}
	m.defs[viewFlat] = d
	m.views[viewFlat].setDef(d)
	m.cur = viewFlat
}

// Init starts nothing: the program must not wait on the terminal.
func (m *Model) Init() tea.Cmd { return nil }

func (m *Model) view() *viewState { return m.views[m.cur] }

// Update routes a message: sizes to the context, keys to the search line when
// it is open, else to the global keys and then the current view's browser.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if isDoubleEsc(msg) {
		m.Update(escKey)
		return m.Update(escKey)
	}
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.ctx.width, m.ctx.height = msg.Width, msg.Height
	case tea.KeyPressMsg:
		m.msg = ""
		if m.mark.open {
			m.msg = m.mark.update(m.ctx, msg)
			break
		}
		if m.exportAsk {
			cmd = m.answerExport(msg)
			break
		}
		if m.raw != nil {
			cmd = m.rawKey(msg)
			break
		}
		if m.filter.open {
			v := m.view()
			m.filter.update(msg, v.setFilter, v.move)
			break
		}
		if m.search.active {
			if out := m.search.update(msg); out != nil {
				return m.Update(out)
			}
			break
		}
		cmd = m.handleKey(msg)
	case tea.PasteMsg:
		switch {
		case m.mark.open:
			m.mark.update(m.ctx, msg)
		case m.filter.open:
			v := m.view()
			m.filter.update(msg, v.setFilter, v.move)
		case m.search.active:
			m.search.paste(msg.Content)
		}
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
		if m.search.query() != "" && len(m.search.hits) == 0 {
			m.msg = m.ctx.tx.NoMatch
		}
	case exportedMsg:
		if msg.err != nil {
			m.msg = fmt.Sprintf(m.ctx.tx.P.ExportFailed, cell(oneLine(msg.err.Error())))
		} else {
			m.msg = fmt.Sprintf(m.ctx.tx.P.Exported, cell(msg.name), msg.rows)
		}
	case openedMsg:
		if msg.err != nil {
			m.msg = fmt.Sprintf(m.ctx.tx.P.OpenFailed, cell(oneLine(msg.err.Error())))
		}
	}
	m.fixScroll()
	if sel := m.view().selected(); sel != m.pane.offFor {
		m.pane.off, m.pane.offFor = 0, sel // a new selection shows its top
	}
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
	case key.Matches(msg, g.Flat):
		m.showFlat()
	case key.Matches(msg, g.Search):
		m.search.open(m.cur)
	case key.Matches(msg, g.Next):
		m.step(1)
	case key.Matches(msg, g.Prev):
		m.step(-1)
	case key.Matches(msg, k.Hide):
		v.toggleHide()
	case key.Matches(msg, k.PaneDown):
		m.scrollPane(1)
	case key.Matches(msg, k.PaneUp):
		m.scrollPane(-1)
	case key.Matches(msg, k.Filter):
		m.filter.start(v.filter.text)
	case key.Matches(msg, k.Mark):
		if n := v.selected(); n != nil && n.finding != nil && n.finding.Key != "" {
			m.mark.start(m.ctx, n)
		}
	case key.Matches(msg, g.Esc):
		if !v.filter.empty() {
			v.setFilter("") // Esc first clears the filter, then backs out
			break
		}
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
		if n := v.selected(); n != nil && n.finding != nil && n.finding.Line > 0 {
			m.openRaw(n) // the source at the line; Enter there goes on to the target
			break
		}
		if n := v.selected(); n != nil && n.target != nil {
			m.jump(viewOf(m.defs, n.target), n.target) // a finding opens where it points
			break
		}
		if n := v.selected(); n != nil && m.cur == viewFlat {
			m.jump(v.def.source, n) // a leaf opens in its tree
			break
		}
		if !v.enter() {
			m.openProjects(v)
		}
	case key.Matches(msg, k.Out):
		v.out()
	case key.Matches(msg, k.Sort, k.SortNext):
		v.cycleSort(1)
	case key.Matches(msg, k.SortPrev):
		v.cycleSort(-1)
	case key.Matches(msg, k.Reverse):
		v.toggleReverse()
	case key.Matches(msg, k.Mode):
		m.mode = (m.mode + 1) % numModes
	case key.Matches(msg, k.Export):
		m.startExport()
	case key.Matches(msg, k.Copy):
		return m.copyRow(false)
	case key.Matches(msg, k.CopyRow):
		return m.copyRow(true)
	case key.Matches(msg, k.Open):
		if n := v.selected(); n != nil {
			return m.openSource(sourceLine(n))
		}
		m.msg = m.ctx.tx.P.NoLine
	}
	return nil
}

// openProjects opens a functional leaf (项) onto its projects: the rows of
// the projects view charged to its code, listed under it, so that back
// (h, Esc) returns to the leaf.
func (m *Model) openProjects(v *viewState) {
	n := v.selected()
	if n == nil || n.kind != kindFunc || len(n.kids) > 0 || n.code == "" {
		return
	}
	g := m.projsOf[n]
	if g == nil {
		pv := m.defs[viewProjects]
		g = &node{kind: kindRoot, code: n.code, name: n.name + m.ctx.g.crumbSep + m.ctx.tx.Projects, rowsOf: pv}
		for _, p := range pv.root.kids {
			if p.code == n.code {
				g.kids = append(g.kids, p)
			}
		}
		sumKids(g, len(pv.amountCols))
		m.projsOf[n] = g
	}
	if len(g.kids) == 0 {
		m.msg = m.ctx.tx.NoProjects
		for _, p := range m.doc.Projects {
			if p.FunctionCode != "" {
				return
			}
		}
		if len(m.doc.Projects) > 0 {
			m.msg = m.ctx.tx.NoFuncCodes // not "none": the document does not say
		}
		return
	}
	v.push(g)
}

func (m *Model) jump(v viewID, n *node) {
	m.cur = v
	m.showHelp = false
	vs := m.views[v]
	if vs.hide && hidden(n) {
		vs.hide = false // the target is an unchanged row: show them again
		vs.kept = map[*node]bool{}
	}
	if !vs.filter.empty() && !vs.keeps(n) {
		vs.setFilter("") // nor may a filter hide it
	}
	m.views[v].reveal(n)
}

var escKey = tea.KeyPressMsg{Code: tea.KeyEscape}

// isDoubleEsc reports Esc pressed twice quickly: the terminal sends two ESC
// bytes together, which arrive as one alt+esc. Each root model treats it as
// two Esc, so backing out twice in a hurry works.
func isDoubleEsc(msg tea.Msg) bool {
	k, ok := msg.(tea.KeyPressMsg)
	return ok && k.Code == tea.KeyEscape && k.Mod == tea.ModAlt
}
