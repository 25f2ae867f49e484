package trend

import "yusuan/model"

// uncodedLevel is the level of a functional line printed without a code
// (杭州's 监狱, a 款 by its table's sums), "" for a coded one (its level is
// its code's). Such a line joins its row by its name under its parent
// (compare.MatchSiblings), never by its empty code.
func uncodedLevel(n *model.FuncNode) string {
	if n.Code != "" {
		return ""
	}
	return string(n.Level)
}
