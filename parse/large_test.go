package parse

// A generated consolidated document of about 5 MB in the rows layout, built
// on the Jinzhong sample: its expenditure table grows to thousands of
// functional items, its project list to thousands of projects, and each
// project gets a performance form with indicators (the sample's first form,
// renamed). Amounts add up, in fen, so checks on it are meaningful.
//
//	go test ./parse -run '^$' -bench Large -benchtime 5x

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

const (
	largeClasses  = 40 // × largeKuan × largeXiang functional items
	largeKuan     = 10
	largeXiang    = 10
	largeProjects = 1950
)

var (
	largeOnce sync.Once
	largeDoc  []byte
)

func fen(n int64) string { return fmt.Sprintf("%d.%02d", n/100, n%100) }

// largeDocument returns the generated document (built once).
func largeDocument(tb testing.TB) []byte {
	largeOnce.Do(func() { largeDoc = buildLarge(tb) })
	return largeDoc
}

func buildLarge(tb testing.TB) []byte {
	var path string
	for _, p := range fmtSamples(tb) {
		if strings.Contains(p, "jinzhong") {
			path = p
		}
	}
	lines := strings.Split(string(readFileT(tb, path)), "\n")
	find := func(from int, pred func(string) bool) int {
		for i := from; i < len(lines); i++ {
			if pred(lines[i]) {
				return i
			}
		}
		tb.Fatalf("generator: template line not found after %d", from)
		return -1
	}
	eq := func(s string) func(string) bool { return func(l string) bool { return l == s } }
	blank := func(l string) bool { return strings.TrimSpace(l) == "" }
	isForm := func(l string) bool { return strings.HasSuffix(l, "项目支出绩效目标申报表") }

	expTitle := find(0, eq("2023年预算支出总表"))
	expTotal := find(expTitle, func(l string) bool { return strings.HasPrefix(l, "合计\t") })
	expEnd := find(expTotal, blank)
	listTitle := find(expEnd, eq("2023年项目支出预算表（本年预算）"))
	listFirst := find(listTitle, func(l string) bool { return strings.HasPrefix(l, "1\t2\t3") }) + 1
	listEnd := find(listFirst, blank)
	formStart := find(listEnd, isForm)
	formEnd := find(formStart+1, isForm)
	lastFormEnd := find(formEnd, eq("十一、国有资产占有使用情况"))
	form := lines[formStart:formEnd]
	formName := "安全生产举报奖励金"

	// functional items: amounts in fen, basic + project per item
	var items []string
	var total, basic, project int64
	for c := range largeClasses {
		class := fmt.Sprintf("%03d", 201+c)
		var cRows []string
		var cT, cB, cP int64
		for k := range largeKuan {
			kuan := fmt.Sprintf("%s%02d", class, k+1)
			var kRows []string
			var kT, kB, kP int64
			for x := range largeXiang {
				code := fmt.Sprintf("%s%02d", kuan, x+1)
				b := int64((c*7+k*13+x*17)%500) * 37
				p := int64((c*11+k*3+x*5)%700) * 53
				kRows = append(kRows, fmt.Sprintf("%s\t项目支出科目%s\t%s\t%s\t%s", code, code, fen(b+p), fen(b), fen(p)))
				kT, kB, kP = kT+b+p, kB+b, kP+p
			}
			cRows = append(cRows, fmt.Sprintf("%s\t款级科目%s\t%s\t%s\t%s", kuan, kuan, fen(kT), fen(kB), fen(kP)))
			cRows = append(cRows, kRows...)
			cT, cB, cP = cT+kT, cB+kB, cP+kP
		}
		items = append(items, fmt.Sprintf("%s\t类级科目%s\t%s\t%s\t%s", class, class, fen(cT), fen(cB), fen(cP)))
		items = append(items, cRows...)
		total, basic, project = total+cT, basic+cB, project+cP
	}

	// projects: amounts share the project total out evenly (the last takes the rest)
	var list []string
	each := project / largeProjects
	var names []string
	var amounts []int64
	for i := range largeProjects {
		amt := each
		if i == largeProjects-1 {
			amt = project - each*(largeProjects-1)
		}
		name := fmt.Sprintf("安全生产专项项目%04d", i+1)
		names = append(names, name)
		amounts = append(amounts, amt)
		list = append(list, fmt.Sprintf("%s\t%s\t%s\t\t\t\t", name, fen(amt), fen(amt)))
	}
	dept := strings.Split(lines[listFirst], "\t")[0]

	var b strings.Builder
	write := func(ls ...string) {
		for _, l := range ls {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	// the summary tables before it state the new total
	for _, l := range lines[:expTotal] {
		write(strings.ReplaceAll(l, "595.20", fen(total)))
	}
	write(fmt.Sprintf("合计\t\t%s\t%s\t%s", fen(total), fen(basic), fen(project)))
	write(items...)
	write(lines[expEnd:listFirst]...)
	write(fmt.Sprintf("%s\t%s\t%s\t\t\t\t", dept, fen(project), fen(project)))
	write(list...)
	write(lines[listEnd:formStart]...)
	// each form states its project's annual amount in 元, as the list does in 万元
	for i, name := range names {
		yuan := fmt.Sprintf("%d", amounts[i]*100) // fen of 万元 → 元
		annual := strings.NewReplacer(formName, name, "10,000", yuan)
		for _, l := range form {
			write(annual.Replace(l))
		}
	}
	write(lines[lastFormEnd:]...)
	return []byte(b.String())
}

// TestLargeDocument: the generated document parses completely and quickly.
func TestLargeDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("large document")
	}
	data := largeDocument(t)
	if len(data) < 4<<20 || len(data) > 7<<20 {
		t.Fatalf("generated %d bytes, want about 5 MB", len(data))
	}
	start := time.Now()
	d, err := Bytes("large.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start)
	items := 0
	for _, n := range d.Functional {
		for _, k := range n.Children {
			items += len(k.Children)
		}
	}
	if items != largeClasses*largeKuan*largeXiang {
		t.Errorf("%d functional items, want %d", items, largeClasses*largeKuan*largeXiang)
	}
	withIndicators := 0
	for _, p := range d.Projects {
		if len(p.Indicators) > 0 {
			withIndicators++
		}
	}
	if len(d.Projects) < largeProjects || withIndicators < largeProjects {
		t.Errorf("%d projects, %d with indicators, want %d", len(d.Projects), withIndicators, largeProjects)
	}
	var sum = d.Functional[0].Total.Sub(d.Functional[0].Total)
	for _, n := range d.Functional {
		sum = sum.Add(n.Total)
	}
	if !sum.Equal(d.Totals.Expenditure) {
		t.Errorf("classes add up to %s, total expenditure %s", sum, d.Totals.Expenditure)
	}
	t.Logf("%d bytes, %d functional items, %d projects, parsed in %s", len(data), items, len(d.Projects), elapsed)
	if elapsed > 30*time.Second {
		t.Errorf("parse took %s", elapsed)
	}
}

// bareSplit is the least any reading of the document does: split it into
// lines and the lines into TAB cells, keeping the cells.
func bareSplit(b []byte) int {
	n := 0
	for _, line := range bytes.Split(b, []byte("\n")) {
		n += len(bytes.Split(line, []byte("\t")))
	}
	return n
}

func BenchmarkLargeParse(b *testing.B) {
	data := largeDocument(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Bytes("large.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLargeBaseline(b *testing.B) {
	data := largeDocument(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		bareSplit(data)
	}
}

// BenchmarkLargePeakMemory samples the heap in use while the document is
// parsed and reports the peak as a multiple of the file size (the target is
// at most 40×). The document stays reachable, as it does in the explorer.
func BenchmarkLargePeakMemory(b *testing.B) {
	data := largeDocument(b)
	var peak uint64
	for b.Loop() {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		base := ms.HeapInuse
		stop := make(chan struct{})
		done := make(chan uint64)
		go func() {
			var max uint64
			t := time.NewTicker(2 * time.Millisecond)
			defer t.Stop()
			for {
				var m runtime.MemStats
				runtime.ReadMemStats(&m)
				if m.HeapInuse > base && m.HeapInuse-base > max {
					max = m.HeapInuse - base
				}
				select {
				case <-stop:
					done <- max
					return
				case <-t.C:
				}
			}
		}()
		d, err := Bytes("large.txt", data)
		if err != nil {
			b.Fatal(err)
		}
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		close(stop)
		p := <-done
		if m.HeapInuse > base && m.HeapInuse-base > p {
			p = m.HeapInuse - base
		}
		peak = max(peak, p)
		runtime.KeepAlive(d)
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
	b.ReportMetric(float64(peak)/float64(len(data)), "peak/file")
}
