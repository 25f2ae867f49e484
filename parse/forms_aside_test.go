package parse

import (
	"reflect"
	"runtime"
	"testing"

	"yusuan/model"
)

// TestFormsAside: the forms read on their own goroutine are the forms read
// one by one in line, in document order — tables and projects — on the
// sample with the most forms.
func TestFormsAside(t *testing.T) {
	lines, lineOf, _, err := decodeLines(readFileT(t, cangzhouPath), true)
	if err != nil {
		t.Fatal(err)
	}
	rows := readLayout(lines, lineOf, DetectLayout(lines))
	blocks, _, _ := segment(rows, detectDepartment(rows))
	var formBlocks []*block
	for _, b := range blocks {
		if b.kind == model.TProjectPerformance {
			formBlocks = append(formBlocks, b)
		}
	}
	if len(formBlocks) < asideAtLeast {
		t.Fatalf("%d forms in the sample: too few to be read aside (at least %d)", len(formBlocks), asideAtLeast)
	}
	aside := readFormsAside(blocks)
	for i, b := range formBlocks {
		got := aside.next(b)
		table, _ := blockTable(b)
		if !reflect.DeepEqual(got.table, table) {
			t.Errorf("form %d (line %d): table read aside differs", i, b.titleLine)
		}
		if want := performanceProject(b); got.project.Name == "" || !reflect.DeepEqual(got.project, want) {
			t.Errorf("form %d: read aside %q, in line %q", i, got.project.Name, want.Name)
		}
	}
	if len(aside.runs) < 2 && runtime.GOMAXPROCS(0) > 1 {
		t.Errorf("%d forms read in %d run(s): the test does not cross from one run to the next", len(formBlocks), len(aside.runs))
	}
	if n := len(aside.projects()); n != len(formBlocks) {
		t.Errorf("%d projects, want %d", n, len(formBlocks))
	}
}
