package sampletest

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"yusuan/parse"
	"yusuan/tui"
)

const cangzhou = "../../samples/cangzhou-lingang-safety-2026.txt"

// BenchmarkFirstFrame is New and the first View on the parsed Cangzhou
// sample: the explorer's share of the startup.
func BenchmarkFirstFrame(b *testing.B) {
	doc, err := parse.File(cangzhou)
	if err != nil {
		b.Skip(err)
	}
	for b.Loop() {
		m := tui.New(doc, tui.Options{})
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
	}
}

// BenchmarkParseToFirstFrame adds reading and parsing the file.
func BenchmarkParseToFirstFrame(b *testing.B) {
	for b.Loop() {
		doc, err := parse.File(cangzhou)
		if err != nil {
			b.Skip(err)
		}
		m := tui.New(doc, tui.Options{})
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
	}
}

// BenchmarkKey is one key and the frame after it on the sample.
func BenchmarkKey(b *testing.B) {
	doc, err := parse.File(cangzhou)
	if err != nil {
		b.Skip(err)
	}
	m := tui.New(doc, tui.Options{})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	keys := []tea.KeyPressMsg{key("3"), key("j"), key("enter"), key("j"), key("1"), key("G")}
	i := 0
	for b.Loop() {
		m.Update(keys[i%len(keys)])
		_ = m.View()
		i++
	}
}
