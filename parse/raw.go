package parse

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"yusuan/catalog"
	"yusuan/model"
	"yusuan/prose"
)

// The raw layout is text that PDF libraries and copy-paste produce without
// column alignment (`pdftotext -raw`, a PDF viewer's "copy"): one row per
// line as a rule, cells separated by single spaces, a code often fused to its
// name (2010101行政运行, 2010501-行政运行, [201]一般公共服务支出), sometimes two
// rows on one line, a name or a header word wrapped over several lines, and
// the text in the order the PDF drew it: a table's title may come after its
// rows. Cells are found by tokens, never by positions: a leading code, the
// name words, then the trailing amount tokens.

// rawKind classes a line of raw text.
type rawKind uint8

const (
	rawBlank   rawKind = iota // empty: a page break (pdftotext -raw has no other blank lines)
	rawPage                   // a page number: - 5 -
	rawForm                   // a form number alone: 表1, 公开01表
	rawTitle                  // a table title
	rawMeta                   // 单位：万元, 部门：…
	rawNote                   // 注：… under a table
	rawData                   // a row: label and amounts, or amounts alone
	rawPartial                // a code (and name) with no amounts: the start of a wrapped row
	rawWords                  // short words: header words, a wrapped name's tail
	rawProse                  // running text
	rawLone                   // one figure alone on its line
)

// rawSeg is one row's worth of tokens: code, name, amounts.
type rawSeg struct {
	code    string
	name    string
	more    []string // further label cells: 办公费 商品和服务支出 (two name columns)
	amounts []string
}

// rawLine is what the reader knows of one line.
type rawLine struct {
	kind  rawKind
	text  string   // the line, trimmed, runs of blanks collapsed
	title string   // rawTitle: the title
	segs  []rawSeg // rawData, rawPartial, rawWords
	words []string // the line's tokens
}

// readRaw reads the raw layout into the grid.
func readRaw(lines []string) []Row {
	rows, _ := readRawWarn(lines)
	return rows
}

// readRawWarn is readRaw that also returns the rows it left out, and why.
func readRawWarn(lines []string) ([]Row, []rawWarning) {
	var warns []rawWarning
	ls := make([]rawLine, len(lines))
	seen := map[string]int{}
	for i, l := range lines {
		ls[i] = classifyRaw(l)
		if ls[i].kind == rawWords || ls[i].kind == rawProse {
			seen[ls[i].text]++
		}
	}
	// a title wrapped after its form number: 公开 09 表：…培训费 / 支出预算表
	for i := 0; i+1 < len(ls); i++ {
		if ls[i].kind == rawForm && ls[i].title != "" && ls[i+1].kind == rawWords {
			if t := ls[i].title + ls[i+1].text; tableKind(nospace(t)) != "" {
				ls[i].kind, ls[i].title = rawTitle, t
				ls[i+1].kind = rawPage
			}
		}
	}
	// a running header repeated on every page (苏州市审计局 2026 年度部门预算公开):
	// text the first time (it may be where the year is printed), then not at all
	first := map[string]bool{}
	for i := range ls {
		if (ls[i].kind == rawWords || ls[i].kind == rawProse) && seen[ls[i].text] >= 3 && isRunningHeader(ls[i].text) {
			if !first[ls[i].text] {
				first[ls[i].text] = true
				ls[i].kind = rawProse
				continue
			}
			ls[i].kind = rawPage
		}
	}
	order := rawOrder(ls)
	rows := make([]Row, 0, len(lines))
	for k := 0; k < len(order); {
		i := order[k]
		l := &ls[i]
		if l.kind == rawTitle {
			rows = append(rows, Row{Line: i + 1, Cells: []string{l.title}})
			end := k + 1
			for end < len(order) && !rawRegionEnd(ls[order[end]].kind) {
				end++
			}
			rows = appendRawTable(rows, ls, order[k+1:end], tableKind(nospace(l.title)), &warns)
			k = end
			continue
		}
		rows = appendRawText(rows, l, i)
		k++
	}
	return rows, warns
}

// rawRegionEnd: the lines that end a table's region.
func rawRegionEnd(k rawKind) bool { return k == rawTitle || k == rawProse }

// appendRawText adds a line outside any table.
func appendRawText(rows []Row, l *rawLine, i int) []Row {
	switch l.kind {
	case rawBlank, rawPage, rawForm, rawLone:
		return rows
	case rawData, rawPartial:
		if l.kind == rawPartial && l.segs[0].name == "" {
			return rows // a code alone: no row to make of it
		}
		// figures outside a titled table: an untitled table's row
		for _, s := range splitRawRows(l.segs, false) {
			rows = append(rows, Row{Line: i + 1, Cells: s, Table: true})
		}
		return rows
	}
	return append(rows, Row{Line: i + 1, Cells: []string{l.text}})
}

