package tui

// A functional line the document prints by name only, and the catalogue
// cannot give a code (监狱 under 204), is a node without a code: its code
// column shows "—" (the ASCII "-" of aligned cells) so that it reads as "no
// code", not as a row the layout lost a cell of. The node's code stays ""
// for search, the pane and the findings, which key by code.

// noCode is the code column's text for a line without a code.
const noCode = "—"

// noCodeNote says in the pane why a functional line has no code.
func (p *pane) noCodeNote(n *node, w int) []string {
	if n.code != "" || n.kind != kindFunc {
		return nil
	}
	var out []string
	for _, l := range wrapSafe(breakAfterComma(p.c.tx.NoCode, w), w) {
		out = append(out, p.c.st.faint.Render(l))
	}
	return out
}

// shownCode is a row's code as its list shows it.
func shownCode(n *node) string {
	if n.code == "" && n.kind == kindFunc {
		return noCode
	}
	return n.code
}
