package export

import (
	"encoding/csv"
	"io"
	"path/filepath"
	"strconv"

	"yusuan/audit"
	"yusuan/export/cell"
	"yusuan/model"
)

// Checked is a document with its audit findings, for the writers of
// `check` (CSV, xlsx) and the findings sheet of the export workbook.
type Checked struct {
	Doc      *model.Document
	Findings []audit.Finding
}

// FindingsHeader names the columns of `check --format csv`: one row per
// finding, with the document it is about. expected, actual and difference
// are exact decimals in 万元, blank where the rule is not about an amount;
// page is the PDF page of line, blank where the source has no pages; key
// and the review columns are the auditor's mark (package review), blank
// where there is none.
var FindingsHeader = []string{"department", "year", "document_kind", "source", "severity", "rule", "where", "line", "page",
	"code", "project", "message", "expected", "actual", "difference", "key", "review_state", "review_note", "review_at"}

// reviewFields are an auditor's mark as three cells, blank without one.
func reviewFields(r *model.Review) (state, note, at string) {
	if r == nil {
		return "", "", ""
	}
	return string(r.State), r.Note, r.At
}

// FindingsCSV writes every finding of every document, one table across all of them.
func FindingsCSV(w io.Writer, checked []Checked) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(FindingsHeader); err != nil {
		return err
	}
	for _, c := range checked {
		for _, f := range c.Findings {
			line, where := "", f.Where
			if f.Line > 0 {
				line = strconv.Itoa(f.Line)
			}
			if f.File != "" && f.File != c.Doc.Source {
				// the narrative half of a joined document: its own file and line
				line, where = strconv.Itoa(f.FileLine), where+"（"+filepath.Base(f.File)+"）"
			}
			state, note, at := reviewFields(f.Review)
			rec := append(docFields(c.Doc), string(f.Severity), f.Rule, where, line, pageText(f.Page),
				f.Code, f.Project, f.Message, f.Expected, f.Actual, f.Difference, f.Key, state, note, at)
			if err := cw.Write(cell.Row(rec)); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
