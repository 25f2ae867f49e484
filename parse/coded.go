package parse

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"yusuan/catalog"
	"yusuan/model"
)

// toWan converts an amount printed in the table's unit to 万元, exactly.
func toWan(d decimal.Decimal, unit string) model.Money {
	if unit == "元" {
		return model.Yuan(d)
	}
	return model.NewMoney(d)
}

// amount reads a cell as an amount in 万元; ok is false for a blank or non-number.
func amount(cell, unit string) (model.Money, bool) {
	d, ok := model.ParseDecimal(cell)
	if !ok {
		return model.Zero, false
	}
	return toWan(d, unit), true
}

// codedTable reads the rows of a classification table (code, name, amounts):
// the functional tables, the economic table, fund and SOE tables. Rows with a
// total label get code "". Codes printed split over 类/款/项 columns
// (201 | 05 | 07) are joined.
//
// units are the indices of the rows that head a unit's block in a
// functional table listing each unit's lines in turn (see unitRow): rows
// without a code, named by the unit, that reassignByUnit places and drops.
func codedTable(b *block, g grid, scheme catalog.Scheme, year int, doc *model.Document) (out []model.CodedRow, units []int) {
	cols := codedColumns(g)
	data := g.data
	if panels := splitPanels(g.data); panels != nil {
		if pc, ok := panelLayout(g); ok {
			data, cols = panels, pc
		}
	}
	var stairs staircase
	loneFigures := map[int]bool{} // rows of figures alone, by index in out
	guessed := map[int]bool{}     // rows that print no code: the catalogue's, by name
	prevCode := ""                // the last row's code, the context of a row that prints none
	dual := dualEconomic(g.names) // 部门经济 and 政府经济 codes on each row: the former is the row's
	for _, r := range data {
		if scheme == catalog.Functional && !cols.unitCodes {
			if h, ok := unitRow(r.Cells); ok {
				row := model.CodedRow{Name: h.name, Line: r.Line, Amounts: map[string]model.Money{}, Order: cols.keys}
				cols.figures(&row, r.Cells, h, b.unit)
				units = append(units, len(out))
				out = append(out, row)
				continue
			}
		}
		h, ok := cols.head(r.Cells, scheme)
		if !ok {
			continue
		}
		lone := !hasTotalLabel(r.Cells) // a row of figures alone, named 合计 by head
		if h.code == "" && !isTotalLabel(h.name) && !cols.unitCodes {
			// a table without codes (hierarchy by indentation only): the
			// catalogue's code for the name, among several the one that
			// fits under the rows before it
			h.code = guessCode(scheme, year, h.name, prevCode)
			if h.code == "" {
				prevCode = "" // a row of unknown place: the rows under it have none either
			} else {
				guessed[len(out)] = true
			}
		}
		if dual && (len(out) == 0 || !continuesRow(&out[len(out)-1], h.code)) {
			h = deptEconHead(h, r.Cells, year) // (a line finishing the row above keeps its code for continuesRow)
		}
		row := model.CodedRow{Code: h.code, Name: h.name, Line: r.Line, Amounts: map[string]model.Money{}, Order: cols.keys}
		if isTotalLabel(h.name) {
			row.Code = ""
		}
		cols.figures(&row, r.Cells, h, b.unit)
		if lone && isTotalLabel(row.Name) {
			loneFigures[len(out)] = true
		}
		if n := len(out); n > 0 && len(row.Tokens) == 0 && codeUnderRow(out, loneFigures, guessed, row) {
			continue
		}
		if n := len(out); n > 0 && len(row.Tokens) > 0 && continuesRow(&out[n-1], row.Code) {
			// the figures stand under their columns: no code cell shifts them
			h.codeIdx = -1
			cols.figures(&out[n-1], r.Cells, h, b.unit)
			continue
		}
		if scheme == catalog.Functional {
			var total model.Money
			if len(row.Tokens) > 0 {
				total = row.Tokens[0]
			}
			if h.stairPart != "" {
				row.Code = stairs.resolve(h.stairPart, h.name, total, year)
				h.code = row.Code
			} else {
				stairs.see(row.Code, total)
			}
		}
		if h.code != "" && len(h.code) != 3 && len(h.code) != 5 && len(h.code) != 7 {
			doc.Warnf(r.Line, "科目编码 %s 长度不是 3、5 或 7 位", h.code)
		}
		if row.Code != "" {
			prevCode = row.Code
		}
		out = append(out, row)
	}
	if dual {
		dualNames(out, year)
	}
	return out, units
}

