package parse

import (
	"strings"
	"unicode/utf8"

	"yusuan/internal/lazyregexp"
	"yusuan/model"
)

// block is a table as the grid shows it: a title, the text between the title
// and the first row (department, unit), header and data rows, and the notes
// under it.
type block struct {
	title     string
	titleLine int
	kind      model.TableKind
	unit      string // 万元 or 元
	meta      []string
	header    [][]string
	rows      []Row
	notes     []string
	empty     bool
	emptyNote string
	// heads are the lines between the title and the first row that may name
	// the department (部门：…), kept apart from meta because some of them end
	// the block as text; headerUnitName reads the name from them.
	heads []string
}

var (
	reUnit    = lazyregexp.New(`单位\s*[:：]\s*(万元|元)`)
	reTOCDots = lazyregexp.New(`(\.{3,}|…{2,}|·{3,})\s*\d*$`)
	reHeading = lazyregexp.New(`^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\))`)
)

// titleKinds maps title words to table kinds, most specific first. Tables
// are recognised by what their titles say, never by their position.
var titleKinds = []struct {
	words []string // all must occur
	not   []string // none may occur
	kind  model.TableKind
}{
	{[]string{"三公"}, nil, model.TThreePublic},
	{[]string{"绩效目标"}, nil, model.TProjectPerformance},
	{[]string{"政府采购"}, nil, model.TProcurement},
	{[]string{"资产"}, nil, model.TAssets},
	{[]string{"财政拨款收支"}, nil, model.TFiscalSummary},
	{[]string{"收支"}, []string{"国有资本", "政府性基金"}, model.TSummary},
	{[]string{"机关运行经费"}, nil, model.TOther},
	{[]string{"国有资本经营", "支出"}, nil, model.TSOEExpenditure},
	{[]string{"国有资本经营"}, nil, model.TSOEExpenditure},
	{[]string{"政府性基金", "支出"}, nil, model.TFundExpenditure},
	{[]string{"政府性基金", "收入"}, nil, model.TOther},
	{[]string{"基本支出"}, nil, model.TBasicEconomic},
	{[]string{"经济科目"}, nil, model.TBasicEconomic},
	{[]string{"一般公共预算", "支出"}, nil, model.TGeneralExpenditure},
	{[]string{"财政拨款支出"}, nil, model.TFiscalExpenditure},
	{[]string{"项目支出"}, nil, model.TProjectList},
	{[]string{"项目", "预算表"}, nil, model.TProjectList},
	{[]string{"收入"}, nil, model.TIncome},
	{[]string{"支出"}, nil, model.TExpenditure},
}

// tableKind classifies a table title, or returns "" when the text is not a
// table title at all.
func tableKind(title string) model.TableKind {
	if !strings.Contains(title, "表") {
		return ""
	}
	t := strings.ReplaceAll(title, " ", "")
	if !isTitle(t) {
		return ""
	}
	for _, tk := range titleKinds {
		if containsAll(t, tk.words) && !containsAny(t, tk.not) {
			return tk.kind
		}
	}
	return model.TOther
}

// isTitle: a short line naming a table (…表, …表（不含上年结转）), not a sentence.
func isTitle(t string) bool {
	if t == "" || utf8.RuneCountInString(t) > 60 || strings.ContainsAny(t, "，。；：:") {
		return false
	}
	if hasTOCDots(t) {
		return false
	}
	core := t
	if i := strings.LastIndexAny(core, "（("); i > 0 && strings.HasSuffix(core, "）") || strings.HasSuffix(core, ")") {
		if i := strings.LastIndexAny(core, "（("); i > 0 {
			core = core[:i]
		}
	}
	return strings.HasSuffix(core, "表") || strings.HasSuffix(core, "申报表") || strings.HasSuffix(core, "情况表")
}

func containsAll(s string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// isMeta reports the lines printed between a title and its table: the
// department, the year, the unit, the form number.
func isMeta(s string) bool {
	s = strings.TrimSpace(s)
	switch {
	case s == "":
		return true
	case strings.HasPrefix(s, "单位名称"), strings.HasPrefix(s, "部门名称"), strings.HasPrefix(s, "编制单位"),
		strings.HasPrefix(s, "预算年度"), strings.HasPrefix(s, "单位：") || strings.HasPrefix(s, "单位:"),
		strings.HasPrefix(s, "金额单位"), strings.HasPrefix(s, "截止时间"):
		return true
	case strings.Contains(s, "公开表") || strings.HasPrefix(s, "公开") && strings.HasSuffix(s, "表"):
		return true
	case strings.HasPrefix(s, "(") && strings.HasSuffix(s, "年度)"), strings.HasPrefix(s, "（") && strings.HasSuffix(s, "年度）"):
		return true
	}
	return false
}

// isMetaRow: a table row made only of meta cells and the department name.
func isMetaRow(r Row, dept string) bool {
	cells := r.NonEmpty()
	if len(cells) == 0 {
		return true
	}
	meta := 0
	for _, c := range cells {
		if isMeta(c) || (dept != "" && strings.Contains(c, dept) && len(cells) <= 3) {
			meta++
		}
	}
	return meta == len(cells)
}

// isNote: 注：… under a table.
func isNote(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "注：") || strings.HasPrefix(s, "注:") || strings.HasPrefix(s, "说明：")
}

// isEmptyNote: the note that says a table has no data on purpose.
func isEmptyNote(s string) bool {
	if containsAny(s, []string{"本表无数据", "空表列示", "无数据", "本表为空", "无相关数据", "此表为空", "无该项目", "无相关收支", "无此项"}) {
		return true
	}
	// 本部门无…安排 / 我单位没有…收支
	return reNoneNote.MatchString(s)
}

