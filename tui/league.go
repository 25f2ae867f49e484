package tui

import (
	"fmt"
	"path/filepath"
	"sort"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yusuan/compare"
	"yusuan/league"
	"yusuan/model"
)

// DocLoader reads a document again from its files (both halves of one
// document published in two) with its findings: the league table keeps only
// figures, so a document is read when it is opened.
type DocLoader func(paths []string) (*model.Document, []Finding, error)

// League is the folder as a league table (yusuan DIR): one row per
// department with its latest total, the change on the previous year, “三公”
// and its change, findings and reading status, sortable by every column,
// with a totals row. Rows arrive while the folder is read (a progress bar in
// the title), and the list is usable from the first. Enter lists the
// department's documents (the folder list, read then), Space marks a
// department's latest document and d compares the two marked; t asks for the
// department's trend (SetTrend). Only the rows' figures are kept: a document
// is read again when it is opened and let go when it is closed.
type League struct {
	ctx      *uiContext
	lt       *leagueText
	dir      string
	reading  *league.Reading
	sums     []league.Summary
	at       map[string]int // summary index by path: a later summary replaces
	lines    []*leagueLine  // one per row, sorted
	total    league.Totals
	by       league.Column
	reverse  bool
	cursor   int
	offset   int
	moved    bool     // the user has moved the cursor: new rows keep it on its department
	marked   []string // the marked rows' latest documents (paths), in marking order
	open     tea.Model
	load     DocLoader
	trend    func(paths []string) (tea.Model, error)
	keys     leagueKeys
	help     help.Model
	showHelp bool
	msg      string
}

// summariesMsg brings the summaries read since the last one; done when the
// folder has been read.
type summariesMsg struct {
	sums []league.Summary
	done bool
}

// NewLeague builds the league table of dir on the summaries given and, when
// reading is not nil, on those it sends (Init starts listening).
func NewLeague(dir string, reading *league.Reading, sums []league.Summary, load DocLoader, opt Options) *League {
	opt.Diff = nil
	c := newContext(opt)
	l := &League{ctx: c, lt: leagueTextFor(opt.Lang), dir: dir, reading: reading, at: map[string]int{},
		by: league.ColExpenditure, load: load, help: newHelp(c)}
	l.keys = newLeagueKeys(c.tx, l.lt)
	l.add(sums)
	return l
}

// SetTrend gives t its view: the trend of a department's documents (paths,
// oldest first). Without it, t says how to get one.
func (l *League) SetTrend(open func(paths []string) (tea.Model, error)) { l.trend = open }

// Init listens for the first summaries of a folder being read.
func (l *League) Init() tea.Cmd { return l.next() }

// next waits for a summary, then gathers what else arrives within 50 ms, so
// the rows are grouped again a few times a second, not once per document.
func (l *League) next() tea.Cmd {
	r := l.reading
	if r == nil {
		return nil
	}
	return func() tea.Msg {
		first, ok := <-r.C
		if !ok {
			return summariesMsg{done: true}
		}
		batch := []league.Summary{first}
		deadline := time.After(50 * time.Millisecond)
		for {
			select {
			case s, ok := <-r.C:
				if !ok {
					return summariesMsg{sums: batch, done: true}
				}
				batch = append(batch, s)
			case <-deadline:
				return summariesMsg{sums: batch}
			}
		}
	}
}

// add takes summaries in (a path seen before is replaced) and groups the
// rows again, keeping the cursor on its department.
func (l *League) add(sums []league.Summary) {
	if len(sums) == 0 && l.lines != nil {
		return
	}
	var keep *leagueLine
	if l.moved {
		keep = l.selected()
	}
	for _, s := range sums {
		if i, ok := l.at[s.Path]; ok {
			l.sums[i] = s
			continue
		}
		l.at[s.Path] = len(l.sums)
		l.sums = append(l.sums, s)
	}
	rows := league.Rows(l.sums)
	l.total = league.Sum(rows)
	l.lines = make([]*leagueLine, len(rows))
	for i, r := range rows {
		l.lines[i] = newLeagueLine(l.ctx, l.lt, r)
	}
	l.sort(keep)
}

