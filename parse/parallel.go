package parse

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// eachAside calls f(k) for every k in [0, n) on as many goroutines as there
// are processors, each taking the next k not yet taken (the pieces of a
// document differ in size a hundredfold), and returns when all are done.
// f must write only to what belongs to its k.
func eachAside(n int, f func(k int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for k := range n {
			f(k)
		}
		return
	}
	var next atomic.Int64
	take := func() {
		for k := int(next.Add(1)) - 1; k < n; k = int(next.Add(1)) - 1 {
			f(k)
		}
	}
	var wg sync.WaitGroup
	for range workers - 1 {
		wg.Go(take)
	}
	take() // the caller takes its share: its stack has grown already
	wg.Wait()
}