// codedLayout is where a classification table's header puts the code, the
// name, the row number and the amounts (-1 where it prints none).
type codedLayout struct {
	codeCol, nameCol, seqCol int
	amountCols               []int
	keys                     []string // the amount columns' names, in table order
	// unitCodes: the codes are units' (单位编码), the uncoded rows under
	// them projects, not lines of the classification
	unitCodes bool
}

func codedColumns(g grid) codedLayout {
	l := codedLayout{codeCol: g.find("科目编码", "编码", "代码"), nameCol: g.find("科目名称", "名称", "项目"), seqCol: g.find("序号")}
	l.unitCodes = l.codeCol >= 0 && strings.Contains(g.names[l.codeCol], "单位")
	if l.nameCol >= 0 && strings.HasSuffix(g.names[l.nameCol], "支出") {
		l.nameCol = -1 // 项目支出 is an amount column (支出预算总表: 合计 | 基本支出 | 项目支出)
	}
	if l.nameCol == l.seqCol {
		l.nameCol = -1
	}
	for j, n := range g.names {
		if j == l.codeCol || j == l.nameCol || j == l.seqCol || l.nameCol >= 0 && j < l.nameCol ||
			strings.Contains(n, "名称") || strings.Contains(n, "编码") || isRemarksColumn(n) {
			continue
		}
		l.amountCols = append(l.amountCols, j)
		l.keys = append(l.keys, colKey(g, j))
	}
	l.keys = slices.Clip(l.keys) // shared by every row: an append copies
	return l
}

// rowHead is what a row prints before its figures: its code (or the two
// digits of a staircase), its name, and the cells they were read from.
type rowHead struct {
	code, name, stairPart   string
	start, codeIdx, nameIdx int
	fusedFigure             string // the row's first figure, printed fused to its name
}

// head reads a row's code and name; ok is false for a row that is neither a
// line of the classification nor a lone row of figures (the total).
func (l codedLayout) head(cells []string, scheme catalog.Scheme) (rowHead, bool) {
	h := rowHead{codeIdx: -1, nameIdx: -1}
	if l.seqCol >= 0 && l.seqCol < len(cells) && smallInt(strings.TrimSpace(cells[l.seqCol])) {
		h.start = l.seqCol + 1
	}
	h.readCode(cells, scheme)
	if h.name == "" {
		for i := max(h.codeIdx+1, h.start); i < len(cells); i++ {
			c := strings.TrimSpace(cells[i])
			if _, glued := model.AmountTokens(c); glued || c != "" && isAmountText(c) {
				break
			}
			if c != "" {
				h.nameIdx, h.name = i, c
				break
			}
		}
	}
	if name, fig, ok := splitTrailingFigure(h.name); ok {
		h.name, h.fusedFigure = name, fig
	}
	if h.code == "" && h.name == "" {
		if !allAmounts(cells) || l.unitCodes && loneUnitCode(cells) {
			return h, false
		}
		h.name = "合计" // a lone row of figures: the table's total
	}
	return h, true
}

// readCode finds the code in the row's first cells: whole, split over
// 类 | 款 | 项 cells, fused or hyphen-joined to the name, in brackets, or the
// two digits of a staircase.
func (h *rowHead) readCode(cells []string, scheme catalog.Scheme) {
	for i := h.start; i < len(cells) && i < h.start+4; i++ {
		c := strings.ReplaceAll(withoutRowNumber(cells[i]), " ", "")
		if c == "" {
			continue
		}
		if fc, fn, ok := splitFusedCode(c); ok {
			h.code, h.codeIdx, h.name = fc, i, fn // 2010101行政运行, 2010501-行政运行
			// 政府经济分类 beside 部门经济分类 (50101-工资奖金津补贴 |
			// 30101-基本工资): the economic tree is by the latter
			if scheme == catalog.Economic && fc[0] == '5' && i+1 < len(cells) {
				if dc, dn, ok := splitFusedCode(strings.ReplaceAll(cells[i+1], " ", "")); ok && dc[0] == '3' {
					h.code, h.codeIdx, h.name = dc, i+1, dn
				}
			}
			return
		}
		c = strings.Trim(c, "[]【】")
		switch {
		case len(c) == 2 && smallInt(c) && scheme == catalog.Functional:
			h.stairPart, h.codeIdx = c, i
		case isCodeText(c):
			h.code, h.codeIdx = c, i
			// 类 | 款 | 项 printed in separate columns
			for k := i + 1; k < len(cells) && len(h.code) < 7; k++ {
				p := strings.TrimSpace(cells[k])
				if len(p) != 2 || !smallInt(p) {
					break
				}
				h.code += p
				h.codeIdx = k
			}
		}
		return
	}
}

