package parse

import "yusuan/model"

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

// formsAside hands out the forms in document order as they are read.
type formsAside struct {
	ch   chan formRead
	read []*model.Project
}

// asideAtLeast: below this many forms they are read in line, where a
// goroutine would cost more than it saves.
const asideAtLeast = 8

// readFormsAside starts reading the form blocks among blocks.
func readFormsAside(blocks []*block) *formsAside {
	var formBlocks []*block
	for _, b := range blocks {
		if b.kind == model.TProjectPerformance {
			formBlocks = append(formBlocks, b)
		}
	}
	f := &formsAside{ch: make(chan formRead, len(formBlocks))}
	if len(formBlocks) < asideAtLeast {
		readForms(formBlocks, f.ch)
	} else {
		go readForms(formBlocks, f.ch)
	}
	return f
}

func readForms(blocks []*block, out chan<- formRead) {
	for _, b := range blocks {
		t, g := blockTable(b)
		out <- formRead{table: t, project: performanceProject(b), noRows: len(g.data) == 0 && !b.empty}
	}
	close(out)
}

// next waits for the next form in document order; the caller asks once per
// form block.
func (f *formsAside) next() formRead {
	r := <-f.ch
	f.read = append(f.read, r.project)
	return r
}

// projects returns the projects of the forms, in document order, once every
// form block has been taken with next.
func (f *formsAside) projects() []*model.Project {
	for r := range f.ch { // none left: the loop only waits for the close
		f.read = append(f.read, r.project)
	}
	return f.read
}
