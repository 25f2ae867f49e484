package league

import "sync/atomic"

// Reading is a folder being read (see package read): Total files, C the
// summaries as they are done, closed at the end. A summary whose Path was
// sent before replaces it: the tables of a document whose narrative half
// turned up later. The table (tui) listens to it without knowing how the
// documents are read.
type Reading struct {
	Total int
	C     <-chan Summary
	done  atomic.Int64
}

// NewReading is the reading of total files, whose summaries come on c.
func NewReading(total int, c <-chan Summary) *Reading { return &Reading{Total: total, C: c} }

// Done is how many files have been read so far.
func (r *Reading) Done() int { return int(r.done.Load()) }

// FileDone counts one more file read.
func (r *Reading) FileDone() { r.done.Add(1) }

// Collect gathers summaries from c, a later summary of a path replacing the
// earlier one.
func Collect(c <-chan Summary) []Summary {
	var out []Summary
	at := map[string]int{}
	for s := range c {
		if i, ok := at[s.Path]; ok {
			out[i] = s
			continue
		}
		at[s.Path] = len(out)
		out = append(out, s)
	}
	return out
}