// figures reads the row's amounts. Tokens first: the figures after the name,
// in printed order. As many as the table has amount columns, they fill them
// in order, wherever the layout put them; fewer, their positions (shifted as
// the code's cell is) are the hypothesis, which reassignRows tests by
// arithmetic.
func (l codedLayout) figures(row *model.CodedRow, cells []string, h rowHead, unit string) {
	from := max(h.nameIdx, h.codeIdx, h.start-1, lastWords(cells)) + 1
	row.Tokens = rowFigures(cells, from, unit)
	if h.fusedFigure != "" {
		m, _ := amount(h.fusedFigure, unit)
		row.Tokens = append([]model.Money{m}, row.Tokens...)
	}
	if len(row.Tokens) == len(l.keys) {
		for k, key := range l.keys {
			row.Amounts[key] = row.Tokens[k]
		}
		return
	}

	shift := 0
	if h.codeIdx >= 0 && l.codeCol >= 0 && l.codeCol < len(cells) && h.codeIdx != l.codeCol && !strings.Contains(cells[l.codeCol], " ") {
		shift = h.codeIdx - l.codeCol
		if len(h.code) > 5 && h.codeIdx > l.codeCol { // split codes take extra cells
			shift = 0
		}
	}
	placed := l.positional(cells, h, from, shift, unit)
	// a code printed a cell to the right of its header (款 under 类's
	// column, by indentation, or split 301 | 01) with its figures still
	// under theirs: the unshifted reading is the one that places every
	// figure, or more of them under columns that name what they hold
	if shift != 0 && len(row.Tokens) > 0 {
		unshifted := l.positional(cells, h, from, 0, unit)
		if len(unshifted) == len(row.Tokens) && (len(placed) != len(row.Tokens) || named(unshifted) >= named(placed)) {
			placed = unshifted
		}
	}
	if p, ok := l.nameShifted(cells, h, from, unit, len(row.Tokens)); ok && len(placed) < len(row.Tokens) {
		placed = p
	}
	// a figure placed under a column no header word names (列4, a gap the
	// layout split off between two columns) where the row has as many
	// figures as the header names columns: they are those columns', in order
	if named := l.namedKeys(); len(named) == len(row.Tokens) && len(named) < len(l.keys) && l.placesUnnamed(placed) {
		clear(placed)
		for k, key := range named {
			placed[key] = row.Tokens[k]
		}
	}
	maps.Copy(row.Amounts, placed)
}

// placesUnnamed reports a figure (a 0 as well: a zero is a column's too)
// placed under a column no header word names.
func (l codedLayout) placesUnnamed(placed map[string]model.Money) bool {
	for k, j := range l.amountCols {
		if _, ok := placed[l.keys[k]]; ok && l.keys[k] == unnamedKey(j) {
			return true
		}
	}
	return false
}

// named counts the figures placed under columns of a known role.
func named(placed map[string]model.Money) int {
	n := 0
	for col := range placed {
		if model.RoleOf(col) != model.RoleNone {
			n++
		}
	}
	return n
}

// positional reads the figures under the header's amount columns, shifted
// by as many cells as the row's code was.
func (l codedLayout) positional(cells []string, h rowHead, from, shift int, unit string) map[string]model.Money {
	out := map[string]model.Money{}
	for k, j := range l.amountCols {
		idx := j + shift
		// a cell before the figures (a second classification's code, 501
		// 01, under a header the layout took for an amount column) is no
		// amount, wherever the columns were thought to be
		if idx < from || idx >= len(cells) || idx == h.nameIdx || idx == h.codeIdx {
			continue
		}
		if m, ok := amount(cells[idx], unit); ok {
			out[l.keys[k]] = m
		}
	}
	return out
}