// sort orders the lines by the current column, keeping the cursor on keep.
func (l *League) sort(keep *leagueLine) {
	rows := make([]*league.Row, len(l.lines))
	byRow := make(map[*league.Row]*leagueLine, len(l.lines))
	for i, ln := range l.lines {
		rows[i], byRow[ln.row] = ln.row, ln
	}
	league.Sort(rows, l.by, l.reverse)
	for i, r := range rows {
		l.lines[i] = byRow[r]
	}
	l.cursor = 0
	for i, ln := range l.lines {
		if keep != nil && ln.key == keep.key {
			l.cursor = i
		}
	}
	l.scroll()
}

func (l *League) selected() *leagueLine {
	if l.cursor < 0 || l.cursor >= len(l.lines) {
		return nil
	}
	return l.lines[l.cursor]
}

// Update routes a message to the open view when there is one (a size always
// reaches the table too, and summaries keep arriving), else to the table.
func (l *League) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if isDoubleEsc(msg) {
		l.Update(escKey)
		return l.Update(escKey)
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		l.ctx.width, l.ctx.height = msg.Width, msg.Height
	case summariesMsg:
		l.add(msg.sums)
		if msg.done {
			l.reading = nil
			return l, nil
		}
		return l, l.next()
	}
	if l.open != nil {
		if k, ok := msg.(tea.KeyPressMsg); ok && l.backKey(k) {
			l.open = nil // the document is let go
			l.scroll()
			return l, nil
		}
		_, cmd := l.open.Update(msg)
		return l, cmd
	}
	var cmd tea.Cmd
	if k, ok := msg.(tea.KeyPressMsg); ok {
		l.msg = ""
		l.moved = true
		cmd = l.handleKey(k)
	}
	l.scroll()
	return l, cmd
}

// backKey reports a key that closes the open view for the table: Esc or
// back-out where the open view has nothing of its own to close.
func (l *League) backKey(k tea.KeyPressMsg) bool {
	switch v := l.open.(type) {
	case *Folder:
		if v.open != nil || v.line.open || v.showHelp || !v.filter.empty() {
			return false
		}
		return key.Matches(k, v.keys.Back)
	case *Model:
		return atTop(v) && key.Matches(k, v.global.Esc, v.view().keys.Out)
	case *TrendView:
		return !v.showHelp && !v.line.open && v.filter.empty() && key.Matches(k, v.keys.Esc)
	}
	return false
}

// atTop reports an explorer with nothing open above its top level: no search
// line, filter, help screen, deeper level or filter set.
func atTop(m *Model) bool {
	return !m.search.active && !m.filter.open && !m.showHelp && len(m.view().stack) <= 1 && m.view().filter.empty()
}

func (l *League) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := l.keys
	if l.showHelp {
		switch {
		case key.Matches(msg, k.Quit):
			return tea.Quit
		case key.Matches(msg, k.Help, k.Esc):
			l.showHelp = false
		}
		return nil
	}
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Help):
		l.showHelp = true
	case key.Matches(msg, k.Up):
		l.move(-1)
	case key.Matches(msg, k.Down):
		l.move(1)
	case key.Matches(msg, k.PgUp):
		l.move(-max(1, l.listRows()-1))
	case key.Matches(msg, k.PgDn):
		l.move(max(1, l.listRows()-1))
	case key.Matches(msg, k.Top):
		l.cursor = 0
	case key.Matches(msg, k.Bottom):
		l.cursor = max(0, len(l.lines)-1)
	case key.Matches(msg, k.Sort, k.SortNext):
		l.by = (l.by + 1) % league.NumColumns
		l.sort(l.selected())
	case key.Matches(msg, k.SortPrev):
		l.by = (l.by + league.NumColumns - 1) % league.NumColumns
		l.sort(l.selected())
	case key.Matches(msg, k.Reverse):
		l.reverse = !l.reverse
		l.sort(l.selected())
	case key.Matches(msg, k.Mark):
		l.mark()
	case key.Matches(msg, k.Diff):
		l.diff()
	case key.Matches(msg, k.Trend):
		l.openTrend()
	case key.Matches(msg, k.In):
		l.enter()
	}
	return nil
}

func (l *League) move(d int) { l.cursor = clamp(l.cursor+d, 0, len(l.lines)-1) }

