package parse

import "strings"

// isRemarksColumn reports a column of words that every table generation
// may end with: 备注 (remarks), 项目简介 (a project's description). It
// holds no amount, so it is no amount column: a figure the layout pushed
// under it belongs to a column of the table, and no identity is checked
// on it (a 备注 column summed over a parent's children is no arithmetic of
// the document's).
func isRemarksColumn(name string) bool {
	n := strings.Trim(strings.ReplaceAll(name, " ", ""), "*＊")
	return strings.HasSuffix(n, "备注") || strings.HasSuffix(n, "简介")
}
