package parse

import (
	"strings"
	"unicode/utf8"

	"yusuan/model"
	"yusuan/prose"
)

var (
	level1Words = []string{"产出指标", "效益指标", "满意度指标", "成本指标"}
	level2Words = []string{"数量指标", "质量指标", "时效指标", "成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标",
		"经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标", "服务对象满意度"}
	// level1Of is the 一级指标 a 二级指标 belongs to when the form leaves it out.
	level1Of = map[string]string{"数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标", "成本指标": "产出指标",
		"经济效益指标": "效益指标", "社会效益指标": "效益指标", "生态效益指标": "效益指标", "可持续影响指标": "效益指标",
		"服务对象满意度指标": "满意度指标", "服务对象满意度": "满意度指标"}
)

func isWord(s string, words []string) bool {
	for _, w := range words {
		if s == w {
			return true
		}
	}
	return false
}

// formLabels are the labels of a performance form whose value is the next
// non-blank cell of the row.
var formLabels = [...]string{"项目编码", "项目名称", "预算数", "年度资金总额", "实施期资金总额", "项目概况"}

const (
	labCode = iota
	labName
	labBudget
	labAnnual
	labPeriod
	labSummary
)

// formRow holds, for one row, the value after each form label found in it.
type formRow struct {
	val   [len(formLabels)]string
	found [len(formLabels)]bool
}

// readFormRow finds the form labels of a row in one pass over its cells. A
// label is a short cell (the label may carry spaces and a trailing colon).
func readFormRow(cells []string) formRow {
	var f formRow
	for i, c := range cells {
		if len(c) < 6 || len(c) > 40 { // two to thirteen CJK characters
			continue
		}
		if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(c)); !strings.ContainsRune("项预年实", r) {
			continue // the quick test first: no label starts so
		}
		k := strings.TrimRight(strings.ReplaceAll(strings.TrimSpace(c), " ", ""), ":：")
		for li, l := range formLabels {
			if k != l {
				continue
			}
			f.found[li] = true
			for _, n := range cells[i+1:] {
				if n = strings.TrimSpace(n); n != "" {
					f.val[li] = n
					break
				}
			}
		}
	}
	return f
}

// performanceProject reads a project performance form: the 绩效目标表
// (项目编码, 预算数, 资金支出计划, 绩效目标, indicator rows) and the
// 项目支出绩效目标申报表 declaration form (amounts in 元, 实施期 and 年度
// indicators side by side, shifted columns).
func performanceProject(b *block) *model.Project {
	p := &model.Project{Line: b.titleLine}
	unit := b.unit
	var planHeader []int // cell indexes of 3月底 … 12月底
	inIndicators, declaration := false, false
	var ind indicatorReader
	for ri, r := range b.rows {
		cells := r.Cells
		if inIndicators {
			// indicator rows hold no form labels: only the form's end is looked for
			if first := firstNonEmpty(cells); strings.HasPrefix(first, "负责人") || strings.HasPrefix(first, "填报") {
				inIndicators = false
				continue
			}
			if !rowContains(r, "一级指标") {
				annual, period := ind.read(r)
				p.Indicators = append(p.Indicators, annual...)
				p.PeriodIndicators = append(p.PeriodIndicators, period...)
				continue
			}
		}
		f := readFormRow(cells)
		if v := f.val[labCode]; f.found[labCode] && p.Code == "" && !strings.Contains(v, "项目名称") {
			p.Code = v
		}
		if f.found[labName] && p.Name == "" {
			p.Name = f.val[labName]
		}
		words := rowWords(r)
		if words.yuan && (rowContains(r, "（元）") || rowContains(r, "(元)")) {
			unit = "元"
		}
		if f.found[labBudget] {
			if m, ok := amount(f.val[labBudget], unit); ok {
				p.Budget = m
				p.Sources = append(p.Sources, model.Ref{Table: b.title, Line: r.Line, Amount: &m, Unit: unit})
			}
			if ri+1 < len(b.rows) && len(b.rows[ri+1].NonEmpty()) == 1 {
				p.Purpose = b.rows[ri+1].NonEmpty()[0]
			}
		}
		if f.found[labAnnual] {
			if m, ok := amount(f.val[labAnnual], unit); ok {
				p.Budget = m
				p.Sources = append(p.Sources, model.Ref{Table: b.title, Line: r.Line, Amount: &m, Unit: unit})
			}
		}
		if f.found[labPeriod] {
			if m, ok := amount(f.val[labPeriod], unit); ok {
				p.PeriodBudget = &m
			}
		}
		if f.found[labSummary] && p.Purpose == "" {
			p.Purpose = f.val[labSummary]
		}
		if words.plan && rowContains(r, "资金支出计划") {
			planHeader = planHeader[:0]
			for i, c := range cells {
				if strings.Contains(c, "月") {
					planHeader = append(planHeader, i)
				}
			}
			if ri+1 < len(b.rows) && len(planHeader) > 0 {
				next := b.rows[ri+1].Cells
				for _, i := range planHeader {
					v := ""
					if i < len(next) {
						v = strings.TrimSpace(next[i])
					}
					m, ok := amount(v, unit)
					p.Plan = append(p.Plan, m)
					p.PlanBlank = append(p.PlanBlank, !ok)
				}
			}
			continue
		}
		if first := strings.ReplaceAll(firstNonEmpty(cells), " ", ""); first == "绩效目标" || first == "总体目标" {
			ne := r.NonEmpty()
			if len(ne) > 1 {
				p.Goal = ne[len(ne)-1]
			}
			continue
		}
		if words.indicator && rowContains(r, "一级指标") && rowContains(r, "二级指标") {
			inIndicators = true
			declaration = cellsContaining(r, "二级指标") > 1
			ind = indicatorReader{header: cells, declaration: declaration}
			ind.readHeader()
			continue
		}
	}
	if p.Name == "" {
		p.Name = strings.TrimSuffix(strings.TrimSuffix(prose.TrimOrdinal(strings.TrimSpace(b.title)), "绩效目标表"), "项目")
	}
	p.Name = strings.TrimSpace(p.Name)
	if len(p.Sources) == 0 {
		p.Sources = append(p.Sources, model.Ref{Table: b.title, Line: b.titleLine})
	}
	return p
}

