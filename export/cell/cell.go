// Package cell makes document text safe to put in a spreadsheet cell. It is
// the one guard every CSV and xlsx writer goes through (export, the diff's
// CSV, the findings), so that a name printed in a public document such as
// =HYPERLINK("http://…") is shown as text and never run as a formula.
//
// It lives apart from package export because export writes the diff and the
// findings (it imports compare and audit) while compare's own CSV writer needs
// the guard too: a package both can import without a cycle.
package cell

import (
	"yusuan/model"
)

// Safe returns s cleaned of control characters (model.CleanText) and, when a
// spreadsheet would read it as a formula, neutralised with a leading
// apostrophe. A cell is a formula when it starts with =, +, -, @, TAB or CR.
//
// A plain decimal number with a sign (-30.00, the Δ of a line that shrank;
// +600.00, a finding's difference) is left as it is, so that a spreadsheet
// still reads it as a number: a sign followed by digits and at most one
// point computes nothing but the number itself. Anything else after the sign
// (-1+2, -SUM(A1), - 30, +A1) is neutralised.
func Safe(s string) string {
	s = model.CleanText(s)
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '@', '\t', '\r':
		return "'" + s
	case '-', '+':
		if isSignedNumber(s) {
			return s
		}
		return "'" + s
	}
	return s
}

// Row applies Safe to every field of row, in place, and returns it.
func Row(row []string) []string {
	for i, s := range row {
		row[i] = Safe(s)
	}
	return row
}

// isSignedNumber reports s = sign digits ["." digits].
func isSignedNumber(s string) bool {
	digits, point := 0, false
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !point && digits > 0 && i < len(s)-1:
			point = true
		default:
			return false
		}
	}
	return digits > 0
}
