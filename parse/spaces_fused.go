package parse

import (
	"strings"
	"unicode/utf8"
)

// A figure broken over lines leaves its decimal part at the head of the next
// line, and pdftotext sometimes prints the next figure's whole part against
// it with no blank (重庆: “.64101,833” is .64 ending 174,900 and 101,833
// beginning the next figure). The table's figures all carry the same number
// of decimals, so the point and that many digits are the end of the one and
// the rest, if it is a whole figure, the other.

// continuationFigures cuts a line that holds only figures into them, fused
// ones split after places decimals; ok is false when any token is no figure.
func continuationFigures(line string, places int) (figs []tokenAt, ok bool) {
	col := 0
	for _, f := range strings.Fields(line) {
		at := strings.Index(line, f)
		col += utf8.RuneCountInString(line[:at])
		line = line[at+len(f):]
		switch {
		case wholeFigure(f) || decimalPart(f):
			figs = append(figs, tokenAt{f, col})
		case f[0] == '.' && places > 0 && len(f) > places+1 && decimalPart(f[:places+1]) && groupedWhole(f[places+1:]):
			figs = append(figs, tokenAt{f[:places+1], col}, tokenAt{f[places+1:], col + places + 1})
		case isAmountText(f):
			figs = append(figs, tokenAt{f, col})
		default:
			return nil, false
		}
		col += utf8.RuneCountInString(f)
	}
	return figs, len(figs) > 0
}

// groupedWhole: a whole figure as printed, no leading zero, thousands
// separated by commas in threes if at all (41,534; 238).
func groupedWhole(s string) bool {
	if !wholeFigure(s) || s[0] == '0' {
		return false
	}
	parts := strings.Split(s, ",")
	if len(parts[0]) > 3 && len(parts) > 1 {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}

// decimalPlaces is the number of digits the lines' decimal parts most often
// have (.64 → 2), 0 when none stands alone.
func decimalPlaces(lines []string) int {
	var count [10]int
	for _, l := range lines {
		if !strings.Contains(l, ".") {
			continue
		}
		for _, f := range strings.Fields(l) {
			if decimalPart(f) && len(f)-1 < len(count) {
				count[len(f)-1]++
			}
		}
	}
	best := 0
	for n := 1; n < len(count); n++ {
		if count[n] > count[best] {
			best = n
		}
	}
	return best
}
