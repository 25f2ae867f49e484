package tui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/width"
)

// ambiguous maps East Asian Ambiguous punctuation that documents use all the
// time to characters every terminal draws at the same width. Without it a
// row with “三公” is one or two columns wider depending on the terminal
// (RUNEWIDTH_EASTASIAN, CJK locales), and the amount columns drift.
var ambiguous = strings.NewReplacer(
	"“", `"`, "”", `"`, "„", `"`, "‘", "'", "’", "'",
	"…", "...", "—", "-", "–", "-", "―", "-", "·", "・", "•", "・",
	"≥", ">=", "≤", "<=", "×", "x", "÷", "/", "±", "+-", "※", "*",
	"→", "->", "←", "<-", "℃", "C", "°", "o", "‰", "o/oo", "√", "v",
	"○", "〇", "′", "'", "″", `"`, "№", "No.", "§", "S",
	"①", "(1)", "②", "(2)", "③", "(3)", "④", "(4)", "⑤", "(5)",
	"⑥", "(6)", "⑦", "(7)", "⑧", "(8)", "⑨", "(9)", "⑩", "(10)",
	"Ⅰ", "I", "Ⅱ", "II", "Ⅲ", "III", "Ⅳ", "IV", "Ⅴ", "V", "Ⅵ", "VI",
)

// cell prepares text for an aligned cell: ambiguous-width punctuation is
// replaced. The model, search and exports keep the original.
func cell(s string) string {
	for _, r := range s {
		if ambiguousRunes[r] {
			return ambiguous.Replace(s)
		}
	}
	return s // the usual case, without the replacer's cost
}

// ambiguousRunes are the runes the replacer rewrites.
var ambiguousRunes = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range "“”„‘’…—–―·•≥≤×÷±※→←℃°‰√○′″№§①②③④⑤⑥⑦⑧⑨⑩ⅠⅡⅢⅣⅤⅥ" {
		m[r] = true
	}
	return m
}()

// isAmbiguous reports an East Asian Ambiguous rune, which a terminal may draw
// one or two columns wide.
func isAmbiguous(r rune) bool {
	return r >= 0x80 && width.LookupRune(r).Kind() == width.EastAsianAmbiguous
}

// fit truncates s to w columns (with a ".." tail when cut) and pads it with
// spaces to exactly w columns.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if lipgloss.Width(s) > w {
		tail := ".."
		if w <= 3 {
			tail = ""
		}
		s = ansi.Truncate(s, w, tail)
	}
	return padRight(s, w)
}

// fitLeft is fit with the text right-aligned, for amounts.
func fitLeft(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if lipgloss.Width(s) > w {
		s = ansi.Truncate(s, w, "")
	}
	return padLeft(s, w)
}

func padRight(s string, w int) string {
	if d := w - lipgloss.Width(s); d > 0 {
		return s + strings.Repeat(" ", d)
	}
	return s
}

func padLeft(s string, w int) string {
	if d := w - lipgloss.Width(s); d > 0 {
		return strings.Repeat(" ", d) + s
	}
	return s
}

// wrapSafe wraps free text to w columns, counting every ambiguous rune as two
// columns, so a line never overflows whatever width the terminal gives them.
// The original punctuation is kept: this is prose, not an aligned cell.
func wrapSafe(s string, w int) []string {
	if w < 4 {
		w = 4
	}
	var out []string
	for _, para := range strings.Split(s, "\n") {
		var b strings.Builder
		cur := 0
		for _, r := range para {
			if r == '\t' {
				r = ' '
			}
			rw := lipgloss.Width(string(r))
			if rw == 1 && isAmbiguous(r) {
				rw = 2
			}
			if cur+rw > w {
				out = append(out, b.String())
				b.Reset()
				cur = 0
				if r == ' ' {
					continue
				}
			}
			b.WriteRune(r)
			cur += rw
		}
		out = append(out, b.String())
	}
	return out
}
