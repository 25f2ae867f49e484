package parse

import (
	"reflect"
	"testing"

	"yusuan/model"
)

// TestFormsAside: the forms read on their own goroutine are the forms read
// one by one in line, in document order — on the sample with the most forms.
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
	aside := readFormsAside(blocks)()
	inLine := readForms(formBlocks)
	if len(aside) != len(formBlocks) {
		t.Fatalf("%d forms read aside, want %d", len(aside), len(formBlocks))
	}
	for i := range aside {
		if aside[i].Name == "" || !reflect.DeepEqual(aside[i], inLine[i]) {
			t.Errorf("form %d: read aside %q, in line %q", i, aside[i].Name, inLine[i].Name)
		}
	}
}
