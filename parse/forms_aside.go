package parse

import (
	"runtime"

	"yusuan/model"
)

// A document of many projects is a third project performance forms
// (绩效目标表, 申报表). A form block is read from its own rows alone, its
// table and its project, so the forms are read on a goroutine of their own
// while the caller reads the other tables: on a second core they cost no wait.

// formRead is one form block read: its table and the project it describes.
type formRead struct {
	table   *model.Table
	project *model.Project
	noRows  bool // no data rows, and the block does not say it is empty
}

// formsAside hands out the forms in document order as they are read: each
// goroutine reads a run of consecutive forms into its own channel, and the
// runs are taken one after the other.
type formsAside struct {
	runs []chan formRead
	cur  int
	read []*model.Project
}

// asideAtLeast: below this many forms they are read in line, where a
// goroutine would cost more than it saves.
const asideAtLeast = 8

// readFormsAside starts reading the form blocks among blocks, on as many
// goroutines as there are processors: the caller's reading of the other
// tables ends first in a document of many projects, and its processor then
// takes a share of the forms.
func readFormsAside(blocks []*block) *formsAside {
	var formBlocks []*block
	for _, b := range blocks {
		if b.kind == model.TProjectPerformance {
			formBlocks = append(formBlocks, b)
		}
	}
	if len(formBlocks) < asideAtLeast {
		ch := make(chan formRead, len(formBlocks))
		readForms(formBlocks, ch)
		return &formsAside{runs: []chan formRead{ch}}
	}
	n := min(runtime.GOMAXPROCS(0), len(formBlocks)/asideAtLeast)
	f := &formsAside{}
	for i := range n {
		run := formBlocks[i*len(formBlocks)/n : (i+1)*len(formBlocks)/n]
		ch := make(chan formRead, len(run))
		f.runs = append(f.runs, ch)
		go readForms(run, ch)
	}
	return f
}

func readForms(blocks []*block, out chan<- formRead) {
	for _, b := range blocks {
		out <- readForm(b)
	}
	close(out)
}

func readForm(b *block) formRead {
	t, g := blockTable(b)
	return formRead{table: t, project: performanceProject(b), noRows: len(g.data) == 0 && !b.empty}
}

// next waits for the form of block b: fromRows asks once per form block, in
// the order readFormsAside was given them, so it is the next one read. (Were
// the runs done before, b is read here.)
func (f *formsAside) next(b *block) formRead {
	for ; f.cur < len(f.runs); f.cur++ {
		if r, ok := <-f.runs[f.cur]; ok {
			f.read = append(f.read, r.project)
			return r
		}
	}
	r := readForm(b)
	f.read = append(f.read, r.project)
	return r
}

// projects returns the projects of the forms, in document order, once every
// form block has been taken with next.
func (f *formsAside) projects() []*model.Project {
	for ; f.cur < len(f.runs); f.cur++ {
		for r := range f.runs[f.cur] { // none left: the loop only waits for the close
			f.read = append(f.read, r.project)
		}
	}
	return f.read
}
