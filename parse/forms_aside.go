package parse

import "yusuan/model"

// readFormsAside reads the document's project performance forms (绩效目标表,
// 申报表) on a goroutine of their own while the caller reads the other
// tables, and returns a function that waits for them, in document order.
// A form is read from its block's rows alone (performanceProject writes to
// nothing shared), and in a document of many projects the forms are a third
// of the reading: on a second core they cost no wait.
func readFormsAside(blocks []*block) func() []*model.Project {
	var formBlocks []*block
	for _, b := range blocks {
		if b.kind == model.TProjectPerformance {
			formBlocks = append(formBlocks, b)
		}
	}
	if len(formBlocks) < asideAtLeast {
		// a goroutine costs more than a few forms: read them here
		forms := readForms(formBlocks)
		return func() []*model.Project { return forms }
	}
	done := make(chan []*model.Project, 1)
	go func() { done <- readForms(formBlocks) }()
	return func() []*model.Project { return <-done }
}

// asideAtLeast: below this many forms they are read in line.
const asideAtLeast = 8

func readForms(blocks []*block) []*model.Project {
	forms := make([]*model.Project, len(blocks))
	for i, b := range blocks {
		forms[i] = performanceProject(b)
	}
	return forms
}
