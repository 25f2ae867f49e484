package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
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
	input   textinput.Model
	hits    []hit
	current int
	from    viewID // the view the search was made from: its matches come first
}

func newSearch(c *uiContext, idx *searchIndex) *search {
	return &search{c: c, idx: idx, keys: newSearchKeys(c.tx.Keys), input: newLineInput(c, "/")}
}

func (s *search) open(from viewID) {
	s.active = true
	s.from = from
	s.input.Reset()
	s.hits = nil
	s.current = 0
}

// query is the search text as typed.
func (s *search) query() string { return s.input.Value() }

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
	default:
		if editLine(&s.input, msg) {
			s.refresh()
		}
	}
	return nil
}

// paste adds pasted text to the query, on one line and cleaned.
func (s *search) paste(t string) {
	if editLine(&s.input, tea.PasteMsg{Content: t}) {
		s.refresh()
	}
}

func (s *search) refresh() {
	s.hits = s.idx.find(s.query(), s.from)
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
	in := s.input
	line := in.View() + "  "
	if s.query() != "" {
		if h := s.hit(); h != nil {
			line += fmt.Sprintf(tx.Matches, s.current+1, len(s.hits)) + "  " +
				cell(strings.TrimSpace(h.entry.n.code+" "+h.entry.n.name)) + " [" + cell(tx.Views[h.entry.view]) + "]" +
				"  " + s.groups()
		} else {
			line += s.c.st.warn.Render(tx.NoMatch)
		}
	}
	return fit(line, w)
}

// groups counts the matches per view, in the order n visits them:
// "功能分类 2, 项目 5".
func (s *search) groups() string {
	var parts []string
	for i := 0; i < len(s.hits); {
		v, j := s.hits[i].entry.view, i
		for j < len(s.hits) && s.hits[j].entry.view == v {
			j++
		}
		parts = append(parts, fmt.Sprintf("%s %d", cell(s.c.tx.Views[v]), j-i))
		i = j
	}
	return strings.Join(parts, ", ")
}
