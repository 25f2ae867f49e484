package parse

import (
	"yusuan/catalog"
	"yusuan/model"
)

// Each table of a document is read from its own block alone, so the blocks
// are read aside (eachAside) and the document takes what each gives in
// document order: its table, the projects of a project list or form, a
// “三公” table's figures, and the warnings its reading gave, in the order a
// reading one block after the other gives them.

// blockContext is what a block's reading needs of its document.
type blockContext struct {
	year  int
	kind  model.Kind
	pages []int // the lines that begin pages (nil: none known)
	dept  string
}

// blockRead is one block read.
type blockRead struct {
	table       *model.Table
	project     *model.Project   // a performance form's (绩效目标表, 申报表)
	lists       []*model.Project // a project list's
	threeRows   bool             // a “三公” table with rows: its figures follow
	three       *model.ThreePublic
	threeUnread string   // why they could not be read
	warnings    []string // as model.Document.Warnf writes them
}

// readBlocks reads every block, aside.
func readBlocks(blocks []*block, ctx blockContext) []blockRead {
	out := make([]blockRead, len(blocks))
	eachAside(len(blocks), func(k int) { out[k] = readBlock(blocks[k], ctx) })
	return out
}

// readBlock reads one block into its table.
func readBlock(b *block, ctx blockContext) (r blockRead) {
	// the block's own warnings and pages, written as the document's would be
	doc := &model.Document{Year: ctx.year, Kind: ctx.kind, Pages: ctx.pages}
	t, g := blockTable(b)
	var printed []model.CodedRow // the rows as read, for byPages
	var byPages func()
	var byPageColumns func() // reassign_pagecols.go
	switch b.kind {
	case model.TExpenditure, model.TIncome, model.TGeneralExpenditure, model.TFiscalExpenditure,
		model.TFundExpenditure, model.TSOEExpenditure:
		// (settleCoded: each printed row placed by its own sums before
		// repeated codes are summed; a page of one part whose column
		// its position leaves undetermined, by the table's sums after)
		var units []int
		t.Coded, units = codedTable(b, g, catalog.Functional, doc.Year, doc)
		reassignByUnit(t, units)
		dropLinesPrintedTwice(t, doc)
		if cs := model.ColumnsOf(t); !cs.Ambiguous {
			parts := totalParts(cs)
			if pages := undeterminedPages(t.Coded, parts, doc.PageOf); len(pages) > 0 {
				byPages = func() { placePartsByPages(t, printed, pages, parts, doc.Year) }
				printed = cloneRows(t.Coded)
			}
		}
		if laterPages(t.Coded, doc.PageOf) { // the rows as read, kept only where a page can be matched
			asRead := cloneRows(t.Coded)
			byPageColumns = func() { placePageColumns(t, asRead, doc.PageOf, doc.Year) }
		}
		settleCoded(t, doc.Year)
	case model.TBasicEconomic:
		t.Coded, _ = codedTable(b, g, catalog.Economic, doc.Year, doc)
		reassignRows(t)
	}
	verifyTable(t)
	if byPages != nil && t.Unverified() {
		byPages() // a page's lone part, placed by the table's sums
	}
	if byPageColumns != nil && t.Unverified() {
		byPageColumns() // a page's columns, matched to the table's by its sums
	}
	refuteFiguresInHeader(t)
	switch b.kind {
	case model.TThreePublic:
		if r.threeRows = len(g.data) > 0; r.threeRows {
			r.three, r.threeUnread = threePublic(b, g, doc.Year, doc.Kind)
		}
	case model.TProjectPerformance:
		r.project = performanceProject(b)
	case model.TProjectList:
		r.lists = projectList(b, g, ctx.dept)
	}
	if len(g.data) == 0 && !b.empty {
		doc.Warnf(b.titleLine, "表“%s”没有数据行，也没有说明为空表", b.title)
	}
	r.table, r.warnings = t, doc.Warnings
	return r
}
