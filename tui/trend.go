package tui

import (
	"cmp"
	"slices"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yusuan/trend"
)

// The trend explorer's tabs.
const (
	tabFunctional = iota
	tabEconomic
	tabTotals
	numTrendTabs
)

// trendSort is the order of the trend's rows.
type trendSort int

const (
	byTrendCode   trendSort = iota // the tree, in code order
	byTrendChange                  // the largest change over the period first
	byTrendRate                    // the fastest annual growth (or fall) first
	numTrendSorts
)

// TrendView is the trend explorer (yusuan trend DIR): one row per line, one
// column per year, the change on the year before, the annual growth over
// the period and a sparkline; Tab switches classification, s sorts by code,
// largest change or fastest growth, n/N jump between the lines that changed
// most, the largest first.
type TrendView struct {
	ctx      *uiContext
	tt       *trendText
	t        *trend.Trend
	tab      int
	lines    [numTrendTabs][]*trendLine // in code order
	shown    []*trendLine               // the current tab's, sorted
	ranked   []*trendLine               // the current tab's changed lines, largest |Δ| first
	jump     int                        // position in ranked of the last n/N, -1 before any
	by       trendSort
	reverse  bool
	cursor   int
	offset   int
	keys     trendKeys
	filter   rowFilter
	line     filterLine // the f (or /) line
	help     help.Model
	showHelp bool
	msg      string
}

// trendLine is a row with what drawing it needs, formatted once.
type trendLine struct {
	row   *trend.Row
	depth int
	cells []string // trend.Row.Cells, ambiguous widths normalised
	spark string
	name  string
	match trendMatch
}

// NewTrend builds the trend explorer on t.
func NewTrend(t *trend.Trend, opt Options) *TrendView {
	opt.Diff = nil
	c := newContext(opt)
	v := &TrendView{ctx: c, tt: trendTextFor(opt.Lang), t: t, jump: -1, keys: newTrendKeys(c.tx, trendTextFor(opt.Lang)), help: newHelp(c),
		line: filterLine{in: newLineInput(c, "/")}}
	py := pinyinCache{}
	for tab, rows := range [numTrendTabs][]*trend.Row{t.Functional, t.Economic, t.Totals} {
		trend.Walk(rows, func(r, _ *trend.Row, depth int) {
			l := &trendLine{row: r, depth: depth, spark: trend.Spark(r.Values, opt.ASCII), name: cell(oneLine(r.Name)), match: newTrendMatch(r, py)}
			for _, s := range r.Cells() {
				l.cells = append(l.cells, cell(s))
			}
			v.lines[tab] = append(v.lines[tab], l)
		})
	}
	if len(v.lines[tabFunctional]) == 0 && len(v.lines[tabEconomic]) > 0 {
		v.tab = tabEconomic
	}
	v.refresh()
	return v
}

// RunTrend opens the trend explorer and returns when the user quits. It
// draws where Run does.
func RunTrend(t *trend.Trend, opt Options) error {
	opt = withEnv(opt)
	return runProgram(NewTrend(t, opt), opt)
}

// Init starts nothing: the program must not wait on the terminal.
func (v *TrendView) Init() tea.Cmd { return nil }

// Update handles sizes and keys.
func (v *TrendView) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		v.ctx.width, v.ctx.height = msg.Width, msg.Height
	case tea.KeyPressMsg:
		v.msg = ""
		if v.line.open {
			v.line.update(msg, v.setFilter, v.move)
			break
		}
		cmd = v.handleKey(msg)
	case tea.PasteMsg:
		if v.line.open {
			v.line.update(msg, v.setFilter, v.move)
		}
	case tea.MouseWheelMsg:
		if v.ctx.opt.Mouse && !v.showHelp {
			switch msg.Mouse().Button {
			case tea.MouseWheelUp:
				v.move(-3)
			case tea.MouseWheelDown:
				v.move(3)
			}
		}
	}
	v.scroll()
	return v, cmd
}

