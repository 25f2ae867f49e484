package cell

import "testing"

func TestSafe(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// hostile cells: shown as text, never run
		{`=HYPERLINK("http://x","点此")`, `'=HYPERLINK("http://x","点此")`},
		{"=1+2", "'=1+2"},
		{"+1+2", "'+1+2"},
		{"+A1", "'+A1"},
		{"+", "'+"},
		{"+1.5e3", "'+1.5e3"},
		{"-1+2", "'-1+2"},
		{"-SUM(A1:A9)", "'-SUM(A1:A9)"},
		{"- 30", "'- 30"},
		{"-", "'-"},
		{"-.5", "'-.5"},
		{"-5.", "'-5."},
		{"-1.2.3", "'-1.2.3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1+2", "'\t=1+2"},
		{"\r=1+2", "'=1+2"}, // CR is a control character: cleaned away first, then the = is caught
		{"\x1b[31m=1+2", "'=1+2"},
		// ordinary cells and negative amounts stay as they are
		{"-30.00", "-30.00"},
		{"-16.67", "-16.67"},
		{"-287.8025", "-287.8025"},
		{"-5", "-5"},
		{"+600.00", "+600.00"},
		{"+1", "+1"},
		{"30.00", "30.00"},
		{"安全监管", "安全监管"},
		{"“三公”经费", "“三公”经费"},
		{"a=b", "a=b"},
		{"≥200元", "≥200元"},
		{"", ""},
	} {
		if got := Safe(c.in); got != c.want {
			t.Errorf("Safe(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestRowInPlace(t *testing.T) {
	row := []string{"=cmd|' /C calc'!A0", "-30.00", "名称"}
	got := Row(row)
	if got[0] != "'=cmd|' /C calc'!A0" || got[1] != "-30.00" || got[2] != "名称" || &got[0] != &row[0] {
		t.Errorf("Row = %q", got)
	}
}

// Whatever the text, the cell never starts a formula, holds no control
// character but TAB and newline, and guarding twice changes nothing.
func FuzzSafe(f *testing.F) {
	for _, s := range []string{"=1+2", "-30.00", "+600.00", "-1+2", "@x", "\t=1", "\r=1", "安全监管", "", "-", "\x1b]0;x\x07=1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Safe(s)
		if Safe(got) != got {
			t.Errorf("Safe(%q) = %q, guarded again %q", s, got, Safe(got))
		}
		for _, r := range got {
			if r < 0x20 && r != '\t' && r != '\n' || r == 0x7f {
				t.Fatalf("Safe(%q) = %q keeps control character %U", s, got, r)
			}
		}
		if got == "" {
			return
		}
		switch got[0] {
		case '=', '@', '\t', '\r':
			t.Errorf("Safe(%q) = %q starts a formula", s, got)
		case '+', '-':
			if !isSignedNumber(got) {
				t.Errorf("Safe(%q) = %q starts a formula", s, got)
			}
		}
	})
}
