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

// loneUnitCode reports a row of a table by unit (单位编码) that prints only
// a unit's code, its name wrapped onto the line before (“241001” under
// “西安市民政局”): digits without a figure's marks, not the table's total.
func loneUnitCode(cells []string) bool {
	var only string
	for _, c := range cells {
		if c = strings.TrimSpace(c); c != "" {
			if only != "" {
				return false
			}
			only = c
		}
	}
	return len(only) >= 6 && strings.Trim(only, "0123456789") == ""
}
