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

// Severity grades a finding (the one type in model, named here for the rules).
type Severity = model.Severity

// Severities, from most to least serious.
const (
	Error  = model.SevError
	Warn   = model.SevWarn
	Info   = model.SevInfo
	Unread = model.SevUnread
)

// Finding is one place where the document disagrees with itself.
type Finding = model.Finding

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
// serious first, then in document order. The slice is never nil for a
// document: empty means checked and nothing found (the explorer shows the
// findings view and a folder's "no findings" for it).
func Check(doc *model.Document) []Finding {
	return check(doc, Options{})
}

func check(doc *model.Document, opt Options) []Finding {
	if doc == nil {
		return nil
	}
	c := newChecker(doc)
	c.opt = opt
	for _, r := range rules {
		r.run(c)
	}
	fs := c.findings
	for i := range fs {
		fs[i].Page = doc.PageOf(fs[i].Line)
		if len(doc.Parts) > 0 && fs[i].Line > 0 {
			fs[i].File, _, fs[i].FileLine = doc.Locate(fs[i].Line)
		}
	}
	if fs == nil {
		fs = []Finding{}
	}
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Severity.Rank() != b.Severity.Rank() {
			return a.Severity.Rank() < b.Severity.Rank()
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
