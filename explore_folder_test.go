package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"yusuan/audit"
)

// TestFolderEntries: folderEntries (yusuan DIR) keeps every document file of
// the folder in name order, parsed and checked, or with its one-line reason
// (also on stderr); an empty or missing folder is a one-line error.
func TestFolderEntries(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{cangzhou, jinzhong} {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Skip("samples absent")
		}
		os.WriteFile(filepath.Join(dir, filepath.Base(p)), b, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "broken.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "notes.png"), []byte("x"), 0o644) // not a document: left out
	var stderr bytes.Buffer
	es, code := folderEntries(dir, audit.Options{}, &stderr)
	if code != exitOK || len(es) != 3 {
		t.Fatalf("exit %d, %d entries", code, len(es))
	}
	names := []string{"broken.txt", filepath.Base(cangzhou), filepath.Base(jinzhong)}
	for i, e := range es {
		if filepath.Base(e.Path) != names[i] {
			t.Errorf("entry %d is %s, want %s", i, e.Path, names[i])
		}
	}
	if es[0].Err == nil || es[0].Doc != nil || !strings.Contains(stderr.String(), "broken.txt") {
		t.Errorf("broken file: err %v, stderr %q", es[0].Err, stderr.String())
	}
	for _, e := range es[1:] {
		if e.Doc == nil || e.Findings == nil || e.Err != nil {
			t.Errorf("%s: doc %v findings %v err %v", e.Path, e.Doc != nil, e.Findings != nil, e.Err)
		}
	}
	for _, bad := range []string{t.TempDir(), filepath.Join(dir, "nope")} {
		stderr.Reset()
		if _, code := folderEntries(bad, audit.Options{}, &stderr); code != exitBadInput ||
			strings.Count(strings.TrimRight(stderr.String(), "\n"), "\n") != 0 {
			t.Errorf("%s: exit %d, stderr %q", bad, code, stderr.String())
		}
	}
}
