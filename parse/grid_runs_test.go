package parse

import (
	"reflect"
	"runtime"
	"strings"
	"testing"
)

// TestReadRowsInRuns: a long document read in runs of lines on several
// goroutines gives the rows, line numbers and cells, one goroutine gives.
func TestReadRowsInRuns(t *testing.T) {
	sample := strings.TrimRight(string(readFileT(t, jinzhongPath)), "\n")
	text := strings.Repeat(sample+"\n", 3*rowsPerRun/strings.Count(sample, "\n")+1)
	lines, _, _, err := decodeLines([]byte(text), true)
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) < 3*rowsPerRun {
		t.Fatalf("%d lines: too few for three runs", len(lines))
	}
	prev := runtime.GOMAXPROCS(3)
	inRuns := readRows(lines)
	runtime.GOMAXPROCS(1)
	inOne := readRows(lines)
	runtime.GOMAXPROCS(prev)
	if !reflect.DeepEqual(inRuns, inOne) {
		t.Fatalf("%d rows read in runs, %d in one, not the same", len(inRuns), len(inOne))
	}
	if last := inOne[len(inOne)-1]; last.Line < len(lines)-5 {
		t.Errorf("last row at line %d of %d", last.Line, len(lines))
	}
}
