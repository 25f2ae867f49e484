package parse

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"yusuan/audit"
	"yusuan/tui"
)

// What `yusuan check FILE` does with the generated 5 MB document: read the
// file, parse it, run every rule. The target is within 10× of
// BenchmarkLargeBaseline (a bare split of the same bytes, already in memory).
func BenchmarkLargeCheck(b *testing.B) {
	path := filepath.Join(b.TempDir(), "large.txt")
	if err := os.WriteFile(path, largeDocument(b), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(largeDocument(b))))
	b.ReportAllocs()
	for b.Loop() {
		d, err := File(path)
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

// The generated document's projects are consistent: every form states its
// project's budget in 元, the project budgets add up to 项目支出. (Its summary
// tables are only partly rewritten by the generator, and checks say so.)
func TestLargeDocumentChecksClean(t *testing.T) {
	if testing.Short() {
		t.Skip("large document")
	}
	d, err := Bytes("large.txt", largeDocument(t))
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, f := range audit.Check(d) {
		count[fmt.Sprintf("%s %s", f.Severity, f.Rule)]++
	}
	var keys []string
	for k := range count {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%s: %d", k, count[k])
		if strings.HasPrefix(k, "error project") || strings.HasPrefix(k, "error declared") || strings.HasPrefix(k, "error plan") || strings.HasPrefix(k, "error tree") {
			t.Errorf("%s: %d findings on a consistent document", k, count[k])
		}
	}
}
