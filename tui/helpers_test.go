package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// sized builds the explorer on doc and gives it a terminal size.
func sized(t testing.TB, m *Model, w, h int) *Model {
	t.Helper()
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

var namedKeys = map[string]tea.Key{
	"enter": {Code: tea.KeyEnter}, "backspace": {Code: tea.KeyBackspace}, "esc": {Code: tea.KeyEscape},
	"tab": {Code: tea.KeyTab}, "shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift},
	"up": {Code: tea.KeyUp}, "down": {Code: tea.KeyDown}, "left": {Code: tea.KeyLeft}, "right": {Code: tea.KeyRight},
	"pgup": {Code: tea.KeyPgUp}, "pgdown": {Code: tea.KeyPgDown}, "home": {Code: tea.KeyHome}, "end": {Code: tea.KeyEnd},
}

// keyMsg turns "j", "enter" or "shift+tab" into a key press.
func keyMsg(k string) tea.KeyPressMsg {
	if nk, ok := namedKeys[k]; ok {
		return tea.KeyPressMsg(nk)
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// press sends keys in order; each argument is one key, and "type:xyz" types
// the text one rune at a time.
func press(m *Model, keys ...string) tea.Cmd {
	var cmd tea.Cmd
	for _, k := range keys {
		if t, ok := strings.CutPrefix(k, "type:"); ok {
			for _, r := range t {
				_, cmd = m.Update(keyMsg(string(r)))
			}
			continue
		}
		_, cmd = m.Update(keyMsg(k))
	}
	return cmd
}

// screen is the frame as plain text.
func screen(m *Model) string { return ansi.Strip(m.View().Content) }

// sel is "code name" of the selected row.
func sel(m *Model) string {
	n := m.view().selected()
	if n == nil {
		return ""
	}
	return strings.TrimSpace(n.code + " " + n.name)
}