// codeInContext picks, among the codes a name may have, the one that fits
// after the previous row's: its child, then its sibling, then a sibling of
// an ancestor, then a class. A lone candidate must fit as well (机关服务 is
// 2040503 in the catalogue, an item of 检察; printed under 公安, whose code
// the catalogue lacks, it is not that item): a name whose place the rows
// above do not give stays without a code.
func codeInContext(cands []string, prev string) string {
	if len(cands) == 1 && len(cands[0]) == 3 {
		return cands[0]
	}
	for _, anchor := range []string{prev, model.ParentCode(prev), model.ParentCode(model.ParentCode(prev))} {
		for _, c := range cands {
			if anchor != "" && model.ParentCode(c) == anchor {
				return c
			}
		}
	}
	var classes []string
	for _, c := range cands {
		if len(c) == 3 {
			classes = append(classes, c)
		}
	}
	if len(classes) == 1 {
		return classes[0]
	}
	return ""
}

// lastWords returns the index of the row's last cell of words (a second
// classification's name: 301 01 基本工资 | 501 01 工资奖金津补贴 | figures),
// -1 when there is none: the figures are the run after it.
func lastWords(cells []string) int {
	for i := len(cells) - 1; i >= 0; i-- {
		c := strings.TrimSpace(cells[i])
		if c == "" || isAmountText(c) || model.IsBlankAmount(c) || isPercentText(c) {
			continue
		}
		if _, glued := model.AmountTokens(c); glued {
			continue
		}
		return i
	}
	return -1
}

// isPercentText reports a percentage cell (-60.86%, 4.88％): a figure of
// the table, not words.
func isPercentText(c string) bool {
	n := strings.TrimRight(c, "%％")
	return n != c && isAmountText(n)
}

// rowFigures returns every figure of cells[from:], in order, a cell holding
// two columns' figures giving both.
func rowFigures(cells []string, from int, unit string) []model.Money {
	var out []model.Money
	for _, c := range cells[min(from, len(cells)):] {
		if m, ok := amount(c, unit); ok {
			out = append(out, m)
		} else if ds, ok := model.AmountTokens(c); ok {
			for _, d := range ds {
				out = append(out, toWan(d, unit))
			}
		}
	}
	return out
}

// withoutRowNumber drops a row number (序号) the layout put in the code's
// cell ("17   302": row 17, code 302).
func withoutRowNumber(cell string) string {
	f := strings.Fields(cell)
	if len(f) >= 2 && smallInt(f[0]) && len(f[1]) >= 3 && isCodeText(strings.Join(f[1:], "")) {
		return strings.Join(f[1:], "")
	}
	return cell
}

// splitFusedCode reads a code printed fused to its name in one cell
// ("2010101行政运行", "2010501-行政运行", "[301]工资福利支出", "201 一般公共服务支出" squeezed):
// 3, 5 or 7 digits, an optional dash, then words that are not a number.
func splitFusedCode(c string) (code, name string, ok bool) {
	if c, ok = unbracketed(c); !ok {
		return "", "", false
	}
	n := 0
	for n < len(c) && c[n] >= '0' && c[n] <= '9' {
		n++
	}
	if n != 3 && n != 5 && n != 7 || n == len(c) {
		return "", "", false
	}
	rest := strings.TrimLeft(c[n:], "-－—_.、 ")
	if rest == "" || rest[0] < 0x80 || isAmountText(rest) {
		return "", "", false // a name starts with a Chinese character
	}
	return c[:n], rest, true
}

// namedKeys are the amount columns a header word names, in order.
func (l codedLayout) namedKeys() []string {
	var out []string
	for k, j := range l.amountCols {
		if l.keys[k] != unnamedKey(j) {
			out = append(out, l.keys[k])
		}
	}
	return out
}

func unnamedKey(j int) string { return "列" + strconv.Itoa(j+1) }

func colKey(g grid, j int) string {
	if g.names[j] != "" {
		return g.names[j]
	}
	return unnamedKey(j)
}

func allAmounts(cells []string) bool {
	n := 0
	for _, c := range cells {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if !isAmountText(c) {
			return false
		}
		n++
	}
	return n > 0
}

