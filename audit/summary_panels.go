package audit

import (
	"strings"

	"yusuan/internal/lazyregexp"
	"yusuan/model"
)

// Some 收支总表 print the expenditure side several times over, each a panel
// of its own beside the income: 西安's older 部门综合预算 print 收入 |
// 支出功能分类 | 部门预算支出经济分类 | 政府预算支出经济分类, each a label
// column and a 预算数 column closing with its own 本年支出合计 and 支出总计
// (sn-xian-hrss-2020 line 457). Such a table is read panel by panel, one
// label and at most one amount per panel in each row.

// panelItem is one line of a panel: its label and its amount, if printed.
type panelItem struct {
	label string
	v     model.Money
	has   bool
	line  int
}

// panelCell is what a row holds in one panel before the amounts glued to
// the next panel's label are given back.
type panelCell struct {
	label    string
	v        model.Money
	has      bool
	glued    model.Money // a figure printed before the label: the previous panel's
	hasGlued bool
}

// reGluedFigure is a figure that pdftotext joined to the label after it
// (“50830 3、国防”, “0 结转下年”): a number, a space, and a label that starts
// with a character a label starts with.
var reGluedFigure = lazyregexp.New(`^(-?[0-9][0-9,]*(?:\.[0-9]+)?)\s+([\p{Han}(（0-9].*)$`)

// panelStarts finds the columns the panels start at: the row that closes
// the table prints 本年收入合计 and, right of it, one 本年支出合计 per
// expenditure panel. It returns nil unless there are two or more.
func panelStarts(t *model.Table) []int {
	return panelStartsBy(t, "本年收入合计", "本年支出合计")
}

// panelStartsBy finds them by the labels of another closing row.
func panelStartsBy(t *model.Table, income, expenditure string) []int {
	for _, row := range t.Rows {
		starts := []int{}
		for j, cell := range row {
			l := cleanLabel(cell)
			switch {
			case strings.HasPrefix(l, income) && len(starts) == 0:
				starts = append(starts, j)
			case strings.HasPrefix(l, expenditure) && len(starts) > 0:
				starts = append(starts, j)
			}
		}
		if len(starts) >= 3 {
			return starts
		}
	}
	return nil
}

// summaryPanels reads a summary of several expenditure panels: panels[0] is
// the income side, each other one expenditure panel. ok is false when the
// table is not of that shape, or when a row holds what one label and one
// amount per panel cannot explain (two amounts in a panel, text among the
// amounts, a glued figure whose cell is taken): such a table is not read
// here, and stays in doubt.
func summaryPanels(t *model.Table) (panels [][]panelItem, ok bool) {
	starts := panelStarts(t)
	if starts == nil {
		return nil, false
	}
	return panelsAt(t, starts)
}

// panelsAt reads the panels starting at the columns starts.
func panelsAt(t *model.Table, starts []int) (panels [][]panelItem, ok bool) {
	panels = make([][]panelItem, len(starts))
	for i, row := range t.Rows {
		line := 0
		if i < len(t.RowLines) {
			line = t.RowLines[i]
		}
		for j := 0; j < starts[0] && j < len(row); j++ {
			if strings.TrimSpace(row[j]) != "" {
				return nil, false // something left of the income side
			}
		}
		cells := make([]panelCell, len(starts))
		for k, from := range starts {
			to := len(row)
			if k+1 < len(starts) && starts[k+1] < to {
				to = starts[k+1]
			}
			c, ok := readPanelCell(t, row, from, to)
			if !ok {
				return nil, false
			}
			cells[k] = c
		}
		// A figure glued before a label is the amount of the panel to its
		// left, printed right-aligned against the next label: it fills that
		// panel's blank amount in this row, or nothing explains it.
		for k := range cells {
			if !cells[k].hasGlued {
				continue
			}
			if k == 0 || cells[k-1].has {
				return nil, false
			}
			cells[k-1].v, cells[k-1].has = cells[k].glued, true
		}
		for k, c := range cells {
			if c.label != "" {
				panels[k] = append(panels[k], panelItem{label: c.label, v: c.v, has: c.has, line: line})
				continue
			}
			if !c.has {
				continue
			}
			// An amount on a line of its own is the one of the item above,
			// printed in the middle of a cell whose label took two lines
			// (sn-xian-worksafety-2019's 财政拨款收支总表: “(2)商品和服务支出”
			// and, a line lower, 182.88).
			p := panels[k]
			if len(p) == 0 || p[len(p)-1].has {
				return nil, false
			}
			p[len(p)-1].v, p[len(p)-1].has = c.v, true
		}
	}
	return panels, true
}

// readPanelCell reads the columns from up to to of a row as one panel's
// label and amount.
func readPanelCell(t *model.Table, row []string, from, to int) (panelCell, bool) {
	var c panelCell
	if from >= len(row) {
		return c, true
	}
	label := strings.TrimSpace(row[from])
	if v, ok := cellAmount(t, label); ok {
		c.glued, c.hasGlued = v, true
		label = ""
	} else if m := reGluedFigure.FindStringSubmatch(label); m != nil {
		if v, ok := cellAmount(t, m[1]); ok {
			c.glued, c.hasGlued = v, true
			label = m[2]
		}
	}
	c.label = cleanLabel(label)
	for j := from + 1; j < to; j++ {
		cell := strings.TrimSpace(row[j])
		if cell == "" {
			continue
		}
		v, ok := cellAmount(t, cell)
		if !ok || c.has {
			return c, false // text among the amounts, or two amounts
		}
		c.v, c.has = v, true
	}
	return c, true
}
