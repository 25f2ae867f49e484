package tui

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// styles are built once per program, from the options, and shared through
// the context; components never build styles while drawing.
type styles struct {
	header, tabOn, tabOff, crumb   lipgloss.Style
	colHead, selected, faint, mark lipgloss.Style
	paneTitle, label, bar, warn    lipgloss.Style
	status, search, helpKey        lipgloss.Style
	helpDesc, border               lipgloss.Style
	up, down                       lipgloss.Style // diff: increase red, decrease green
	borderStyle                    lipgloss.Border
}

// glyphs are the characters the interface draws; ASCII mode swaps the box
// and block characters (East Asian Ambiguous) for plain ones.
type glyphs struct {
	crumbSep, cursor, up, down string
	check                      string // a statement the older document bears out
	barFull                    string
	barEighths                 []string // partial blocks, 1/8 to 7/8
	barEmpty                   string
}

func newGlyphs(ascii bool) glyphs {
	if ascii {
		return glyphs{crumbSep: " > ", cursor: ">", up: "^", down: "v", check: "=", barFull: "#", barEmpty: "."}
	}
	return glyphs{crumbSep: " › ", cursor: ">", up: "▲", down: "▼", check: "✓", barFull: "█",
		barEighths: []string{"▏", "▎", "▍", "▌", "▋", "▊", "▉"}, barEmpty: " "}
}

func newStyles(noColor, ascii bool) *styles {
	s := &styles{}
	fg := func(st lipgloss.Style, c color.Color) lipgloss.Style {
		if noColor {
			return st
		}
		return st.Foreground(c)
	}
	accent := lipgloss.Color("#5fafff")
	dim := lipgloss.Color("#8a8a8a")
	s.header = fg(lipgloss.NewStyle().Bold(true), accent)
	s.tabOn = lipgloss.NewStyle().Bold(true).Reverse(true)
	s.tabOff = fg(lipgloss.NewStyle(), dim)
	s.crumb = fg(lipgloss.NewStyle(), accent)
	s.colHead = lipgloss.NewStyle().Bold(true).Underline(true)
	s.selected = lipgloss.NewStyle().Reverse(true)
	s.faint = fg(lipgloss.NewStyle().Faint(true), dim)
	s.mark = fg(lipgloss.NewStyle().Bold(true), lipgloss.Color("#d7af00"))
	s.paneTitle = fg(lipgloss.NewStyle().Bold(true), accent)
	s.label = fg(lipgloss.NewStyle(), dim)
	s.bar = fg(lipgloss.NewStyle(), lipgloss.Color("#5f87af"))
	s.warn = fg(lipgloss.NewStyle().Bold(true), lipgloss.Color("#d75f5f"))
	s.status = fg(lipgloss.NewStyle(), dim)
	s.search = lipgloss.NewStyle().Bold(true)
	s.helpKey = fg(lipgloss.NewStyle().Bold(true), accent)
	s.helpDesc = fg(lipgloss.NewStyle(), dim)
	s.up = fg(lipgloss.NewStyle(), lipgloss.Color("#d75f5f"))
	s.down = fg(lipgloss.NewStyle(), lipgloss.Color("#5faf5f"))
	s.borderStyle = lipgloss.NormalBorder()
	if ascii {
		s.borderStyle = lipgloss.ASCIIBorder()
	}
	s.border = fg(lipgloss.NewStyle(), dim)
	return s
}