// appendRawTable adds the rows of one table region: the lines between a
// title and the next title or paragraph, in reading order (idx).
func appendRawTable(rows []Row, ls []rawLine, idx []int, kind model.TableKind, warns *[]rawWarning) []Row {
	classified := isClassified(kind)
	start := len(rows)
	coded, width := false, 0
	firstData := len(idx)
	for k, i := range idx {
		l := &ls[i]
		if l.kind != rawData && (l.kind != rawPartial || firstData == len(idx)) {
			continue // a code line above the first row is not a row (426 沧州…: the unit)
		}
		firstData = min(firstData, k)
		for _, s := range l.segs {
			if s.code != "" {
				coded = true
			}
			width = max(width, len(s.amounts))
		}
	}
	// figures broken over two lines (2567.9 / 7): the row and the tails
	// below it are left out
	broken := brokenFigures(ls, idx)
	// the header: the word lines above the first row
	var header []int
	for _, i := range idx[:firstData] {
		if ls[i].kind == rawWords {
			header = append(header, i)
		}
	}
	// the columns the header names (up to the ones most tables leave blank)
	columns := coreColumns(headerColumns(ls, header))
	seenHeader := map[string]bool{}
	for _, i := range header {
		seenHeader[ls[i].text] = true
	}
	emitted, bare := false, 0
	var single []singleRow // rows of one label and figures, in a table without codes
	emitHeader := func() {
		if emitted || len(header) == 0 {
			return
		}
		emitted = true
		if coded {
			rows = append(rows, Row{Line: header[0] + 1, Cells: codedHeader(ls, header, max(width, columns)), Table: true})
			return
		}
		if names := fragmentHeader(ls, header); names != nil {
			rows = append(rows, Row{Line: header[0] + 1, Cells: names, Table: true})
			return
		}
		for _, i := range header {
			rows = append(rows, Row{Line: i + 1, Cells: append([]string(nil), ls[i].words...), Table: true})
		}
	}
	for k := 0; k < len(idx); k++ {
		i := idx[k]
		l := &ls[i]
		switch l.kind {
		case rawBlank, rawPage, rawForm, rawLone:
			continue // a lone figure counts only as the end of a wrapped row
		case rawMeta:
			if k < firstData {
				rows = append(rows, rawMetaRows(i, l)...)
			}
			continue // a page's repeated unit line
		case rawNote:
			emitHeader()
			rows = append(rows, Row{Line: i + 1, Cells: []string{l.text}})
			continue
		case rawPartial:
			if k < firstData {
				continue // a code line above the rows: the unit's code, not a row
			}
		case rawWords:
			if k < firstData {
				continue // the header, emitted before the first row
			}
			if seenHeader[l.text] {
				continue // the header repeated on a new page
			}
		}
		if broken[i] {
			*warns = append(*warns, rawWarning{i + 1, "“" + l.text + "”：金额折行，无法读出完整金额，此行未读入"})
			continue
		}
		emitHeader()
		// a row wrapped over lines: code and name, name parts, then the figures
		if (l.kind == rawPartial || l.kind == rawWords && k > firstData) && k+1 < len(idx) {
			if seg, two, used, ok := joinWrapped(ls, idx[k:]); ok {
				if two != nil {
					for _, c := range splitRawRows(two, false) {
						rows = append(rows, Row{Line: i + 1, Cells: c, Table: true})
					}
					k += used - 1
					continue
				}
				rows = append(rows, Row{Line: i + 1, Cells: rawCells(seg, coded), Table: true})
				k += used - 1
				continue
			}
		}
		if l.kind == rawData && len(l.segs) == 1 {
			// figures continued on the lines below, one per line
			// (2240106 安全监管 467.60 / 40.50 / 427.10)
			seg := l.segs[0]
			n := 0
			for k+1+n < len(idx) && ls[idx[k+1+n]].kind == rawLone && len(seg.amounts)+n < max(width, columns) {
				n++
			}
			if n > 0 {
				seg.amounts = append([]string(nil), seg.amounts...)
				for j := 1; j <= n; j++ {
					seg.amounts = append(seg.amounts, ls[idx[k+j]].segs[0].amounts...)
				}
				if !coded && seg.code == "" {
					single = append(single, singleRow{len(rows), 1 + len(seg.more), len(seg.amounts)})
				}
				rows = append(rows, Row{Line: i + 1, Cells: rawCells(seg, coded), Table: true})
				k += n
				continue
			}
		}
		if l.kind == rawPartial && l.segs[0].name == "" {
			bare++ // a code alone: its name and figures are not beside it
			continue
		}
		if classified && l.kind == rawWords {
			// words alone in a classification table: a row of blanks
			// would read as 0.00 (and get its code from the catalog)
			continue
		}
		for _, s := range splitRawRows(l.segs, coded) {
			if coded && len(l.segs) > 1 && len(s) > 0 && !isCodeText(s[0]) {
				s = append([]string{""}, s...) // keep the amounts under their columns
			}
			if !coded && len(l.segs) == 1 && l.segs[0].code == "" {
				single = append(single, singleRow{len(rows), 1 + len(l.segs[0].more), len(l.segs[0].amounts)})
			}
			rows = append(rows, Row{Line: i + 1, Cells: s, Table: true})
		}
	}
	emitHeader()
	if bare > 0 {
		*warns = append(*warns, rawWarning{idx[0] + 1, strconv.Itoa(bare) + " 行只有编码或名称、旁边没有金额（原文逐格成行，行无法复原），未读入"})
	}
	if !coded && kind != model.TSummary && kind != model.TFiscalSummary {
		// (a summary's rows are label, figure, label, figure: each figure
		// follows its own label whatever was dropped around it)
		var w []rawWarning
		rows, w = alignSingles(rows, start, single, columns)
		*warns = append(*warns, w...)
	}
	if coded {
		// the header may name more columns than any row fills
		width = max(width, columns)
	}
	if coded && width > 1 {
		placed, w := placeColumns(rows[start:], width)
		rows = append(rows[:start], placed...)
		*warns = append(*warns, w...)
	}
	padRows(rows[start:])
	return rows
}

// brokenFigures finds the lines of a table whose figures were cut by a
// narrow cell: a figure with fewer decimals than the table mostly prints
// (2567.9 where 571.97 is printed) or ending in its point (150.), when the
// line below carries the pieces: short runs of digits (急管理支出 7 0). A
// document that simply prints 3990.4 for 3990.40 has no pieces below.
func brokenFigures(ls []rawLine, idx []int) map[int]bool {
	count := map[int]int{}
	for _, i := range idx {
		for _, s := range ls[i].segs {
			for _, a := range s.amounts {
				if d := decimals(a); d > 0 {
					count[d]++
				}
			}
		}
	}
	mode := 0
	for d, n := range count {
		if n > count[mode] || n == count[mode] && d > mode {
			mode = d
		}
	}
	out := map[int]bool{}
	for k, i := range idx {
		cut := false
		for _, s := range ls[i].segs {
			for _, a := range s.amounts {
				d := decimals(a)
				cut = cut || strings.HasSuffix(a, ".") || mode >= 2 && d > 0 && d < mode
			}
		}
		if !cut || k+1 >= len(idx) {
			continue
		}
		next := idx[k+1]
		if nk := ls[next].kind; (nk == rawData || nk == rawLone || nk == rawWords) && pieces(ls[next].text) {
			out[i], out[next] = true, true
		}
	}
	return out
}

