package model

import "encoding/json"

// Project is a project (项目) the document names: in a project list, a
// performance target table (绩效目标表) or a declaration form (绩效目标申报表).
type Project struct {
	Code string `json:"code"`
	Name string `json:"name"`
	// Budget is the project's budget where a table or form printed one that
	// was read (BudgetRead); JSON null otherwise, never a made-up 0.00.
	Budget Money `json:"budget"`
	// FunctionCode is the functional item the project is charged to, stated or
	// inferred by reconciling budgets against items; "" when unknown.
	FunctionCode         string `json:"function_code"`
	FunctionCodeInferred bool   `json:"function_code_inferred"`
	// Plan is the cumulative spending plan at the end of Mar/Jun/Oct/Dec, nil
	// where not given. A quarter left blank in the document is nil in Blank.
	Plan []Money `json:"plan"`
	// PlanBlank marks the plan entries the document left blank (same length as Plan).
	PlanBlank  []bool       `json:"plan_blank,omitempty"`
	Goal       string       `json:"goal"`
	Purpose    string       `json:"purpose,omitempty"`
	Indicators []*Indicator `json:"indicators"`
	// PeriodIndicators are the 实施期 (whole-period) indicators of a declaration
	// form, beside the annual ones in Indicators.
	PeriodIndicators []*Indicator `json:"period_indicators,omitempty"`
	// PeriodBudget is the declaration form's 实施期资金总额.
	PeriodBudget *Money `json:"period_budget,omitempty"`
	// Sources lists where the project appears (table title and line), first first.
	Sources []Ref `json:"sources,omitempty"`
	Line    int   `json:"line,omitempty"`
}

// BudgetRead reports whether the budget was read from the document: some
// place the project appears gave its amount. A project without any source
// (built by a program, or from JSON that keeps none) has the budget it was
// given, where that is not 0.
func (p *Project) BudgetRead() bool {
	if len(p.Sources) == 0 {
		return !p.Budget.IsZero()
	}
	for _, s := range p.Sources {
		if s.Amount != nil {
			return true
		}
	}
	return false
}

// MarshalJSON writes "budget": null for a budget not read.
func (p Project) MarshalJSON() ([]byte, error) {
	type plain Project
	v := struct {
		plain
		Budget *Money `json:"budget"`
	}{plain: plain(p)}
	if p.BudgetRead() {
		v.Budget = &p.Budget
	}
	return json.Marshal(v)
}

// Ref points at a place in the source document.
type Ref struct {
	Table  string `json:"table"`
	Line   int    `json:"line"`
	Amount *Money `json:"amount,omitempty"`
	// Unit is the unit the amount was printed in (元 or 万元); Amount is in 万元.
	Unit string `json:"unit,omitempty"`
}

// Indicator is one performance indicator (三级指标) with its value.
type Indicator struct {
	Level1 string `json:"level1"`
	Level2 string `json:"level2"`
	Name   string `json:"name"`
	Value  string `json:"value"`
	Basis  string `json:"basis"`
	Line   int    `json:"line,omitempty"`
}

// ThreePublic is the “三公”经费 table, in 万元. Total is the table's own 合计
// (some provinces include 会议费 and 培训费 in it); Subtotal is the “三公” proper.
type ThreePublic struct {
	Total            Money `json:"total"`
	Subtotal         Money `json:"subtotal"`
	Abroad           Money `json:"abroad"`
	Vehicle          Money `json:"vehicle"`
	VehiclePurchase  Money `json:"vehicle_purchase"`
	VehicleOperation Money `json:"vehicle_operation"`
	Reception        Money `json:"reception"`
	Meeting          Money `json:"meeting"`
	Training         Money `json:"training"`
	// Stated marks which fields the document printed (the rest are zero or derived).
	Stated []string `json:"stated,omitempty"`
	Table  string   `json:"table"`
	Line   int      `json:"line"`
}

// IsStated reports whether the document printed the field (by JSON name).
func (t *ThreePublic) IsStated(field string) bool {
	for _, s := range t.Stated {
		if s == field {
			return true
		}
	}
	return false
}

// ThreePublicFields are the JSON names of the “三公” amounts, in table order.
var ThreePublicFields = []string{"total", "subtotal", "abroad", "vehicle", "vehicle_purchase", "vehicle_operation", "reception", "meeting", "training"}

// Field returns the amount of a field by its JSON name, nil for an unknown name.
func (t *ThreePublic) Field(name string) *Money {
	switch name {
	case "total":
		return &t.Total
	case "subtotal":
		return &t.Subtotal
	case "abroad":
		return &t.Abroad
	case "vehicle":
		return &t.Vehicle
	case "vehicle_purchase":
		return &t.VehiclePurchase
	case "vehicle_operation":
		return &t.VehicleOperation
	case "reception":
		return &t.Reception
	case "meeting":
		return &t.Meeting
	case "training":
		return &t.Training
	}
	return nil
}
