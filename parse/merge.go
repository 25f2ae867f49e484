package parse

import "yusuan/model"

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