// pick returns the amount of the first column key containing one of the
// words (tried in order), and the key.
func pick(r model.CodedRow, words ...string) (model.Money, string) {
	for _, w := range words {
		for _, k := range r.Order {
			if k == w || strings.HasSuffix(k, "/"+w) {
				return r.Amounts[k], k
			}
		}
		for _, k := range r.Order {
			if strings.Contains(k, w) && !namesGroupOnly(k, w) {
				return r.Amounts[k], k
			}
		}
	}
	if len(words) > 0 && words[len(words)-1] == "*" {
		// the row's first figure (not the name column's heading before it:
		// 部门预算支出经济科目 | 预算)
		for _, k := range r.Order {
			if m, ok := r.Amounts[k]; ok {
				return m, k
			}
		}
	}
	return model.Zero, ""
}

// totalOf is the row's 合计: the column the table's roles name its total
// (model.ColumnsOf, the one its sums were checked against: the first
// total-like column, 支出总计, not a 政府采购项目/小计 further right), else
// the first of the words.
func totalOf(r model.CodedRow, cs model.ColumnSet, words ...string) model.Money {
	if cs.Total != "" && slices.Contains(r.Order, cs.Total) {
		return r.Amounts[cs.Total]
	}
	total, _ := pick(r, words...)
	return total
}

// spendingOf is the row's 基本支出 or 项目支出: the column the table's roles
// give it (北京's 项目支出总数 beside an empty 项目支出), else the column the
// word names.
func spendingOf(r model.CodedRow, col, word string) (model.Money, string) {
	if col != "" && slices.Contains(r.Order, col) {
		return r.Amounts[col], col
	}
	return pickSpending(r, word)
}

// funcTree builds the functional tree from a table's coded rows. A level the
// table does not print is derived from its children (and marked), never
// invented. A column the table does not print (基本支出, 项目支出) is marked
// absent, not read as zero; every further part of 合计 it prints is kept.
func funcTree(t *model.Table, year int, kind model.Kind) []*model.FuncNode {
	if shaped(t) {
		return funcTreeByDepth(t, kind)
	}
	cs := model.ColumnsOf(t)
	byCode := map[string]*model.FuncNode{}
	var order []*model.FuncNode
	for _, r := range t.Coded {
		if !isFunctionalCode(r.Code) {
			continue
		}
		if _, dup := byCode[r.Code]; dup {
			continue
		}
		n := funcNode(t, cs, kind, r)
		byCode[r.Code] = n
		order = append(order, n)
	}
	var roots []*model.FuncNode
	var attach func(n *model.FuncNode)
	attach = func(n *model.FuncNode) {
		pc := model.ParentCode(n.Code)
		if pc == "" {
			roots = append(roots, n)
			return
		}
		p, ok := byCode[pc]
		if !ok {
			name, _, _ := catalog.Name(catalog.Functional, year, pc)
			p = &model.FuncNode{Code: pc, Name: name, Level: model.LevelOf(pc), Derived: true, NoBasic: n.NoBasic, NoProject: n.NoProject, Unverified: n.Unverified}
			byCode[pc] = p
			attach(p)
		}
		p.Children = append(p.Children, n)
	}
	for _, n := range order {
		attach(n)
	}
	var sum func(n *model.FuncNode)
	sum = func(n *model.FuncNode) {
		for _, c := range n.Children {
			sum(c)
		}
		if n.Derived {
			for _, c := range n.Children {
				n.Total, n.Basic, n.Project = n.Total.Add(c.Total), n.Basic.Add(c.Basic), n.Project.Add(c.Project)
				n.Other = model.AddParts(n.Other, c.Other)
			}
		}
	}
	for _, r := range roots {
		sum(r)
	}
	return roots
}

// funcNode is one row of a functional table as a node of the tree, its
// level the one its code gives.
func funcNode(t *model.Table, cs model.ColumnSet, kind model.Kind, r model.CodedRow) *model.FuncNode {
	if kind == model.Final {
		r = finalColumns(r)
	}
	total := totalOf(r, cs, "合计", "金额", "本年支出", "小计", "*")
	basic, bk := spendingOf(r, cs.Basic, "基本支出")
	project, pk := spendingOf(r, cs.Project, "项目支出")
	return &model.FuncNode{Code: r.Code, Name: r.Name, Level: model.LevelOf(r.Code), Total: total, Basic: basic, Project: project,
		NoBasic: bk == "", NoProject: pk == "", Other: otherParts(r), Unverified: t.Unverified(), Line: r.Line}
}

