package parse

import (
	"strings"

	"yusuan/model"
)

// mergeRepeatedCodes sums the rows of a functional table that print the same
// code more than once: a functional × economic cross table (each 项 once per
// economic item: 2130201-行政运行 | 50101-工资奖金津补贴 | 30101-基本工资 …)
// or a table listing each unit's items in turn. The sum by code is the
// table's functional view; the 合计 row confirms it (verifyTable), and a
// table printed twice, which this would double, fails there. Rows without a
// code (合计) are kept as printed.
func mergeRepeatedCodes(rows []model.CodedRow) []model.CodedRow {
	count := map[string]int{}
	repeated := false
	for _, r := range rows {
		if r.Code != "" {
			count[r.Code]++
			repeated = repeated || count[r.Code] > 1
		}
	}
	if !repeated {
		return rows
	}
	out := make([]model.CodedRow, 0, len(count)+1)
	at := map[string]int{}
	for _, r := range rows {
		i, seen := at[r.Code]
		if r.Code == "" || !seen {
			if r.Code != "" {
				at[r.Code] = len(out)
			}
			r.Amounts = cloneAmounts(r.Amounts)
			r.Tokens = nil // placed as printed; a merged row has no single print order
			out = append(out, r)
			continue
		}
		m := &out[i]
		m.Summed = max(m.Summed, 1) + 1
		for k, v := range r.Amounts {
			m.Amounts[k] = m.Amounts[k].Add(v)
		}
		for _, k := range r.Order {
			if !containsString(m.Order, k) {
				m.Order = append(m.Order, k)
			}
		}
	}
	return out
}

func cloneAmounts(a map[string]model.Money) map[string]model.Money {
	out := make(map[string]model.Money, len(a))
	for k, v := range a {
		out[k] = v
	}
	return out
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// dropLinesPrintedTwice removes a coded row whose printed cells repeat the
// row just before it, code, name and figures alike (无锡市发改委 2025 prints
// “21999 其他支出 502.00” under “219” twice: the 项 with its 款's code).
// Summed as a repeated code it would double the line; one line it is, and
// the reader is told. A cross table's rows differ in their second code, so
// they are never taken for one; nor are two 项 lines (two units' items).
func dropLinesPrintedTwice(t *model.Table, doc *model.Document) {
	// printed is a line's cells as one string; asked only of the rare pair
	// of rows with the same code, so it looks the line up rather than
	// building every row's string.
	printed := func(line int) string {
		for i, l := range t.RowLines {
			if l == line {
				return strings.Join(strings.Fields(strings.Join(t.Rows[i], " ")), " ")
			}
		}
		return ""
	}
	var out []model.CodedRow // made at the first line dropped; most tables have none
	for i, r := range t.Coded {
		// a 项 (7 digits) printed twice in a row is two units' lines of a
		// table by unit; a 款 or 类 is not listed twice by anyone
		if i > 0 && r.Code != "" && len(r.Code) < 7 {
			prev := t.Coded[i-1]
			if prev.Code == r.Code && prev.Line != r.Line {
				if p := printed(prev.Line); p != "" && p == printed(r.Line) {
					doc.Warnf(r.Line, "表“%s”第%d行与上一行完全相同（%s），按一行计：项级科目可能印作了款级编码", t.Title, r.Line, p)
					if out == nil {
						out = append(make([]model.CodedRow, 0, len(t.Coded)), t.Coded[:i]...)
					}
					continue
				}
			}
		}
		if out != nil {
			out = append(out, r)
		}
	}
	if out != nil {
		t.Coded = out
	}
}
