package parse

import (
	"strings"
	"unicode/utf8"
)

// closesBracket: a title wrapped inside its bracket (…支出明细表（按支出功能分类科
// over 目-不含上年结转）): the first line opens a bracket after 表 that the
// next line closes, so the next line is the title's tail, not a table's row.
func closesBracket(first, next string) bool {
	i := strings.LastIndex(first, "表（")
	if i < 0 || strings.ContainsAny(first[i:], "）)") {
		return false
	}
	tail := strings.TrimSpace(next)
	return strings.HasSuffix(tail, "）") && !strings.ContainsAny(tail, "（(")
}

// isTitlePiece: a line that is the head or the tail of a title wrapped over
// two lines (…分类科 | 目-不含上年结转）), repeated over the table's next page.
func isTitlePiece(s, title string) bool {
	if s == title || utf8.RuneCountInString(s) < 5 || !strings.HasSuffix(title, "）") {
		return false
	}
	return strings.HasPrefix(title, s) && strings.Contains(s, "表（") || strings.HasSuffix(title, s) && strings.HasSuffix(s, "）")
}
