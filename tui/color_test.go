package tui

import (
	"regexp"
	"testing"
)

// colourSGR matches an SGR sequence that sets a foreground or background
// colour (30-37, 38;…, 40-47, 48;…, 90-97, 100-107).
var colourSGR = regexp.MustCompile(`\x1b\[(?:[0-9;]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])[;m]`)

func TestNoColor(t *testing.T) {
	for _, c := range []struct {
		opt    Options
		colour bool
	}{
		{Options{}, true},
		{Options{NoColor: true}, false},
		{Options{NoColor: true, ASCII: true, Lang: "en"}, false},
	} {
		m := sized(t, New(handDoc(), c.opt), 120, 40)
		press(m, "G", "enter", "enter", "G")
		raw := m.View().Content
		if got := colourSGR.MatchString(raw); got != c.colour {
			t.Fatalf("%+v: colour sequences %v, want %v", c.opt, got, c.colour)
		}
		// Without colour the selection still shows: the cursor glyph.
		if !c.colour && !regexp.MustCompile(`(?m)^(\x1b\[[0-9;]*m)*> `).MatchString(raw) {
			t.Fatalf("%+v: no cursor glyph on the selected row", c.opt)
		}
	}
}
