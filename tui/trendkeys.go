package tui

import "charm.land/bubbles/v2/key"

// trendKeys are the trend explorer's keys: the browser's where they mean
// the same thing.
type trendKeys struct {
	Up, Down, Top, Bottom, PgUp, PgDn   key.Binding
	Tab, Tabs, Sort, Reverse            key.Binding
	Filter, Next, Prev, Esc, Help, Quit key.Binding
}

func newTrendKeys(tx *text, tt *trendText) trendKeys {
	k := tx.Keys
	digits := []string{"1", "2", "3"}
	b := newBrowserKeys(k, true, digits)
	g := newGlobalKeys(k, digits)
	return trendKeys{
		Up: b.Up, Down: b.Down, Top: b.Top, Bottom: b.Bottom, PgUp: b.PgUp, PgDn: b.PgDn,
		Tab:     key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", tt.TabKey)),
		Tabs:    key.NewBinding(key.WithKeys(digits...), key.WithHelp("1-3", tt.TabKey)),
		Sort:    key.NewBinding(key.WithKeys("s"), key.WithHelp("s", tt.SortKey)),
		Reverse: b.Reverse,
		Filter:  key.NewBinding(key.WithKeys("f", "/"), key.WithHelp("f,/", tx.F.FilterKey)),
		Next:    key.NewBinding(key.WithKeys("n"), key.WithHelp("n", tt.NextKey)),
		Prev:    key.NewBinding(key.WithKeys("N"), key.WithHelp("N", tt.PrevKey)),
		Esc:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", tx.F.FilterClear)),
		Help:    g.Help,
		Quit:    g.Quit,
	}
}

// ShortHelp is the one-line help under the trend.
func (k trendKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.Tab, k.Sort, k.Reverse, k.Next, k.Filter, k.Help, k.Quit}
}

// FullHelp is the `?` screen of the trend.
func (k trendKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.PgUp, k.PgDn},
		{k.Tab, k.Tabs, k.Sort, k.Reverse, k.Next, k.Prev},
		{k.Filter, k.Esc, k.Help, k.Quit},
	}
}
