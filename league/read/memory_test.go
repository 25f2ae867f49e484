package read

import (
	"runtime"
	"testing"
)

// Memory stays bounded: the summaries of 400 documents (about 22 MB of
// text) hold none of it. A department's name taken from the text as a
// substring once kept each whole file alive (50 KB a document).
func TestSummariesHoldNoDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: 400 documents")
	}
	dir := t.TempDir()
	generateFolder(t, dir, 400)
	sums, err := Read(dir, 2)
	if err != nil || len(sums) != 400 {
		t.Fatalf("%v, %d summaries", err, len(sums))
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	runtime.KeepAlive(sums)
	if m.HeapAlloc > 12<<20 {
		t.Errorf("%d MiB live with 400 summaries, want under 12", m.HeapAlloc>>20)
	}
}
