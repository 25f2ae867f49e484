package model

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// Kind says whether a document is a budget (预算) or final accounts (决算).
type Kind string

// Kinds of document.
const (
	Budget Kind = "budget"
	Final  Kind = "final"
)

// Chinese is the kind as documents print it (预算, 决算); an unknown kind
// is shown as it is.
func (k Kind) Chinese() string {
	switch k {
	case Budget:
		return "预算"
	case Final:
		return "决算"
	}
	return string(k)
}

// Schema is the version of the JSON that scripts rely on.
const Schema = "yusuan/v1"

// Document is one parsed budget disclosure.
type Document struct {
	Schema           string       `json:"schema"`
	Source           string       `json:"source"`
	Layout           string       `json:"layout"`
	Department       string       `json:"department"`
	Year             int          `json:"year"`
	Kind             Kind         `json:"kind"`
	Unit             string       `json:"unit"`
	Totals           Totals       `json:"totals"`
	Functional       []*FuncNode  `json:"functional"`
	FunctionalSource string       `json:"functional_source"`
	Economic         []*EconNode  `json:"economic"`
	Projects         []*Project   `json:"projects"`
	ThreePublic      *ThreePublic `json:"three_public"`
	Tables           []*Table     `json:"tables"`
	Sections         []*Section   `json:"sections"`
	Warnings         []string     `json:"warnings"`
	// Contents lists the table titles the document's own table of contents promises.
	Contents []string `json:"contents,omitempty"`
	// Pages holds the source lines where the 2nd, 3rd … page begins (from
	// the form feeds of text converted from PDF); nil when the source has no
	// pages.
	Pages []int `json:"-"`
	// Parts lists the files of a document published in halves and read as
	// one (see FilePart); nil for a document of one file.
	Parts []FilePart `json:"parts,omitempty"`
}

// PageOf returns the page a source line is on (1-based), or 0 when the
// document has no pages or the line is unknown.
func (d *Document) PageOf(line int) int {
	if d == nil || line <= 0 {
		return 0
	}
	if len(d.Parts) > 0 {
		_, page, _ := d.Locate(line)
		return page
	}
	if d.Pages == nil {
		return 0
	}
	return 1 + sort.SearchInts(d.Pages, line+1)
}

// Where says where a line is for a reader: 第12页 第3行, or 第3行 without pages.
func (d *Document) Where(line int) string {
	if len(d.Parts) > 0 {
		return d.whereInPart(line)
	}
	if page := d.PageOf(line); page > 0 {
		return fmt.Sprintf("第%d页 第%d行", page, line)
	}
	return fmt.Sprintf("第%d行", line)
}

// Totals are the document's headline figures, in 万元.
type Totals struct {
	Income      Money `json:"income"`
	Expenditure Money `json:"expenditure"`
	Basic       Money `json:"basic"`
	Project     Money `json:"project"`
	// Absent names the figures the document does not print (no table gives
	// a 基本支出 of its own, say): null in JSON, — on screen, left out of
	// diffs; never 0.00.
	Absent TotalsAbsent `json:"-"`
	// Unverified: taken from a table whose arithmetic did not confirm its
	// reading (no confirmed table printed them); JSON "verified": false.
	Unverified bool `json:"-"`
}

// TotalsAbsent marks the headline figures a document does not print.
type TotalsAbsent struct{ Income, Expenditure, Basic, Project bool }

// TotalFigure is one headline figure, as the views list them.
type TotalFigure struct {
	Key, Label string // JSON name and Chinese label
	Value      *Money // nil where the document does not print it
}

// Figures lists the headline figures in their order (收入总计, 支出总计,
// 基本支出, 项目支出), nil where absent: the one list every view and diff
// goes through.
func (t Totals) Figures() []TotalFigure {
	fig := func(m Money, absent bool) *Money {
		if absent {
			return nil
		}
		return &m
	}
	return []TotalFigure{
		{"income", "收入总计", fig(t.Income, t.Absent.Income)},
		{"expenditure", "支出总计", fig(t.Expenditure, t.Absent.Expenditure)},
		{"basic", "基本支出", fig(t.Basic, t.Absent.Basic)},
		{"project", "项目支出", fig(t.Project, t.Absent.Project)},
	}
}

// MarshalJSON writes an absent figure as null and adds "verified": false to
// totals taken from a table in doubt.
func (t Totals) MarshalJSON() ([]byte, error) {
	f := t.Figures()
	v := struct {
		Income      *Money `json:"income"`
		Expenditure *Money `json:"expenditure"`
		Basic       *Money `json:"basic"`
		Project     *Money `json:"project"`
		Verified    *bool  `json:"verified,omitempty"`
	}{Income: f[0].Value, Expenditure: f[1].Value, Basic: f[2].Value, Project: f[3].Value}
	if t.Unverified {
		v.Verified = new(bool)
	}
	return json.Marshal(v)
}

// Section is a piece of narrative under a heading.
type Section struct {
	Heading string `json:"heading"`
	Line    int    `json:"line"`
	Text    string `json:"text"`
	// Lines holds the source line of each line of Text (split on "\n"), so a
	// figure found in the prose can be traced to where it is printed.
	Lines []int `json:"-"`
}

// Warnf records something that could not be understood, with the line where it was.
func (d *Document) Warnf(line int, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if line > 0 {
		msg = fmt.Sprintf("第%d行：%s", line, msg)
	}
	d.Warnings = append(d.Warnings, msg)
}

// TablesOf returns the recognised tables of a kind, in document order.
func (d *Document) TablesOf(k TableKind) []*Table {
	var out []*Table
	for _, t := range d.Tables {
		if t.Kind == k {
			out = append(out, t)
		}
	}
	return out
}

// Narrative joins every section's text, for rules and search that read prose.
func (d *Document) Narrative() string {
	var b strings.Builder
	for _, s := range d.Sections {
		b.WriteString(s.Heading)
		b.WriteByte('\n')
		b.WriteString(s.Text)
		b.WriteByte('\n')
	}
	return b.String()
}
