package audit

import (
	"fmt"
	"strings"
	"yusuan/internal/lazyregexp"

	"yusuan/model"
)

// checker carries the document and the findings while the rules run.
type checker struct {
	// doc is what the rules may reason from: the document without the
	// figures of tables whose arithmetic did not confirm the reading.
	doc *model.Document
	// read is the document as read, for the rule that reports those tables.
	read     *model.Document
	checks   int // identities compared by mismatch, for a table's verification
	findings []Finding
	narr     []*sentence // the narrative split into sentences, parsed once
	opt      Options
}

func newChecker(doc *model.Document) *checker {
	c := &checker{doc: trustedView(doc), read: doc}
	c.narr = splitNarrative(doc)
	return c
}

// loc says where a finding is.
type loc struct {
	where   string
	line    int
	code    string
	project string
}

func (c *checker) add(rule string, sev Severity, l loc, msg string) *Finding {
	c.findings = append(c.findings, Finding{
		Rule: rule, Severity: sev, Where: model.CleanText(l.where), Message: model.CleanText(msg),
		Line: l.line, Code: l.code, Project: model.CleanText(l.project),
	})
	return &c.findings[len(c.findings)-1]
}

// mismatch records that actual (what the document printed) differs from
// expected (what its own figures imply). operands are the printed figures
// expected was computed from: a difference no larger than their combined
// rounding is reported one level below sev. msg gets the figures appended.
func (c *checker) mismatch(rule string, sev Severity, l loc, msg string, expected, actual model.Money, operands ...model.Money) bool {
	c.checks++
	if expected.Equal(actual) {
		return false
	}
	diff := actual.Sub(expected)
	if withinRounding(diff, append(operands, expected, actual), len(operands)) {
		sev = lower(sev)
		msg += "（差额在四舍五入范围内）"
	}
	f := c.add(rule, sev, l, fmt.Sprintf("%s：应为 %s，实为 %s，相差 %s", msg, expected, actual, signed(diff)))
	f.Expected, f.Actual, f.Difference = expected.String(), actual.String(), signed(diff)
	c.immaterial(f, diff)
	return true
}

func lower(s Severity) Severity {
	if s == Error {
		return Warn
	}
	return Info
}

func signed(m model.Money) string {
	if m.Sign() > 0 {
		return "+" + m.String()
	}
	return m.String()
}

func withinRounding(diff model.Money, figures []model.Money, n int) bool {
	return model.WithinRounding(diff, figures, n)
}

var reBookmark = lazyregexp.New(`\[bookmark:[^\]]*\]`)

// title is a table's title fit for a finding: no export artefacts.
func title(t *model.Table) string {
	s := t.Title
	if strings.Contains(s, "[bookmark") {
		s = reBookmark.ReplaceAllString(s, "")
	}
	s = strings.TrimSpace(s)
	if s == "" {
		s = string(t.Kind)
	}
	return model.CleanText(s)
}

func tableLoc(t *model.Table, code string, line int) loc {
	w := title(t)
	if code != "" {
		w += " / " + code
	}
	if line == 0 {
		line = t.Line
	}
	return loc{where: w, line: line, code: code}
}

// amount returns a coded row's amount in a column, zero when blank.
func amount(r *model.CodedRow, col string) model.Money {
	return r.Amounts[col]
}

func hasAmount(r *model.CodedRow, col string) bool {
	_, ok := r.Amounts[col]
	return ok
}
