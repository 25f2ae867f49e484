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
		if len(t.Coded) == 0 || t.Empty {
			continue
		}
		cs := columnsOf(t)
		if cs.ambiguous {
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
	check := func(lhs string, rhs []string) {
		if lhs == "" || len(rhs) < 2 {
			return
		}
		if !hasAmount(r, lhs) {
			return // a blank total: a lost cell rather than a claim
		}
		var sum model.Money
		var ops []model.Money
		var names []string
		for _, col := range rhs {
			if v, ok := r.Amounts[col]; ok {
				sum = sum.Add(v)
				ops = append(ops, v)
			}
			names = append(names, leaf(col))
		}
		if !sum.Equal(amount(r, lhs)) && unreadFigures(r, cs) {
			return // a column we could not place holds money: cannot tell
		}
		msg := fmt.Sprintf("%s %s：“%s”不等于%s之和", r.Code, name, leaf(lhs), strings.Join(names, "＋"))
		c.mismatch("row-identity", Error, l, strings.TrimSpace(msg), sum, amount(r, lhs), ops...)
	}
	switch {
	case cs.basic != "" && cs.project != "":
		check(cs.total, append([]string{cs.basic, cs.project}, cs.otherExp...))
		if cs.personnel != "" && cs.public != "" {
			check(cs.basic, []string{cs.personnel, cs.public})
		}
	case cs.project != "" && cs.personnel != "" && cs.public != "":
		check(cs.total, append([]string{cs.personnel, cs.public, cs.project}, cs.otherExp...))
	case cs.personnel != "" && cs.public != "" && len(cs.otherExp) == 0:
		lhs := cs.total
		if lhs == "" {
			lhs = cs.basic
		}
		check(lhs, []string{cs.personnel, cs.public})
	case len(cs.sources) >= 2 || (len(cs.sources) == 1 && cs.thisYear != ""):
		// Income by source: 本年收入 = Σ sources; 合计 = 本年收入 + 上年结转.
		if cs.thisYear != "" {
			check(cs.thisYear, cs.sources)
			if cs.carry != "" {
				check(cs.total, []string{cs.thisYear, cs.carry})
			}
		} else if cs.carry != "" && strings.Contains(cs.total, "本年") {
			check(cs.total, cs.sources) // 本年收入/合计 beside a separate 上年结转
		} else if cs.carry != "" {
			check(cs.total, append(append([]string{}, cs.sources...), cs.carry))
		} else {
			check(cs.total, cs.sources)
		}
	case cs.thisYear != "" && cs.carry != "":
		check(cs.total, []string{cs.thisYear, cs.carry})
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
