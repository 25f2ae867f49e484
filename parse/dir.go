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

// FileResult is what Dir made of one document file of a folder: the
// document, or the reason it could not be read (an error that names the
// file). Exactly one of Doc and Err is set.
type FileResult struct {
	Path string
	Doc  *model.Document
	Err  error
}

// Dir parses every document file directly in dir (.txt .docx .xlsx .html
// .htm .pdf .doc .xls, hidden files skipped) with a pool of workers
// (workers <= 0: one per core) and returns one result per file, in file-name
// order whatever the finishing order. progress, if not nil, is called after
// each file, from one goroutine at a time. A folder that cannot be read, or
// holds no document file, is an error of its own and gives no results.
func Dir(dir string, workers int, progress func(done, total int)) ([]FileResult, error) {
	paths, err := DocumentFiles(dir)
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: 没有可读的文档 (no .txt .docx .xlsx .html .pdf .doc .xls files)", dir)
	}
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	workers = min(workers, len(paths))
	results := make([]FileResult, len(paths))
	jobs := make(chan int)
	done := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range jobs {
				r := FileResult{Path: paths[i]}
				r.Doc, r.Err = File(paths[i])
				if r.Err == nil && r.Doc == nil {
					r.Err = fmt.Errorf("%s: 无法读取 (unreadable)", paths[i])
				}
				results[i] = r
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
	return results, nil
}
