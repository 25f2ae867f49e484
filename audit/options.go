package audit

import (
	"fmt"

	"yusuan/model"
)

// Options fit a check to an office that only wants material findings. The
// zero value is exact: every difference counts, every finding is kept.
type Options struct {
	// Tolerance (万元): a difference between two amounts no larger than it
	// is lowered to info rather than dropped. Lowered, because the figure is
	// still as the document printed it and an auditor may be asked about it;
	// info, because by the severities' meaning an amount the office has
	// decided does not matter is no longer a figure to call wrong or doubtful
	// (so it sets no exit status 1, and --min-severity warn hides it).
	// Percentages and counts have no amount difference and are not touched.
	Tolerance model.Money
	// MinSeverity keeps only findings at least this serious (empty: all).
	// Tables read in doubt (unread) are always kept: they say which figures
	// were not checked at all.
	MinSeverity Severity
}

// CheckWith is Check under the options.
func CheckWith(doc *model.Document, opt Options) []Finding {
	return Filter(check(doc, opt), opt.MinSeverity)
}

// Filter keeps the findings at least as serious as min, and every unread
// one; an empty min keeps all. The slice is never nil for a non-nil input.
func Filter(fs []Finding, min Severity) []Finding {
	if min == "" || fs == nil {
		return fs
	}
	out := []Finding{}
	for _, f := range fs {
		if f.Severity == Unread || f.Severity.Rank() <= min.Rank() {
			out = append(out, f)
		}
	}
	return out
}

// immaterial lowers a finding about an amount difference to info when the
// difference is within the tolerance, and says so in its message.
func (c *checker) immaterial(f *Finding, diff model.Money) {
	tol := c.opt.Tolerance
	if tol.Sign() <= 0 || diff.Abs().Cmp(tol) > 0 || f.Severity == Info {
		return
	}
	f.Severity = Info
	f.Message += fmt.Sprintf("（差额不超过容差 %s 万元）", tol)
}
