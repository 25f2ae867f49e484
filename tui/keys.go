package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
)

// The keys are fixed (issue 3) so that people and scripts can rely on them.
// Each view gets its own keymap value; the help screen is generated from it.

// globalKeys work in every view.
type globalKeys struct {
	Tab, Views, Flat, Search, Next, Prev, Esc, Help, Quit key.Binding
}

// browserKeys move through one view's tree.
type browserKeys struct {
	Up, Down, In, Out, Top, Bottom, PgUp, PgDn key.Binding
	Sort, SortPrev, SortNext, Reverse          key.Binding
	Mode, Hide, Filter                         key.Binding
	PaneDown, PaneUp                           key.Binding
	Export, Copy, CopyRow, Open                key.Binding // the working papers: export, clipboard, source
	Mark                                       key.Binding // the findings view, where marks can be kept
	global                                     globalKeys
	filterHow                                  string
}

// searchKeys are active while the search line is open.
type searchKeys struct {
	Accept, Cancel, Next, Prev key.Binding
}

// newGlobalKeys builds the keys of every view; digits are the keys of the
// views there are (a view's digit does not change when another is off).
func newGlobalKeys(k keyText, digits []string) globalKeys {
	return globalKeys{
		Tab:    key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", k.Tab)),
		Views:  key.NewBinding(key.WithKeys(digits...), key.WithHelp(digitsHelp(digits), k.Views)),
		Flat:   key.NewBinding(key.WithKeys("F"), key.WithHelp("F", k.Flat)),
		Search: key.NewBinding(key.WithKeys("/"), key.WithHelp("/", k.Search)),
		Next:   key.NewBinding(key.WithKeys("n"), key.WithHelp("n", k.Next)),
		Prev:   key.NewBinding(key.WithKeys("N"), key.WithHelp("N", k.Prev)),
		Esc:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", k.Esc)),
		Help:   key.NewBinding(key.WithKeys("?"), key.WithHelp("?", k.Help)),
		Quit:   key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", k.Quit)),
	}
}

// newBrowserKeys builds the keymap of a view; sorting is off where the
// document order is the meaning (raw tables, narrative).
func newBrowserKeys(k keyText, sortable bool, digits []string) browserKeys {
	b := browserKeys{
		Up:        key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("k/up", k.Up)),
		Down:      key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("j/down", k.Down)),
		In:        key.NewBinding(key.WithKeys("enter", "l", "right"), key.WithHelp("enter/l/right", k.In)),
		Out:       key.NewBinding(key.WithKeys("backspace", "h", "left"), key.WithHelp("bksp/h/left", k.Out)),
		Top:       key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", k.Top)),
		Bottom:    key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", k.Bottom)),
		PgUp:      key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", k.PgUp)),
		PgDn:      key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", k.PgDn)),
		Sort:      key.NewBinding(key.WithKeys("s"), key.WithHelp("s", k.Sort)),
		SortPrev:  key.NewBinding(key.WithKeys("<"), key.WithHelp("<", k.SortPrev)),
		SortNext:  key.NewBinding(key.WithKeys(">"), key.WithHelp(">", k.SortNext)),
		Reverse:   key.NewBinding(key.WithKeys("r"), key.WithHelp("r", k.Reverse)),
		Mode:      key.NewBinding(key.WithKeys("a"), key.WithHelp("a", k.Mode)),
		Filter:    key.NewBinding(key.WithKeys("f"), key.WithHelp("f", k.Filter)),
		Hide:      key.NewBinding(key.WithKeys("u"), key.WithHelp("u", k.Hide)),
		PaneDown:  key.NewBinding(key.WithKeys("ctrl+d", "J"), key.WithHelp("ctrl+d/J", k.PaneDown)),
		PaneUp:    key.NewBinding(key.WithKeys("ctrl+u", "K"), key.WithHelp("ctrl+u/K", k.PaneUp)),
		Export:    key.NewBinding(key.WithKeys("E"), key.WithHelp("E", k.Export)),
		Copy:      key.NewBinding(key.WithKeys("y"), key.WithHelp("y", k.Copy)),
		CopyRow:   key.NewBinding(key.WithKeys("Y"), key.WithHelp("Y", k.CopyRow)),
		Open:      key.NewBinding(key.WithKeys("o"), key.WithHelp("o", k.Open)),
		Mark:      key.NewBinding(key.WithKeys("m"), key.WithHelp("m", k.Mark)),
		global:    newGlobalKeys(k, digits),
		filterHow: k.FilterHow,
	}
	b.Sort.SetEnabled(sortable)
	b.SortPrev.SetEnabled(sortable)
	b.SortNext.SetEnabled(sortable)
	b.Reverse.SetEnabled(sortable)
	b.Hide.SetEnabled(false) // diff views turn it on
	b.Mark.SetEnabled(false) // the findings view of a document file turns it on
	return b
}

func newSearchKeys(k keyText) searchKeys {
	return searchKeys{
		Accept: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", k.Accept)),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", k.Cancel)),
		Next:   key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("down", k.Next)),
		Prev:   key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("up", k.Prev)),
	}
}

// ShortHelp is the one-line help at the bottom of the screen.
func (b browserKeys) ShortHelp() []key.Binding {
	return []key.Binding{b.Down, b.In, b.Out, b.Mark, b.global.Search, b.Filter, b.global.Flat, b.Sort, b.global.Help, b.global.Quit, b.global.Tab}
}

// FullHelp is the `?` screen, in columns.
func (b browserKeys) FullHelp() [][]key.Binding {
	filter := b.Filter // the full help says what a filter may hold
	filter.SetHelp("f", b.filterHow)
	return [][]key.Binding{
		{b.Up, b.Down, b.Top, b.Bottom, b.PgUp, b.PgDn, b.PaneDown, b.PaneUp},
		{b.In, b.Out, b.Sort, b.SortPrev, b.SortNext, b.Reverse, b.Mode, b.Hide},
		{filter, b.global.Search, b.global.Next, b.global.Prev, b.global.Esc, b.Mark},
		{b.global.Tab, b.global.Views, b.global.Flat, b.global.Help, b.global.Quit},
		{b.Export, b.Copy, b.CopyRow, b.Open},
	}
}

// ShortHelp is the help line under the search prompt.
func (s searchKeys) ShortHelp() []key.Binding {
	return []key.Binding{s.Accept, s.Next, s.Prev, s.Cancel}
}

// FullHelp satisfies help.KeyMap.
func (s searchKeys) FullHelp() [][]key.Binding { return [][]key.Binding{s.ShortHelp()} }

// digitsHelp names a run of digit keys: "1-6", or "1-6,8" with a gap.
func digitsHelp(digits []string) string {
	var parts []string
	for i := 0; i < len(digits); {
		j := i
		for j+1 < len(digits) && digits[j+1][0] == digits[j][0]+1 {
			j++
		}
		if j > i {
			parts = append(parts, digits[i]+"-"+digits[j])
		} else {
			parts = append(parts, digits[i])
		}
		i = j + 1
	}
	return strings.Join(parts, ",")
}
