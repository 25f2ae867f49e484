package parse

import "strings"

// groupOverSubtotal finds the group label over a 小计 that the header read
// as a column of its own, and marks it a group; it says whether it marked one.
//
// 小计 never names a column alone: it is the subtotal of the word printed
// above it, which spans it and the columns after it (一般公共预算拨款 over 小计
// and 其中：专项资金列入部门预算项目; 基本支出 over 小计, 人员经费, 公用经费).
// Centred over cells whose borders the text does not show, such a label may
// stand over no word below it, right beside the 小计 (西安's 部门综合预算:
// “一般公共预算拨款” three characters right of “小计”, five lines up), and is
// then taken for the next column. It is told by the data: the label and the
// 小计 are neighbouring header columns competing for one column of figures,
// so one of the two was matched to none. A leaf word printed on a line above
// the 小计, in the header column just right of it, not itself a total or a
// 其中 part, is then the label.
func groupOverSubtotal(fr []hfrag, hc []lcol, member map[int]int, m []int) bool {
	marked := false
	for x := range fr {
		if fr[x].group || nospace(fr[x].c.text) != "小计" {
			continue
		}
		h, ok := member[x]
		if !ok || h+1 >= len(hc) || m[h] >= 0 && m[h+1] >= 0 {
			continue
		}
		label := -1
		for w := range fr {
			t := nospace(fr[w].c.text)
			if fr[w].group || fr[w].line >= fr[x].line || member[w] != h+1 ||
				isTotalLabel(t) || t == "小计" || strings.HasPrefix(t, "其中") {
				continue
			}
			if label >= 0 {
				label = -1 // two words over it: a column's own stacked name
				break
			}
			label = w
		}
		if label >= 0 && onlyWordOfColumn(fr, member, label) {
			fr[label].group = true
			marked = true
		}
	}
	return marked
}

// onlyWordOfColumn: no other leaf word shares the header column of word w
// (a name wrapped over lines of a narrow cell is a column's own), unless
// the others, top down, begin with a 其中 part: the label printed over its
// own 其中 column (西安应急管理局 2019: “公共预算拨款” over “其中：专项资
// 金列入部门预算项目”, “小计” left of both).
func onlyWordOfColumn(fr []hfrag, member map[int]int, w int) bool {
	top := -1
	for i := range fr {
		if i == w || fr[i].group {
			continue
		}
		if h, ok := member[i]; !ok || h != member[w] {
			continue
		}
		if fr[i].line <= fr[w].line {
			return false
		}
		if top < 0 || fr[i].line < fr[top].line || fr[i].line == fr[top].line && fr[i].c.s < fr[top].c.s {
			top = i
		}
	}
	return top < 0 || strings.HasPrefix(nospace(fr[top].c.text), "其中")
}

// subtotalSpan: a group over a 小计 spans it and the 其中 columns right
// after it (一般公共预算拨款/小计, 一般公共预算拨款/其中：…), its parts, whether
// the label stands over the 小计 or over its 其中; nil for any other group.
func subtotalSpan(cols []int, leaves []string) []int {
	if len(cols) == 0 {
		return nil
	}
	first := cols[0]
	if strings.HasPrefix(leaves[first], "其中") && first > 0 && leaves[first-1] == "小计" {
		first--
	}
	if leaves[first] != "小计" {
		return nil
	}
	span := []int{first}
	for j := first + 1; j < len(leaves) && strings.HasPrefix(leaves[j], "其中"); j++ {
		span = append(span, j)
	}
	return span
}
