package parse

import (
	"strconv"
	"strings"

	"yusuan/model"
)

// setPages gives the document its pages and every figure, table and row its
// page beside its line, so a reader can find it in the PDF (第12页 第3行).
func setPages(doc *model.Document, pages []int) {
	if doc == nil || pages == nil {
		return
	}
	doc.Pages = pages
	for _, t := range doc.Tables {
		t.Page = doc.PageOf(t.Line)
	}
	model.WalkFunc(doc.Functional, func(n, _ *model.FuncNode) { n.Page = doc.PageOf(n.Line) })
	model.WalkEcon(doc.Economic, func(n, _ *model.EconNode) { n.Page = doc.PageOf(n.Line) })
	for i, w := range doc.Warnings {
		doc.Warnings[i] = withPage(doc, w)
	}
}

// withPage puts the page before the line of a warning that names one
// (第612行：… → 第20页 第612行：…).
func withPage(doc *model.Document, w string) string {
	rest, ok := strings.CutPrefix(w, "第")
	if !ok {
		return w
	}
	i := strings.Index(rest, "行：")
	if i <= 0 {
		return w
	}
	line, err := strconv.Atoi(rest[:i])
	if err != nil {
		return w
	}
	return doc.Where(line) + rest[i+len("行"):]
}
