package parse

import (
	"strings"
	"unicode/utf8"
)

// closesBracket: a title wrapped inside its bracket (…支出明细表（按支出功能分类科
// over 目-不含上年结转）): the first line opens a bracket after 表 that the
// next line closes, so the next line is the title's tail, not a table's row.
func closesBracket(first, next string) bool {
	if !strings.Contains(first, "表（") {
		return false // the quick test first: most lines are no title
	}
	i := strings.LastIndex(first, "表（")
	if strings.ContainsAny(first[i:], "）)") {
		return false
	}
	tail := strings.TrimSpace(next)
	return strings.HasSuffix(tail, "）") && !strings.ContainsAny(tail, "（(")
}

// isTitlePiece: a line that is the head or the tail of a title wrapped over
// two lines (…分类科 | 目-不含上年结转）, or …明细表 | （按…）), repeated over
// the table's next page.
func isTitlePiece(s, title string) bool {
	if s == title || utf8.RuneCountInString(s) < 5 || !strings.HasSuffix(title, "）") {
		return false
	}
	head := strings.HasPrefix(title, s) && (strings.Contains(s, "表（") || strings.HasSuffix(s, "表") && strings.HasPrefix(title[len(s):], "（"))
	return head || strings.HasSuffix(title, s) && strings.HasSuffix(s, "）")
}

// bracketSubtitle: the line right under a title is its qualifier alone in
// brackets (…支出明细表 | （按支出功能分类科目－不含上年结转）), part of the
// title, which tells the functional table from the economic one. Only when
// the title has no bracket of its own, and not for a performance form
// (…绩效目标表 | （2026年度）, …绩效自评表 | （2022年度）), a form of words
// that the form reader reads by its own title, no table of amounts.
func bracketSubtitle(title string, lines []string, k int) (string, bool) {
	if k >= len(lines) || !strings.HasSuffix(title, "表") || strings.Contains(title, "绩效") {
		return "", false
	}
	s := nospace(lines[k])
	open, close := strings.HasPrefix(s, "（") || strings.HasPrefix(s, "("), strings.HasSuffix(s, "）") || strings.HasSuffix(s, ")")
	if !open || !close || utf8.RuneCountInString(s) > 30 || len(splitChunks(lines[k], 2)) != 1 ||
		strings.Count(s, "（")+strings.Count(s, "(") != 1 || !hasHan(s) {
		return "", false
	}
	return s, true
}
