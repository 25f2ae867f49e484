package parse

import (
	"fmt"

	"yusuan/model"
)

// crossedColumns names a row whose sums fail in two or more columns by
// amounts that cancel: figures read under the wrong columns, never a slip of
// the document's own arithmetic (a wrong figure in the document puts its
// sums out in one direction; rows lost put the total out with its parts).
// 北京司法局's 预算03表 prints only 项目支出 on its second page, and read
// under 基本支出 its 5,484.43 left the 合计 row's 基本支出 that much under its
// classes' sum and 项目支出 that much over (the page's part is now placed by
// the sums, reassign_pages.go, where one choice alone confirms the table); a row whose figures stand one
// column right trades among several columns (深圳人社局's 基本支出总表,
// ±30.00), so two that cancel exactly, or all of the row's, tell it. It
// returns "" when no row fails so.
func crossedColumns(fails []model.Identity) string {
	byRow := map[*model.CodedRow][]model.Identity{}
	var rows []*model.CodedRow
	for _, id := range fails {
		if len(byRow[id.Row]) == 0 {
			rows = append(rows, id.Row)
		}
		byRow[id.Row] = append(byRow[id.Row], id)
	}
	for _, r := range rows {
		ids := byRow[r]
		if len(ids) < 2 {
			continue
		}
		for i, a := range ids {
			d := a.Got.Sub(a.Sum)
			for _, b := range ids[i+1:] {
				if !d.IsZero() && b.Column != a.Column && b.Got.Sub(b.Sum).Add(d).IsZero() {
					return fmt.Sprintf("第%d行 %s“%s”与“%s”相差正负%s：数字读入了错误的栏", r.Line, rowLabel(r), model.Leaf(a.Column), model.Leaf(b.Column), d.Abs())
				}
			}
		}
		net := model.Identity{}
		for _, id := range ids {
			net.Got, net.Sum = net.Got.Add(id.Got), net.Sum.Add(id.Sum)
			net.Ops = append(net.Ops, id.Ops...)
		}
		if net.HoldsWithinRounding() {
			return fmt.Sprintf("第%d行 %s%d栏之差相互抵消：数字读入了错误的栏", r.Line, rowLabel(r), len(ids))
		}
	}
	return ""
}
