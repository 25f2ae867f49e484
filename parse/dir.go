package parse

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"yusuan/model"
)

// documentExts are the file names Dir reads; anything else in a folder
// (images, archives, notes) is left alone.
var documentExts = map[string]bool{
	".txt": true, ".docx": true, ".xlsx": true, ".html": true, ".htm": true,
	".pdf": true, ".doc": true, ".xls": true,
}

// IsDocumentName reports whether Dir would read a file of this name.
func IsDocumentName(name string) bool {
	return !strings.HasPrefix(filepath.Base(name), ".") && documentExts[strings.ToLower(filepath.Ext(name))]
}

// DocumentFiles lists the document files directly in dir (not in
// subfolders), sorted by name.
func DocumentFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dir, unwrapPathError(err))
	}
	var paths []string
	for _, e := range entries {
		if !IsDocumentName(e.Name()) {
			continue
		}
		p := filepath.Join(dir, e.Name())
		if st, err := os.Stat(p); err != nil || !st.Mode().IsRegular() { // follows symlinks
			continue
		}
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return paths, nil
}

// Dir parses every document file directly in dir (.txt .docx .xlsx .html
// .htm .pdf .doc .xls, hidden files skipped) with a pool of workers
// (workers <= 0: one per core). docs holds the documents that parsed, errs
// one error per file that did not (the error names the file); both are in
// file-name order whatever the finishing order. progress, if not nil, is
// called after each file, from one goroutine at a time. A folder that cannot
// be read, or holds no document file, gives no documents and one error.
func Dir(dir string, workers int, progress func(done, total int)) ([]*model.Document, []error) {
	paths, err := DocumentFiles(dir)
	if err != nil {
		return nil, []error{err}
	}
	if len(paths) == 0 {
		return nil, []error{fmt.Errorf("%s: 没有可读的文档 (no .txt .docx .xlsx .html .pdf .doc .xls files)", dir)}
	}
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	workers = min(workers, len(paths))
	docs := make([]*model.Document, len(paths))
	errs := make([]error, len(paths))
	jobs := make(chan int)
	done := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range jobs {
				docs[i], errs[i] = File(paths[i])
				done <- i
			}
		})
	}
	go func() {
		for i := range paths {
			jobs <- i
		}
		close(jobs)
		wg.Wait()
		close(done)
	}()
	n := 0
	for range done {
		n++
		if progress != nil {
			progress(n, len(paths))
		}
	}
	var okDocs []*model.Document
	var failed []error
	for i := range paths {
		if errs[i] != nil {
			failed = append(failed, errs[i])
		} else if docs[i] != nil {
			okDocs = append(okDocs, docs[i])
		}
	}
	return okDocs, failed
}
