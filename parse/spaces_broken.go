package parse

import (
	"strings"
)

// joinBrokenFigures mends figures that a narrow column broke over lines
// (重庆: "174,900" on the row's line, ".64   56,633" below it, ".49  118,267"
// below that, ".14" last): a line whose last token is a whole number, followed
// by a line of figures only whose first token is a decimal part (.64), gets
// that part joined to its last figure and the line's other figures appended;
// the continuation line is left blank, so every line keeps its number. The
// figures are then in order on the row's line, and the table reader places
// them by count and arithmetic, not by position.
func joinBrokenFigures(lines []string) []string {
	var out []string // copied on the first change only
	places := -1     // decimals of the figures, counted when first needed
	for i := 0; i+1 < len(lines); i++ {
		if out != nil && out[i] == "" || !brokenBelow(lines[i], lines[i+1]) {
			continue // the quick test first: a digit ends this line, a point starts the next
		}
		figs := trailingFigures(lines[i])
		if len(figs) == 0 || !wholeFigure(figs[len(figs)-1].text) {
			continue
		}
		j := i + 1
		for ; j < len(lines); j++ {
			if places < 0 {
				places = decimalPlaces(lines)
			}
			next, ok := continuationFigures(lines[j], places)
			if !ok || !decimalPart(next[0].text) || !wholeFigure(figs[len(figs)-1].text) {
				break
			}
			figs[len(figs)-1].text += next[0].text
			figs = append(figs, next[1:]...)
		}
		if j == i+1 {
			continue
		}
		if out == nil {
			out = append([]string(nil), lines...)
		}
		out[i] = overlay(lines[i], figs)
		for k := i + 1; k < j; k++ {
			out[k] = ""
		}
		i = j - 1
	}
	if out == nil {
		return lines
	}
	return out
}

// brokenBelow: line ends in a digit and next starts (after spaces) with a
// decimal point: the only case worth tokenising.
func brokenBelow(line, next string) bool {
	line = strings.TrimRight(line, " ")
	next = strings.TrimLeft(next, " ")
	return line != "" && line[len(line)-1] >= '0' && line[len(line)-1] <= '9' && len(next) > 1 && next[0] == '.'
}

// trailingFigures returns the run of figures (or decimal parts) that ends the
// line, with their columns.
func trailingFigures(line string) []tokenAt {
	toks := tokensOf(line)
	first := len(toks)
	for first > 0 && (wholeFigure(toks[first-1].text) || decimalPart(toks[first-1].text) || isAmountText(toks[first-1].text)) {
		first--
	}
	if first == 0 && len(toks) > 0 && !decimalPart(toks[0].text) {
		first = 1 // a code alone before the figures is no figure
	}
	return toks[min(first, len(toks)):]
}

// overlay writes the mended figures over the row's line, each where its
// whole part was printed, so the table reader finds them under their
// columns; the text before them (code, name) stays as printed.
func overlay(line string, figs []tokenAt) string {
	runes := []rune(line)
	runes = runes[:figs[0].col]
	end := len(runes) - 1 // the first figure where it was; each next one space after the last at least
	for _, f := range figs {
		col := max(f.col, end+1)
		for len(runes) < col {
			runes = append(runes, ' ')
		}
		runes = append(runes, []rune(f.text)...)
		end = len(runes)
	}
	return string(runes)
}

// wholeFigure: digits with thousands separators and no decimal part (174,900).
func wholeFigure(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && c != ',' {
			return false
		}
	}
	return true
}

// decimalPart: a point and digits (.64), the end of a figure broken before it.
func decimalPart(s string) bool {
	if len(s) < 2 || s[0] != '.' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
