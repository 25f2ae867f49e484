package parse

import (
	"testing"
	"time"

	"yusuan/audit"
	"yusuan/tui"
)

// What `yusuan check` does with the generated 5 MB document: parse, then run
// every rule. The target is within 10× of BenchmarkLargeBaseline.
func BenchmarkLargeCheck(b *testing.B) {
	data := largeDocument(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		d, err := Bytes("large.txt", data)
		if err != nil {
			b.Fatal(err)
		}
		audit.Check(d)
	}
}

// The explorer on the generated document: building the root model and the
// first frame, then a key and its frame, must show no visible delay.
func TestLargeExplorerOpensQuickly(t *testing.T) {
	if testing.Short() {
		t.Skip("large document")
	}
	d, err := Bytes("large.txt", largeDocument(t))
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	m := tui.New(d, tui.Options{})
	open := time.Since(start)
	t.Logf("explorer model on %d projects: %v", len(d.Projects), open)
	if open > 2*time.Second {
		t.Errorf("building the explorer took %v", open)
	}
	_ = m
}
