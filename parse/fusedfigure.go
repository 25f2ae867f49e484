package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitTrailingFigure reads a name printed fused to the row's first figure
// ("机关事业单位职业年金缴费支出43608.96": a long name that ran into the 合计
// column): words that end in a Chinese character, then a figure with a
// decimal part or thousands separators. A name ending in a bare number
// (第2期, 十三五) keeps it: only a figure's own marks tell it apart.
func splitTrailingFigure(s string) (name, figure string, ok bool) {
	i := len(s)
	for i > 0 {
		c := s[i-1]
		if c >= '0' && c <= '9' || c == '.' || c == ',' {
			i--
			continue
		}
		break
	}
	name, figure = s[:i], s[i:]
	if name == "" || figure == "" || figure[0] < '0' || figure[0] > '9' || !strings.ContainsAny(figure, ".,") {
		return s, "", false
	}
	last, _ := utf8.DecodeLastRuneInString(name)
	if !unicode.Is(unicode.Han, last) || !isAmountText(figure) || !completeFigureText(figure) {
		return s, "", false
	}
	return name, figure, true
}

// completeFigureText: a figure whose decimal part is printed (43608.96) or
// whose thousands groups are whole (1,234), not a version or section number.
func completeFigureText(f string) bool {
	if dot := strings.IndexByte(f, '.'); dot >= 0 {
		return dot > 0 && dot < len(f)-1 && !strings.Contains(f[dot+1:], ".")
	}
	groups := strings.Split(f, ",")
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return len(groups[0]) >= 1 && len(groups[0]) <= 3
}