// isFunctionalCode: a code of the functional classification, whose classes
// are 2xx (economic classes are 3xx and 5xx; a unit's code has other lengths).
func isFunctionalCode(code string) bool {
	return model.LevelOf(code) != "" && code[0] == '2'
}

// otherParts returns the further parts of 合计 a row prints beside 基本支出
// and 项目支出, in table order.
func otherParts(r model.CodedRow) []model.Part {
	var out []model.Part
	for _, k := range r.Order {
		if model.RoleOf(k) == model.RoleOtherExp {
			out = append(out, model.Part{Name: model.Leaf(k), Amount: r.Amounts[k]})
		}
	}
	return out
}

// econTree builds the economic tree (类 3 digits, 款 5 digits) of basic
// expenditure. Rows without a code nest under the class row above them.
func econTree(rows []model.CodedRow, year int) []*model.EconNode {
	var roots []*model.EconNode
	byCode := map[string]*model.EconNode{}
	var class *model.EconNode
	for _, r := range rows {
		if r.Code == "" && (isTotalLabel(r.Name) || len(r.Tokens) == 0 && len(r.Amounts) == 0) {
			continue // the total, or a line with no code and no figure (a running header, the next title)
		}
		if isFunctionalCode(r.Code) {
			continue // a functional line in a table by both classifications
		}
		total, _ := pick(r, "合计", "金额", "基本支出", "*")
		pers, pk := pick(r, "人员经费", "人员支出")
		pub, uk := pick(r, "公用经费", "公用支出")
		n := &model.EconNode{Code: r.Code, Name: r.Name, Total: total, Personnel: pers, Public: pub, Line: r.Line,
			NoPersonnel: pk == "", NoPublic: uk == ""}
		switch {
		case len(r.Code) == 3 || (r.Code == "" && isEconClassName(r.Name)):
			roots = append(roots, n)
			class = n
			if r.Code != "" {
				byCode[r.Code] = n
			}
		case len(r.Code) == 5:
			p := byCode[r.Code[:3]]
			if p == nil {
				name, _, _ := catalog.Name(catalog.Economic, year, r.Code[:3])
				p = &model.EconNode{Code: r.Code[:3], Name: name, Derived: true, NoPersonnel: n.NoPersonnel, NoPublic: n.NoPublic}
				byCode[p.Code] = p
				roots = append(roots, p)
			}
			p.Children = append(p.Children, n)
			if p.Derived {
				p.Total, p.Personnel, p.Public = p.Total.Add(total), p.Personnel.Add(pers), p.Public.Add(pub)
			}
			byCode[r.Code] = n
		case len(r.Code) == 7 && byCode[r.Code[:5]] != nil:
			// 3010201 under 30102 (重庆: 津贴补贴 and its parts), not beside it
			p := byCode[r.Code[:5]]
			p.Children = append(p.Children, n)
		case r.Code == "" && (class == nil || total.Abs().Cmp(class.Total.Abs()) > 0):
			// a line without a code before any class, or larger than the
			// class it would fall under, is no item of it: a unit's own line
			// in a table by unit (深圳市建筑工务署工程管理中心 7,010.72 after
			// 310's 23.22)
			continue
		case class != nil:
			class.Children = append(class.Children, n)
		default:
			roots = append(roots, n)
		}
	}
	return roots
}

// finalColumns keeps, in a final-accounts row, the columns of the 决算数
// when the table prints them beside the 年初预算数.
func finalColumns(r model.CodedRow) model.CodedRow {
	var keep []string
	for _, k := range r.Order {
		if strings.Contains(k, "决算") {
			keep = append(keep, k)
		}
	}
	if len(keep) == 0 {
		var rest []string
		for _, k := range r.Order {
			if !strings.Contains(k, "预算数") {
				rest = append(rest, k)
			}
		}
		if len(rest) == 0 {
			return r
		}
		keep = rest
	}
	r.Order = keep
	return r
}
