// Package read reads a folder into league summaries: every document file
// parsed and checked in parallel, halves joined, and each reduced to its
// summary as soon as it is done.
package read

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"yusuan/audit"
	"yusuan/internal/lazyregexp"
	"yusuan/league"
	"yusuan/model"
	"yusuan/parse"
	"yusuan/prose"
)

// reader is what the workers of one Stream share.
type reader struct {
	*league.Reading
	opt audit.Options // the checks' options (--tolerance, --min-severity)
	// alone holds the summary of every document with tables not joined to a
	// narrative, by path: where a late narrative looks for its tables.
	alone sync.Map
}

// Stream reads every document file of dir with workers goroutines (<= 0: one
// per core), checks each and sends its summary as soon as it is done, so a
// list can be shown from the first result. Only the documents being read are
// in memory, and the narratives that have not yet met their tables.
//
// Halves of one document (narrative and tables, parse.Join) whose file names
// differ only by the half's word (-text/-tables, 情况说明/报表) are read by one
// worker and joined at once; a narrative left without its tables is kept to
// the end, then joined to the tables of its department, year and kind by
// reading them again.
func Stream(dir string, workers int) (*league.Reading, error) {
	return StreamWith(dir, workers, audit.Options{})
}

// StreamWith is Stream with the checks' options.
func StreamWith(dir string, workers int, opt audit.Options) (*league.Reading, error) {
	paths, err := parse.DocumentFiles(dir)
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: 没有可读的文档 (no .txt .docx .xlsx .html .pdf .doc .xls files)", dir)
	}
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	groups := halfGroups(paths)
	out := make(chan league.Summary, 64)
	r := &reader{Reading: league.NewReading(len(paths), out), opt: opt}
	jobs := make(chan []string)
	narratives := make(chan *model.Document)
	var wg sync.WaitGroup
	for range min(workers, len(groups)) {
		wg.Go(func() {
			for g := range jobs {
				readGroup(g, r, out, narratives)
			}
		})
	}
	go func() {
		for _, g := range groups {
			jobs <- g
		}
		close(jobs)
		wg.Wait()
		close(narratives)
	}()
	go func() {
		var pending []*model.Document
		for d := range narratives {
			pending = append(pending, d)
		}
		// every worker is done: r's summaries so far are known to the
		// consumer; the narratives still alone look for their tables
		joinLate(pending, r, out)
		close(out)
	}()
	return r.Reading, nil
}

// Read is Stream collected: every summary, replacements applied, in the
// order they were done.
func Read(dir string, workers int) ([]league.Summary, error) {
	r, err := Stream(dir, workers)
	if err != nil {
		return nil, err
	}
	return league.Collect(r.C), nil
}

// readGroup parses the files of one group, joins halves, and sends the
// summaries; a narrative without its tables goes to narratives instead.
func readGroup(paths []string, r *reader, out chan<- league.Summary, narratives chan<- *model.Document) {
	var docs []*model.Document
	for _, p := range paths {
		d, err := parse.File(p)
		r.FileDone()
		if err != nil {
			out <- league.Summary{Path: p, Parts: []string{p}, Err: strings.Join(strings.Fields(model.CleanText(err.Error())), " ")}
			continue
		}
		docs = append(docs, d)
	}
	for _, d := range parse.JoinHalves(docs) {
		if parse.NarrativeOnly(d) {
			narratives <- d
			continue
		}
		s := league.Summarize(d.Source, d, audit.CheckWith(d, r.opt))
		if len(d.Parts) == 0 {
			r.alone.Store(d.Source, s)
		}
		out <- s
	}
}

// joinLate pairs each narrative with the tables of its department, year and
// kind among the documents read alone (the best-named first; only that file
// is read again), and sends the joined summary under the tables' path; a
// narrative with no such tables is sent alone.
func joinLate(pending []*model.Document, r *reader, out chan<- league.Summary) {
	taken := map[string]bool{}
	for _, n := range pending {
		best, bestScore := "", -1
		r.alone.Range(func(k, v any) bool {
			p, s := k.(string), v.(league.Summary)
			if !taken[p] && s.Year == n.Year && s.Kind == n.Kind && prose.SameDepartment(s.Department, n.Department) {
				if score := parse.NameAffinity(p, n.Source); score > bestScore {
					best, bestScore = p, score
				}
			}
			return true
		})
		var tables *model.Document
		if best != "" {
			if t, err := parse.File(best); err == nil && parse.AreHalves(n, t) {
				tables = t
			}
		}
		if tables == nil {
			out <- league.Summarize(n.Source, n, audit.CheckWith(n, r.opt))
			continue
		}
		taken[best] = true
		j := parse.Join(tables, n)
		out <- league.Summarize(j.Source, j, audit.CheckWith(j, r.opt))
	}
}

// halfWords are the words by which the file names of a document's two
// halves differ; reHalfAttachment the numbering before them (附件1：/附件2：).
var (
	halfWords        = []string{"-text", "-tables", "_text", "_tables", "-scanned", "情况说明", "报表", "说明"}
	reHalfAttachment = lazyregexp.New(`^附件\d+[:：_-]?`)
)

// halfStem is a file's name without the word that says which half it is:
// two files of one stem (and extension) are read together.
func halfStem(path string) string {
	base := strings.ToLower(filepath.Base(path))
	base = reHalfAttachment.ReplaceAllString(base, "")
	for _, w := range halfWords {
		base = strings.ReplaceAll(base, w, "")
	}
	return base
}

// halfGroups puts paths of one stem into one group, in path order.
func halfGroups(paths []string) [][]string {
	var groups [][]string
	at := map[string]int{}
	for _, p := range paths {
		k := halfStem(p)
		if i, ok := at[k]; ok {
			groups[i] = append(groups[i], p)
			continue
		}
		at[k] = len(groups)
		groups = append(groups, []string{p})
	}
	return groups
}
