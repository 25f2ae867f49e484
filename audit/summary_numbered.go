package audit

import (
	"strings"

	"yusuan/internal/lazyregexp"
	"yusuan/model"
	"yusuan/prose"
)

// 西安's 部门综合预算收支总表 of four panels (summaryPanels) numbers its lines
// (栏次 1, 2, … 33 本年收入合计 … 40 收入总计): in a column of its own left of
// the income side, or glued to the income label where the layout joined
// them (sn-xian-meteorology-2022 line 306: “1 一、部门预算”). A line's
// number is neither an item nor an amount. The same table glues a figure
// to the end of its label where its own cell is blank (line 307:
// “1、人员经费和公用经费支出1839311.66”, the cell after it empty). Both are
// undone on a copy of the table, which the panel reader then reads; the
// table as parsed is left as it is.

// reLineNumber is a line's number: a whole number of at most three digits.
var reLineNumber = lazyregexp.New(`^[0-9]{1,3}$`)

// reNumberedLabel is a line's number glued before a label that does not
// start with a digit.
var reNumberedLabel = lazyregexp.New(`^([0-9]{1,3})\s+([^0-9\s].*)$`)

// reLabelFigure is a label with a figure of two decimals glued to its end.
var reLabelFigure = lazyregexp.New(`^(.*[^0-9.,\s])([0-9][0-9,]*\.[0-9]{2})$`)

// withoutSerials returns a copy of t without its line numbers and with
// glued figures in their own cells; ok=false when t does not number its
// lines (a first column headed 序号, 行次 or 栏次, and at least three
// numbers in it, each above the one before).
func withoutSerials(t *model.Table) (*model.Table, bool) {
	if len(t.Columns) == 0 {
		return nil, false
	}
	if k := prose.Key(model.Leaf(t.Columns[0])); k != "序号" && k != "行次" && k != "栏次" {
		return nil, false
	}
	c := *t
	c.Rows = make([][]string, len(t.Rows))
	last, n := 0, 0
	for i, row := range t.Rows {
		r := append([]string(nil), row...)
		first := firstFilled(r)
		if first == 0 && reLineNumber.MatchString(strings.TrimSpace(r[0])) {
			num := atoi(strings.TrimSpace(r[0]))
			if num <= last {
				return nil, false
			}
			last, n = num, n+1
			r[0] = ""
			first = firstFilled(r)
		}
		if first >= 0 {
			if m := reNumberedLabel.FindStringSubmatch(strings.TrimSpace(r[first])); m != nil {
				num := atoi(m[1])
				if num <= last {
					return nil, false
				}
				last, n = num, n+1
				r[first] = m[2]
			}
		}
		for j := 0; j+1 < len(r); j++ {
			cell := strings.TrimSpace(r[j])
			if strings.TrimSpace(r[j+1]) != "" || model.IsAmount(cell) {
				continue
			}
			if m := reLabelFigure.FindStringSubmatch(cell); m != nil {
				r[j], r[j+1] = m[1], m[2]
			}
		}
		c.Rows[i] = r
	}
	return &c, n >= 3
}

func firstFilled(row []string) int {
	for j, cell := range row {
		if strings.TrimSpace(cell) != "" {
			return j
		}
	}
	return -1
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// readNumberedPanels reads a summary of panels whose lines are numbered and
// checks it into sc.
func readNumberedPanels(sc *checker, t *model.Table) bool {
	bare, ok := withoutSerials(t)
	if !ok {
		return false
	}
	if panels, ok := summaryPanels(bare); ok {
		checkPanels(sc, t, panels)
		return true
	}
	// sn-xian-civilaffairs-2021's 财政拨款收支总表 (line 791) prints no
	// 本年收入合计: its panels close with 收入总计 and 支出总计 alone, and
	// their numbered items add up to those.
	if starts := panelStartsBy(bare, "收入总计", "支出总计"); starts != nil && !printsLabel(bare, "本年收入合计") {
		if panels, ok := panelsAt(bare, starts); ok {
			checkGrandPanels(sc, t, panels)
			return true
		}
	}
	return false
}

func printsLabel(t *model.Table, label string) bool {
	for _, row := range t.Rows {
		for _, cell := range row {
			if strings.Contains(cleanLabel(cell), label) {
				return true
			}
		}
	}
	return false
}

// checkGrandPanels: in each panel the numbered items add up to its 总计,
// and every expenditure panel's 支出总计 is the 收入总计.
func checkGrandPanels(sc *checker, t *model.Table, panels [][]panelItem) {
	in, inOK := panelTotal(sc, t, panels[0], "收入总计", "收入")
	for _, p := range panels[1:] {
		if out, ok := panelTotal(sc, t, p, "支出总计", "支出"); ok && inOK {
			sc.mismatch("summary-identity", Error, tableLoc(t, "", out.line), "支出总计不等于收入总计", in.v, out.v)
		}
	}
}