func firstNonEmpty(cells []string) string {
	for _, c := range cells {
		if c = trimCell(c); c != "" {
			return c
		}
	}
	return ""
}

// indicatorReader reads indicator rows under an 一级/二级/三级指标 header.
type indicatorReader struct {
	header      []string
	declaration bool
	cols        struct{ l1, l2, name, value, basis int }
	l1, l2      string // carried down merged cells
	pl2         string // the 实施期 block's own 二级指标
	// buffers reused from row to row
	blocks []tokenBlock
	toks   []string
}

func (ir *indicatorReader) readHeader() {
	ir.cols.l1, ir.cols.l2, ir.cols.name, ir.cols.value, ir.cols.basis = -1, -1, -1, -1, -1
	for i, c := range ir.header {
		c = strings.ReplaceAll(c, " ", "")
		switch {
		case c == "一级指标" && ir.cols.l1 < 0:
			ir.cols.l1 = i
		case c == "二级指标" && ir.cols.l2 < 0:
			ir.cols.l2 = i
		case c == "三级指标" && ir.cols.name < 0:
			ir.cols.name = i
		case c == "指标值" && ir.cols.value < 0:
			ir.cols.value = i
		case strings.Contains(c, "确定依据") || c == "依据":
			ir.cols.basis = i
		}
	}
}

// read returns the annual indicators of a row and, on declaration forms, the
// 实施期 ones beside them.
func (ir *indicatorReader) read(r Row) (annual, period []*model.Indicator) {
	if !ir.declaration && ir.cols.name >= 0 && ir.cols.value >= 0 && len(r.Cells) >= len(ir.header) {
		return ir.readColumns(r), nil
	}
	// Declaration form: read tokens, because the columns shift from form to
	// form. A row is [一级] [二级] 三级 值 [二级] 三级 值: the first block is
	// the 实施期, the second the 年度.
	ir.tokenize(r)
	parts, partL2, np := ir.parts()
	out := make([]*model.Indicator, 0, np)
	for bi := 0; bi < np; bi++ {
		out = append(out, ir.indicator(bi, parts[bi], partL2[bi], r.Line))
	}
	return annualAndPeriod(out)
}

// readColumns reads a row of a table whose header names every column,
// carrying the merged 一级/二级 cells down.
func (ir *indicatorReader) readColumns(r Row) []*model.Indicator {
	get := func(i int) string {
		if i < 0 || i >= len(r.Cells) {
			return ""
		}
		return strings.TrimSpace(r.Cells[i])
	}
	if v := get(ir.cols.l1); v != "" {
		ir.l1 = v
	}
	if v := get(ir.cols.l2); v != "" {
		ir.l2 = v
	}
	name := get(ir.cols.name)
	if name == "" {
		return nil
	}
	return []*model.Indicator{{Level1: ir.l1, Level2: ir.l2, Name: name, Value: get(ir.cols.value), Basis: get(ir.cols.basis), Line: r.Line}}
}

