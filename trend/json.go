package trend

import (
	"encoding/json"
	"io"

	"yusuan/model"
)

type jsonStep struct {
	From     int         `json:"from"`
	To       int         `json:"to"`
	Delta    model.Money `json:"delta"`
	DeltaPct *string     `json:"delta_pct"` // null where the base is zero
}

type jsonChange struct {
	From  int         `json:"from"`
	To    int         `json:"to"`
	Delta model.Money `json:"delta"`
	CAGR  *string     `json:"cagr"` // null where the base is ≤ 0
}

type jsonRow struct {
	Code       string       `json:"code"`
	Name       string       `json:"name"`
	Level      string       `json:"level,omitempty"`
	Parent     string       `json:"parent,omitempty"`
	ParentName string       `json:"parent_name,omitempty"` // where the parent has no code
	Values     []*Value     `json:"values"`
	Steps      []*jsonStep  `json:"steps"`
	Change     *jsonChange  `json:"change"`
	Similar    bool         `json:"similar,omitempty"`
	Crosswalk  []CodeChange `json:"crosswalk,omitempty"`
}

type jsonTrend struct {
	Schema     string       `json:"schema"`
	Department string       `json:"department"`
	Kind       model.Kind   `json:"kind"`
	Years      []DocRef     `json:"years"`
	Totals     []jsonRow    `json:"totals"`
	Functional []jsonRow    `json:"functional"`
	Economic   []jsonRow    `json:"economic"`
	Crosswalk  []CodeChange `json:"crosswalk"`
	Warnings   []string     `json:"warnings"`
}

// WriteJSON writes `trend --format json` (schema yusuan/v1, in README's
// contract section): rows flat, parents before children with the parent's
// code, one value per year (null where the line is absent), amounts as exact
// decimal strings in 万元.
func WriteJSON(w io.Writer, t *Trend) error {
	out := jsonTrend{
		Schema: model.Schema, Department: t.Department, Kind: t.Kind, Years: t.Years,
		Totals: flat(t.Totals), Functional: flat(t.Functional), Economic: flat(t.Economic),
		Crosswalk: t.Crosswalk, Warnings: t.Warnings,
	}
	if out.Crosswalk == nil {
		out.Crosswalk = []CodeChange{}
	}
	if out.Warnings == nil {
		out.Warnings = []string{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func flat(rows []*Row) []jsonRow {
	out := []jsonRow{}
	Walk(rows, func(r, p *Row, _ int) {
		j := jsonRow{Code: r.Code, Name: r.Name, Level: r.Level, Values: r.Values, Similar: r.Similar, Crosswalk: r.Crosswalk,
			Steps: make([]*jsonStep, len(r.Steps))}
		if p != nil {
			j.Parent = p.Code
			if p.Code == "" {
				j.ParentName = p.Name
			}
		}
		for i, s := range r.Steps {
			if s != nil {
				j.Steps[i] = &jsonStep{From: s.From, To: s.To, Delta: s.Delta, DeltaPct: opt(s.Pct)}
			}
		}
		if c := r.Change; c != nil {
			j.Change = &jsonChange{From: c.From, To: c.To, Delta: c.Delta, CAGR: opt(c.CAGR)}
		}
		out = append(out, j)
	})
	return out
}

func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
