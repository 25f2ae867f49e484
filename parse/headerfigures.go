package parse

import (
	"fmt"
	"regexp"

	"yusuan/model"
)

// reHeaderFigure is a figure with its decimals (181716.56, 7,942.58): never a
// header word, which names a column; 2026年 and 栏次 numbers are no such figure.
var reHeaderFigure = regexp.MustCompile(`[0-9]\.[0-9]{2}`)

// refuteFiguresInHeader leaves in doubt a coded table whose column names
// hold figures: the header took in a row of data (the 合计 row printed
// under the header words), so what each column holds is unknown, and sums
// that hold over the figures left under the columns confirm nothing.
func refuteFiguresInHeader(t *model.Table) {
	if t.Verified == nil || !*t.Verified || len(t.Coded) == 0 {
		return
	}
	for _, col := range t.Coded[0].Order {
		if reHeaderFigure.MatchString(col) {
			no := false
			t.Verified = &no
			t.Identities.Failed++
			t.Identities.Checked++
			t.Identities.Failures = append([]string{fmt.Sprintf("表头“%s”含有数字：表头读入了数据行", col)}, t.Identities.Failures...)
			return
		}
	}
}