var reNoneNote = lazyregexp.New(`(本部门|本单位|我单位|我部门|本级)(无|没有|未安排).{0,30}(安排|收支|项目|预算|支出|收入|经费)`)

// unitOf finds the amount unit a table declares.
func unitOf(texts ...string) string {
	for _, t := range texts {
		if !strings.Contains(t, "元") {
			continue // every form below names it: most cells are ruled out without the expression
		}
		if m := reUnit.FindStringSubmatch(t); m != nil {
			return m[1]
		}
		if strings.Contains(t, "（元）") || strings.Contains(t, "(元)") || strings.Contains(t, "金额（元") {
			return "元"
		}
	}
	return ""
}

// isTOCEntry: a table-of-contents line (title …… page).
func isTOCEntry(r Row) bool {
	cells := r.NonEmpty()
	if len(cells) == 1 {
		return hasTOCDots(cells[0])
	}
	if len(cells) != 2 || !smallInt(cells[1]) {
		return false
	}
	return utf8.RuneCountInString(cells[0]) >= 4 && !isCodeText(cells[0]) && !isAmountText(cells[0])
}

// tocTitle strips the dots and page number of a contents line.
func tocTitle(r Row) string {
	t := strings.TrimRight(firstNonEmpty(r.Cells), "0123456789 ") // the page number
	return strings.TrimSpace(strings.TrimRight(t, ".…· "))
}

func isAmountText(s string) bool { return model.IsAmount(s) }

// segment splits the grid into tables and the text around them. Text rows
// that are not part of a table are returned for the narrative.
func segment(rows []Row, dept string) (blocks []*block, text []Row, contents []string) {
	seenTable := false
	var cur *block
	// A block's rows are a run of rows itself where they follow one another
	// (most tables: nothing is copied), a copy from the first row skipped
	// (a full slice expression makes that append copy, never overwrite).
	from := 0 // the index in rows of the block's first row
	finish := func() {
		if cur == nil {
			return
		}
		if len(cur.rows) > 0 || cur.empty || len(cur.header) > 0 {
			blocks = append(blocks, cur)
		} else {
			// A title with no table under it is text (e.g. a chart caption).
			text = append(text, Row{Line: cur.titleLine, Cells: []string{cur.title}})
			text = append(text, metaRows(cur)...)
		}
		cur = nil
	}
	for i := 0; i < len(rows); i++ {
		r := rows[i]
		if !seenTable && isTOCEntry(r) {
			contents = append(contents, tocTitle(r))
			continue
		}
		if !r.Table {
			t := r.Cells[0]
			if k := tableKind(t); k != "" {
				finish()
				cur = &block{title: t, titleLine: r.Line, kind: k}
				continue
			}
			if cur != nil {
				if len(cur.rows) == 0 {
					cur.heads = append(cur.heads, t)
				}
				switch {
				case isNote(t):
					cur.notes = append(cur.notes, t)
					if isEmptyNote(t) {
						cur.empty, cur.emptyNote = true, t
					}
					continue
				case len(cur.rows) == 0 && (isMeta(t) || len(cur.meta) > 0 && utf8.RuneCountInString(t) < 30 && !reHeading.MatchString(t)):
					cur.meta = append(cur.meta, t)
					continue
				case len(cur.rows) > 0 && isMeta(t) && len(t) < 40:
					// a repeated page header inside a long table
					continue
				}
				finish()
			}
			text = append(text, r)
			continue
		}
		// a table row
		if cur == nil {
			// an untitled table: name it after the text line above, if short
			title := ""
			if n := len(text); n > 0 && utf8.RuneCountInString(text[n-1].Cells[0]) <= 30 {
				title = text[n-1].Cells[0]
				text = text[:n-1]
			}
			cur = &block{title: title, titleLine: r.Line, kind: model.TOther}
		}
		seenTable = true
		if len(cur.rows) == 0 && isMetaRow(r, dept) {
			cur.meta = append(cur.meta, r.NonEmpty()...)
			cur.heads = append(cur.heads, r.NonEmpty()...)
			continue
		}
		if len(cur.rows) == 0 {
			cur.heads = append(cur.heads, r.NonEmpty()...) // 部门（单位）：… read as the first row
		}
		if len(cur.rows) == 0 {
			from = i
		}
		if from+len(cur.rows) == i {
			cur.rows = rows[from : i+1 : i+1]
		} else {
			cur.rows = append(cur.rows, r)
		}
	}
	finish()
	for _, b := range blocks {
		b.unit = blockUnit(b)
	}
	return blocks, text, contents
}

func metaRows(b *block) []Row {
	out := make([]Row, 0, len(b.meta))
	for _, m := range b.meta {
		out = append(out, Row{Line: b.titleLine, Cells: []string{m}})
	}
	return out
}

// blockUnit is the unit a table declares in its title, the lines above it or
// its first rows; 万元 when it says none.
func blockUnit(b *block) string {
	if u := unitOf(b.title); u != "" {
		return u
	}
	if u := unitOf(b.meta...); u != "" {
		return u
	}
	for i, r := range b.rows {
		if i >= 3 {
			break
		}
		if u := unitOf(r.Cells...); u != "" {
			return u
		}
	}
	return "万元"
}

// hasTOCDots: a contents line's leader dots (……, ....) and page number.
func hasTOCDots(s string) bool {
	if !strings.Contains(s, "...") && !strings.Contains(s, "…") && !strings.Contains(s, "·") {
		return false
	}
	return reTOCDots.MatchString(s)
}

// smallInt: one to three ASCII digits (a row or column number, a page).
func smallInt(s string) bool { return len(s) <= 3 && allDigits(s) }
