// Package trend follows one department over three or more years: every line
// of the functional and economic classifications and the headline totals,
// one column per year, the change each year and over the period (the
// compound annual growth rate), matched across years as diff matches two
// (compare.MatchSiblings: code, name, then similarity, flagged), with codes
// that were renamed or reclassified between years kept in one row through a
// crosswalk (crosswalk.go).
//
// Amounts are model.Money in 万元, exact; a year in which a line is not
// printed is absent (nil), never zero.
package trend

import "yusuan/model"

// Sections of a trend, as the JSON and CSV name them.
const (
	Functional = "functional"
	Economic   = "economic"
	Totals     = "totals"
)

// Ways a year's line was matched to its row: compare's ByCode, ByName,
// BySimilarity, or through the crosswalk.
const ByCrosswalk = "crosswalk"

// DocRef is one year of the trend: the document it was read from.
type DocRef struct {
	Year       int    `json:"year"`
	Source     string `json:"source"`
	Department string `json:"department"`
}

// Value is a row's figures in one year, with the code and name that year's
// document printed.
type Value struct {
	Code    string       `json:"code"`
	Name    string       `json:"name"`
	Total   model.Money  `json:"total"`
	Basic   *model.Money `json:"basic"`   // nil where the table does not print it
	Project *model.Money `json:"project"` // nil where the table does not print it
	// MatchedBy is how this year's line joined the row: code, name,
	// similarity or crosswalk; "" in the year the row begins.
	MatchedBy string `json:"matched_by,omitempty"`
}

// Step is the change of a row from one year of the trend to the next.
type Step struct {
	From, To int
	Delta    model.Money
	Pct      string // Δ/from×100 to two places; "" where the base is zero
}

// Change is a row's change over the years it is printed in: from the first
// to the last, with the compound annual growth rate over the years between.
type Change struct {
	From, To int
	Delta    model.Money
	CAGR     string // percent to two places; "" where it has no meaning (a base ≤ 0)
}

// CodeChange is one entry of the crosswalk: a code that became another in
// Year, on the official list of classification changes or on the evidence
// of the documents (the same name, the old code gone, the amount close).
type CodeChange struct {
	Scheme   string `json:"scheme"` // functional or economic
	From     string `json:"from"`
	To       string `json:"to"`
	Year     int    `json:"year"` // the first year of the new code
	FromName string `json:"from_name"`
	ToName   string `json:"to_name"`
	Basis    string `json:"basis"` // official or evidence
	Note     string `json:"note,omitempty"`
}

// Bases of a crosswalk entry.
const (
	Official = "official"
	Evidence = "evidence"
)

// Row is one line followed over the years.
type Row struct {
	Code string // the latest code printed
	Name string // the latest name printed
	// Level is class/section/item (functional), class/item (economic); a
	// functional line printed without a code has the level its document's
	// nesting gave it, an economic one "".
	Level string
	// Values has one entry per year of the trend, nil where the line is absent.
	Values []*Value
	// Steps has one entry per pair of consecutive years, nil where either is absent.
	Steps []*Step
	// Change is nil where the row is printed in one year only.
	Change *Change
	// Similar is true when some year's line joined the row by name similarity only.
	Similar bool
	// Crosswalk lists the code changes this row went through, oldest first.
	Crosswalk []CodeChange
	Children  []*Row
}

// Trend is a department over its years.
type Trend struct {
	Department string // as the latest year prints it
	Kind       model.Kind
	Years      []DocRef
	Functional []*Row
	Economic   []*Row
	Totals     []*Row
	Crosswalk  []CodeChange
	// Warnings say what was left out (a document of text only, a year's half without tables).
	Warnings []string
}

// Walk visits every row depth-first, parents before children, with its
// parent (nil at the top) and depth (0 at the top).
func Walk(rows []*Row, visit func(r, parent *Row, depth int)) {
	var walk func([]*Row, *Row, int)
	walk = func(rs []*Row, p *Row, d int) {
		for _, r := range rs {
			visit(r, p, d)
			walk(r.Children, r, d+1)
		}
	}
	walk(rows, nil, 0)
}

// Present counts the years a row is printed in.
func (r *Row) Present() int {
	n := 0
	for _, v := range r.Values {
		if v != nil {
			n++
		}
	}
	return n
}
