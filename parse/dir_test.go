package parse

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// TestDir: a folder of documents in several formats parses in name order
// whatever the number of workers, one result per file; bad files give errors
// naming them; other files and subfolders are left alone; progress counts up
// to the total.
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
	// one result per document file, in name order; .md, .png, hidden files
	// and the folder named like a document are not among them
	want := []struct {
		name string
		ok   bool
	}{
		{"a-cangzhou.txt", true}, {"b-jinzhong.docx", true}, {"c-cangzhou.XLSX", true}, {"d-jinzhong.htm", true},
		{"e-broken.docx", false}, {"f-empty.txt", false},
	}
	for _, workers := range []int{0, 1, 3, 16} {
		var mu sync.Mutex
		var seen []int
		results, err := Dir(dir, workers, func(done, total int) {
			mu.Lock()
			defer mu.Unlock()
			if total != 6 {
				t.Errorf("total %d, want 6", total)
			}
			seen = append(seen, done)
		})
		if err != nil || len(results) != len(want) {
			t.Fatalf("workers %d: %d results, want %d (error %v)", workers, len(results), len(want), err)
		}
		for i, r := range results {
			w := want[i]
			if r.Path != filepath.Join(dir, w.name) {
				t.Errorf("workers %d: result %d is %s, want %s", workers, i, r.Path, w.name)
			}
			if w.ok {
				if r.Err != nil || r.Doc == nil || r.Doc.Source != r.Path || len(r.Doc.Functional) == 0 {
					t.Errorf("workers %d: %s: err %v, doc %v", workers, w.name, r.Err, r.Doc != nil)
				}
			} else if r.Doc != nil || r.Err == nil || !strings.HasPrefix(r.Err.Error(), r.Path+": ") {
				// the error names its file, for the one line on stderr
				t.Errorf("workers %d: %s: doc %v, err %v", workers, w.name, r.Doc != nil, r.Err)
			}
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
	missing := filepath.Join(t.TempDir(), "missing")
	if results, err := Dir(missing, 2, nil); results != nil || err == nil || !strings.HasPrefix(err.Error(), missing+": ") {
		t.Errorf("missing folder: %v %v", results, err)
	}
	empty := t.TempDir()
	os.WriteFile(filepath.Join(empty, "a.md"), []byte("x"), 0o644)
	if results, err := Dir(empty, 2, nil); results != nil || err == nil || !strings.Contains(err.Error(), "没有可读的文档") {
		t.Errorf("folder without documents: %v %v", results, err)
	}
}
