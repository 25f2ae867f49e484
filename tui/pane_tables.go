package tui

import (
	"fmt"
	"strings"

	"yusuan/model"
)

// The pane's cross-table view of a code: what the income table says about
// where the money comes from, and every table that prints the code, with its
// figure and line, flagged where it differs from the line on screen.

// fundSources lists the income table's non-zero source columns for code
// (一般公共预算, 政府性基金, 财政拨款收入 …), where the document gives them.
func (p *pane) fundSources(code string, w int) []string {
	if code == "" {
		return nil
	}
	var items [][2]string
	for _, t := range p.doc.TablesOf(model.TIncome) {
		for _, r := range t.Coded {
			if r.Code != code {
				continue
			}
			for _, col := range r.Order {
				a, ok := r.Amounts[col]
				name := lastPart(col)
				if !ok || a.IsZero() || name == "合计" || name == "小计" {
					continue
				}
				items = append(items, [2]string{oneLine(name), a.Grouped()})
			}
		}
	}
	if len(items) == 0 {
		return nil
	}
	out := append(p.gap(), p.c.st.paneTitle.Render(p.c.tx.FundSources))
	return append(out, p.pairs(items, w)...)
}

// lastPart is a column name without its group ("本年收入/一般公共预算" → "一般公共预算").
func lastPart(col string) string {
	if i := strings.LastIndex(col, "/"); i >= 0 {
		return col[i+1:]
	}
	return col
}

// appearances lists each table that prints n's code: its first amount and
// its line; a figure that differs from n's total is marked "!=".
func (p *pane) appearances(n *node, w int) []string {
	if n.code == "" || len(n.amts) == 0 {
		return nil
	}
	var out []string
	for _, t := range p.doc.Tables {
		for _, r := range t.Coded {
			if r.Code != n.code || len(r.Order) == 0 {
				continue
			}
			a, ok := r.Amounts[r.Order[0]]
			if !ok {
				continue
			}
			mark := "= "
			if !a.Equal(n.amts[colTotal]) {
				mark = "!="
			}
			label := fmt.Sprintf("%s %s", mark, oneLine(t.Title))
			val := fmt.Sprintf("%s  L%d", a.Grouped(), r.Line)
			line := p.kv(label, val, w)
			if mark != "= " {
				line = p.c.st.warn.Render(line)
			}
			out = append(out, line)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return append(append(p.gap(), p.c.st.paneTitle.Render(p.c.tx.InTables)), out...)
}
