package parse

import (
	"path/filepath"
	"strings"

	"yusuan/model"
	"yusuan/prose"
)

// Some departments publish one year's budget as two files: the narrative
// (情况说明, Jiangsu's -text) and the tables (报表, -tables). Read apart, the
// narrative has no table to be checked against and the tables no text to
// check; joined, every narrative rule runs. This file finds such pairs and
// joins them.

// noTablesWarning is the warning FromRows gives a document of text only; a
// narrative joined to its tables no longer says it.
const noTablesWarning = "未找到预算表，只读取了说明文字"

// NarrativeOnly reports a document of text without a budget table.
func NarrativeOnly(d *model.Document) bool {
	return d != nil && len(d.Tables) == 0 && len(d.Sections) > 0 && d.Parts == nil
}

// AreHalves reports whether text is the narrative half of the document whose
// tables are in tables: text only beside tables, the same year and kind, and
// one department (prose.SameDepartment: 省政协办公厅 is 江苏省政协办公厅).
func AreHalves(text, tables *model.Document) bool {
	return NarrativeOnly(text) && tables != nil && len(tables.Tables) > 0 && tables.Parts == nil &&
		text.Year != 0 && text.Year == tables.Year && text.Kind == tables.Kind &&
		prose.SameDepartment(text.Department, tables.Department)
}

// Join reads the narrative half text and the tables half tables as one
// document: the tables' figures, trees, projects and source, followed by
// the narrative's sections. Lines count on from the tables' file into the
// narrative's (Parts says where each file begins), so every line stays
// unique and traceable to its file. Neither input is changed.
func Join(tables, text *model.Document) *model.Document {
	out := *tables
	offset := lastLine(tables)
	out.Parts = []model.FilePart{
		{Source: tables.Source, Pages: tables.Pages},
		{Source: text.Source, Offset: offset, Pages: text.Pages},
	}
	out.Pages = nil // pages are the parts'
	if out.Department == "" {
		out.Department = text.Department
	}
	out.Sections = append([]*model.Section(nil), tables.Sections...)
	for _, s := range text.Sections {
		c := *s
		c.Line = shift(s.Line, offset)
		c.Lines = make([]int, len(s.Lines))
		for i, l := range s.Lines {
			c.Lines[i] = shift(l, offset)
		}
		out.Sections = append(out.Sections, &c)
	}
	out.Contents = append(append([]string(nil), tables.Contents...), text.Contents...)
	out.Warnings = append([]string(nil), tables.Warnings...)
	name := filepath.Base(text.Source)
	for _, w := range text.Warnings {
		if w != noTablesWarning {
			out.Warnings = append(out.Warnings, name+"："+w)
		}
	}
	return &out
}

func shift(line, offset int) int {
	if line <= 0 {
		return line
	}
	return line + offset
}

// lastLine is the last source line anything in d was read from: a joined
// document's next part starts after it.
func lastLine(d *model.Document) int {
	n := 0
	if len(d.Pages) > 0 {
		n = d.Pages[len(d.Pages)-1]
	}
	for _, t := range d.Tables {
		n = max(n, t.Line)
		for _, l := range t.RowLines {
			n = max(n, l)
		}
	}
	for _, s := range d.Sections {
		n = max(n, s.Line)
		for _, l := range s.Lines {
			n = max(n, l)
		}
	}
	for _, p := range d.Projects {
		n = max(n, p.Line)
	}
	return n
}

// halfPairs finds, among n documents, each narrative half's tables half:
// pairs[i] = j joins text i to tables j. Where several tables could take a
// narrative (a folder holding each PDF and its text conversion), the file
// whose name is most like the narrative's wins: the same extension first,
// then the longest common beginning (js-cppcc-2017-text.pdf with
// js-cppcc-2017-tables.pdf).
func halfPairs(n int, doc func(int) *model.Document, name func(int) string) map[int]int {
	pairs := map[int]int{}
	taken := map[int]bool{}
	for i := range n {
		if !NarrativeOnly(doc(i)) {
			continue
		}
		best, bestScore := -1, -1
		for j := range n {
			if j == i || taken[j] || !AreHalves(doc(i), doc(j)) {
				continue
			}
			if s := NameAffinity(name(i), name(j)); s > bestScore {
				best, bestScore = j, s
			}
		}
		if best >= 0 {
			pairs[i] = best
			taken[best] = true
		}
	}
	return pairs
}

// NameAffinity scores how alike two file names are: the same extension
// (.layout.txt, .pdf) counts most, then the shared beginning in bytes.
func NameAffinity(a, b string) int {
	a, b = filepath.Base(a), filepath.Base(b)
	score := 0
	if fullExt(a) == fullExt(b) {
		score += 1 << 16
	}
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return score + i
}

// fullExt is everything from the first dot of a base name (.layout.txt).
func fullExt(base string) string {
	if i := strings.IndexByte(base, '.'); i >= 0 {
		return strings.ToLower(base[i:])
	}
	return ""
}

// JoinHalves returns docs with every narrative half joined to its tables
// half (see Join): the joined document takes the tables' place, the
// narrative's is dropped; every other document stays, in order.
func JoinHalves(docs []*model.Document) []*model.Document {
	return joinHalves(docs, func(d *model.Document) *model.Document { return d },
		func(_ *model.Document, j *model.Document) *model.Document { return j },
		func(d *model.Document) string { return d.Source })
}

// JoinHalfResults is JoinHalves over a folder's results: a joined document
// keeps the tables file's path; files that failed stay as they are.
func JoinHalfResults(results []FileResult) []FileResult {
	return joinHalves(results, func(r FileResult) *model.Document { return r.Doc },
		func(r FileResult, j *model.Document) FileResult { r.Doc = j; return r },
		func(r FileResult) string { return r.Path })
}

// joinHalves is JoinHalves over any list that holds documents.
func joinHalves[T any](items []T, doc func(T) *model.Document, with func(T, *model.Document) T, name func(T) string) []T {
	pairs := halfPairs(len(items), func(i int) *model.Document { return doc(items[i]) }, func(i int) string { return name(items[i]) })
	if len(pairs) == 0 {
		return items
	}
	joined := map[int]*model.Document{}
	for text, tables := range pairs {
		joined[tables] = Join(doc(items[tables]), doc(items[text]))
	}
	out := make([]T, 0, len(items)-len(pairs))
	for i, it := range items {
		if _, isText := pairs[i]; isText {
			continue
		}
		if j, ok := joined[i]; ok {
			it = with(it, j)
		}
		out = append(out, it)
	}
	return out
}
