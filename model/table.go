package model

// TableKind classifies a recognised table by what it holds.
type TableKind string

// Table kinds, as in the JSON contract.
const (
	TSummary            TableKind = "summary"
	TIncome             TableKind = "income"
	TExpenditure        TableKind = "expenditure"
	TFiscalSummary      TableKind = "fiscal_summary"
	TGeneralExpenditure TableKind = "general_expenditure"
	TBasicEconomic      TableKind = "basic_economic"
	TFundExpenditure    TableKind = "fund_expenditure"
	TSOEExpenditure     TableKind = "soe_expenditure"
	TThreePublic        TableKind = "three_public"
	TProjectList        TableKind = "project_list"
	TProjectPerformance TableKind = "project_performance"
	TProcurement        TableKind = "procurement"
	TAssets             TableKind = "assets"
	TFiscalExpenditure  TableKind = "fiscal_expenditure"
	TOther              TableKind = "other"
)

// Table is a recognised table as the document printed it, for traceability.
type Table struct {
	Kind  TableKind `json:"kind"`
	Title string    `json:"title"`
	Page  int       `json:"page,omitempty"`
	Line  int       `json:"line"`
	// Unit is the unit the table printed its amounts in (万元 or 元).
	Unit string `json:"unit"`
	// UnitName is the department (单位) the table's header names (部门：…,
	// 单位名称：…, 编制部门：…, 部门（单位）：…) as printed; "" where it names none.
	UnitName string     `json:"unit_name,omitempty"`
	Columns  []string   `json:"columns"`
	Rows     [][]string `json:"rows"`
	// RowLines holds the source line of each row.
	RowLines []int `json:"row_lines"`
	// Empty marks a table the document says has no data (本表无数据, 空表列示),
	// with the note that says so.
	Empty     bool   `json:"empty,omitempty"`
	EmptyNote string `json:"empty_note,omitempty"`
	// Coded holds the table's coded rows read as amounts in 万元, for checks
	// across tables: one entry per row that has a classification code.
	Coded []CodedRow `json:"-"`
	// Verified says whether the table's own arithmetic (row identities,
	// parents against children, the 合计 row against the classes) confirmed
	// the figures as read; nil for a table with no coded rows to check.
	Verified *bool `json:"verified,omitempty"`
	// Identities counts what the verification checked and what failed.
	Identities *IdentityCount `json:"identities,omitempty"`
}

// IdentityCount is the tally of a table's verification.
type IdentityCount struct {
	Checked int `json:"checked"`
	Failed  int `json:"failed"`
	// Failures names the lines and sums that failed (the first few).
	Failures []string `json:"failures,omitempty"`
}

// Unverified reports a table whose arithmetic did not confirm what was read:
// its figures are shown marked, and the checks do not report its sums as the
// document's contradictions.
func (t *Table) Unverified() bool { return t.Verified != nil && !*t.Verified }

// CodedRow is a row of a classification table: a code (or "" for a total
// row), a name, and its amounts by column name, in 万元.
type CodedRow struct {
	Code    string
	Name    string
	Line    int
	Amounts map[string]Money
	// Order keeps the amount columns in table order.
	Order []string
	// Tokens are every figure of the row in printed order: more than Amounts
	// holds where the layout glued two columns' figures into one cell, so
	// the parser can place them again by arithmetic.
	Tokens []Money
	// Depth is the row's level (1 类, 2 款, 3 项) in a table that prints
	// names only, where the table's own sums established it (see
	// parse.shapeByArithmetic); 0 where the codes give the nesting.
	Depth int
	// Summed is how many printed rows this row adds up where the table
	// prints its code more than once (a table by unit, a functional ×
	// economic cross table: parse.mergeRepeatedCodes); 0 for a row as
	// printed. Each printed figure carries its own rounding.
	Summed int
}
