package tui

import (
	"fmt"
	"path/filepath"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"yusuan/compare"
	"yusuan/model"
)

// FolderEntry is one file of a folder: the document parsed from it with its
// findings, or the error that kept it from parsing.
type FolderEntry struct {
	// Path is the file, as the folder listing names it.
	Path string
	// Doc is the parsed document; nil when Err is set.
	Doc *model.Document
	// Findings are the document's findings (see Options.Findings): nil means
	// not checked, an empty slice checked and clean.
	Findings []Finding
	// Err is why the file could not be read; the row shows its first line.
	Err error
}

// Folder is the folder explorer (yusuan DIR): one row per document with its
// year, kind, totals and findings, sortable and filterable; Enter opens a
// document in the ordinary explorer, and Esc, Backspace or h at that
// document's top level comes back. A document's explorer is built on its
// first opening, so a folder of many documents opens at once.
type Folder struct {
	ctx      *uiContext
	dir      string
	rows     []*folderRow // every entry, in the order given
	shown    []*folderRow // the rows the filter lets through, sorted
	meas     folderMeasures
	cursor   int
	offset   int
	by       folderSort
	reverse  bool
	filter   rowFilter
	line     filterLine // the f (or /) line
	open     *folderRow
	keys     folderKeys
	help     help.Model
	showHelp bool
	msg      string
	failed   int
	marked   []*folderRow // Space: at most two, compared by d
}

// NewFolder builds the folder explorer on entries (dir titles the screen).
// It formats the rows and measures the columns; no document explorer is
// built until the document is opened.
func NewFolder(dir string, entries []FolderEntry, opt Options) *Folder {
	opt.Diff = nil // a folder has no comparison
	c := newContext(opt)
	f := &Folder{ctx: c, dir: dir, keys: newFolderKeys(c.tx), help: newHelp(c), line: filterLine{in: newLineInput(c, "/")}}
	py := pinyinCache{}
	for i := range entries {
		r := newFolderRow(c, &entries[i], i, py)
		if r.failed {
			f.failed++
		}
		f.rows = append(f.rows, r)
	}
	f.meas = measureFolder(c.tx, f.rows)
	f.refresh(nil)
	return f
}

// Init starts nothing: the program must not wait on the terminal.
func (f *Folder) Init() tea.Cmd { return nil }

// Update routes a message to the open document when there is one (a size
// always reaches the folder too), else to the folder list.
func (f *Folder) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if isDoubleEsc(msg) {
		f.Update(escKey)
		return f.Update(escKey)
	}
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		f.ctx.width, f.ctx.height = ws.Width, ws.Height
	}
	if f.open != nil {
		if k, ok := msg.(tea.KeyPressMsg); ok && f.backKey(k) {
			f.open = nil
			f.scroll() // the size may have changed while the document was open
			return f, nil
		}
		_, cmd := f.open.doc.Update(msg)
		return f, cmd
	}
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		f.msg = ""
		if f.line.open {
			f.line.update(msg, f.setFilter, f.move)
			break
		}
		cmd = f.handleKey(msg)
	case tea.PasteMsg:
		if f.line.open {
			f.line.update(msg, f.setFilter, f.move)
		}
	case tea.MouseWheelMsg:
		if f.ctx.opt.Mouse && !f.showHelp {
			switch msg.Mouse().Button {
			case tea.MouseWheelUp:
				f.move(-3)
			case tea.MouseWheelDown:
				f.move(3)
			}
		}
	}
	f.scroll()
	return f, cmd
}

// backKey reports a key that leaves the open document for the folder list:
// Esc or back-out at the document's top level, with no search line, help
// screen, source text or export question open (those keys close them first).
func (f *Folder) backKey(k tea.KeyPressMsg) bool {
	m := f.open.doc
	if m.search.active || m.filter.open || m.mark.open || m.showHelp || m.raw != nil || m.exportAsk || len(m.view().stack) > 1 || !m.view().filter.empty() {
		return false
	}
	return key.Matches(k, m.global.Esc, m.view().keys.Out)
}

