// Package audit checks a budget document against itself: tables that restate
// the same figures, parents against their children, projects against the
// totals, and the narrative against the tables. Every finding is a claim
// about a public document, so a rule only speaks when the arithmetic it
// recomputes is tied unambiguously to what the document printed.
package audit

import (
	"sort"

	"yusuan/model"
)

// Severity grades a finding.
type Severity string

// Severities, from most to least serious.
const (
	// Error: arithmetic that definitely does not hold.
	Error Severity = "error"
	// Warn: a likely problem, such as a difference of one unit of rounding.
	Warn Severity = "warn"
	// Info: worth a look; may have an innocent explanation.
	Info Severity = "info"
	// Unread: not a claim about the document at all: a table whose own
	// arithmetic did not confirm what yusuan read of it. Its figures are left
	// out of every other rule.
	Unread Severity = "unread"
)

func (s Severity) rank() int {
	switch s {
	case Error:
		return 0
	case Warn:
		return 1
	case Info:
		return 2
	}
	return 3
}

// Label is the severity in Chinese, for text output.
func (s Severity) Label() string {
	switch s {
	case Error:
		return "错误"
	case Warn:
		return "警告"
	case Unread:
		return "读取存疑"
	}
	return "提示"
}

// Finding is one place where the document disagrees with itself.
type Finding struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	// Where names the place: table title and code, project, or section.
	Where   string `json:"where"`
	Message string `json:"message"`
	// Expected, Actual and Difference (Actual − Expected) are exact decimals,
	// empty where the rule is not about an amount.
	Expected   string `json:"expected,omitempty"`
	Actual     string `json:"actual,omitempty"`
	Difference string `json:"difference,omitempty"`
	// Line is the source line the finding concerns (0 when unknown).
	Line    int    `json:"line,omitempty"`
	Code    string `json:"code,omitempty"`
	Project string `json:"project,omitempty"`
}

// HasErrors reports whether any finding is at error level.
func HasErrors(fs []Finding) bool {
	for _, f := range fs {
		if f.Severity == Error {
			return true
		}
	}
	return false
}

// Check runs every rule over the document and returns the findings, most
// serious first, then in document order.
func Check(doc *model.Document) []Finding {
	if doc == nil {
		return nil
	}
	c := newChecker(doc)
	for _, r := range rules {
		r.run(c)
	}
	fs := c.findings
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Severity.rank() != b.Severity.rank() {
			return a.Severity.rank() < b.Severity.rank()
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if a.Where != b.Where {
			return a.Where < b.Where
		}
		return a.Message < b.Message
	})
	return dedupe(fs)
}

// dedupe drops findings identical in every field (two routes to one fact).
func dedupe(fs []Finding) []Finding {
	out := fs[:0]
	seen := map[Finding]bool{}
	for _, f := range fs {
		if seen[f] {
			continue
		}
		seen[f] = true
		out = append(out, f)
	}
	return out
}
