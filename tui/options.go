package tui

import "yusuan/compare"

// Options are the explorer's settings, as main.go gets them from flags.
type Options struct {
	// Lang is the interface language: "zh" (default) or "en".
	Lang string
	// ASCII draws borders, bars and glyphs with plain ASCII characters.
	ASCII bool
	// Mouse turns on the mouse wheel (off by default, so the terminal's own
	// selection keeps working).
	Mouse bool
	// NoColor draws without colour (NO_COLOR is honoured too, by Run).
	NoColor bool
	// Findings, when not nil, adds the findings view (key 7) and marks the
	// rows they concern with "!". An empty, non-nil slice means "checked,
	// nothing found".
	Findings []Finding
	// ReviewPath, when not empty, is the document file beside which the
	// auditor's marks are kept (package review): key m in the findings view
	// marks the finding under the cursor. Empty: the findings cannot be
	// marked (the embedded sample).
	ReviewPath string
	// Diff, when not nil, opens the explorer in diff mode on the comparison
	// of two documents; the document given to New or Run is then the newer
	// one (for the raw tables and the narrative). The narrative claims about
	// last year join the findings view.
	Diff *compare.Diff
	// Source reads a document's source (the path as given, Document.Source)
	// as the numbered lines its figures cite, pdf telling that it was a PDF
	// (the lines are then pdftotext's): a finding's source text and o use
	// it. main gives parse's reader (the explorer does not parse); nil: no
	// source text.
	Source func(path string) (lines []string, pdf bool, err error)
}
