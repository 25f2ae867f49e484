package tui

import (
	"strings"
	"sync"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/width"
)

// ambiguous maps East Asian Ambiguous punctuation that documents use all the
// time to characters every terminal draws at the same width. Without it a
// row with “三公” is one or two columns wider depending on the terminal
// (RUNEWIDTH_EASTASIAN, CJK locales), and the amount columns drift.
var ambiguous = sync.OnceValue(func() *strings.Replacer {
	return strings.NewReplacer(
		"“", `"`, "”", `"`, "„", `"`, "‘", "'", "’", "'",
		"…", "...", "—", "-", "–", "-", "―", "-", "·", "・", "•", "・",
		"≥", ">=", "≤", "<=", "×", "x", "÷", "/", "±", "+-", "※", "*",
		"→", "->", "←", "<-", "℃", "C", "°", "o", "‰", "o/oo", "√", "v",
		"○", "〇", "′", "'", "″", `"`, "№", "No.", "§", "S",
		"①", "(1)", "②", "(2)", "③", "(3)", "④", "(4)", "⑤", "(5)",
		"⑥", "(6)", "⑦", "(7)", "⑧", "(8)", "⑨", "(9)", "⑩", "(10)",
		"Ⅰ", "I", "Ⅱ", "II", "Ⅲ", "III", "Ⅳ", "IV", "Ⅴ", "V", "Ⅵ", "VI",
	)
})

// cell prepares text for an aligned cell: ambiguous-width punctuation is
// replaced. The model, search and exports keep the original.
func cell(s string) string {
	for _, r := range s {
		if replaced(r) {
			return ambiguous().Replace(s)
		}
	}
	return s // the usual case, without the replacer's cost
}

// replacedRunes are the runes the replacer rewrites.
const replacedRunes = "“”„‘’…—–―·•≥≤×÷±※→←℃°‰√○′″№§①②③④⑤⑥⑦⑧⑨⑩ⅠⅡⅢⅣⅤⅥ"

// replaced reports a rune the replacer rewrites.
func replaced(r rune) bool { return r >= 0x80 && strings.ContainsRune(replacedRunes, r) }

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
// Chinese breaks anywhere; a number or Latin word is not split when it fits
// on the next line.
func wrapSafe(s string, w int) []string {
	if w < 4 {
		w = 4
	}
	var out []string
	for _, para := range strings.Split(s, "\n") {
		var line []rune
		cur := 0
		for _, r := range para {
			if r == '\t' {
				r = ' '
			}
			rw := runeWidth(r)
			if cur+rw > w && len(line) > 0 {
				// Carry a trailing word (digits, Latin, . , %) to the next line.
				k := len(line)
				for k > 0 && isWordRune(line[k-1]) && isWordRune(r) {
					k--
				}
				if k == 0 || len(line)-k > w/3 {
					k = len(line)
				}
				out = append(out, string(line[:k]))
				line = append([]rune(nil), line[k:]...)
				cur = 0
				for _, c := range line {
					cur += runeWidth(c)
				}
				if r == ' ' && len(line) == 0 {
					continue
				}
			}
			line = append(line, r)
			cur += rw
		}
		out = append(out, string(line))
	}
	return out
}

// runeWidth is a rune's width with ambiguous runes counted as two.
func runeWidth(r rune) int {
	rw := lipgloss.Width(string(r))
	if rw == 1 && isAmbiguous(r) {
		rw = 2
	}
	return rw
}

func isWordRune(r rune) bool {
	return r < 0x80 && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '.' || r == ',' || r == '%' || r == '-')
}
