//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTrendExplorerExitStatus: without --format, trend reaches the explorer,
// which has no terminal to draw on here (status 3); refused input is 2
// before any explorer.
func TestTrendExplorerExitStatus(t *testing.T) {
	files := procuratorate(t)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		args   []string
		status int
		stderr string
	}{
		{[]string{"trend", dir}, exitTerminal, "terminal"},
		{[]string{"trend", "--ascii", filepath.Join(dir, filepath.Base(files[0])), filepath.Join(dir, filepath.Base(files[1]))}, exitBadInput, "至少3个年度"},
	} {
		status, stderr := runDetached(t, exe, "", c.args...)
		if status != c.status || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, c.stderr) {
			t.Errorf("%v: exit %d (want %d), stderr %q (want one line with %q)", c.args, status, c.status, stderr, c.stderr)
		}
	}
}
