package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// geometry is where things go at the current size.
type geometry struct {
	tooSmall     bool
	side         bool
	listW, listH int
	paneW, paneH int
	bodyH        int
}

func (m *Model) geometry() geometry {
	w, h := m.ctx.width, m.ctx.height
	if w < minWidth || h < minHeight {
		return geometry{tooSmall: true}
	}
	g := geometry{bodyH: h - chrome}
	if w >= sideWidth {
		g.side = true
		g.paneW = clamp(w/3, 36, 66)
		g.listW, g.listH = w-g.paneW, g.bodyH
		g.paneH = g.bodyH
		return g
	}
	g.listW, g.paneW = w, w
	// The list takes what its rows need, up to a little over half the body;
	// the pane gets the rest.
	rows := len(m.view().top().list.rows)
	g.listH = clamp(rows+1, 5, max(5, g.bodyH*11/20))
	g.paneH = g.bodyH - g.listH
	return g
}

// listRows is how many rows of the list fit under its header.
func (m *Model) listRows() int { return max(1, m.geometry().listH-1) }

// scrollPane moves the pane half a page down (d=1) or up (d=-1).
func (m *Model) scrollPane(d int) {
	g := m.geometry()
	if g.tooSmall {
		return
	}
	v := m.view()
	inner, h := g.paneW-3, g.paneH
	if !g.side {
		inner, h = g.paneW, g.paneH-1
	}
	n := len(m.pane.body(v.selected(), v, inner, g.side))
	m.pane.off = clamp(m.pane.off+d*max(1, h/2), 0, m.pane.maxOff(n, h))
}

func (m *Model) fixScroll() {
	m.view().top().scroll(m.listRows())
}

// View draws the whole screen; in a terminal too small to be useful it is one
// line saying so.
func (m *Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	if m.ctx.opt.Mouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	return v
}

func (m *Model) render() string {
	c := m.ctx
	w := c.width
	g := m.geometry()
	if w <= 0 || c.height <= 0 {
		return ""
	}
	if g.tooSmall {
		return fit(cell(fmt.Sprintf(c.tx.TooSmall, minWidth, minHeight)), w)
	}
	v := m.view()
	lines := []string{titleLine(c, m.doc, w), tabsLine(c, m.cur, m.views[viewFindings] != nil, w), crumbLine(c, v, w)}
	var body string
	switch {
	case m.raw != nil:
		body = m.renderRaw(w, g.bodyH)
	case m.showHelp:
		body = helpScreen(c, m.help, v.keys, legend(c), w, g.bodyH)
	case g.side:
		list := renderList(c, v, m.mode, g.listW, g.listH)
		pn := m.pane.render(v.selected(), v, g.paneW, g.paneH, true)
		body = joinColumns(list, pn)
	default:
		list := renderList(c, v, m.mode, g.listW, g.listH)
		pn := m.pane.render(v.selected(), v, g.paneW, g.paneH, false)
		body = list + "\n" + pn
	}
	lw := g.listW
	if m.showHelp {
		lw = w
	}
	lay := layoutFor(v.top().list, headsFor(v.top().list, v.def, c.tx), m.mode, lw)
	lines = append(lines, body, statusLine(c, v, m.mode, lay, m.msg, w))
	switch {
	case m.raw != nil:
		lines = append(lines, c.st.helpDesc.Render(fit(cell(c.tx.P.RawHelp), w)))
	case m.mark.open:
		lines = append(lines, fit(m.mark.in.View(), w))
	case m.filter.open:
		in := m.filter.in
		lines = append(lines, fit(in.View()+"  "+fmt.Sprintf("%d", len(v.top().list.rows))+" "+c.tx.Rows, w))
	case m.search.active:
		lines = append(lines, m.search.view(w))
	default:
		h := m.help // a copy: drawing does not change the model
		h.SetWidth(w)
		lines = append(lines, fit(h.ShortHelpView(v.keys.ShortHelp()), w))
	}
	return strings.Join(lines, "\n")
}

// joinColumns puts two blocks of equal height side by side. Both are already
// padded to their widths, so a plain line-by-line join is exact and cheap.
func joinColumns(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range al {
		if i < len(bl) {
			al[i] += bl[i]
		}
	}
	return strings.Join(al, "\n")
}
