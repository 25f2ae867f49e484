// Package export writes parsed documents as data: JSON (schema yusuan/v1),
// CSV (one row per amount, for spreadsheets and DuckDB) and the functional
// tree as indented text.
package export

import (
	"encoding/json"
	"io"

	"yusuan/model"
)

// JSON writes one document as an object, several as an array.
func JSON(w io.Writer, docs []*model.Document) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	for _, d := range docs {
		normalise(d)
	}
	if len(docs) == 1 {
		return enc.Encode(docs[0])
	}
	return enc.Encode(docs)
}

// normalise makes empty lists [] rather than null, as scripts expect.
func normalise(d *model.Document) {
	if d.Functional == nil {
		d.Functional = []*model.FuncNode{}
	}
	model.WalkFunc(d.Functional, func(n, _ *model.FuncNode) {
		if n.Children == nil {
			n.Children = []*model.FuncNode{}
		}
	})
	if d.Economic == nil {
		d.Economic = []*model.EconNode{}
	}
	model.WalkEcon(d.Economic, func(n, _ *model.EconNode) {
		if n.Children == nil {
			n.Children = []*model.EconNode{}
		}
	})
	if d.Projects == nil {
		d.Projects = []*model.Project{}
	}
	for _, p := range d.Projects {
		if p.Indicators == nil {
			p.Indicators = []*model.Indicator{}
		}
	}
	if d.Tables == nil {
		d.Tables = []*model.Table{}
	}
	for _, t := range d.Tables {
		if t.Rows == nil {
			t.Rows = [][]string{}
			t.RowLines = []int{}
		}
		if t.Columns == nil {
			t.Columns = []string{}
		}
	}
	if d.Sections == nil {
		d.Sections = []*model.Section{}
	}
	if d.Warnings == nil {
		d.Warnings = []string{}
	}
}
