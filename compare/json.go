package compare

import (
	"encoding/json"
	"io"

	"yusuan/model"
)

// jsonLine is a Line as the contract prints it: flat, parents before their
// children, with the parent's code so a script can rebuild the tree.
type jsonLine struct {
	Code            string      `json:"code"`
	Name            string      `json:"name"`
	OldName         string      `json:"old_name,omitempty"`
	Level           string      `json:"level,omitempty"`
	Parent          string      `json:"parent,omitempty"`
	ParentName      string      `json:"parent_name,omitempty"`
	Status          Status      `json:"status"`
	MatchedBy       string      `json:"matched_by,omitempty"`
	Old             *Amounts    `json:"old"`
	New             *Amounts    `json:"new"`
	Delta           model.Money `json:"delta"`
	DeltaPct        *string     `json:"delta_pct"` // null where the base is zero
	Rate            string      `json:"execution_rate,omitempty"`
	ChangedChildren int         `json:"changed_children,omitempty"`
}

type jsonProject struct {
	Name        string          `json:"name"`
	OldName     string          `json:"old_name"`
	Code        string          `json:"code"`
	Status      Status          `json:"status"`
	OldBudget   *model.Money    `json:"old_budget"`
	NewBudget   *model.Money    `json:"new_budget"`
	Delta       model.Money     `json:"delta"`
	DeltaPct    *string         `json:"delta_pct"`
	MatchedBy   string          `json:"matched_by"`
	Rate        string          `json:"execution_rate,omitempty"`
	Indicators  []IndicatorDiff `json:"indicators"`
	PlanOld     []model.Money   `json:"plan_old"`
	PlanNew     []model.Money   `json:"plan_new"`
	PlanChanged bool            `json:"plan_changed"`
}

type jsonTotal struct {
	Old      *model.Money `json:"old"`   // null where that document does not print it
	New      *model.Money `json:"new"`   // likewise
	Delta    *model.Money `json:"delta"` // null unless both print it
	DeltaPct *string      `json:"delta_pct"`
	Rate     string       `json:"execution_rate,omitempty"`
}

type jsonTotals struct {
	Income      jsonTotal `json:"income"`
	Expenditure jsonTotal `json:"expenditure"`
	Basic       jsonTotal `json:"basic"`
	Project     jsonTotal `json:"project"`
}

type jsonDiff struct {
	Schema      string        `json:"schema"`
	Old         DocRef        `json:"old"`
	New         DocRef        `json:"new"`
	Functional  []jsonLine    `json:"functional"`
	Economic    []jsonLine    `json:"economic"`
	Projects    []jsonProject `json:"projects"`
	Totals      jsonTotals    `json:"totals"`
	ThreePublic []jsonLine    `json:"three_public,omitempty"`
	Narrative   []Claim       `json:"narrative"`
	Warnings    []string      `json:"warnings"`
	// Execution and Findings: a budget beside its final accounts (Diff.Execution).
	Execution bool            `json:"execution,omitempty"`
	Findings  []model.Finding `json:"findings,omitempty"`
}

// WriteJSON writes the diff as the contract's `diff --format json` (schema
// yusuan/v1): amounts are exact decimal strings in 万元, delta_pct is null
// where the older amount is zero.
func WriteJSON(w io.Writer, d *Diff) error {
	out := jsonDiff{
		Schema:     model.Schema,
		Old:        d.Old,
		New:        d.New,
		Functional: flatJSON(d.Functional),
		Economic:   flatJSON(d.Economic),
		Projects:   make([]jsonProject, 0, len(d.Projects)),
		Totals: jsonTotals{
			Income:      totalJSON(d.Totals.Income),
			Expenditure: totalJSON(d.Totals.Expenditure),
			Basic:       totalJSON(d.Totals.Basic),
			Project:     totalJSON(d.Totals.Project),
		},
		ThreePublic: flatJSON(d.ThreePublic),
		Narrative:   d.Narrative,
		Warnings:    d.Warnings,
		Execution:   d.Execution,
		Findings:    d.Findings,
	}
	if out.Narrative == nil {
		out.Narrative = []Claim{}
	}
	if out.Warnings == nil {
		out.Warnings = []string{}
	}
	if len(d.ThreePublic) == 0 {
		out.ThreePublic = nil
	}
	for _, p := range d.Projects {
		ind := p.Indicators
		if ind == nil {
			ind = []IndicatorDiff{}
		}
		out.Projects = append(out.Projects, jsonProject{
			Name: p.Name, OldName: p.OldName, Code: p.Code, Status: p.Status,
			OldBudget: p.OldBudget, NewBudget: p.NewBudget, Delta: p.Delta, DeltaPct: optPct(p.DeltaPct),
			MatchedBy: p.MatchedBy, Rate: p.Rate, Indicators: ind, PlanOld: p.PlanOld, PlanNew: p.PlanNew, PlanChanged: p.PlanChanged,
		})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func optPct(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func totalJSON(t TotalDiff) jsonTotal {
	j := jsonTotal{Old: t.Old, New: t.New, DeltaPct: optPct(t.DeltaPct), Rate: t.Rate}
	if t.Old != nil && t.New != nil {
		j.Delta = &t.Delta
	}
	return j
}

func flatJSON(ls []*Line) []jsonLine {
	out := []jsonLine{}
	walkLines(ls, func(l, parent *Line) {
		j := jsonLine{
			Code: l.Code, Name: l.Name, OldName: l.OldName, Level: l.Level, Status: l.Status, MatchedBy: l.MatchedBy,
			Old: l.Old, New: l.New, Delta: l.Delta, DeltaPct: optPct(l.DeltaPct), Rate: l.Rate, ChangedChildren: l.ChangedChildren,
		}
		if parent != nil {
			j.Parent = parent.Code
			if parent.Code == "" {
				j.ParentName = parent.Name // a parent printed without a code
			}
		}
		out = append(out, j)
	})
	return out
}

// walkLines visits every line depth-first, parents before children.
func walkLines(ls []*Line, visit func(l, parent *Line)) {
	var walk func([]*Line, *Line)
	walk = func(ls []*Line, p *Line) {
		for _, l := range ls {
			visit(l, p)
			walk(l.Children, l)
		}
	}
	walk(ls, nil)
}
