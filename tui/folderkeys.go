package tui

import "charm.land/bubbles/v2/key"

// folderKeys are the folder list's keys: the browser's keys where they mean
// the same thing, so moving between the list and a document needs nothing new.
type folderKeys struct {
	Up, Down, In, Top, Bottom, PgUp, PgDn key.Binding
	Sort, SortPrev, SortNext, Reverse     key.Binding
	Filter, Esc                           key.Binding
	Mark, Diff                            key.Binding
	Back, Help, Quit                      key.Binding
}

func newFolderKeys(tx *text) folderKeys {
	k, f := tx.Keys, tx.F
	b := newBrowserKeys(k, true, []string{"1"})
	g := newGlobalKeys(k, []string{"1"})
	return folderKeys{
		Up: b.Up, Down: b.Down, Top: b.Top, Bottom: b.Bottom, PgUp: b.PgUp, PgDn: b.PgDn,
		In:       key.NewBinding(key.WithKeys("enter", "l", "right"), key.WithHelp("enter/l/right", f.Open)),
		Sort:     b.Sort,
		SortPrev: b.SortPrev,
		SortNext: b.SortNext,
		Reverse:  b.Reverse,
		Filter:   key.NewBinding(key.WithKeys("f", "/"), key.WithHelp("f,/", f.FilterKey)),
		Esc:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", f.FilterClear)),
		Mark:     key.NewBinding(key.WithKeys("space"), key.WithHelp("space", f.Mark)),
		Diff:     key.NewBinding(key.WithKeys("d"), key.WithHelp("d", f.Diff)),
		// Back is handled by the open document; it is listed so the help says
		// how to come back.
		Back: key.NewBinding(key.WithKeys("esc", "backspace", "h", "left"), key.WithHelp("esc/bksp/h", f.Back)),
		Help: g.Help,
		Quit: g.Quit,
	}
}

// ShortHelp is the one-line help under the folder list.
func (k folderKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.In, k.Filter, k.Sort, k.Reverse, k.Help, k.Quit}
}

// FullHelp is the `?` screen of the folder list.
func (k folderKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.PgUp, k.PgDn},
		{k.In, k.Back, k.Sort, k.SortPrev, k.SortNext, k.Reverse},
		{k.Mark, k.Diff, k.Filter, k.Esc, k.Help, k.Quit},
	}
}
