package audit

import (
	"fmt"
	"strings"

	"yusuan/model"
)

// checkTreeSums: in every coded table, each printed parent equals the sum of
// the rows printed beneath it, column by column, and the total row equals the
// sum of the top-level rows.
func checkTreeSums(c *checker) {
	for _, t := range c.doc.Tables {
		if len(t.Coded) == 0 || t.Empty || t.Unverified() {
			continue
		}
		for _, ts := range model.TreeSums(t) {
			what, parts, atEnd := "合计行", "各类科目", true
			if p := ts.Parent; p.Code != "" {
				what, parts, atEnd = fmt.Sprintf("%s %s", p.Code, p.Name), "其下级科目", endsTable(t, p.Code)
			} else if p.Depth > 0 {
				// a line of a table of names only, nested by its sums, whose
				// code the catalogue does not give
				what, parts, atEnd = p.Name, "其下级科目", false
			}
			sumColumns(c, t, ts, what, parts, atEnd)
		}
	}
}

// endsTable: the table's last coded row is code or lies beneath it.
func endsTable(t *model.Table, code string) bool {
	if len(t.Coded) == 0 {
		return false
	}
	last := t.Coded[len(t.Coded)-1].Code
	return last != "" && strings.HasPrefix(last, code)
}

// sumColumns reports the columns whose children do not add up to the parent.
// atEnd says the table's last coded row lies under parent: a shortfall there
// is the mark of a table cut short (a page break, a wrapped row the layout
// lost) as much as of an error, so it is only worth a look. A child with a
// figure in a column its parent leaves blank, or with no figure at all, means
// the columns under this parent were read shifted: the sums are then only
// worth a look.
func sumColumns(c *checker, t *model.Table, ts model.TreeSum, what, parts string, atEnd bool) {
	for _, id := range ts.Columns {
		msg := fmt.Sprintf("%s“%s”列不等于%s之和", what, leaf(id.Column), parts)
		sev := Error
		switch {
		case atEnd && id.Sum.Cmp(id.Got) < 0:
			sev = Info
			msg += "（差额出现在表末，表格可能未读全）"
		case ts.Shifted:
			sev = Info
			msg += "（下级科目的金额列与上级不一致，列可能错位）"
		}
		c.mismatch("tree-sum", sev, tableLoc(t, ts.Parent.Code, ts.Parent.Line), msg, id.Sum, id.Got, id.Ops...)
	}
}
