package tui

import "charm.land/bubbles/v2/key"

// leagueKeys are the league table's keys: the folder list's, plus marking,
// diffing and the trend.
type leagueKeys struct {
	Up, Down, In, Top, Bottom, PgUp, PgDn key.Binding
	Sort, SortPrev, SortNext, Reverse     key.Binding
	Mark, Diff, Trend                     key.Binding
	Esc, Help, Quit                       key.Binding
}

func newLeagueKeys(tx *text, lt *leagueText) leagueKeys {
	f := newFolderKeys(tx)
	return leagueKeys{
		Up: f.Up, Down: f.Down, Top: f.Top, Bottom: f.Bottom, PgUp: f.PgUp, PgDn: f.PgDn,
		In:   key.NewBinding(key.WithKeys("enter", "l", "right"), key.WithHelp("enter/l/right", lt.Open)),
		Sort: f.Sort, SortPrev: f.SortPrev, SortNext: f.SortNext, Reverse: f.Reverse,
		Mark:  key.NewBinding(key.WithKeys("space"), key.WithHelp("space", lt.Mark)),
		Diff:  key.NewBinding(key.WithKeys("d"), key.WithHelp("d", lt.Diff)),
		Trend: key.NewBinding(key.WithKeys("t"), key.WithHelp("t", lt.Trend)),
		Esc:   f.Esc, Help: f.Help, Quit: f.Quit,
	}
}

// ShortHelp is the one-line help under the table.
func (k leagueKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.In, k.Sort, k.Reverse, k.Mark, k.Diff, k.Trend, k.Help, k.Quit}
}

// FullHelp is the `?` screen of the table.
func (k leagueKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.PgUp, k.PgDn},
		{k.In, k.Sort, k.SortPrev, k.SortNext, k.Reverse},
		{k.Mark, k.Diff, k.Trend, k.Help, k.Quit},
	}
}
