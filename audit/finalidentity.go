package audit

import (
	"strings"

	"yusuan/model"
	"yusuan/prose"
)

// A 决算 prints its 收入支出决算总表 (and 财政拨款收入支出决算总表) as a summary
// table with a 行次 (line number) column beside each side's amounts; the
// parser files it by its first words as an income table. Its two identities:
//
//	支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余
//	年初结转和结余 + 使用非财政拨款结余 + 本年收入合计 = 本年支出合计 + 结余分配 + 年末结转和结余
//
// (the 财政拨款 table has no 结余分配 and no 使用非财政拨款结余 rows: they count 0).

// isFinalSummary: the title of a 决算 总表, under any of its names (the
// disclosure rule's name table).
func isFinalSummary(t *model.Table) bool {
	if i := whichRequired(finalTables, prose.Key(t.Title)); i >= 0 {
		return finalTables[i].name == "收入支出决算总表" || finalTables[i].name == "财政拨款收入支出决算总表"
	}
	return false
}

// withoutLineNumbers returns the table with the cells under a 行次 or 栏次
// header blanked, so that the line numbers are not read as amounts.
func withoutLineNumbers(t *model.Table) *model.Table {
	var drop []int
	for i, col := range t.Columns {
		if k := prose.Key(model.Leaf(col)); k == "行次" || k == "栏次" { // 收入/行次 as well
			drop = append(drop, i)
		}
	}
	if len(drop) == 0 {
		return t
	}
	cp := *t
	cp.Rows = make([][]string, len(t.Rows))
	for i, row := range t.Rows {
		r := append([]string(nil), row...)
		for _, j := range drop {
			if j < len(r) {
				r[j] = ""
			}
		}
		cp.Rows[i] = r
	}
	return &cp
}

// finalItem is one labelled row of a side of a 决算 总表: its first amount
// (the side's 合计 or 决算数 column).
type finalItem struct {
	v    model.Money
	line int
	ok   bool // the row is printed (its amount may be blank: 0)
}

// finalSide finds the rows of one side by label: the first whose label
// starts with one of the prefixes (after the line numbers are dropped).
func finalSide(items []sideItem, prefixes ...string) finalItem {
	for _, it := range items {
		for _, p := range prefixes {
			if strings.HasPrefix(it.label, p) {
				fi := finalItem{line: it.line, ok: true}
				for j, has := range it.has {
					if has {
						fi.v = it.v[j]
						break
					}
				}
				return fi
			}
		}
	}
	return finalItem{}
}

// checkFinalIdentities checks the two identities on each 决算 总表. A table
// whose rows are not found by label is left alone (not a 决算 layout).
func checkFinalIdentities(c *checker) {
	if c.doc.Kind != model.Final {
		return
	}
	for _, t := range c.doc.Tables {
		if !isFinalSummary(t) || t.Unverified() {
			continue
		}
		inc, exp, ok := summarySides(withoutLineNumbers(t))
		if !ok {
			continue
		}
		income := finalSide(inc, "本年收入合计")
		opening := finalSide(inc, "年初结转和结余", "年初财政拨款结转和结余", "年初结转结余")
		surplusUsed := finalSide(inc, "使用非财政拨款结余")
		spent := finalSide(exp, "本年支出合计")
		distributed := finalSide(exp, "结余分配")
		closing := finalSide(exp, "年末结转和结余", "年末财政拨款结转和结余", "年末结转结余")
		total := finalSide(exp, "总计")
		if !income.ok || !opening.ok || !spent.ok || !closing.ok || !total.ok {
			continue
		}
		// 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余
		out := spent.v.Add(distributed.v).Add(closing.v)
		if c.mismatch("final-identity", Error, tableLoc(t, "", total.line),
			"支出总计不等于本年支出合计、结余分配与年末结转和结余之和", out, total.v, spent.v, distributed.v, closing.v) {
			continue // the second would report the same difference again
		}
		// 年初结转和结余 + 本年收入 = 本年支出 + 结余分配 + 年末结转和结余
		in := opening.v.Add(surplusUsed.v).Add(income.v)
		c.mismatch("final-identity", Error, tableLoc(t, "", opening.line),
			"年初结转和结余、使用非财政拨款结余与本年收入合计之和不等于本年支出合计、结余分配与年末结转和结余之和", out, in,
			opening.v, surplusUsed.v, income.v, spent.v, distributed.v, closing.v)
	}
}
