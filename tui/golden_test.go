package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"yusuan/model"
)

// frames are the screens the goldens pin: a start screen, a drill-down with
// the pane on an item, a project with its plan and indicators, the raw tables,
// the narrative and the help screen.
var frames = []struct {
	name string
	keys []string
}{
	{"start", nil},
	{"item", []string{"G", "enter", "enter", "G"}},
	{"project", []string{"3", "G"}},
	{"indicator", []string{"3", "j", "enter", "j"}},
	{"threepublic", []string{"4", "j"}},
	{"tables", []string{"5", "enter", "j"}},
	{"narrative", []string{"6", "j"}},
	{"help", []string{"?"}},
}

var sizes = []struct {
	name string
	w, h int
}{{"80x24", 80, 24}, {"120x40", 120, 40}}

// goldenRun renders every frame at every size for one document, in plain
// text (View with the styles stripped: the ASCII colour profile).
func goldenRun(t *testing.T, doc func() *model.Document, opt Options) {
	for _, sz := range sizes {
		for _, f := range frames {
			t.Run(sz.name+"/"+f.name, func(t *testing.T) {
				m := sized(t, New(doc(), opt), sz.w, sz.h)
				press(m, f.keys...)
				s := screen(m)
				checkFrame(t, s, sz.w, sz.h)
				golden.RequireEqual(t, s)
			})
		}
	}
}

// checkFrame asserts the frame fills the terminal exactly: h lines, none
// wider than w.
func checkFrame(t *testing.T, s string, w, h int) {
	t.Helper()
	lines := strings.Split(s, "\n")
	if len(lines) != h {
		t.Fatalf("%d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if got := widthOf(l); got > w {
			t.Fatalf("line %d is %d columns wide, more than %d: %q", i, got, w, l)
		}
	}
}

func TestGoldenHand(t *testing.T) {
	goldenRun(t, handDoc, Options{NoColor: true})
}

func TestGoldenHandEnglishASCII(t *testing.T) {
	goldenRun(t, handDoc, Options{Lang: "en", ASCII: true, NoColor: true})
}

func goldenEqual(t *testing.T, s string) {
	t.Helper()
	golden.RequireEqual(t, s)
}