func (f *Folder) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := f.keys
	if f.showHelp {
		switch {
		case key.Matches(msg, k.Quit):
			return tea.Quit
		case key.Matches(msg, k.Help, k.Esc):
			f.showHelp = false
		}
		return nil
	}
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Help):
		f.showHelp = true
	case key.Matches(msg, k.Filter):
		f.line.start(f.filter.text)
	case key.Matches(msg, k.Esc):
		if !f.filter.empty() {
			f.setFilter("")
		}
	case key.Matches(msg, k.Up):
		f.move(-1)
	case key.Matches(msg, k.Down):
		f.move(1)
	case key.Matches(msg, k.PgUp):
		f.move(-max(1, f.listRows()-1))
	case key.Matches(msg, k.PgDn):
		f.move(max(1, f.listRows()-1))
	case key.Matches(msg, k.Top):
		f.cursor = 0
	case key.Matches(msg, k.Bottom):
		f.cursor = max(0, len(f.shown)-1)
	case key.Matches(msg, k.Sort, k.SortNext):
		f.by = (f.by + 1) % numFolderSorts
		f.refresh(f.selected())
	case key.Matches(msg, k.SortPrev):
		f.by = (f.by + numFolderSorts - 1) % numFolderSorts
		f.refresh(f.selected())
	case key.Matches(msg, k.Reverse):
		f.reverse = !f.reverse
		f.refresh(f.selected())
	case key.Matches(msg, k.In):
		f.enter()
	case key.Matches(msg, k.Mark):
		f.mark()
	case key.Matches(msg, k.Diff):
		f.diff()
	}
	return nil
}

// mark toggles the mark on the selected document; a third mark lets the
// oldest go.
func (f *Folder) mark() {
	r := f.selected()
	if r == nil || r.failed {
		return
	}
	for i, m := range f.marked {
		if m == r {
			f.marked = append(f.marked[:i], f.marked[i+1:]...)
			return
		}
	}
	f.marked = append(f.marked, r)
	if len(f.marked) > 2 {
		f.marked = f.marked[1:]
	}
	f.move(1)
}

func (f *Folder) isMarked(r *folderRow) bool {
	for _, m := range f.marked {
		if m == r {
			return true
		}
	}
	return false
}

// diff opens the two marked documents side by side: the earlier year, or
// the budget beside the final accounts of its year, as the old one.
func (f *Folder) diff() {
	if len(f.marked) != 2 {
		f.msg = f.ctx.tx.F.NeedTwo
		return
	}
	a, b := f.marked[0].e, f.marked[1].e
	if b.Doc.Year < a.Doc.Year || b.Doc.Year == a.Doc.Year && b.Doc.Kind == model.Budget && a.Doc.Kind == model.Final {
		a, b = b, a
	}
	opt := f.ctx.opt
	opt.Findings, opt.Diff = b.Findings, compare.Compare(a.Doc, b.Doc)
	m := New(b.Doc, opt)
	m.Update(tea.WindowSizeMsg{Width: f.ctx.width, Height: f.ctx.height})
	m.msg = "esc/bksp/h: " + f.ctx.tx.F.Back
	f.open = &folderRow{doc: m} // a view of its own, not a row of the list
}

func (f *Folder) setFilter(q string) {
	f.filter = parseFilter(q)
	f.refresh(f.selected())
}

func (f *Folder) selected() *folderRow {
	if f.cursor < 0 || f.cursor >= len(f.shown) {
		return nil
	}
	return f.shown[f.cursor]
}

func (f *Folder) move(d int) { f.cursor = clamp(f.cursor+d, 0, len(f.shown)-1) }

// enter opens the selected document, building its explorer the first time.
func (f *Folder) enter() {
	r := f.selected()
	if r == nil {
		return
	}
	if r.failed {
		f.msg = fmt.Sprintf(f.ctx.tx.F.CannotOpen, r.reason)
		return
	}
	if r.doc == nil {
		opt := f.ctx.opt
		opt.Findings = r.e.Findings
		opt.ReviewPath = r.e.Path // marks beside the file (findings given keys by the caller)
		r.doc = New(r.e.Doc, opt)
		r.doc.ctx.crumbRoot = oneLine(filepath.Base(f.dir)) + "/" + r.file
	}
	r.doc.Update(tea.WindowSizeMsg{Width: f.ctx.width, Height: f.ctx.height})
	r.doc.msg = "esc/bksp/h: " + f.ctx.tx.F.Back // until the next key: the way back
	f.open = r
}

// View draws the open document, or the folder list.
func (f *Folder) View() tea.View {
	if f.open != nil {
		return f.open.doc.View()
	}
	v := tea.NewView(f.render())
	v.AltScreen = true
	if f.ctx.opt.Mouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	return v
}
