// Package compare sets two budget documents side by side: the functional and
// economic trees line by line, the projects with their indicators and
// spending plans, the headline totals, and the newer document's narrative
// statements about last year checked against the older document.
//
// All amounts are model.Money in 万元 (the parser has already normalised 元),
// so every Δ is exact; Δ% is rounded half-up to two places.
package compare

import "yusuan/model"

// Status says how a line or project changed between the two documents.
type Status string

// Statuses, as in the JSON contract.
const (
	Added   Status = "added"
	Removed Status = "removed"
	Changed Status = "changed"
	Renamed Status = "renamed"
	Same    Status = "same"
)

// Ways two lines or projects were matched.
const (
	ByCode       = "code"
	ByName       = "name"
	BySimilarity = "similarity"
)

// Amounts are one year's figures for a line, in 万元. For economic lines
// (which classify basic expenditure) Basic is the total, Project is zero, and
// Personnel/Public carry the 人员经费/公用经费 split.
type Amounts struct {
	Total     model.Money  `json:"total"`
	Basic     model.Money  `json:"basic"`
	Project   model.Money  `json:"project"`
	Personnel *model.Money `json:"personnel,omitempty"`
	Public    *model.Money `json:"public,omitempty"`
}

// Line is one functional or economic line in both years. Children keep the
// tree (for the explorer); the JSON writer flattens it.
type Line struct {
	Code    string `json:"code"`
	Name    string `json:"name"` // the newer name; the older one for removed lines
	OldName string `json:"old_name,omitempty"`
	// Level is class/section/item for functional lines (one printed without a
	// code: the level its document's nesting gave it), class/item for economic
	// codes, "" for an economic line without a code.
	Level     string      `json:"level,omitempty"`
	Status    Status      `json:"status"`
	MatchedBy string      `json:"matched_by,omitempty"`
	Old       *Amounts    `json:"old"`
	New       *Amounts    `json:"new"`
	Delta     model.Money `json:"delta"`
	// DeltaPct is Δ/old×100 to two places, "" where the old total is zero (新增).
	DeltaPct string `json:"delta_pct"`
	// Rate is the execution rate (决算数 ÷ 预算数 × 100, two places) when the
	// diff sets a budget beside its final accounts (Diff.Execution); "" otherwise
	// or where the budget is zero.
	Rate     string  `json:"execution_rate,omitempty"`
	Children []*Line `json:"-"`
	// ChangedChildren counts the lines below this one, at any depth, whose status is not same.
	ChangedChildren int `json:"changed_children,omitempty"`
}

// ProjectDiff is one project in both years.
type ProjectDiff struct {
	Name      string       `json:"name"`
	OldName   string       `json:"old_name"`
	Code      string       `json:"code"`
	Status    Status       `json:"status"`
	OldBudget *model.Money `json:"old_budget"`
	NewBudget *model.Money `json:"new_budget"`
	Delta     model.Money  `json:"delta"`
	DeltaPct  string       `json:"delta_pct"`
	// MatchedBy is code, name or similarity; "" for added and removed projects.
	MatchedBy  string          `json:"matched_by"`
	Rate       string          `json:"execution_rate,omitempty"` // as Line.Rate
	Indicators []IndicatorDiff `json:"indicators"`
	// PlanOld and PlanNew are the cumulative quarterly plans (nil where not given).
	PlanOld     []model.Money `json:"plan_old"`
	PlanNew     []model.Money `json:"plan_new"`
	PlanChanged bool          `json:"plan_changed"`
	// OldProject and NewProject are the matched projects, for views that show goals and sources.
	OldProject *model.Project `json:"-"`
	NewProject *model.Project `json:"-"`
}

// IndicatorDiff is one performance indicator (三级指标) of a matched project in both years.
type IndicatorDiff struct {
	Level1 string `json:"level1"`
	Level2 string `json:"level2"`
	Name   string `json:"name"`
	Old    string `json:"old"` // value, "" when the indicator is added
	New    string `json:"new"` // value, "" when the indicator is removed
	Status Status `json:"status"`
}

// DocRef names one side of the comparison.
type DocRef struct {
	Source     string `json:"source"`
	Year       int    `json:"year"`
	Department string `json:"department,omitempty"`
}

// TotalDiff is one headline figure in both years; Old or New is nil where
// that document does not print it, and Delta is then zero.
type TotalDiff struct {
	Old      *model.Money `json:"old"`
	New      *model.Money `json:"new"`
	Delta    model.Money  `json:"delta"`
	DeltaPct string       `json:"delta_pct"`
	Rate     string       `json:"execution_rate,omitempty"` // as Line.Rate
}

// Totals compares the documents' headline figures.
type Totals struct {
	Income      TotalDiff `json:"income"`
	Expenditure TotalDiff `json:"expenditure"`
	Basic       TotalDiff `json:"basic"`
	Project     TotalDiff `json:"project"`
}

// TotalLine is one headline figure of the diff with its JSON name and label.
type TotalLine struct {
	Key, Label string
	T          *TotalDiff
}

// Lines lists the headline figures in order (收入总计, 支出总计, 基本支出,
// 项目支出): the one list every view of the diff goes through.
func (t *Totals) Lines() []TotalLine {
	return []TotalLine{
		{"income", "收入总计", &t.Income}, {"expenditure", "支出总计", &t.Expenditure},
		{"basic", "基本支出", &t.Basic}, {"project", "项目支出", &t.Project},
	}
}

// Claim is a statement in the newer document about last year, recomputed
// from the older document. Stated and Computed are short human-readable
// forms ("减少767.47万元，下降19.25%").
type Claim struct {
	Statement string `json:"statement"`
	Subject   string `json:"subject"`
	Line      int    `json:"line,omitempty"`
	Stated    string `json:"stated"`
	Computed  string `json:"computed"`
	OK        bool   `json:"ok"`
}

// Finding is the claim as the explorer lists it beside the audit's
// findings: a wrong statement is an error, a confirmed one information.
func (c Claim) Finding() model.Finding {
	sev := model.SevInfo
	if !c.OK {
		sev = model.SevError
	}
	return model.Finding{Rule: "narrative-last-year", Severity: sev, Where: c.Subject,
		Message: c.Statement, Expected: c.Computed, Actual: c.Stated, Line: c.Line}
}

// Diff is the comparison of an older and a newer document.
type Diff struct {
	Old        DocRef         `json:"old"`
	New        DocRef         `json:"new"`
	Functional []*Line        `json:"functional"`
	Economic   []*Line        `json:"economic"`
	Projects   []*ProjectDiff `json:"projects"`
	Totals     Totals         `json:"totals"`
	// ThreePublic compares the “三公”经费 table field by field (code = JSON field name); nil when neither document has one.
	ThreePublic []*Line  `json:"three_public,omitempty"`
	Narrative   []Claim  `json:"narrative"`
	Warnings    []string `json:"warnings"`
	// Execution says Old is the budget and New the final accounts of one
	// department and year (IsExecution): old is 预算数, new 决算数, and every
	// line has its execution rate.
	Execution bool `json:"execution,omitempty"`
	// Findings are where the final accounts' 年初预算数 differs from the
	// budget document (rule final-budget-column); execution diffs only.
	Findings []model.Finding `json:"findings,omitempty"`
}

// Status is same, changed, or — where one document does not print the
// figure — added or removed.
func (t *TotalDiff) Status() Status {
	switch {
	case t.Old == nil && t.New == nil:
		return Same
	case t.Old == nil:
		return Added
	case t.New == nil:
		return Removed
	case t.Old.Equal(*t.New):
		return Same
	}
	return Changed
}
