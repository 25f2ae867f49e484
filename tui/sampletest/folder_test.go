package sampletest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"yusuan/audit"
	"yusuan/model"
	"yusuan/parse"
	"yusuan/tui"
)

// sampleFolder copies both samples into a folder of a temporary directory,
// with an unreadable .docx and an empty file, and reads it from there as
// "budgets", so paths on screen are the same on every machine. The working
// directory is back to the package's when it returns (the goldens are there).
func sampleFolder(t *testing.T, findings func(*model.Document) []tui.Finding) (string, []tui.FolderEntry) {
	t.Helper()
	orig, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	dir := filepath.Join(tmp, "budgets")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"cangzhou-lingang-safety-2026.txt", "jinzhong-safety-2023.txt"} {
		b, err := os.ReadFile("../../samples/" + name)
		if err != nil {
			t.Skip("sample absent")
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files := map[string][]byte{
		"broken.docx": {0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x00, 0x01, 0x02, 0x00, 0x9c},
		"empty.txt":   nil,
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(tmp)
	es := entries(t, "budgets", findings)
	if err := os.Chdir(orig); err != nil {
		t.Fatal(err)
	}
	return "budgets", es
}

// entries reads the folder as main.go does: parse.Dir in parallel, one
// result per file. findings, when set, checks each document.
func entries(t *testing.T, dir string, findings func(*model.Document) []tui.Finding) []tui.FolderEntry {
	t.Helper()
	results, err := parse.Dir(dir, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []tui.FolderEntry
	for _, r := range results {
		e := tui.FolderEntry{Path: r.Path, Doc: r.Doc, Err: r.Err}
		if e.Doc != nil && findings != nil {
			e.Findings = findings(e.Doc)
		}
		out = append(out, e)
	}
	return out
}

func auditFindings(d *model.Document) []tui.Finding { return audit.Check(d) }

// TestFolder pins the folder explorer on the samples: the list, a document
// opened from it, the way back, a sort and a filter. Findings are left out so
// that the goldens change with the explorer, not with the audit rules
// (TestFolderFindings checks the counts).
func TestFolder(t *testing.T) {
	frames := []struct {
		name string
		keys []string
	}{
		{"list", nil},
		{"open", []string{"j", "enter"}},
		{"opentables", []string{"j", "enter", "5"}},
		{"back", []string{"j", "enter", "enter", "esc", "esc"}},
		{"failed", []string{"enter"}},
		{"sort", []string{"s", "s"}},
		{"filter", []string{"/", "j", "z"}},
		{"help", []string{"?"}},
	}
	for _, sz := range []struct {
		name string
		w, h int
	}{{"80x24", 80, 24}, {"120x40", 120, 40}} {
		for _, fr := range frames {
			t.Run(sz.name+"/"+fr.name, func(t *testing.T) {
				dir, es := sampleFolder(t, nil)
				f := tui.NewFolder(dir, es, tui.Options{NoColor: true})
				f.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
				for _, k := range fr.keys {
					f.Update(folderKey(k))
				}
				s := ansi.Strip(f.View().Content)
				lines := strings.Split(s, "\n")
				if len(lines) != sz.h {
					t.Fatalf("%d lines, want %d", len(lines), sz.h)
				}
				for i, l := range lines {
					if lipgloss.Width(l) > sz.w {
						t.Fatalf("line %d wider than %d: %q", i, sz.w, l)
					}
				}
				golden.RequireEqual(t, s)
			})
		}
	}
}

func folderKey(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	}
	return tea.KeyPressMsg{Code: []rune(k)[0], Text: k}
}

// TestFolderFindings checks that each document's row counts its findings by
// severity, whatever the audit rules find today.
func TestFolderFindings(t *testing.T) {
	dir, es := sampleFolder(t, auditFindings)
	f := tui.NewFolder(dir, es, tui.Options{NoColor: true})
	f.Update(tea.WindowSizeMsg{Width: 160, Height: 40})
	s := ansi.Strip(f.View().Content)
	for _, e := range es {
		if e.Doc == nil {
			continue
		}
		var n [3]int
		for _, fd := range e.Findings {
			switch fd.Severity {
			case "error":
				n[0]++
			case "warn":
				n[1]++
			default:
				n[2]++
			}
		}
		want := fmt.Sprintf("%d/%d/%d %s", n[0], n[1], n[2], filepath.Base(e.Path))
		if !strings.Contains(s, want) {
			t.Errorf("no row with %q:\n%s", want, s)
		}
	}
}