// pieces: a line holding the cut-off ends of figures: runs of one or two
// digits, nothing printed as an amount.
func pieces(t string) bool {
	found := false
	for _, w := range strings.Fields(t) {
		switch {
		case isMoneyText(w):
			return false
		case len(w) <= 2 && isDigits(w):
			found = true
		}
	}
	return found
}

// decimals counts the digits after the point of a figure (0 without one).
func decimals(a string) int {
	i := strings.LastIndexByte(a, '.')
	if i < 0 {
		return 0
	}
	n := 0
	for _, c := range a[i+1:] {
		if c < '0' || c > '9' {
			break
		}
		n++
	}
	return n
}

// isClassified: a table whose rows are read by classification code (the
// functional and economic tables).
func isClassified(kind model.TableKind) bool {
	switch kind {
	case model.TExpenditure, model.TIncome, model.TGeneralExpenditure, model.TFiscalExpenditure,
		model.TFundExpenditure, model.TSOEExpenditure, model.TBasicEconomic:
		return true
	}
	return false
}

// singleRow is a row of one label (in one or more cells) and its figures.
type singleRow struct {
	at, labels, amounts int
}

// alignSingles lines up the rows of one label and figures in a table
// without codes: the labels in as many cells as the widest label, the
// figures after them. Raw text drops blank cells, so a row with fewer
// figures than the widest row, but more than one, cannot say which columns
// its figures are in: it is left out with a warning.
func alignSingles(rows []Row, start int, single []singleRow, columns int) ([]Row, []rawWarning) {
	labels, width := 0, 0
	for _, s := range single {
		labels, width = max(labels, s.labels), max(width, s.amounts)
	}
	// the header may name more columns than any row fills
	width = max(width, columns)
	var warns []rawWarning
	drop := map[int]bool{}
	for _, s := range single {
		r := &rows[s.at]
		if s.amounts > 1 && s.amounts < width {
			drop[s.at] = true
			warns = append(warns, rawWarning{r.Line, "“" + r.Text() + "”：原文省略了空白栏，无法确定各金额所在的栏，此行未读入"})
			continue
		}
		if s.labels < labels {
			cells := append([]string(nil), r.Cells[:s.labels]...)
			cells = append(cells, make([]string, labels-s.labels)...)
			r.Cells = append(cells, r.Cells[s.labels:]...)
		}
	}
	if len(drop) == 0 {
		return rows, nil
	}
	out := rows[:start]
	for i := start; i < len(rows); i++ {
		if !drop[i] {
			out = append(out, rows[i])
		}
	}
	return out, warns
}

// padRows gives a table's rows one width, with blank cells on the right, so
// every column the header names exists in every row.
func padRows(rows []Row) {
	width := 0
	for _, r := range rows {
		if r.Table {
			width = max(width, len(r.Cells))
		}
	}
	for i := range rows {
		if rows[i].Table && len(rows[i].Cells) < width {
			rows[i].Cells = append(rows[i].Cells, make([]string, width-len(rows[i].Cells))...)
		}
	}
}

// rawMetaRows turns a meta line into rows segment() takes as the table's meta:
// the unit first (单位：万元 alone is meta), then the rest (部门：…).
func rawMetaRows(i int, l *rawLine) []Row {
	var unit, rest []string
	for _, w := range l.words {
		if isMeta(w) {
			unit = append(unit, w)
		} else {
			rest = append(rest, w)
		}
	}
	var out []Row
	for _, u := range unit {
		out = append(out, Row{Line: i + 1, Cells: []string{u}})
	}
	if len(rest) > 0 {
		// a table row: segment() takes a row naming the department as the
		// table's meta, where a text line would end the table (部门：… is not
		// one of the meta lines it knows)
		out = append(out, Row{Line: i + 1, Cells: []string{strings.Join(rest, " ")}, Table: len(unit) == 0})
	}
	return out
}

// joinWrapped joins a row printed over several lines: a line with a code
// and/or name but no figures, up to three lines of name words, then a line
// of figures alone (or figures then the other half of a two-sided row,
// returned as the row's segments). ok is false when the lines are not that
// shape.
func joinWrapped(ls []rawLine, idx []int) (rawSeg, []rawSeg, int, bool) {
	first := &ls[idx[0]]
	if len(first.segs) != 1 || len(first.segs[0].amounts) > 0 {
		return rawSeg{}, nil, 0, false
	}
	seg := rawSeg{code: first.segs[0].code, name: first.segs[0].name}
	for k := 1; k < len(idx) && k <= 4; k++ {
		l := &ls[idx[k]]
		switch {
		case l.kind == rawWords && len(l.words) == 1:
			if seg.code == "" && seg.name != "" && endsLikeColumn(seg.name) {
				return rawSeg{}, nil, 0, false // a whole label, then another: not one wrapped name
			}
			seg.name = joinWords(seg.name, l.words[0])
		case (l.kind == rawData || l.kind == rawLone) && l.segs[0].code == "" && l.segs[0].name == "":
			seg.amounts = append([]string(nil), l.segs[0].amounts...)
			used := k + 1
			if len(l.segs) > 1 {
				// the other half of a two-sided row (收入合 / 计 /
				// 13,649.07 支出合计 13,649.07)
				return seg, append([]rawSeg{seg}, l.segs[1:]...), used, true
			}
			// and figures continued one per line
			for used < len(idx) && ls[idx[used]].kind == rawLone {
				seg.amounts = append(seg.amounts, ls[idx[used]].segs[0].amounts...)
				used++
			}
			return seg, nil, used, true
		default:
			return rawSeg{}, nil, 0, false
		}
	}
	return rawSeg{}, nil, 0, false
}

