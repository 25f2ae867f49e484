package audit

import (
	"fmt"
	"strings"

	"yusuan/model"
)

// checkRowIdentities: each row of a coded table obeys the table's own
// arithmetic across its columns. Only identities whose every column is
// recognised are checked; a table with two columns claiming one role is
// skipped rather than guessed at.
func checkRowIdentities(c *checker) {
	for _, t := range c.doc.Tables {
		if t.Kind == model.TThreePublic && !t.Empty {
			rawSourceRows(c, t)
		}
	}
	for _, t := range c.doc.Tables {
		if len(t.Coded) == 0 || t.Empty || t.Unverified() {
			continue
		}
		cs := columnsOf(t)
		if cs.Ambiguous {
			continue
		}
		for i := range t.Coded {
			r := &t.Coded[i]
			rowIdentities(c, t, cs, r)
		}
	}
}

func rowIdentities(c *checker, t *model.Table, cs colSet, r *model.CodedRow) {
	l := tableLoc(t, r.Code, r.Line)
	name := r.Name
	if r.Code == "" && name == "" {
		name = "合计"
	}
	for _, id := range model.RowIdentities(cs, r) {
		if !id.Holds() && unreadFigures(r, cs) {
			continue // a column we could not place holds money: cannot tell
		}
		names := make([]string, len(id.Parts))
		for i, col := range id.Parts {
			names[i] = leaf(col)
		}
		msg := fmt.Sprintf("%s %s：“%s”不等于%s之和", r.Code, name, leaf(id.Column), strings.Join(names, "＋"))
		c.mismatch("row-identity", Error, l, strings.TrimSpace(msg), id.Sum, id.Got, id.Ops...)
	}
}

// unreadFigures: the row has an amount in a column whose role is unknown
// (上缴上级支出 spelt otherwise, a column the header split): it may be the
// missing part.
func unreadFigures(r *model.CodedRow, cs colSet) bool {
	for col, v := range r.Amounts {
		if !v.IsZero() && roleOf(col) == rNone {
			return true
		}
	}
	return false
}

// rawSourceRows: in a table without codes whose columns are a 合计 followed
// by fund sources (the “三公” table), each row's 合计 is the sum of its sources.
func rawSourceRows(c *checker, t *model.Table) {
	total := -1
	var sources []int
	for j, name := range t.Columns {
		switch roleOf(name) {
		case rTotal:
			if total >= 0 {
				return // two totals: cannot tell which is the sum
			}
			total = j
		case rSource:
			sources = append(sources, j)
		}
	}
	if total < 0 || len(sources) < 2 {
		return
	}
	for i, row := range t.Rows {
		if total >= len(row) {
			continue
		}
		got, ok := model.ParseAmount(row[total])
		if !ok {
			continue
		}
		var sum model.Money
		var ops []model.Money
		for _, j := range sources {
			if j < len(row) {
				if v, ok := model.ParseAmount(row[j]); ok {
					sum = sum.Add(v)
					ops = append(ops, v)
				}
			}
		}
		label := ""
		for _, cell := range row {
			if _, isNum := model.ParseAmount(cell); !isNum && strings.TrimSpace(cell) != "" {
				label = strings.TrimSpace(cell)
			}
		}
		line := t.Line
		if i < len(t.RowLines) {
			line = t.RowLines[i]
		}
		msg := fmt.Sprintf("“%s”行的合计不等于各资金来源之和", label)
		c.mismatch("row-identity", Error, tableLoc(t, "", line), msg, sum, got, ops...)
	}
}
