package tui

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// startProgram runs the explorer as a real Bubble Tea program with an ASCII
// colour profile and a fixed size.
func startProgram(t *testing.T, opt Options, w, h int) *teatest.TestModel {
	t.Helper()
	return teatest.NewTestModel(t, New(handDoc(), opt),
		teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
}

func waitFor(t *testing.T, tm *teatest.TestModel, s string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

// TestProgramDrillDown walks from the top to an item and quits, as a user
// would, and checks where the program ended.
func TestProgramDrillDown(t *testing.T) {
	tm := startProgram(t, Options{}, 120, 40)
	waitFor(t, tm, "城乡社区支出")
	for _, k := range []string{"G", "enter", "enter", "G"} {
		tm.Send(keyMsg(k))
	}
	waitFor(t, tm, "所属项目")
	tm.Send(keyMsg("q"))
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
	if got := sel(fm); got != "2240199 其他应急管理支出" {
		t.Fatalf("ended on %q", got)
	}
}

// TestProgramSearchAndResize types a pinyin search, jumps, then shrinks the
// terminal below the pane's side width and to a too-small size and back.
func TestProgramSearchAndResize(t *testing.T) {
	tm := startProgram(t, Options{Lang: "en"}, 120, 40)
	waitFor(t, tm, "Functional")
	tm.Type("/aqjg")
	waitFor(t, tm, "/aqjg")
	tm.Send(keyMsg("enter"))
	waitFor(t, tm, "安全管家")
	tm.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
	tm.Send(tea.WindowSizeMsg{Width: 20, Height: 5})
	waitFor(t, tm, "too small")
	tm.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	tm.Send(keyMsg("q"))
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
	if got := sel(fm); got != "2240106 安全监管" {
		t.Fatalf("ended on %q", got)
	}
	if fm.ctx.width != 100 || fm.ctx.height != 30 {
		t.Fatalf("size %dx%d after resize", fm.ctx.width, fm.ctx.height)
	}
	if !strings.Contains(screen(fm), "安全管家") {
		t.Fatal("final frame lacks the project in the pane")
	}
}

// TestProgramCopyWritesOSC52: y makes the program write the OSC 52
// sequence that sets the terminal's clipboard, byte for byte.
func TestProgramCopyWritesOSC52(t *testing.T) {
	tm := startProgram(t, Options{}, 120, 40)
	waitFor(t, tm, "城乡社区支出")
	tm.Send(keyMsg("y"))
	waitFor(t, tm, "\x1b]52;c;"+base64.StdEncoding.EncodeToString([]byte("600.00")))
	tm.Send(keyMsg("q"))
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
}
