package parse

import "yusuan/model"

// totalsDisagree reports a table read with 合计 rows one after another that
// print different figures: a table has one total, and pieces of a figure
// broken over many lines (重庆: “1”, “01,”, “833”, “.84” for 101,833.84), each
// read as a 合计 row of its own, leave the total unread, whatever the rest
// holds. (A label on its line and its figures on the next are one row.)
func totalsDisagree(t *model.Table) bool {
	for i := 1; i < len(t.Coded); i++ {
		a, b := &t.Coded[i-1], &t.Coded[i]
		if a.Code == "" && b.Code == "" && isTotalLabel(a.Name) && isTotalLabel(b.Name) &&
			len(a.Amounts) > 0 && len(b.Amounts) > 0 && !sameAmounts(a.Amounts, b.Amounts) {
			return true
		}
	}
	return false
}

func sameAmounts(a, b map[string]model.Money) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || !w.Equal(v) {
			return false
		}
	}
	return true
}
