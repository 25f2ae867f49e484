package parse

import (
	"slices"

	"yusuan/model"
)

// fillingTotal keeps, of the placements under which a row's sums hold, those
// that put a figure under the table's 合计 where any does: a row with figures
// prints its total, and a placement that leaves it blank holds only because
// no sum is then checked over the whole row. 烟台交通运输局's 政府性基金预算支出情况表
// prints “合计 80.34 … 80.34” with the first figure midway between 合计 and
// 小计: under 小计 and 人员支出 (or 日常公用支出) the sums hold as well as
// under 合计 and 项目支出, where the second figure stands.
func fillingTotal(cs model.ColumnSet, found [][]string) [][]string {
	if cs.Total == "" {
		return found
	}
	var with [][]string
	for _, cols := range found {
		if slices.Contains(cols, cs.Total) {
			with = append(with, cols)
		}
	}
	if len(with) == 0 {
		return found
	}
	return with
}
