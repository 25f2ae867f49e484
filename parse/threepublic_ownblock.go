package parse

import "strings"

// ownBlockOpensWithTotal: the year's block of a “三公” table printed by
// year (2018年 | 2019年 | 增减变化情况) opens with its 合计, as every block
// does; a labelled row's first figure in the block is read as that total.
// Where the block's first column is named otherwise, the header was read
// out of line with the figures (西安应急管理局 2019: the 2019年 block's first
// column named 公务用车购置及运行维护费/小计), and no figure of the block can be
// told: the table is left unread rather than its 公务接待费 taken for the total.
func ownBlockOpensWithTotal(names []string, own map[int]bool) bool {
	first := -1
	for j := range names {
		if own[j] {
			first = j
			break
		}
	}
	if first < 0 {
		return true
	}
	parts := withoutYearTags(strings.Split(names[first], "/"))
	if len(parts) == 0 {
		return true // the year alone names the column: its total
	}
	last := cleanLabel(parts[len(parts)-1])
	return strings.Contains(last, "合计") || strings.Contains(last, "总计") ||
		last == "小计" && !strings.Contains(names[first], "公务用车")
}
