package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// y and Y: the selected row to the clipboard, through OSC 52 (the terminal
// sets its clipboard; over ssh too, where the terminal allows it).

// copyRow copies from the selected row: with whole false, its value (the
// amount the view is sorted or filtered by, exact and without grouping, so
// that it pastes into a spreadsheet as a number), else its code, else the
// row; with whole true, the row as one tab-separated line (it pastes into a
// spreadsheet as cells). The status line says which was copied.
func (m *Model) copyRow(whole bool) tea.Cmd {
	tx := m.ctx.tx.P
	n := m.view().selected()
	if n == nil {
		m.msg = tx.NothingToCopy
		return nil
	}
	what, s := tx.Row, rowText(n, m.view().top().list.parent)
	if !whole {
		if a, ok := filterAmount(m.view().sortKey())(n); ok && len(n.amts) > 0 {
			what, s = tx.Value, a.String()
		} else if n.code != "" && hasCode(n) {
			what, s = tx.Code, n.code
		}
	}
	return m.copyText(what, s)
}

// copyText puts s on the clipboard and says so, with what it is.
func (m *Model) copyText(what, s string) tea.Cmd {
	if strings.TrimSpace(s) == "" {
		m.msg = m.ctx.tx.P.NothingToCopy
		return nil
	}
	shown := oneLine(s)
	if r := []rune(shown); len(r) > 40 {
		shown = string(r[:40]) + "..."
	}
	m.msg = fmt.Sprintf(m.ctx.tx.P.Copied, what, cell(shown))
	return tea.SetClipboard(s)
}

// hasCode: the code column holds a code (not a source line or a severity).
func hasCode(n *node) bool {
	switch n.kind {
	case kindFunc, kindEcon, kindProject:
		return true
	}
	return false
}

// rowText is a row as one tab-separated line: code, name, amounts (exact),
// cells; a table row is its cells.
func rowText(n, parent *node) string {
	var f []string
	if n.kind != kindTableRow {
		if n.code != "" || n.kind == kindFunc {
			f = append(f, n.code) // a functional line without a code: an empty cell, so its amounts stay under its siblings'
		}
		f = append(f, shownName(n, parent))
	}
	for i := range n.amts {
		if c := amountCell(n, i); c != nil {
			f = append(f, n.amts[i].String())
		} else {
			f = append(f, "")
		}
	}
	f = append(f, n.cells...)
	if n.kind == kindParagraph {
		f = []string{n.text}
	}
	return strings.Join(f, "\t")
}