// tokenize cuts a declaration row's words into blocks at each 二级指标 word,
// into the reader's buffers, which are reused from row to row (forms have
// thousands of these rows). A 一级指标 word before any block is carried.
func (ir *indicatorReader) tokenize(r Row) {
	blocks := ir.blocks[:0]
	toks := ir.toks[:0]
	startBlock := func(l2 string) {
		blocks = append(blocks, tokenBlock{l2: l2, from: len(toks)})
	}
	for i, t := range r.Cells {
		t = strings.TrimSpace(t)
		if t == "" || (i == 0 && t == "绩效指标") {
			continue
		}
		if strings.IndexByte(t, ' ') >= 0 {
			t = strings.ReplaceAll(t, " ", "")
		}
		switch {
		case len(blocks) == 0 && isWord(t, level1Words) && !isWord(t, level2Words):
			ir.l1 = t
			continue
		case isWord(t, level2Words):
			startBlock(t)
			continue
		}
		if len(blocks) == 0 {
			startBlock("")
		}
		toks = append(toks, t)
	}
	ir.blocks, ir.toks = blocks, toks
}

// parts are the indicators' words, at most four: a block without a 二级
// word holding two indicators ([n v n v]) is two parts.
func (ir *indicatorReader) parts() (parts [4][]string, partL2 [4]string, np int) {
	blocks, toks := ir.blocks, ir.toks
	for bi, bl := range blocks {
		to := len(toks)
		if bi+1 < len(blocks) {
			to = blocks[bi+1].from
		}
		words := toks[bl.from:to]
		if bl.l2 == "" && len(words) == 4 && np+2 <= len(parts) {
			parts[np], parts[np+1] = words[:2], words[2:]
			np += 2
			continue
		}
		if np < len(parts) {
			parts[np], partL2[np] = words, bl.l2
			np++
		}
	}
	return parts, partL2, np
}

// indicator makes the bi-th part's indicator (nil for a part without words),
// carrying the 二级 word it opens with: the first part's is the row's 二级,
// a later one the 实施期 block's own; the 一级 follows from the 二级.
func (ir *indicatorReader) indicator(bi int, words []string, l2 string, line int) *model.Indicator {
	if l2 != "" {
		if bi == 0 {
			ir.l2 = l2
		} else {
			ir.pl2 = l2
		}
		if l1, ok := level1Of[l2]; ok && (ir.l1 == "" || bi == 0 && !sameFamily(ir.l1, l2)) {
			ir.l1 = l1
		}
	}
	use := ir.l2
	if bi > 0 && ir.pl2 != "" {
		use = ir.pl2
	}
	if l2 != "" {
		use = l2
	}
	if len(words) == 0 {
		return nil
	}
	ind := &model.Indicator{Level1: ir.l1, Level2: use, Name: words[0], Line: line}
	if len(words) > 1 {
		ind.Value = words[1]
	}
	return ind
}

// annualAndPeriod: one indicator is the year's; of several, the first is
// the 实施期 one and the last the year's.
func annualAndPeriod(out []*model.Indicator) (annual, period []*model.Indicator) {
	switch len(out) {
	case 0:
		return nil, nil
	case 1:
		if out[0] != nil {
			annual = out
		}
	default:
		if out[0] != nil {
			period = append(period, out[0])
		}
		if out[len(out)-1] != nil {
			annual = append(annual, out[len(out)-1])
		}
	}
	return annual, period
}

// tokenBlock is a run of a declaration row's words, opened by a 二级指标
// word (l2) or by the row's start.
type tokenBlock struct {
	l2   string
	from int // index of its first word in the reader's toks
}

// sameFamily: the 二级指标 belongs to the 一级指标 already carried.
func sameFamily(l1, l2 string) bool {
	return level1Of[l2] == l1 || l1 == "成本指标" && strings.Contains(l2, "成本")
}

