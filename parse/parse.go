// Package parse turns the bytes of a published budget document into a
// model.Document: decoding, then one layout reader per source shape, all
// producing the same grid of rows; table recognition and extraction are
// written once, on the grid.
package parse

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"yusuan/model"
)

// ErrUnknownLayout is returned for text in which no budget table, department
// or year can be found.
var ErrUnknownLayout = errors.New("无法识别的文档：找不到预算表、部门或年度 (not a budget document)")

// File reads and parses the document at path. It only ever reads the file.
func File(path string) (*model.Document, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	if st.IsDir() {
		return nil, fmt.Errorf("%s: 是目录，不是文件 (is a directory)", path)
	}
	if st.Size() > MaxSize {
		return nil, fmt.Errorf("%s: %w", path, ErrTooLarge)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	defer f.Close()
	// read into a buffer of the file's size: no regrowing, no copies
	buf := bytes.NewBuffer(make([]byte, 0, st.Size()+bytes.MinRead))
	_, err = buf.ReadFrom(io.LimitReader(f, MaxSize+1))
	data := buf.Bytes()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	doc, err := parseBytes(path, data, true) // data is ours: no copy of it
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return doc, nil
}

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Bytes parses a document held in memory; source names it in the result.
func Bytes(source string, data []byte) (*model.Document, error) {
	return parseBytes(source, data, false)
}

// parseBytes is Bytes; owned says data is handed over (File's own buffer).
func parseBytes(source string, data []byte, owned bool) (*model.Document, error) {
	if f := DetectFormat(source, data); f != FormatText {
		return readFormat(source, f, data) // format.go: docx, xlsx, html, pdf, doc, xls
	}
	lines, lineOf, _, err := decodeLines(data, owned)
	if err != nil {
		return nil, err
	}
	layout := DetectLayout(lines)
	var rows []Row
	var skipped []rawWarning
	if layout == LayoutRaw {
		rows, skipped = readRawWarn(lines) // and the rows it could not place
	} else {
		rows = readLayout(lines, lineOf, layout)
	}
	sourceLines(rows, lineOf) // line numbers as the file has them
	pages := pageStarts(lineOf)
	doc, err := fromRows(source, layout, rows, pages)
	setPages(doc, pages)
	if doc != nil {
		for _, w := range skipped {
			line := w.line
			if lineOf != nil && line >= 1 && line <= len(lineOf) {
				line = lineOf[line-1]
			}
			doc.Warnf(line, "%s", w.msg)
		}
	}
	return doc, err
}

// FromRows builds the document from a grid that a layout or format reader
// produced. Front-ends for .docx, .xlsx and HTML call it with their own rows.
func FromRows(source string, layout Layout, rows []Row) (*model.Document, error) {
	return fromRows(source, layout, rows, nil)
}

// fromRows is FromRows for a text whose pages begin at those lines (nil:
// none known), so a table's reading may tell its pages apart.
func fromRows(source string, layout Layout, rows []Row, pages []int) (*model.Document, error) {
	rows = withCells(rows)
	doc := &model.Document{Schema: model.Schema, Source: source, Layout: string(layout), Unit: "万元", Pages: pages}
	dept := detectDepartment(rows)
	doc.Department = dept
	doc.Year = detectYear(rows)
	if doc.Year == 0 {
		if doc.Year = yearOfSource(source); doc.Year != 0 {
			doc.Warnf(0, "文中未印年度，取自文件名：%d", doc.Year)
		}
	}
	doc.Kind = detectKind(rows)
	blocks, text, contents := segment(rows, dept)
	doc.Contents = contents
	// the narrative is read from the text around the tables alone, beside them
	narrative := make(chan []*model.Section, 1)
	go func() { narrative <- sections(text, layout) }()
	read := readBlocks(blocks, blockContext{year: doc.Year, kind: doc.Kind, pages: pages, dept: dept})
	var lists, forms []*model.Project
	for k, r := range read {
		doc.Warnings = append(doc.Warnings, r.warnings...)
		if r.threeRows && doc.ThreePublic == nil {
			// the first “三公” table with rows is the one read
			if r.threeUnread != "" {
				doc.Warnf(blocks[k].titleLine, "“%s”%s，“三公”经费未读入", blocks[k].title, r.threeUnread)
			}
			doc.ThreePublic = r.three
		}
		if r.project != nil {
			forms = append(forms, r.project)
		}
		lists = append(lists, r.lists...)
		doc.Tables = append(doc.Tables, r.table)
	}
	doc.Projects = mergeProjects(lists, forms)
	nameSourcesBySummary(doc) // before anything reads the columns' names
	borrowShapes(doc)
	warnUnverified(doc)
	buildTrees(doc)
	buildTotals(doc, blocks)
	inferFunctionCodes(doc)
	doc.Sections = <-narrative
	if len(doc.Tables) == 0 && (doc.Department == "" || doc.Year == 0) {
		return nil, ErrUnknownLayout
	}
	if len(doc.Tables) == 0 {
		doc.Warnf(0, "未找到预算表，只读取了说明文字")
	}
	return doc, nil
}

// blockTable makes a block's table: its header's column names, its data
// rows as printed, and whether it is a table printed empty.
func blockTable(b *block) (*model.Table, grid) {
	g := makeGrid(b)
	t := &model.Table{Kind: b.kind, Title: b.title, Line: b.titleLine, Unit: b.unit, UnitName: headerUnitName(b.heads), Columns: g.names, EmptyNote: b.emptyNote}
	hasAmounts := false
	t.Rows, t.RowLines = make([][]string, 0, len(g.data)), make([]int, 0, len(g.data))
	for _, r := range g.data {
		t.Rows = append(t.Rows, r.Cells)
		t.RowLines = append(t.RowLines, r.Line)
		if !hasAmounts {
			for _, c := range r.Cells {
				if isMoneyCell(c) || isAmountText(c) && strings.TrimSpace(c) != "0" {
					hasAmounts = true
					break
				}
			}
		}
	}
	t.Empty = b.empty && !hasAmounts
	return t, g
}

// functionalPreference ranks the tables a functional tree may come from:
// the expenditure summary first, then the most complete functional table.
var functionalPreference = []model.TableKind{model.TExpenditure, model.TFiscalExpenditure, model.TGeneralExpenditure, model.TIncome, model.TFundExpenditure}

// functionalCount counts a table's distinct functional codes: an economic
// table or one by unit code (单位编码) has none, whatever its title says.
func functionalCount(t *model.Table) int {
	n := 0
	for _, r := range t.Coded {
		if isFunctionalCode(r.Code) {
			n++
		}
	}
	return n
}

func buildTrees(doc *model.Document) {
	var best *model.Table
	bestRank := 0
	for _, t := range doc.Tables {
		rank := -1
		for i, k := range functionalPreference {
			if t.Kind == k {
				rank = i
			}
		}
		if rank < 0 || functionalCount(t) == 0 || foreignClass(t.Coded) {
			continue
		}
		// the table with more functional lines wins (a fund table is a
		// narrower scope, not a substitute); among equals, a verified one,
		// then the preferred kind
		if best == nil || better(t, best) || !better(best, t) && rank < bestRank {
			best, bestRank = t, rank
		}
	}
	if best != nil {
		doc.Functional = funcTree(best, doc.Year, doc.Kind)
		doc.FunctionalSource = best.Title
		for _, r := range best.Coded {
			if r.Code == "" && !isTotalLabel(r.Name) && !placedByDepth(r) {
				doc.Warnf(r.Line, "“%s”一行没有科目编码，未计入功能分类科目树", r.Name)
			}
		}
	}
	// the economic tree from a table of economic lines: one whose title
	// says 基本支出 but whose rows are functional codes (a basic-expenditure
	// table by function) is no economic tree
	var econ *model.Table
	for _, t := range doc.TablesOf(model.TBasicEconomic) {
		if functionalCount(t) > economicCount(t) {
			continue
		}
		if econ == nil || economicCount(t) > economicCount(econ) ||
			economicCount(t) == economicCount(econ) && (econ.Unverified() && !t.Unverified() || econ.Unverified() == t.Unverified() && len(t.Coded) > len(econ.Coded)) {
			econ = t
		}
	}
	if econ != nil {
		// each unit's lines of a table by unit, or each 政府经济 line of a
		// 部门经济 code, summed by code: the table's economic view
		doc.Economic = econTree(mergeRepeatedCodes(econ.Coded), doc.Year)
		model.WalkEcon(doc.Economic, func(n, _ *model.EconNode) { n.Unverified = econ.Unverified() })
	}
}

// economicCount counts a table's distinct economic codes (3xx, 5xx); a table
// that repeats them, unit after unit (部门预算基本支出预算表 by 资金使用单位),
// counts as having none: it is no tree of the department's.
func economicCount(t *model.Table) int {
	seen := map[string]bool{}
	rows := 0
	for _, r := range t.Coded {
		if c := r.Code; c != "" && (c[0] == '3' || c[0] == '5') {
			rows++
			seen[c] = true
		}
	}
	if rows > len(seen)+len(seen)/4 {
		return 0
	}
	return len(seen)
}

// better: a has more functional lines than b, or as many and is verified
// where b is not.
func better(a, b *model.Table) bool {
	if na, nb := functionalCount(a), functionalCount(b); na != nb {
		return na > nb
	}
	return !a.Unverified() && b.Unverified()
}

// totalRow returns a table's total row (合计), if any.
func totalRow(t *model.Table) (model.CodedRow, bool) {
	for _, r := range t.Coded {
		if r.Code == "" && isTotalLabel(r.Name) {
			return r, true
		}
	}
	return model.CodedRow{}, false
}

// totalsFrom takes the headline expenditure, 基本支出 and 项目支出 from the
// 合计 row of the first table of kind k that prints one, and reports whether
// it printed the parts.
func totalsFrom(doc *model.Document, k model.TableKind, haveExp *bool) bool {
	tot := &doc.Totals
	for _, t := range doc.TablesOf(k) {
		inDoubt := t.Unverified()
		r, ok := totalRow(t)
		if !ok {
			continue
		}
		if doc.Kind == model.Final {
			r = finalColumns(r)
		}
		cs := model.ColumnsOf(t)
		total := totalOf(r, cs, "合计", "金额", "*")
		if !*haveExp && k == model.TExpenditure {
			tot.Expenditure, *haveExp = total, true
			tot.Unverified = tot.Unverified || inDoubt
		}
		if k != model.TExpenditure && *haveExp && !total.Equal(tot.Expenditure) {
			return false // a narrower 口径 (一般公共预算 of all funds): its parts are not the headline's
		}
		basic, bk := spendingOf(r, cs.Basic, "基本支出")
		project, pk := spendingOf(r, cs.Project, "项目支出")
		if bk != "" || pk != "" {
			tot.Basic, tot.Project = basic, project
			tot.Absent.Basic, tot.Absent.Project = bk == "", pk == ""
			tot.Unverified = tot.Unverified || inDoubt
			return true
		}
		return false
	}
	return false
}

// incomeTotal is the 合计 of an income table: a confirmed one first (a
// 收入支出决算总表 taken for an income table prints its total elsewhere), and
// only a figure the row prints.
func incomeTotal(doc *model.Document) (model.Money, bool) {
	for _, confirmed := range []bool{true, false} {
		for _, t := range doc.TablesOf(model.TIncome) {
			if (t.Verified != nil && *t.Verified) != confirmed {
				continue
			}
			r, ok := totalRow(t)
			if !ok {
				continue
			}
			cs := model.ColumnsOf(t)
			if cs.Total != "" && slices.Contains(r.Order, cs.Total) {
				if m, ok := r.Amounts[cs.Total]; ok {
					return m, true
				}
				continue
			}
			if m, col := pick(r, "合计", "金额", "*"); col != "" {
				return m, true
			}
		}
	}
	return model.Zero, false
}

func buildTotals(doc *model.Document, blocks []*block) {
	tot := &doc.Totals
	haveIncome, haveExp := false, false
	parts := false // a table printed 基本支出 or 项目支出
	for _, b := range blocks {
		if b.kind != model.TSummary {
			continue
		}
		if m, _, ok := labelAmount(b, "收入总计", "收入合计", "本年收入合计"); ok {
			tot.Income, haveIncome = m, true
		}
		if m, _, ok := labelAmount(b, "支出总计", "支出合计", "本年支出合计"); ok {
			tot.Expenditure, haveExp = m, true
		}
		break
	}
	// the widest table first (all funds, then 一般公共预算, then 财政拨款): a
	// narrower one is another 口径; taken from a table in doubt, the totals
	// say so
	for _, k := range []model.TableKind{model.TExpenditure, model.TGeneralExpenditure, model.TFiscalExpenditure} {
		if totalsFrom(doc, k, &haveExp) {
			parts = true
			break
		}
	}
	if !haveIncome {
		tot.Income, haveIncome = incomeTotal(doc)
	}
	if !haveExp {
		for _, n := range doc.Functional {
			tot.Expenditure = tot.Expenditure.Add(n.Total)
		}
		haveExp = len(doc.Functional) > 0
	}
	if !parts && haveExp {
		parts = partsFromTree(tot, doc.Functional)
	}
	// what no table printed is absent, not 0.00
	tot.Absent.Income, tot.Absent.Expenditure = !haveIncome, !haveExp
	if !parts {
		tot.Absent.Basic, tot.Absent.Project = true, true
	}
}

// partsFromTree takes 基本支出 and 项目支出 from the classes of the
// functional tree where no table prints them on a 合计 row (深圳: the unit's
// own row stands for it), and only where those classes add up to the
// headline expenditure: the same 口径, not a narrower table's.
func partsFromTree(tot *model.Totals, roots []*model.FuncNode) bool {
	if len(roots) == 0 {
		return false
	}
	var total, basic, project model.Money
	noBasic, noProject, inDoubt := false, false, false
	for _, n := range roots {
		total, basic, project = total.Add(n.Total), basic.Add(n.Basic), project.Add(n.Project)
		noBasic, noProject, inDoubt = noBasic || n.NoBasic, noProject || n.NoProject, inDoubt || n.Unverified
	}
	if !total.Equal(tot.Expenditure) || noBasic && noProject {
		return false
	}
	tot.Basic, tot.Project = basic, project
	tot.Absent.Basic, tot.Absent.Project = noBasic, noProject
	tot.Unverified = tot.Unverified || inDoubt
	return true
}
