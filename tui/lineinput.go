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