// projectList reads a project list table (项目支出预算表): a row per project
// with its amounts; unit subtotal rows are skipped.
func projectList(b *block, g grid, dept string) []*model.Project {
	nameCol := g.find("项目名称", "项目")
	codeCol := g.find("项目编码", "项目代码")
	funcCol := g.find("功能科目编码", "科目编码", "功能科目")
	totalCol := g.find("合计", "金额", "预算数")
	if nameCol < 0 {
		nameCol = 0
	}
	var out []*model.Project
	for _, r := range g.data {
		get := func(i int) string {
			if i < 0 || i >= len(r.Cells) {
				return ""
			}
			return strings.TrimSpace(r.Cells[i])
		}
		name := get(nameCol)
		if name == "" || isTotalLabel(name) || strings.HasSuffix(name, "小计") || strings.HasSuffix(name, "本级") ||
			(dept != "" && (name == dept || strings.Contains(name, dept))) {
			continue
		}
		if isAmountText(name) {
			continue
		}
		m, ok := amount(get(totalCol), b.unit)
		if !ok {
			// the first amount in the row
			for _, c := range r.Cells[nameCol+1:] {
				if m, ok = amount(c, b.unit); ok {
					break
				}
			}
		}
		p := &model.Project{Name: name, Code: get(codeCol), Budget: m, Line: r.Line}
		if fc := strings.ReplaceAll(get(funcCol), " ", ""); isCodeText(fc) && len(fc) == 7 {
			p.FunctionCode = fc
		}
		ref := model.Ref{Table: b.title, Line: r.Line, Unit: b.unit}
		if ok {
			ref.Amount = &m // a row with no figure read gives no budget
		}
		p.Sources = append(p.Sources, ref)
		out = append(out, p)
	}
	return out
}

// mergeProjects joins the projects named in lists and in performance forms:
// by code where both have one, else by name. The list's budget (万元) stays;
// the forms add plan, goal, indicators and their own amount as a source.
func mergeProjects(lists, forms []*model.Project) []*model.Project {
	out := append([]*model.Project(nil), lists...)
	key := func(p *model.Project) string { return prose.Key(p.Name) }
	byName := map[string]*model.Project{}
	byCode := map[string]*model.Project{}
	for _, p := range out {
		byName[key(p)] = p
		if p.Code != "" {
			byCode[p.Code] = p
		}
	}
	for _, f := range forms {
		var p *model.Project
		if f.Code != "" {
			p = byCode[f.Code]
		}
		if p == nil {
			p = byName[key(f)]
		}
		if p == nil {
			out = append(out, f)
			byName[key(f)] = f
			if f.Code != "" {
				byCode[f.Code] = f
			}
			continue
		}
		if p.Code == "" {
			p.Code = f.Code
		}
		p.Plan, p.PlanBlank = f.Plan, f.PlanBlank
		p.Goal, p.Purpose = f.Goal, firstOf(p.Purpose, f.Purpose)
		p.Indicators = append(p.Indicators, f.Indicators...)
		p.PeriodIndicators = append(p.PeriodIndicators, f.PeriodIndicators...)
		p.PeriodBudget = f.PeriodBudget
		p.Sources = append(p.Sources, f.Sources...)
	}
	return out
}

func firstOf(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// formWords: whether a row holds the words that steer a form's reading,
// found in one pass over its cells; the exact phrase is then looked for only
// in the rows that have the word.
type formWords struct{ indicator, yuan, plan bool }

func rowWords(r Row) (w formWords) {
	// one pass over each cell's bytes, looking at the three bytes of a Han
	// character only where its first byte is one of the words': strings.Contains
	// of a Han word stops at every character sharing its first byte. (The
	// text is valid UTF-8, as decodeLines makes it, so a match at a lead byte
	// is a whole character.)
	for _, c := range r.Cells {
		for i := 0; i+2 < len(c); i++ {
			switch c[i] {
			case 0xE5:
				switch {
				case c[i+1] == 0x85 && c[i+2] == 0x83: // 元
					w.yuan = true
				case c[i+1] == 0x88 && c[i+2] == 0x92 && i >= 3 && c[i-3:i] == "计": // 计划
					w.plan = true
				}
			case 0xE6:
				if c[i+1] == 0xA0 && c[i+2] == 0x87 && i >= 3 && c[i-3:i] == "指" { // 指标
					w.indicator = true
				}
			}
		}
	}
	return w
}

// cellsContaining counts the cells of a row that contain s.
func cellsContaining(r Row, s string) int {
	n := 0
	for _, c := range r.Cells {
		if strings.Contains(c, s) {
			n++
		}
	}
	return n
}
