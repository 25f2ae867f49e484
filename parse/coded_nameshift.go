package parse

import "yusuan/model"

// A row printed without its blank cells (LibreOffice's HTML of a Word table
// leaves out a cell merged with the one above it) has its name, and every
// figure after it, as many cells left of their columns as were left out
// before it: the 合计 row (“1 | 合计 | 3218.39 | 622.39 | 2596.00” under
// 序号 | 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出) loses its blank code
// cell. A row with a code is read shifted as its code is (codedLayout.figures);
// nameShifted reads a row without one shifted as its name is.

// nameShifted places the row's figures shifted by as many cells as its name
// stands left of the names' column; ok only where that places every figure
// the row prints (the reading as the cells stand is kept otherwise, and
// reassignRows and the verification test whichever is taken).
func (l codedLayout) nameShifted(cells []string, h rowHead, from int, unit string, tokens int) (map[string]model.Money, bool) {
	if h.codeIdx >= 0 || h.nameIdx < 0 || l.nameCol <= h.nameIdx || tokens == 0 {
		return nil, false
	}
	p := l.positional(cells, h, from, h.nameIdx-l.nameCol, unit)
	return p, len(p) == tokens
}
