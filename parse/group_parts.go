package parse

import (
	"strings"

	"yusuan/model"
)

// pickSpending returns a row's figure of 基本支出 or 项目支出 (word): its own
// column where the table prints one, else the sum of the columns its header
// groups under it (基本支出 over 人员支出 and 日常公用支出, with no 小计 of
// its own: 基本支出/人员支出 is a part of 基本支出, not the whole). key is ""
// when the table prints neither.
func pickSpending(r model.CodedRow, word string) (model.Money, string) {
	if v, k := pick(r, word); k != "" {
		return v, k
	}
	sum, key := model.Zero, ""
	for _, k := range r.Order {
		if strings.HasPrefix(k, word+"/") {
			sum = sum.Add(r.Amounts[k])
			if key == "" {
				key = word
			}
		}
	}
	return sum, key
}

// namesGroupOnly: the key prints word only as the group over its column
// (基本支出/人员支出 for 基本支出), so the column is a part of word's figure.
// A 小计 under the group (基本支出/小计) is the group's own figure.
func namesGroupOnly(k, word string) bool {
	l := model.Leaf(k)
	return strings.Contains(k, word) && !strings.Contains(l, word) && l != "小计" && l != "合计"
}
