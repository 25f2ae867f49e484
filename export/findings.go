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
// are exact decimals in 万元, blank where the rule is not about an amount.
var FindingsHeader = []string{"department", "year", "document_kind", "source", "severity", "rule", "where", "line",
	"code", "project", "message", "expected", "actual", "difference"}

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
			rec := append(docFields(c.Doc), string(f.Severity), f.Rule, where, line,
				f.Code, f.Project, f.Message, f.Expected, f.Actual, f.Difference)
			if err := cw.Write(cell.Row(rec)); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