// rawCells is a segment's cells; coded tables keep a code cell, even blank.
func rawCells(s rawSeg, coded bool) []string {
	cells := make([]string, 0, len(s.amounts)+len(s.more)+2)
	if coded || s.code != "" {
		cells = append(cells, s.code)
	}
	name := s.name
	if coded {
		name = joinWords(append([]string{name}, s.more...)...) // one name column
	}
	if name != "" || s.code != "" || coded {
		cells = append(cells, name)
	}
	if !coded {
		cells = append(cells, s.more...)
	}
	return append(cells, s.amounts...)
}

// splitRawRows turns a line's segments into rows. A second segment with a
// code is a second row printed on the same line; segments without codes
// are the halves of one row of a two-sided table (收入 | 支出).
func splitRawRows(segs []rawSeg, coded bool) [][]string {
	var out [][]string
	var cur []string
	for k, s := range segs {
		if k > 0 && s.code != "" && len(segs[k-1].amounts) > 0 {
			out = append(out, cur)
			cur = nil
		}
		cur = append(cur, rawCells(s, coded && len(segs) == 1)...)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// codedHeader names the columns of a coded table: code, name, then one name
// per amount column, from the header words. The header words of raw text
// come in drawing order and wrapped cells in pieces (对附属单位补助支 / 出):
// pieces are joined until they end like a column name, the code and name
// words are dropped, and a group word over a 小计 (一般公共预算支出 over
// 小计 | 基本支出 | 项目支出) is dropped. When the words left are not one per
// amount column, the names are given to the first columns in order and the
// rest stay unnamed: the table's verification is left to decide.
// fragmentHeader joins a header printed one piece per line (合计 / 基 /
// 本支出 / 项目 / 支出 …) into one row of column names; nil when the header
// has lines of several words.
func fragmentHeader(ls []rawLine, header []int) []string {
	var names []string
	pending := ""
	for _, i := range header {
		if len(ls[i].words) != 1 {
			return nil
		}
		pending += ls[i].words[0]
		if endsLikeColumn(pending) {
			names = append(names, pending)
			pending = ""
		}
	}
	if pending != "" {
		names = append(names, pending)
	}
	if len(header) < 2 {
		return nil
	}
	return names
}

// coreColumns counts the amount columns of a header up to the last that is
// not one of the parts most tables leave blank at their right end (结转下年资金,
// 单位预留机动经费, 事业单位经营支出, 上缴上级支出, 对附属单位补助支出): a row
// with fewer figures than that count has dropped a blank cell somewhere.
func coreColumns(names []string) int {
	n := len(names)
	for n > 0 && containsAny(names[n-1], []string{"结转下年", "结转结余下年", "预留机动", "经营支出", "上缴上级", "上解上级", "附属单位"}) {
		n--
	}
	return n
}

// headerColumns returns the names of the amount columns from a table's
// header lines (see codedHeader).
func headerColumns(ls []rawLine, header []int) []string {
	var words []string
	pending := ""
	flush := func() {
		if pending != "" {
			words = append(words, pending)
			pending = ""
		}
	}
	var cut []string // the last line's words, when each was cut short
	for _, i := range header {
		ws := ls[i].words
		if isColumnNumbers(ws) {
			continue // 栏次 1 2 3 …
		}
		// two header cells side by side, both wrapped: 单位预留机动经 结转下年资
		// over 费 金: the pieces go to the words above, in order
		if raw := strings.Fields(ls[i].text); len(cut) > 1 && len(raw) == len(cut) && len(words) >= len(cut) {
			for k, w := range raw {
				words[len(words)-len(cut)+k] += w
			}
			cut = nil
			continue
		}
		cut = nil
		if len(ws) > 1 {
			cut = ws
			for _, w := range ws {
				if endsLikeColumn(w) || isDigits(w) {
					cut = nil
				}
			}
		}
		if len(ws) == 1 {
			pending += ws[0]
			if endsLikeColumn(pending) {
				flush()
			}
			continue
		}
		flush()
		for k := 0; k < len(ws); k++ {
			if isDigits(ws[k]) && k+1 < len(ws) {
				words = append(words, ws[k]+ws[k+1]) // 2023 年预算数
				k++
				continue
			}
			words = append(words, ws[k])
		}
	}
	flush()
	var named []string
	for _, w := range words {
		if !isLeadWord(w) {
			named = append(named, w)
		}
	}
	var amounts []string
	for k, w := range named {
		if k+1 < len(named) && (strings.Contains(named[k+1], "小计") || strings.Contains(named[k+1], "合计")) &&
			!strings.Contains(w, "合计") && len(amounts) == 0 {
			continue // a group over its subtotal
		}
		amounts = append(amounts, w)
	}
	return amounts
}

func codedHeader(ls []rawLine, header []int, width int) []string {
	amounts := headerColumns(ls, header)
	cells := make([]string, 2, width+2)
	cells[0], cells[1] = "科目编码", "科目名称"
	for j := 0; j < width; j++ {
		name := ""
		if j < len(amounts) {
			name = amounts[j]
		}
		cells = append(cells, name)
	}
	return cells
}

// endsLikeColumn: a joined header piece that reads as a whole column name.
func endsLikeColumn(s string) bool {
	for _, e := range []string{"支出", "收入", "预算", "经费", "合计", "小计", "总计", "金额", "名称", "编码", "结余", "资金", "拨款", "科目", "费", "数", "计", "额"} {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// isLeadWord: a header word over the code or name column.
func isLeadWord(w string) bool {
	if strings.HasSuffix(w, "支出") && !strings.HasSuffix(w, "科目") || strings.Contains(w, "经费") {
		return false
	}
	return strings.Contains(w, "编码") || strings.Contains(w, "代码") || strings.Contains(w, "名称") ||
		strings.HasSuffix(w, "科目") || w == "项目" || w == "科目" || w == "单位" || w == "类" || w == "款" || w == "项" ||
		w == "序号" || w == "栏次" || w == "编" || w == "码" || isDigits(w)
}

// rawOrder returns the lines in reading order. PDF text comes in drawing
// order, and some publishers' tables draw their title after their rows
// (公开01表, 部门：…, the rows, then 收支预算总表): in such a document, found
// by its first table's rows coming before its first title, each title is
// moved to the start of its table (just after the previous title, page break
// or paragraph). In every document a title drawn just after its unit or form
// line (单位：万元, 表2, then the title) is moved over them.
func rawOrder(ls []rawLine) []int {
	after := titlesAfterRows(ls)
	moveTo := map[int][]int{} // target index → titles moved before it
	moved := map[int]bool{}
	for t := range ls {
		if ls[t].kind != rawTitle {
			continue
		}
		s := t
		for s > 0 && (ls[s-1].kind == rawMeta || ls[s-1].kind == rawForm || ls[s-1].kind == rawPage) {
			s--
		}
		if after {
			// to the start of the rows above it (if rows there are)
			w, rows := s, false
		walk:
			for w > 0 {
				switch ls[w-1].kind {
				case rawData, rawPartial, rawLone:
					rows = true
				case rawMeta, rawForm, rawPage, rawWords, rawNote:
				default:
					break walk
				}
				w--
			}
			if rows {
				s = w
			}
		}
		if s < t {
			moveTo[s] = append(moveTo[s], t)
			moved[t] = true
		}
	}
	order := make([]int, 0, len(ls))
	for i := range ls {
		order = append(order, moveTo[i]...)
		if !moved[i] {
			order = append(order, i)
		}
	}
	return order
}

// titlesAfterRows: the document draws its titles after their tables. The
// unit lines (单位：万元) vote: a title just above or below one (past other
// meta and form lines) says titles come first; none, that the title is
// drawn elsewhere, after the rows.
func titlesAfterRows(ls []rawLine) bool {
	next := func(i, step int) rawKind {
		for i += step; i >= 0 && i < len(ls); i += step {
			switch ls[i].kind {
			case rawMeta, rawForm, rawPage, rawWords, rawLone:
				continue // other meta, and the pieces of a wrapped one
			}
			return ls[i].kind
		}
		return rawBlank
	}
	after, before := 0, 0
	for i := range ls {
		if ls[i].kind != rawMeta || !strings.Contains(strings.ReplaceAll(ls[i].text, "单位名称", ""), "单位") {
			continue
		}
		if next(i, -1) == rawTitle || next(i, 1) == rawTitle {
			before++
		} else {
			after++
		}
	}
	return after > before
}

// classifyRaw works out what a line is.
func classifyRaw(l string) rawLine {
	t := strings.TrimSpace(l)
	if t == "" {
		return rawLine{kind: rawBlank}
	}
	words := strings.Fields(t)
	t = strings.Join(words, " ")
	out := rawLine{text: t, words: words}
	switch {
	case len(t) <= 16 && prose.IsPageNumber(t):
		out.kind = rawPage
		return out
	case isNote(t):
		out.kind = rawNote
		return out
	}
	if strings.Contains(t, "表") {
		title := t
		form := false
		if m := formNo(t); m != nil {
			if m[1] == "" {
				out.kind = rawForm
				return out
			}
			title, form = m[1], true
		}
		if tableKind(nospace(title)) != "" {
			out.kind, out.title = rawTitle, collapse(title)
			return out
		}
		if form {
			// 公开 09 表：一般公共预算“三公”经费、会议费、培训费 with 支出预算表 on
			// the next line: readRaw joins them
			out.kind, out.title = rawForm, collapse(title)
			return out
		}
	}
	if (strings.Contains(t, "单位") || strings.Contains(t, "部门")) && (isRawMeta(words) || declaresUnit(words)) {
		out.kind = rawMeta
		return out
	}
	if utf8.RuneCountInString(t) > 16 && strings.ContainsAny(t, "，。；") {
		out.kind = rawProse // a sentence, figures or not
		return out
	}
	if (t[0] >= '0' && t[0] <= '9' || strings.HasPrefix(t, "栏次")) && isColumnNumbers(words) {
		out.kind = rawWords // 栏次 1 2 3 …: part of the header
		return out
	}
	segs, ok := rawSegments(words)
	switch {
	case ok && len(segs) == 1 && segs[0].code == "" && segs[0].name == "" && len(segs[0].amounts) == 1:
		// one figure alone: the tail of a wrapped row, or a cell of text
		// that lists cells one per line (plain pdftotext), whose row
		// cannot be told
		out.kind, out.segs = rawLone, segs
	case ok && anyAmount(segs):
		out.kind, out.segs = rawData, segs
	case ok && len(segs) == 1 && segs[0].code != "" && len(segs[0].amounts) == 0:
		out.kind, out.segs = rawPartial, segs
	case isRawProse(t, words):
		out.kind = rawProse
	default:
		out.kind = rawWords
		out.words = joinLetterSpaced(words)
		out.segs = []rawSeg{{name: joinWords(words...)}}
	}
	return out
}

// joinLetterSpaced joins a word printed letter-spaced (合 计, 项 目): runs of
// single Chinese characters are one word.
func joinLetterSpaced(words []string) []string {
	out := make([]string, 0, len(words))
	single := func(w string) bool {
		r, n := utf8.DecodeRuneInString(w)
		return n == len(w) && r >= 0x80
	}
	for k, w := range words {
		if k > 0 && single(w) && single(words[k-1]) {
			out[len(out)-1] += w
			continue
		}
		out = append(out, w)
	}
	return out
}

// declaresUnit: a line that states the unit among other words (426 沧州…
// 预算年度：2026 单位：万元), with no figure printed as an amount.
func declaresUnit(words []string) bool {
	unit := false
	for _, w := range words {
		if strings.HasPrefix(w, "单位：") || strings.HasPrefix(w, "单位:") || strings.HasPrefix(w, "金额单位") {
			unit = true
		}
		if isMoneyText(w) {
			return false
		}
	}
	return unit
}

// isRunningHeader: the words of a page header, as opposed to a table's
// header repeated on each page.
func isRunningHeader(t string) bool {
	return !strings.Contains(t, "数") && containsAny(t, []string{"公开", "部门预算", "单位预算", "部门决算", "单位决算"})
}

// isOrdinal: a label that starts with its number (（二）, 二、, 1.): the start
// of another row's label, when two labels meet because raw text dropped the
// blank figures between them.
func isOrdinal(w string) bool {
	if strings.HasPrefix(w, "（") || strings.HasPrefix(w, "(") {
		return strings.ContainsAny(w, "）)") && strings.IndexAny(w, "）)") <= 12
	}
	if i := strings.Index(w, "、"); i > 0 && i <= 9 {
		return reHeading.MatchString(w)
	}
	return false
}

// isRawMeta: a line of meta cells only (单位：万元, 部门：…, 单位名称：…).
func isRawMeta(words []string) bool {
	if len(words) > 4 {
		return false
	}
	unit := false
	for _, w := range words {
		switch {
		case isMeta(w):
			unit = true
		case strings.HasPrefix(w, "部门：") || strings.HasPrefix(w, "部门:") || strings.HasPrefix(w, "编制部门"):
		default:
			return false
		}
	}
	return unit || len(words) == 1 && (strings.HasPrefix(words[0], "部门：") || strings.HasPrefix(words[0], "部门:"))
}

// isRawProse: running text, not a row or header words: a long line, or one
// that reads as a sentence.
func isRawProse(t string, words []string) bool {
	n := utf8.RuneCountInString(t)
	if n > 40 {
		return true
	}
	return n > 16 && strings.ContainsAny(t, "：:")
}

func anyAmount(segs []rawSeg) bool {
	for _, s := range segs {
		if len(s.amounts) > 0 {
			return true
		}
	}
	return false
}

// rawSegments reads a line's tokens as code/name/amount segments. ok is
// false when a name follows figures in a way no row does (a sentence with
// numbers in it).
func rawSegments(words []string) ([]rawSeg, bool) {
	var segs []rawSeg
	var cur rawSeg
	phase := 0 // 0 nothing yet, 1 code/name, 2 amounts
	integers := true
	flush := func() {
		segs = append(segs, cur)
		cur = rawSeg{}
	}
	for k := 0; k < len(words); k++ {
		w := words[k]
		if k == 0 && len(words) > 1 && len(w) <= 3 && isDigits(w) {
			if _, name, ok := leadingCode(words[1]); ok && (name != "" || len(words) == 2 || !isRawAmount(words[2])) || isTotalLabel(words[1]) {
				continue // a row number (序号) before the code or the total
			}
		}
		isAmt := isRawAmount(w)
		if isAmt && len(w) == 4 && k+1 < len(words) && strings.HasPrefix(words[k+1], "年") {
			isAmt = false // 2023 年预算数: a year in a label
		}
		switch phase {
		case 0, 1:
			if phase == 0 || cur.name == "" && cur.code != "" {
				if code, name, ok := leadingCode(w); ok && (phase == 0) {
					cur.code = code
					// 201 05 01: a code split over 类/款/项
					if name == "" && len(code) < 7 {
						run := 0
						for len(code)+2*run < 7 && k+1+run < len(words) && len(words[k+1+run]) == 2 && isDigits(words[k+1+run]) {
							run++
						}
						if run > 0 && k+1+run < len(words) && !isRawAmount(words[k+1+run]) {
							cur.code = code + strings.Join(words[k+1:k+1+run], "")
							k += run
						}
					}
					cur.name = name
					phase = 1
					continue
				}
			}
			if isAmt && (phase == 1 || phase == 0) {
				cur.amounts = append(cur.amounts, w)
				integers = integers && isDigits(strings.TrimPrefix(w, "-"))
				phase = 2
				continue
			}
			if cur.name != "" && isOrdinal(w) {
				flush() // 二、上年结转 （四）公共安全支出: two labels, their blank figures dropped
			}
			switch {
			case cur.name == "":
				cur.name = w
			case isLabelCell(cur.name, w):
				cur.more = append(cur.more, w)
			case len(cur.more) > 0:
				cur.more[len(cur.more)-1] = joinWords(cur.more[len(cur.more)-1], w)
			default:
				cur.name = joinWords(cur.name, w)
			}
			phase = 1
		case 2:
			if isAmt {
				// a code after figures, followed by a name: the next row
				if k+1 < len(words) && !isRawAmount(words[k+1]) && isCodeText(w) && (!integers || knownCode(w)) {
					flush()
					cur.code = w
					phase = 1
					continue
				}
				cur.amounts = append(cur.amounts, w)
				integers = integers && isDigits(strings.TrimPrefix(w, "-"))
				continue
			}
			flush()
			if code, name, ok := leadingCode(w); ok && name != "" {
				cur.code, cur.name = code, name
			} else {
				cur.name = w
			}
			phase = 1
		}
	}
	if phase != 0 {
		flush()
	}
	if len(segs) == 0 {
		return nil, false
	}
	return segs, true
}

// leadingCode reads a token that starts with a classification code: the
// code alone (2010101), fused to its name (2010101行政运行), joined by a
// hyphen or a dot (2010501-行政运行), or in brackets ([201]一般公共服务支出).
func leadingCode(w string) (code, name string, ok bool) {
	s, ok := unbracketed(w)
	if !ok {
		return "", "", false
	}
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n != 3 && n != 5 && n != 7 {
		return "", "", false
	}
	code, rest := s[:n], s[n:]
	if rest == "" {
		return code, "", true
	}
	for _, sep := range []string{"-", "－", "—", "–", "_", "、", " "} {
		rest = strings.TrimPrefix(rest, sep)
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if r < 0x80 {
		return "", "", false // 2010501.5 or 123abc: not a code and a name
	}
	return code, rest, true
}

// unbracketed takes the brackets off a code printed in them at the start of
// a cell ([201]一般公共服务支出, 【30101】基本工资 → 201一般公共服务支出); ok is
// false for an opening bracket with no closing one after its digits. A cell
// without a bracket is returned as it is.
func unbracketed(w string) (string, bool) {
	var open, closeBr string
	switch {
	case strings.HasPrefix(w, "["):
		open, closeBr = "[", "]"
	case strings.HasPrefix(w, "【"):
		open, closeBr = "【", "】"
	default:
		return w, true
	}
	s := w[len(open):]
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if !strings.HasPrefix(s[n:], closeBr) {
		return "", false
	}
	return s[:n] + s[n+len(closeBr):], true
}

// knownCode: a code of the functional or economic classification, to tell
// a code from an amount printed without decimals.
func knownCode(c string) bool {
	if _, _, ok := catalog.Name(catalog.Functional, 0, c); ok {
		return true
	}
	_, _, ok := catalog.Name(catalog.Economic, 0, c)
	return ok
}

// isRawAmount: a token that is a figure or a blank mark.
func isRawAmount(w string) bool {
	switch w {
	case "-", "--", "—", "——", "－", "–", "/", "／":
		return true
	}
	return maybeNumber(w) && isAmountText(w)
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isLabelCell: a word after a label that is a label cell of its own (two
// name columns: 办公费 商品和服务支出), not a piece of the same word: both
// Chinese, neither a lone character (letter-spaced 合 计).
func isLabelCell(prev, w string) bool {
	a, _ := utf8.DecodeLastRuneInString(prev)
	b, n := utf8.DecodeRuneInString(w)
	_, pn := utf8.DecodeLastRuneInString(prev)
	return a >= 0x80 && b >= 0x80 && n < len(w) && pn < len(prev)
}

// joinWords joins name pieces: without a space between Chinese characters,
// with one between Latin words.
func joinWords(parts ...string) string {
	out := ""
	for _, p := range parts {
		if p == "" {
			continue
		}
		if out == "" {
			out = p
			continue
		}
		a, _ := utf8.DecodeLastRuneInString(out)
		b, _ := utf8.DecodeRuneInString(p)
		if a < 0x80 && b < 0x80 {
			out += " " + p
		} else {
			out += p
		}
	}
	return out
}

// isRawText reports text in the raw layout: no TABs, few runs of two or
// more spaces, and lines that read as table rows (a label followed by
// figures printed as amounts).
func isRawText(lines []string) bool {
	rowish, wide := 0, 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if strings.Contains(t, "  ") {
			wide++
			continue
		}
		sp := strings.LastIndexByte(t, ' ')
		if sp < 0 {
			continue
		}
		last := t[sp+1:]
		if !isMoneyText(last) {
			continue
		}
		// a label first, or a row number (序号) then a code or the total
		ws := strings.Fields(t[:sp])
		if !isRawAmount(ws[0]) || isCodeText(ws[0]) {
			rowish++
		} else if len(ws) > 1 && len(ws[0]) <= 3 && isDigits(ws[0]) {
			if _, _, ok := leadingCode(ws[1]); ok || isTotalLabel(ws[1]) {
				rowish++
			}
		}
	}
	return rowish >= 5 && wide*4 < rowish
}

// rawWarning is a row the raw reader left out, with why.
type rawWarning struct {
	line int
	msg  string
}

// placeColumns puts the figures of a coded table's rows under their
// columns. Raw text drops blank cells: "2010802 一般行政管理事务 339.50
// 339.50" under 合计 | 基本支出 | 项目支出 does not say which column the second
// figure is in. The widest rows fix the column count; a row with fewer
// figures has its first under the first column (合计) and the rest in the
// order printed, in the columns under which its family adds up: the parent's
// figure in every column is the sum of its children's. A row for which the
// sums leave more than one choice, or none, is left out with a warning:
// better a row fewer than a figure in the wrong column.
func placeColumns(rows []Row, width int) ([]Row, []rawWarning) {
	var items []*placeRow
	byCode := map[string]*placeRow{}
	for i, r := range rows {
		if !r.Table || len(r.Cells) < 2 {
			continue
		}
		code, name := r.Cells[0], r.Cells[1]
		if code == "" && !isTotalLabel(name) || code != "" && !isCodeText(code) {
			continue
		}
		it := &placeRow{row: i, code: code}
		ok := true
		for _, c := range r.Cells[2:] {
			if c == "" {
				continue
			}
			v, fits := scaledValue(c)
			ok = ok && fits
			it.amts = append(it.amts, c)
			it.vals = append(it.vals, v)
		}
		if len(it.amts) == width || len(it.amts) == 0 {
			it.cols = leftColumns(len(it.amts))
		} else if ok {
			it.cands = rawPlacements(len(it.amts), width)
		}
		items = append(items, it)
		if _, dup := byCode[code]; !dup {
			byCode[code] = it
		}
	}
	fam := map[*placeRow][]*placeRow{}
	var parents []*placeRow
	for _, it := range items {
		if it.code == "" {
			continue
		}
		pc := ""
		if len(it.code) > 3 {
			pc = it.code[:len(it.code)-2]
		}
		if p, ok := byCode[pc]; ok && p != it {
			if fam[p] == nil {
				parents = append(parents, p)
			}
			fam[p] = append(fam[p], it)
		}
	}
	tried := map[*placeRow]int{} // open rows in the family when last tried, +1
	for changed := true; changed; {
		changed = false
		for _, p := range parents {
			state := 1 + openCount(fam[p])
			if p.cols == nil {
				state += 1000
			}
			if tried[p] == state {
				continue // nothing new since the last try
			}
			tried[p] = state
			if solveFamily(p, fam[p], width) {
				changed = true
			}
		}
	}
	var warns []rawWarning
	skip := map[int]bool{}
	for _, it := range items {
		if it.cols == nil {
			skip[it.row] = true
			warns = append(warns, rawWarning{rows[it.row].Line, "“" + rows[it.row].Text() + "”：原文省略了空白栏，无法确定各金额所在的栏，此行未读入"})
			continue
		}
		cells := make([]string, 2+width)
		cells[0], cells[1] = rows[it.row].Cells[0], rows[it.row].Cells[1]
		for k, j := range it.cols {
			cells[2+j] = it.amts[k]
		}
		rows[it.row].Cells = cells
	}
	out := rows[:0:0]
	for i, r := range rows {
		if !skip[i] {
			out = append(out, r)
		}
	}
	return out, warns
}

// placeRow is a coded row while its figures are being placed.
type placeRow struct {
	row   int
	code  string
	amts  []string
	vals  []int64 // the figures in millionths, for exact sums
	cols  []int   // the column of each figure, once known
	cands [][]int // the possible cols, while not known
}

// at returns the row's figure in column j (blank: 0).
func (r *placeRow) at(cols []int, j int) int64 {
	for k, c := range cols {
		if c == j {
			return r.vals[k]
		}
	}
	return 0
}

func openCount(rows []*placeRow) int {
	n := 0
	for _, r := range rows {
		if r.cols == nil {
			n++
		}
	}
	return n
}

// scaledValue reads a figure in millionths: exact for every amount printed
// with up to six decimals. ok is false for anything else.
func scaledValue(c string) (int64, bool) {
	if isRawAmount(c) && !isAmountText(c) {
		return 0, true // a dash: blank
	}
	d, ok := model.ParseDecimal(c)
	if !ok {
		return 0, false
	}
	d = d.Shift(6)
	if !d.IsInteger() || d.Abs().Cmp(decimal.New(1, 17)) > 0 {
		return 0, false
	}
	return d.IntPart(), true
}

func leftColumns(n int) []int {
	cols := make([]int, n)
	for k := range cols {
		cols[k] = k
	}
	return cols
}

// rawPlacements lists the ways n figures can sit under width columns: the
// first under the first column, the others in order; none when they are too
// many to try.
func rawPlacements(n, width int) [][]int {
	// beyond maxPlacements (a row of 19 figures under 33 columns has 10⁸)
	// the sums could not decide anyway: the row is left out with a warning
	if n == 0 || n > width {
		return nil
	}
	rest := orderedMatches(n-1, width-1, maxPlacements)
	if n == 1 {
		rest = [][]int{{}}
	}
	if rest == nil {
		return nil
	}
	out := make([][]int, len(rest))
	for i, r := range rest {
		out[i] = make([]int, n) // the first column, then the rest one further on
		for k, j := range r {
			out[i][k+1] = j + 1
		}
	}
	return out
}

// maxCombos bounds the search of one family's placements.
const maxCombos = 1 << 14

// solveFamily places what a family's sums decide: with the parent placed,
// each open child whose placement is the same in every combination that
// adds up; with every child placed, the parent if one placement adds up.
func solveFamily(p *placeRow, kids []*placeRow, width int) bool {
	var open []*placeRow
	target := make([]int64, width)
	for _, k := range kids {
		if k.cols == nil {
			open = append(open, k)
			continue
		}
		for j := range target {
			target[j] -= k.at(k.cols, j)
		}
	}
	if p.cols == nil {
		if len(open) > 0 || len(p.cands) == 0 {
			return false
		}
		var fit []int
		for _, c := range p.cands {
			ok := true
			for j := 0; j < width && ok; j++ {
				ok = p.at(c, j)+target[j] == 0
			}
			if ok {
				if fit != nil {
					return false // two placements add up
				}
				fit = c
			}
		}
		p.cols = fit
		return fit != nil
	}
	if len(open) == 0 {
		return false
	}
	combos := 1
	for _, k := range open {
		if len(k.cands) == 0 {
			return false
		}
		if combos *= len(k.cands); combos > maxCombos {
			return false
		}
	}
	for j := range target {
		target[j] += p.at(p.cols, j)
	}
	agreed := make([]int, len(open)) // -1 none yet, -2 two different
	for i := range agreed {
		agreed[i] = -1
	}
	choice := make([]int, len(open))
	sum := make([]int64, width)
	var rec func(i int)
	rec = func(i int) {
		if i == len(open) {
			for j := range sum {
				if sum[j] != target[j] {
					return
				}
			}
			for k, c := range choice {
				if agreed[k] == -1 {
					agreed[k] = c
				} else if agreed[k] != c {
					agreed[k] = -2
				}
			}
			return
		}
		k := open[i]
		for ci, cols := range k.cands {
			for n, j := range cols {
				sum[j] += k.vals[n]
			}
			choice[i] = ci
			rec(i + 1)
			for n, j := range cols {
				sum[j] -= k.vals[n]
			}
		}
	}
	rec(0)
	progress := false
	for i, k := range open {
		if agreed[i] >= 0 {
			k.cols = k.cands[agreed[i]]
			progress = true
		}
	}
	return progress
}
