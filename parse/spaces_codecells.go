package parse

import "strings"

// secondCodeCell: w, a word after a single space in a chunk that opened with
// a code joined to its name, opens a cell of its own: a code joined to its
// name by a hyphen again. pdftotext leaves a single space where a long name
// fills its cell up to the next (北京 支出总表:
// “2080506-机关事业单位职业年金缴费支出 50102-社会保障缴费”, the functional
// and the economic classification); read as one cell, it would bridge the
// two columns and glue them into one for every row.
func secondCodeCell(first, w string) bool {
	return hyphenCoded(first) && hyphenCoded(w)
}

// hyphenCoded: a classification code joined to a name by a hyphen
// (2080506-机关事业单位职业年金缴费支出, 50102-社会保障缴费).
func hyphenCoded(w string) bool {
	i := strings.IndexAny(w, "-－")
	if i < 0 {
		return false
	}
	code, ok, name := w[:i], false, ""
	for _, sep := range []string{"-", "－"} {
		if n, found := strings.CutPrefix(w[i:], sep); found {
			name, ok = n, true
		}
	}
	if !ok || name == "" || !hasHan(name) {
		return false
	}
	switch len(code) {
	case 3, 5, 7:
		return strings.Trim(code, "0123456789") == ""
	}
	return false
}
