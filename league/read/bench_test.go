package read

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"yusuan/league"
)

// samples are the two embedded documents with the department and the years
// each prints, to be varied.
var samples = []struct {
	path, dept string
	year       int
}{
	{"../../samples/cangzhou-lingang-safety-2026.txt", "沧州临港经济技术开发区安全生产监督管理局", 2026},
	{"../../samples/jinzhong-safety-2023.txt", "山西转型综合改革示范区晋中开发区安全生产监督管理局", 2023},
}

// reYear finds a year printed as a word of its own (2026年, 预算年度：2026),
// never inside an amount or a code.
var reYear = regexp.MustCompile(`(^|[^0-9.,])20\d\d([^0-9.,]|$)`)

// hanDigits writes n in Chinese digits (一二〇): department names vary
// without an ASCII digit, which the parser would read as a code.
func hanDigits(n int) string {
	const d = "〇一二三四五六七八九"
	var b strings.Builder
	for _, c := range fmt.Sprint(n) {
		b.WriteString(string([]rune(d)[c-'0']))
	}
	return b.String()
}

// generateFolder writes n documents into dir: the samples in turn, each
// under a department of its own (five documents, 2020–2024, each) and its
// years moved (the year and the year before it, as the text prints them).
func generateFolder(tb testing.TB, dir string, n int) {
	tb.Helper()
	for i := range n {
		s := samples[i%len(samples)]
		b, err := os.ReadFile(s.path)
		if err != nil {
			tb.Skip("samples absent")
		}
		dept := "第" + hanDigits(i/10) + "区" + []string{"安全生产监督管理局", "应急管理局"}[i%2]
		year := 2020 + (i/2)%5
		text := strings.ReplaceAll(string(b), s.dept, dept)
		text = reYear.ReplaceAllStringFunc(text, func(m string) string {
			i := strings.Index(m, "20")
			switch m[i : i+4] {
			case fmt.Sprint(s.year):
				return m[:i] + fmt.Sprint(year) + m[i+4:]
			case fmt.Sprint(s.year - 1):
				return m[:i] + fmt.Sprint(year-1) + m[i+4:]
			}
			return m
		})
		name := filepath.Join(dir, fmt.Sprintf("doc-%04d-%d.txt", i, year))
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

// heapPeak samples the heap in use every 5 ms until stop is closed and
// returns the largest value seen.
func heapPeak(stop <-chan struct{}) func() uint64 {
	var peak atomic.Uint64
	var wg sync.WaitGroup
	wg.Go(func() {
		var m runtime.MemStats
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.Load() {
				peak.Store(m.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	})
	return func() uint64 { wg.Wait(); return peak.Load() }
}

// BenchmarkFolder2000 reads a generated folder of 2,000 documents as yusuan
// DIR does (2 workers: run with -cpu 2) and reports documents per second,
// the time to the first row and the peak heap in use.
//
//	go test ./league/read -run '^$' -bench Folder2000 -benchtime 1x -cpu 2
func BenchmarkFolder2000(b *testing.B) {
	const n = 2000
	dir := b.TempDir()
	generateFolder(b, dir, n)
	runtime.GC()
	b.ResetTimer()
	for range b.N {
		stop := make(chan struct{})
		peak := heapPeak(stop)
		start := time.Now()
		r, err := Stream(dir, runtime.GOMAXPROCS(0))
		if err != nil {
			b.Fatal(err)
		}
		var first time.Duration
		var sums []league.Summary
		for s := range r.C {
			if first == 0 {
				first = time.Since(start)
			}
			sums = append(sums, s)
		}
		elapsed := time.Since(start)
		close(stop)
		rows := league.Rows(sums)
		if len(sums) != n || len(rows) != n/5 {
			b.Fatalf("%d summaries, %d rows", len(sums), len(rows))
		}
		b.ReportMetric(float64(n)/elapsed.Seconds(), "docs/s")
		b.ReportMetric(float64(first.Microseconds())/1000, "ms-first-row")
		b.ReportMetric(float64(peak())/(1<<20), "MiB-peak-heap")
	}
}

// The generated folder reads back as it was made: a department for every
// five documents, one of each year, every one with its year before.
func TestGeneratedFolder(t *testing.T) {
	dir := t.TempDir()
	generateFolder(t, dir, 40)
	sums, err := Read(dir, 2)
	if err != nil {
		t.Fatal(err)
	}
	rows := league.Rows(sums)
	if len(rows) != 40/5 {
		t.Fatalf("%d rows for 40 documents", len(rows))
	}
	for _, r := range rows {
		if len(r.Docs) != 5 || r.Latest.Year != 2024 || r.Previous == nil || r.Previous.Year != 2023 {
			t.Errorf("%s: %d documents, latest %d", r.Department, len(r.Docs), r.Latest.Year)
		}
	}
}
