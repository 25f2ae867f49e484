// Package sampletest renders the explorer on the real sample documents,
// through the tui package's public API only. It lives apart from the tui
// package's own tests so that those build and run while the parser is being
// changed.
package sampletest

import (
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"yusuan/model"
	"yusuan/parse"
	"yusuan/tui"
)

var frames = []struct {
	name string
	keys []string
}{
	{"start", nil},
	{"drill", []string{"G", "enter", "enter", "G"}},
	{"project", []string{"3", "j"}},
	{"indicator", []string{"3", "enter", "j"}},
	{"economic", []string{"2", "enter"}},
	{"threepublic", []string{"4", "j"}},
	{"tables", []string{"5", "j", "j", "enter", "j"}},
	{"narrative", []string{"6", "j"}},
	{"search", []string{"/", "a", "q", "j", "g", "enter"}},
}

func key(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	}
	return tea.KeyPressMsg{Code: []rune(k)[0], Text: k}
}

func load(t *testing.T, name string) *model.Document {
	path := "../../samples/" + name
	if _, err := os.Stat(path); err != nil {
		t.Skip("sample absent")
	}
	doc, err := parse.File(path)
	if err != nil {
		t.Skipf("parser cannot read %s yet: %v", name, err)
	}
	return doc
}

func run(t *testing.T, name string) {
	for _, sz := range []struct {
		name string
		w, h int
	}{{"80x24", 80, 24}, {"120x40", 120, 40}} {
		for _, f := range frames {
			t.Run(sz.name+"/"+f.name, func(t *testing.T) {
				m := tui.New(load(t, name), tui.Options{NoColor: true})
				m.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
				for _, k := range f.keys {
					m.Update(key(k))
				}
				s := ansi.Strip(m.View().Content)
				lines := strings.Split(s, "\n")
				if len(lines) != sz.h {
					t.Fatalf("%d lines, want %d", len(lines), sz.h)
				}
				for i, l := range lines {
					if lipgloss.Width(l) > sz.w {
						t.Fatalf("line %d wider than %d: %q", i, sz.w, l)
					}
				}
				golden.RequireEqual(t, s)
			})
		}
	}
}

func TestCangzhou(t *testing.T) { run(t, "cangzhou-lingang-safety-2026.txt") }

func TestJinzhong(t *testing.T) { run(t, "jinzhong-safety-2023.txt") }
