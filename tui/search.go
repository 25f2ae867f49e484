package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// search is the `/` line: a query typed in place, the ranked matches, and
// which of them n/N (or ↑/↓ while typing) points at. It keeps the last query
// after it closes so n/N keep working.
type search struct {
	c       *uiContext
	idx     *searchIndex
	keys    searchKeys
	active  bool
	query   []rune
	hits    []hit
	current int
}

func newSearch(c *uiContext, idx *searchIndex) *search {
	return &search{c: c, idx: idx, keys: newSearchKeys(c.tx.Keys)}
}

func (s *search) open() {
	s.active = true
	s.query = s.query[:0]
	s.hits = nil
	s.current = 0
}

// update handles a key while the line is open and returns a message for the
// root: searchJumpMsg on Enter, searchClosedMsg on Esc, nil otherwise.
func (s *search) update(msg tea.KeyPressMsg) tea.Msg {
	switch {
	case key.Matches(msg, s.keys.Accept):
		s.active = false
		if h := s.hit(); h != nil {
			return searchJumpMsg{view: h.entry.view, n: h.entry.n}
		}
		return searchClosedMsg{}
	case key.Matches(msg, s.keys.Cancel):
		s.active = false
		return searchClosedMsg{}
	case key.Matches(msg, s.keys.Next):
		s.step(1)
	case key.Matches(msg, s.keys.Prev):
		s.step(-1)
	case msg.String() == "backspace":
		if len(s.query) > 0 {
			s.query = s.query[:len(s.query)-1]
			s.refresh()
		}
	case msg.String() == "ctrl+u":
		s.query = s.query[:0]
		s.refresh()
	default:
		if t := msg.Key().Text; t != "" {
			s.query = append(s.query, []rune(t)...)
			s.refresh()
		}
	}
	return nil
}

// paste adds pasted text to the query, on one line and cleaned.
func (s *search) paste(t string) {
	s.query = append(s.query, []rune(oneLine(t))...)
	s.refresh()
}

func (s *search) refresh() {
	s.hits = s.idx.find(string(s.query))
	s.current = 0
}

// step moves to the next or previous match, wrapping around.
func (s *search) step(d int) *hit {
	if len(s.hits) == 0 {
		return nil
	}
	s.current = (s.current + d + len(s.hits)) % len(s.hits)
	return s.hit()
}

func (s *search) hit() *hit {
	if s.current < 0 || s.current >= len(s.hits) {
		return nil
	}
	return &s.hits[s.current]
}

// view is the one-line prompt: query, match count, and where the current
// match is.
func (s *search) view(w int) string {
	tx := s.c.tx
	line := s.c.st.search.Render("/"+cell(oneLine(string(s.query)))) + "_  "
	if len(s.query) > 0 {
		if h := s.hit(); h != nil {
			line += fmt.Sprintf(tx.Matches, s.current+1, len(s.hits)) + "  " +
				cell(strings.TrimSpace(h.entry.n.code+" "+h.entry.n.name)) + " [" + cell(tx.Views[h.entry.view]) + "]"
		} else {
			line += s.c.st.warn.Render(tx.NoMatch)
		}
	}
	return fit(line, w)
}