func (v *TrendView) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := v.keys
	if v.showHelp {
		switch {
		case key.Matches(msg, k.Quit):
			return tea.Quit
		case key.Matches(msg, k.Help, k.Esc):
			v.showHelp = false
		}
		return nil
	}
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Help):
		v.showHelp = true
	case key.Matches(msg, k.Filter):
		v.line.start(v.filter.text)
	case key.Matches(msg, k.Esc):
		if !v.filter.empty() {
			v.setFilter("")
		}
	case key.Matches(msg, k.Up):
		v.move(-1)
	case key.Matches(msg, k.Down):
		v.move(1)
	case key.Matches(msg, k.PgUp):
		v.move(-max(1, v.listRows()-1))
	case key.Matches(msg, k.PgDn):
		v.move(max(1, v.listRows()-1))
	case key.Matches(msg, k.Top):
		v.cursor = 0
	case key.Matches(msg, k.Bottom):
		v.cursor = max(0, len(v.shown)-1)
	case key.Matches(msg, k.Tab):
		step := 1
		if msg.Mod.Contains(tea.ModShift) {
			step = numTrendTabs - 1
		}
		v.setTab((v.tab + step) % numTrendTabs)
	case key.Matches(msg, k.Tabs):
		v.setTab(int(msg.Code - '1'))
	case key.Matches(msg, k.Sort):
		v.by = (v.by + 1) % numTrendSorts
		v.resort()
	case key.Matches(msg, k.Reverse):
		v.reverse = !v.reverse
		v.resort()
	case key.Matches(msg, k.Next):
		v.jumpBy(1)
	case key.Matches(msg, k.Prev):
		v.jumpBy(-1)
	}
	return nil
}

func (v *TrendView) setTab(tab int) {
	if tab < 0 || tab >= numTrendTabs || tab == v.tab {
		return
	}
	v.tab = tab
	v.refresh()
}

func (v *TrendView) setFilter(q string) {
	keep := v.selected()
	v.filter = parseFilter(q)
	v.refresh()
	if i := slices.Index(v.shown, keep); i >= 0 {
		v.cursor = i
	}
}

// refresh filters and sorts the current tab's lines from the top, and ranks
// the changes of those shown.
func (v *TrendView) refresh() {
	v.cursor, v.offset, v.jump = 0, 0, -1
	v.sortLines(nil)
	v.ranked = v.ranked[:0]
	for _, l := range v.shown {
		if c := l.row.Change; c != nil && !c.Delta.IsZero() {
			v.ranked = append(v.ranked, l)
		}
	}
	slices.SortStableFunc(v.ranked, byChange)
}

// resort sorts again and keeps the selected line selected.
func (v *TrendView) resort() { v.sortLines(v.selected()) }

func (v *TrendView) sortLines(keep *trendLine) {
	v.shown = v.shown[:0]
	for _, l := range v.lines[v.tab] {
		if l.passes(v.filter) {
			v.shown = append(v.shown, l)
		}
	}
	switch v.by {
	case byTrendChange:
		slices.SortStableFunc(v.shown, byChange)
	case byTrendRate:
		slices.SortStableFunc(v.shown, byRate)
	}
	if v.reverse {
		slices.Reverse(v.shown)
	}
	if keep != nil {
		v.cursor = max(0, slices.Index(v.shown, keep))
	}
}

// byChange orders lines by the size of their change over the period,
// largest first; a line of one year (no change) last.
func byChange(a, b *trendLine) int {
	ca, cb := a.row.Change, b.row.Change
	switch {
	case ca == nil || cb == nil:
		return cmp.Compare(boolRank(ca == nil), boolRank(cb == nil))
	}
	return cb.Delta.Abs().Cmp(ca.Delta.Abs())
}

// byRate orders lines by the size of their annual growth rate, fastest
// first; a line without one last.
func byRate(a, b *trendLine) int {
	ra, oka := rateOf(a)
	rb, okb := rateOf(b)
	if !oka || !okb {
		return cmp.Compare(boolRank(!oka), boolRank(!okb))
	}
	return rb.Abs().Cmp(ra.Abs())
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// jumpBy moves to the next (d = 1) or previous (d = −1) of the lines that
// changed most, the largest first, whatever the sort.
func (v *TrendView) jumpBy(d int) {
	if len(v.ranked) == 0 {
		v.msg = v.tt.NoChange
		return
	}
	v.jump = (v.jump + d + len(v.ranked)) % len(v.ranked)
	if v.jump < 0 {
		v.jump = 0
	}
	if i := slices.Index(v.shown, v.ranked[v.jump]); i >= 0 {
		v.cursor = i
	}
}

func (v *TrendView) selected() *trendLine {
	if v.cursor < 0 || v.cursor >= len(v.shown) {
		return nil
	}
	return v.shown[v.cursor]
}

func (v *TrendView) move(d int) { v.cursor = clamp(v.cursor+d, 0, len(v.shown)-1) }

// View draws the trend in the alternate screen.
func (v *TrendView) View() tea.View {
	view := tea.NewView(v.render())
	view.AltScreen = true
	if v.ctx.opt.Mouse {
		view.MouseMode = tea.MouseModeCellMotion
	}
	return view
}
