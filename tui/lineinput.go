package tui

import (
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// newLineInput is the one-line editor of the search and filter prompts:
// bubbles' textinput (cursor movement, word deletion, ctrl+u), focused, with
// a steady cursor (a blinking one would send ticks, and frames in tests would
// depend on time) and our styles.
func newLineInput(c *uiContext, prompt string) textinput.Model {
	ti := textinput.New()
	ti.Prompt = prompt
	st := ti.Styles()
	st.Cursor.Blink = false
	st.Focused.Prompt, st.Blurred.Prompt = c.st.search, c.st.search
	st.Focused.Text, st.Blurred.Text = c.st.search, c.st.search
	ti.SetStyles(st)
	ti.Focus()
	return ti
}

// editLine passes a key or a paste to the editor; pasted text is cleaned to
// one line first (documents and clipboards carry control characters). It
// reports whether the text changed.
func editLine(ti *textinput.Model, msg tea.Msg) bool {
	if p, ok := msg.(tea.PasteMsg); ok {
		msg = tea.PasteMsg{Content: oneLine(p.Content)}
	}
	before := ti.Value()
	*ti, _ = ti.Update(msg)
	return ti.Value() != before
}

// filterLine is the f line of a list (a document's view, the folder list):
// the list narrows as the auditor types; Enter keeps the filter, Esc drops
// it, ↑/↓ move in the narrowed list.
type filterLine struct {
	in   textinput.Model
	open bool
}

// start opens the line on the filter as it is, to edit it.
func (l *filterLine) start(current string) {
	l.open = true
	l.in.SetValue(current)
	l.in.CursorEnd()
}

// update handles a key or a paste while the line is open: set applies the
// filter text, move moves the list's cursor.
func (l *filterLine) update(msg tea.Msg, set func(string), move func(int)) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch k.String() {
		case "enter":
			l.open = false
			return
		case "esc":
			l.open = false
			set("")
			return
		case "up", "ctrl+p":
			move(-1)
			return
		case "down", "ctrl+n":
			move(1)
			return
		}
	}
	if editLine(&l.in, msg) {
		set(l.in.Value())
	}
}
