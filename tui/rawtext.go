package tui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yusuan/model"
)

// The raw-text pane: Enter on a finding with a source line shows the
// source text at that line, the figures the finding cites highlighted, so
// the auditor sees what the document printed. Esc returns to the finding;
// Enter goes on to the row the finding names.

// rawPane is the open raw-text pane.
type rawPane struct {
	from    *node    // the finding's row
	line    int      // the cited line
	off     int      // first text line shown (0-based)
	figures []string // the cited figures, each in every form it may be printed in
	shown   []string // the cited figures as the header names them
}

// openRaw opens the pane on finding row n at its line.
func (m *Model) openRaw(n *node) {
	f := n.finding
	r := &rawPane{from: n, line: f.Line}
	for _, s := range citedFigures(f) {
		r.shown = append(r.shown, s)
		r.figures = append(r.figures, printedForms(s)...)
	}
	r.off = max(0, f.Line-1-max(1, m.rawRows()/3)) // the line a third of the way down
	m.raw = r
}

// rawRows is how many text lines the pane shows under its header.
func (m *Model) rawRows() int { return max(1, m.ctx.height-chrome-1) }

// rawKey handles a key while the pane is open.
func (m *Model) rawKey(msg tea.KeyPressMsg) tea.Cmd {
	r := m.raw
	k := m.view().keys
	g := m.global
	total := len(m.source().lines)
	switch {
	case key.Matches(msg, g.Quit):
		return tea.Quit
	case key.Matches(msg, g.Esc, k.Out):
		m.raw = nil // back on the finding, where the cursor still is
	case key.Matches(msg, k.In):
		if t := r.from.target; t != nil {
			m.raw = nil
			m.jump(viewOf(m.defs, t), t)
		}
	case key.Matches(msg, k.Open):
		return m.openSource(r.line)
	case key.Matches(msg, k.Copy, k.CopyRow):
		if r.line <= len(m.source().lines) {
			return m.copyText(m.ctx.tx.P.SourceLine, m.source().lines[r.line-1])
		}
	case key.Matches(msg, k.Down):
		r.off++
	case key.Matches(msg, k.Up):
		r.off--
	case key.Matches(msg, k.PgDn):
		r.off += m.rawRows() - 1
	case key.Matches(msg, k.PgUp):
		r.off -= m.rawRows() - 1
	case key.Matches(msg, k.Top):
		r.off = 0
	case key.Matches(msg, k.Bottom):
		r.off = total - m.rawRows()
	}
	if m.raw != nil {
		r.off = clamp(r.off, 0, max(0, total-m.rawRows()))
	}
	return nil
}

// renderRaw draws the pane in h lines of w columns: a header naming the
// source, the line and the marked figures, then the text with line numbers,
// the cited line marked ">" and the figures in reverse video.
func (m *Model) renderRaw(w, h int) string {
	c := m.ctx
	r := m.raw
	src := m.source()
	head := c.tx.P.RawTitle + "  " + oneLine(m.doc.Source) + "  " + strings.TrimPrefix(c.lineText(r.line), "来源：")
	if len(r.shown) > 0 {
		head += "  " + c.tx.P.Marked + strings.Join(r.shown, " ")
	}
	lines := []string{c.st.paneTitle.Render(fit(cell(head), w))}
	if src.err != nil {
		lines = append(lines, fit(cell(fmt.Sprintf(c.tx.P.NoLines, oneLine(src.err.Error()))), w))
	}
	numW := len(strconv.Itoa(len(src.lines)))
	cont := strings.Repeat(" ", numW+2) + " | " // the gutter of a wrapped line's rest
	tw := max(1, w-widthOf(cont))
	for i := r.off; i < len(src.lines) && len(lines) < h; i++ {
		mark := " "
		if i+1 == r.line {
			mark = c.g.cursor
		}
		gutter := mark + " " + fmt.Sprintf("%*d", numW, i+1) + " | "
		if i+1 == r.line {
			gutter = c.st.label.Render(gutter)
		}
		// long lines wrap, as in a pager: a figure at the end of a
		// paragraph stays in view
		text := highlight(expandTabs(cell(src.lines[i])), r.figures, c.st.selected)
		for j, part := range strings.Split(ansi.Hardwrap(text, tw, true), "\n") {
			if j > 0 {
				gutter = cont
			}
			lines = append(lines, gutter+fit(part, tw))
		}
	}
	for len(lines) < h {
		lines = append(lines, strings.Repeat(" ", w))
	}
	return strings.Join(lines[:h], "\n")
}

// citedFigures are the amounts a finding names: expected, actual and the
// decimals its message states, each once.
func citedFigures(f *Finding) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		s = strings.TrimPrefix(strings.TrimSpace(s), "+")
		if s != "" && !seen[s] && isFigure(s) {
			seen[s] = true
			out = append(out, s)
		}
	}
	add(f.Actual)
	add(f.Expected)
	for _, w := range strings.FieldsFunc(f.Message, func(r rune) bool { return !(r >= '0' && r <= '9' || r == '.' || r == ',' || r == '-') }) {
		if strings.Contains(w, ".") {
			add(strings.Trim(w, ".,"))
		}
	}
	return out
}

// isFigure: a decimal amount such as 2567.98, -30.00 or 1,234.50.
func isFigure(s string) bool {
	return model.IsAmount(s) && strings.ContainsAny(s, "0123456789")
}

// printedForms are the ways a document may print an amount: as the model
// writes it (2567.98) and with thousands separators (2,567.98).
func printedForms(s string) []string {
	out := []string{s}
	if m, ok := model.ParseAmount(s); ok {
		for _, f := range []string{m.String(), m.Grouped()} {
			if f != s && !strings.Contains(strings.Join(out, "\x00"), f) {
				out = append(out, f)
			}
		}
	}
	return out
}

// highlight renders every whole occurrence of a figure in s with style:
// not a part of a longer number (67.98 is not marked inside 2567.98).
func highlight(s string, figures []string, style interface{ Render(...string) string }) string {
	if len(figures) == 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		best := ""
		if i == 0 || !numberByte(s[i-1]) {
			for _, f := range figures {
				if len(f) > len(best) && strings.HasPrefix(s[i:], f) && (i+len(f) == len(s) || !numberByte(s[i+len(f)])) {
					best = f
				}
			}
		}
		if best != "" {
			b.WriteString(style.Render(best))
			i += len(best)
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

func numberByte(c byte) bool { return c >= '0' && c <= '9' || c == '.' || c == ',' }

// expandTabs turns tabs into spaces up to the next stop of 8 columns, so
// the text keeps its columns in the pane.
func expandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		if r == '\t' {
			n := 8 - col%8
			b.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		}
		b.WriteRune(r)
		col += ansi.StringWidth(string(r))
	}
	return b.String()
}
