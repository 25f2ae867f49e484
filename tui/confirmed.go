package tui

import (
	"strings"
	"unicode"

	"yusuan/compare"
)

// markConfirmed puts the narrative's statements about last year that the
// older document bears out on the section that makes them and on the
// paragraph where each begins: the narrative view marks them ✓ and the pane
// lists them, instead of the findings listing what holds.
func markConfirmed(root *node, claims []compare.Claim) {
	for _, c := range claims {
		if !c.OK {
			continue
		}
		for _, s := range root.kids {
			if s.line != c.Line {
				continue
			}
			s.confirmed = append(s.confirmed, c)
			head := []rune(squeezeSpace(c.Statement))
			head = head[:min(len(head), 8)]
			for _, p := range s.kids {
				if strings.Contains(squeezeSpace(p.text), string(head)) {
					p.confirmed = append(p.confirmed, c)
					break
				}
			}
			break
		}
	}
}

// squeezeSpace drops white space, as the claims' statements have none.
func squeezeSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// confirmedLines lists a section's or paragraph's confirmed statements.
func (p *pane) confirmedLines(n *node, w int) []string {
	if len(n.confirmed) == 0 {
		return nil
	}
	out := append(p.gap(), p.c.st.paneTitle.Render(p.c.g.check+" "+p.c.tx.Confirmed))
	for _, c := range n.confirmed {
		out = append(out, wrapSafe(p.c.g.check+" "+oneLine(c.Statement), w)...)
	}
	return out
}