// mark toggles the mark on the selected department's latest document; a
// third mark lets the oldest go.
func (l *League) mark() {
	ln := l.selected()
	if ln == nil || ln.row.Failed {
		return
	}
	p := ln.row.Latest.Path
	for i, m := range l.marked {
		if m == p {
			l.marked = append(l.marked[:i], l.marked[i+1:]...)
			l.msg = fmt.Sprintf(l.lt.Marked, len(l.marked))
			return
		}
	}
	l.marked = append(l.marked, p)
	if len(l.marked) > 2 {
		l.marked = l.marked[1:]
	}
	l.msg = fmt.Sprintf(l.lt.Marked, len(l.marked))
	l.move(1)
}

func (l *League) isMarked(r *league.Row) bool {
	if r.Latest == nil {
		return false
	}
	for _, m := range l.marked {
		if m == r.Latest.Path {
			return true
		}
	}
	return false
}

// summaryOf is the summary of a marked path.
func (l *League) summaryOf(path string) *league.Summary {
	if i, ok := l.at[path]; ok {
		return &l.sums[i]
	}
	return nil
}

// diff opens the two marked documents side by side, the earlier year (or
// the budget of a year beside its final accounts) as the old one.
func (l *League) diff() {
	if len(l.marked) != 2 {
		l.msg = l.lt.NeedTwo
		return
	}
	a, b := l.summaryOf(l.marked[0]), l.summaryOf(l.marked[1])
	if a == nil || b == nil {
		l.msg = l.lt.NeedTwo
		return
	}
	if b.Year < a.Year || b.Year == a.Year && b.Kind == model.Budget && a.Kind == model.Final {
		a, b = b, a
	}
	old, _, err := l.load(a.Parts)
	if err != nil {
		l.msg = fmt.Sprintf(l.lt.CannotOpen, oneLine(err.Error()))
		return
	}
	cur, fs, err := l.load(b.Parts)
	if err != nil {
		l.msg = fmt.Sprintf(l.lt.CannotOpen, oneLine(err.Error()))
		return
	}
	opt := l.ctx.opt
	opt.Findings, opt.Diff = fs, compare.Compare(old, cur)
	m := New(cur, opt)
	m.Update(tea.WindowSizeMsg{Width: l.ctx.width, Height: l.ctx.height})
	m.msg = "esc/bksp/h: " + l.lt.Back
	l.open = m
}

// openTrend asks for the trend of the selected department: its documents of
// the latest's kind, oldest first.
func (l *League) openTrend() {
	ln := l.selected()
	if ln == nil || ln.row.Failed {
		return
	}
	var docs []*league.Summary
	for _, d := range ln.row.Docs {
		if d.Err == "" && d.Kind == ln.row.Latest.Kind {
			docs = append(docs, d)
		}
	}
	sort.SliceStable(docs, func(i, j int) bool { return docs[i].Year < docs[j].Year })
	var paths []string
	for _, d := range docs {
		paths = append(paths, d.Path)
	}
	if l.trend == nil {
		names := ""
		for _, p := range paths {
			names += " " + filepath.Base(p)
		}
		l.msg = fmt.Sprintf(l.lt.TrendLater, oneLine(names))
		return
	}
	m, err := l.trend(paths)
	if err != nil {
		l.msg = fmt.Sprintf(l.lt.CannotOpen, oneLine(err.Error()))
		return
	}
	m.Update(tea.WindowSizeMsg{Width: l.ctx.width, Height: l.ctx.height})
	l.open = m
}

// enter lists the selected department's documents, each read again now.
func (l *League) enter() {
	ln := l.selected()
	if ln == nil {
		return
	}
	if ln.row.Failed {
		l.msg = fmt.Sprintf(l.lt.CannotOpen, ln.row.Docs[0].Err)
		return
	}
	entries := make([]FolderEntry, 0, len(ln.row.Docs))
	for _, s := range ln.row.Docs {
		e := FolderEntry{Path: s.Path}
		if s.Err != "" {
			e.Err = fmt.Errorf("%s", s.Err)
		} else {
			e.Doc, e.Findings, e.Err = l.load(s.Parts)
		}
		entries = append(entries, e)
	}
	f := NewFolder(oneLine(filepath.Base(l.dir))+" / "+ln.dept, entries, l.ctx.opt)
	f.Update(tea.WindowSizeMsg{Width: l.ctx.width, Height: l.ctx.height})
	f.msg = "esc/bksp/h: " + l.lt.Back
	l.open = f
}

// View draws the open view, or the table.
func (l *League) View() tea.View {
	if l.open != nil {
		return l.open.View()
	}
	v := tea.NewView(l.render())
	v.AltScreen = true
	return v
}
