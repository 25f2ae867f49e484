// Package league ranks the departments of a folder: every document is read,
// checked and reduced to the few figures a row needs (Summary), so a folder
// of thousands of documents never holds more than the documents being read;
// the summaries are grouped by department (one row each: the latest year,
// its change on the year before, “三公”, findings and the reading status)
// and the rows sorted by any column, with a totals row.
package league

import (
	"strings"

	"yusuan/model"
)

// Summary is what a row keeps of one document: where it is, whose and which
// year it is, its headline figures and how its check went. Never the document.
type Summary struct {
	// Path is the file (for a document in two halves, the tables' file);
	// Parts lists every file read for it (both halves), for reopening.
	Path  string
	Parts []string
	// Err is why the file could not be read; the rest is then empty.
	Err string

	Department string
	Year       int
	Kind       model.Kind
	// Expenditure is the document's expenditure total (支出总计), in 万元.
	Expenditure model.Money
	// ThreePublic is the “三公”经费 subtotal; HasThreePublic false when the
	// document has no “三公” table (absent is not zero).
	ThreePublic    model.Money
	HasThreePublic bool
	// Tables is the number of tables found (0: text only).
	Tables int
	// Counts are the findings by severity rank: error, warn, info, and
	// tables in doubt (读取存疑).
	Counts [4]int
}

// Errors, Warnings and Doubt are the counts of error and warning findings
// and of tables read in doubt.
func (s *Summary) Errors() int   { return s.Counts[0] }
func (s *Summary) Warnings() int { return s.Counts[1] }
func (s *Summary) Doubt() int    { return s.Counts[3] }

// Summarize reduces a checked document to its summary.
func Summarize(path string, doc *model.Document, findings []model.Finding) Summary {
	s := Summary{Path: path, Parts: []string{path}}
	if doc == nil {
		return s
	}
	if len(doc.Parts) > 0 {
		s.Parts = s.Parts[:0]
		for _, p := range doc.Parts {
			s.Parts = append(s.Parts, p.Source)
		}
	}
	// a copy: the name as parsed is a slice of the whole file's text, which
	// the summary must not keep alive
	s.Department, s.Year, s.Kind = strings.Clone(model.CleanText(doc.Department)), doc.Year, doc.Kind
	s.Expenditure, s.Tables = doc.Totals.Expenditure, len(doc.Tables)
	if tp := doc.ThreePublic; tp != nil {
		s.ThreePublic, s.HasThreePublic = tp.Subtotal, true
	}
	for _, f := range findings {
		s.Counts[f.Severity.Rank()]++
	}
	return s
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(model.CleanText(s)), " ")
}
