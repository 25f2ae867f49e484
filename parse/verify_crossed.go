package parse

import (
	"fmt"

	"yusuan/model"
)

// crossedColumns names a row whose sum fails in two columns by the same
// amount, over in one and under in the other: figures read under the wrong
// one of two columns, never a slip of the document's own arithmetic (a wrong
// figure in the document puts its sums out in one direction). 北京司法局's
// 预算03表 prints only 项目支出 on its second page, and read under 基本支出 its
// 5,484.43 left the 合计 row's 基本支出 that much under its classes' sum and
// 项目支出 that much over. It returns "" when no row fails so.
func crossedColumns(fails []model.Identity) string {
	for i, a := range fails {
		d := a.Got.Sub(a.Sum)
		if d.IsZero() {
			continue
		}
		for _, b := range fails[i+1:] {
			if b.Row == a.Row && b.Column != a.Column && b.Got.Sub(b.Sum).Add(d).IsZero() {
				return fmt.Sprintf("第%d行 %s“%s”与“%s”相差正负%s：数字读入了错误的栏", a.Row.Line, rowLabel(a.Row), model.Leaf(a.Column), model.Leaf(b.Column), d.Abs())
			}
		}
	}
	return ""
}
