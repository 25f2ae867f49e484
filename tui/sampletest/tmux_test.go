package sampletest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"yusuan/audit"
	"yusuan/internal/xlsxtest"
	"yusuan/parse"
	"yusuan/samples"
	"yusuan/tui"
)

// runEnv names the variable under which this test binary is the explorer
// itself (on the document it names, with its findings), so that tmux can
// run it in a real terminal.
const runEnv = "YUSUAN_TUI_RUN"

func TestMain(m *testing.M) {
	if path := os.Getenv(runEnv); path != "" {
		doc, err := parse.File(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		if err := tui.Run(doc, tui.Options{NoColor: true, Findings: audit.Check(doc), Source: readSource}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// tmuxRun is the explorer running in a tmux server of its own.
type tmuxRun struct {
	t    *testing.T
	sock string
	dir  string // the explorer's working directory
}

// startTmux runs the explorer on a document (written into a fresh working
// directory as name) in a w×h tmux window, with a stub pager, and a stub
// PDF viewer (YUSUAN_PDF_VIEWER), that record their arguments in
// pager.args; it waits for title and skips where tmux is absent.
func startTmux(t *testing.T, name string, data []byte, title string, w, h int) *tmuxRun {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux absent")
	}
	if testing.Short() {
		t.Skip("tmux runs are not short")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
		t.Fatal(err)
	}
	pager := filepath.Join(dir, "pager.sh")
	stub := "#!/bin/sh\nprintf '%s\\n' \"$@\" > " + filepath.Join(dir, "pager.args") + "\n"
	if err := os.WriteFile(pager, []byte(stub), 0o755); err != nil {
		t.Fatal(err)
	}
	r := &tmuxRun{t: t, sock: filepath.Join(dir, "tmux.sock"), dir: dir}
	shell := fmt.Sprintf("env -u RUNEWIDTH_EASTASIAN -u EDITOR LANG=C.UTF-8 TERM=xterm-256color NO_COLOR=1 PAGER=%s "+
		"YUSUAN_PDF_VIEWER='%s --page={page} {file}' %s=%s %s", pager, pager, runEnv, name, exe)
	r.tmux("-f", "/dev/null", "new-session", "-d", "-s", "y", "-x", strconv.Itoa(w), "-y", strconv.Itoa(h), "-c", dir, shell)
	t.Cleanup(func() { exec.Command("tmux", "-S", r.sock, "kill-server").Run() })
	r.tmux("set-option", "-g", "set-clipboard", "on") // OSC 52 from the explorer fills a tmux buffer
	r.waitFor(title)
	return r
}

// pagerArgs waits for the stub pager's (or viewer's) arguments.
func (r *tmuxRun) pagerArgs() string {
	r.t.Helper()
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		if args, _ := os.ReadFile(filepath.Join(r.dir, "pager.args")); len(args) > 0 {
			return string(args)
		}
	}
	r.t.Fatal("the pager did not run")
	return ""
}

func (r *tmuxRun) tmux(args ...string) string {
	r.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-S", r.sock}, args...)...).CombinedOutput()
	if err != nil {
		r.t.Fatalf("tmux %v: %v %s", args, err, out)
	}
	return string(out)
}

// keys sends tmux key names (Enter, Escape) or single characters.
func (r *tmuxRun) keys(keys ...string) {
	for _, k := range keys {
		r.tmux("send-keys", "-t", "y", k)
	}
}

func (r *tmuxRun) screen() string { return r.tmux("capture-pane", "-p", "-t", "y") }

// waitFor waits until the screen shows s, and returns the screen.
func (r *tmuxRun) waitFor(s string) string {
	r.t.Helper()
	var screen string
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		if screen = r.screen(); strings.Contains(screen, s) {
			return screen
		}
	}
	r.t.Fatalf("no %q on the screen:\n%s", s, screen)
	return ""
}

// In a real terminal: E x writes the functional view as a workbook whose
// every amount equals `export --format json`'s; y puts the first line's
// amount on the clipboard (OSC 52, into tmux's buffer); o runs $PAGER
// +LINE FILE; Enter on a finding shows its line, Esc returns.
func TestTmuxWorkingPapers(t *testing.T) {
	r := startTmux(t, "cangzhou.txt", samples.Cangzhou, "沧州临港经济技术开发区安全生产监督管理局", 120, 40)
	doc, err := parse.File(filepath.Join(r.dir, "cangzhou.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want, order := jsonFunctional(t, doc)

	// E: the view to a workbook in the working directory
	r.keys("E")
	r.waitFor("x = xlsx")
	r.keys("x")
	name := "沧州临港经济技术开发区安全生产监督管理局_2026_功能分类.xlsx"
	r.waitFor("已导出 " + name)
	compareWithJSON(t, xlsxtest.Rows(t, filepath.Join(r.dir, name)), want)

	// y: the first line's 合计, exact, through OSC 52
	first := want[order[0]]
	r.keys("y")
	r.waitFor("已复制金额：" + first["total"].(string))
	var buf string
	for end := time.Now().Add(5 * time.Second); time.Now().Before(end) && buf == ""; time.Sleep(20 * time.Millisecond) {
		out, _ := exec.Command("tmux", "-S", r.sock, "show-buffer").Output()
		buf = string(out)
	}
	if buf != first["total"].(string) {
		t.Errorf("tmux buffer %q, want %s", buf, first["total"])
	}

	// o: the pager at the first line's source line, on the file as given
	r.keys("o")
	if got, want := r.pagerArgs(), fmt.Sprintf("+%v\ncangzhou.txt\n", first["line"]); got != want {
		t.Errorf("pager got %q, want %q", got, want)
	}
	r.waitFor("排序: 编码") // the explorer back after the pager

	// a finding → its line in the source text, and back
	r.keys("7", "Enter")
	s := r.waitFor("> 1563 | ")
	golden.RequireEqual(t, s)
	r.keys("Escape")
	r.waitFor("1/6")
	r.keys("q")
}

// A document read from a PDF: a finding's source text is pdftotext's, its
// header names the page; o opens the PDF at that page in the viewer.
func TestTmuxPDF(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext absent")
	}
	pdf := "../../../shared/corpus/jiangsu/js-cppcc-2017-tables.pdf"
	data, err := os.ReadFile(pdf)
	if err != nil {
		t.Skip("corpus absent")
	}
	doc, err := parse.File(pdf)
	if err != nil {
		t.Fatal(err)
	}
	src, _, err := readSource(pdf)
	if err != nil {
		t.Fatal(err)
	}
	var f *tui.Finding
	keys := []string{"7"}
	for _, x := range audit.Check(doc) {
		if x.Line > 0 && x.Page > 0 {
			f = &x
			break
		}
		keys = append(keys, "j")
	}
	if f == nil {
		t.Skip("no finding with a page")
	}
	r := startTmux(t, "cppcc.pdf", data, "政协", 160, 40)
	r.keys(append(keys, "Enter")...)
	where := fmt.Sprintf("第%d页 第%d行", f.Page, f.Line)
	s := r.waitFor("原文  cppcc.pdf  " + where) // the pane's header (the side pane says where too)
	text := strings.TrimSpace(src[f.Line-1])
	if r := []rune(text); len(r) > 12 {
		text = string(r[:12])
	}
	if !strings.Contains(s, fmt.Sprintf("> %d | ", f.Line)) || !strings.Contains(strings.Join(strings.Fields(s), " "), strings.Join(strings.Fields(text), " ")) {
		t.Fatalf("line %d (%q) not shown at %s:\n%s", f.Line, text, where, s)
	}
	r.keys("o")
	if got, want := r.pagerArgs(), fmt.Sprintf("--page=%d\ncppcc.pdf\n", f.Page); got != want {
		t.Errorf("viewer got %q, want %q", got, want)
	}
	r.keys("q")
}
