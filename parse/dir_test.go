package parse

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// TestDir: a folder of documents in several formats parses in name order
// whatever the number of workers; bad files give errors naming them; other
// files and subfolders are left alone; progress counts up to the total.
func TestDir(t *testing.T) {
	dir := t.TempDir()
	samples := fmtSamples(t)
	data0, rows0 := fmtGrid(t, samples[0])
	_, rows1 := fmtGrid(t, samples[1])
	files := map[string][]byte{
		"a-cangzhou.txt":  data0,
		"b-jinzhong.docx": writeDocxT(t, rows1),
		"c-cangzhou.XLSX": writeXlsxT(t, rows0, true),
		"d-jinzhong.htm":  writeHTMLT(rows1),
		"e-broken.docx":   []byte("PK\x03\x04word/document.xml"),
		"f-empty.txt":     nil,
		"notes.md":        []byte("not a document"),
		"photo.png":       []byte("\x89PNG"),
		".hidden.txt":     data0,
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o444); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "sub.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	wantSources := []string{"a-cangzhou.txt", "b-jinzhong.docx", "c-cangzhou.XLSX", "d-jinzhong.htm"}
	for _, workers := range []int{0, 1, 3, 16} {
		var mu sync.Mutex
		var seen []int
		docs, errs := Dir(dir, workers, func(done, total int) {
			mu.Lock()
			defer mu.Unlock()
			if total != 6 {
				t.Errorf("total %d, want 6", total)
			}
			seen = append(seen, done)
		})
		if len(docs) != len(wantSources) {
			t.Fatalf("workers %d: %d documents, want %d (errors %v)", workers, len(docs), len(wantSources), errs)
		}
		for i, d := range docs {
			if filepath.Base(d.Source) != wantSources[i] {
				t.Errorf("workers %d: document %d is %s, want %s", workers, i, d.Source, wantSources[i])
			}
			if len(d.Functional) == 0 {
				t.Errorf("%s: no functional tree", d.Source)
			}
		}
		if len(errs) != 2 || !strings.Contains(errs[0].Error(), "e-broken.docx") || !strings.Contains(errs[1].Error(), "f-empty.txt") {
			t.Errorf("workers %d: errors %v", workers, errs)
		}
		for i, n := range seen {
			if n != i+1 {
				t.Fatalf("progress %v", seen)
			}
		}
		if len(seen) != 6 {
			t.Errorf("progress called %d times", len(seen))
		}
	}
}

func TestDirErrors(t *testing.T) {
	if docs, errs := Dir(filepath.Join(t.TempDir(), "missing"), 2, nil); docs != nil || len(errs) != 1 {
		t.Errorf("missing folder: %v %v", docs, errs)
	}
	empty := t.TempDir()
	os.WriteFile(filepath.Join(empty, "a.md"), []byte("x"), 0o644)
	if docs, errs := Dir(empty, 2, nil); docs != nil || len(errs) != 1 || !strings.Contains(errs[0].Error(), "没有可读的文档") {
		t.Errorf("folder without documents: %v %v", docs, errs)
	}
}
