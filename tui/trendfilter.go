package tui

import (
	"strings"

	"yusuan/compare"
	"yusuan/model"
	"yusuan/trend"
)

// trendMatch is what the filter finds a line by: its codes and names of every year,
// lowercased, and the latest name's pinyin initials and full pinyin.
type trendMatch struct {
	low, pyInit, pyFull string
}

func newTrendMatch(r *trend.Row, py pinyinCache) trendMatch {
	parts := []string{r.Code, r.Name}
	for _, v := range r.Values {
		if v != nil {
			parts = append(parts, v.Code, v.Name)
		}
	}
	m := trendMatch{low: strings.ToLower(strings.Join(parts, "\x00"))}
	m.pyInit, m.pyFull = py.keys(r.Name)
	return m
}

// passes reports whether the line passes every word of the filter: an
// amount range on its latest amount (>1000, 100..500), a change over the
// period (新增: not printed the first year; 删除: not the last; 变化; 未变),
// else text in a code or name of any year, or the pinyin of its name.
func (l *trendLine) passes(f rowFilter) bool {
	for _, t := range f.terms {
		switch {
		case t.lo != nil || t.hi != nil:
			latest, ok := l.latest()
			n := &node{amts: []model.Money{latest}}
			if !ok || !t.match(n, func(n *node) (model.Money, bool) { return n.first() }) {
				return false
			}
		case t.status != "":
			if !l.hasStatus(t.status) {
				return false
			}
		case t.sev != "":
			return false // a trend has no findings
		default:
			m := l.match
			if !strings.Contains(m.low, t.word) && !strings.Contains(m.pyInit, t.word) && (len(t.word) < 3 || !strings.Contains(m.pyFull, t.word)) {
				return false
			}
		}
	}
	return true
}

// latest is the line's amount in the last year it is printed in.
func (l *trendLine) latest() (model.Money, bool) {
	vs := l.row.Values
	for i := len(vs) - 1; i >= 0; i-- {
		if vs[i] != nil {
			return vs[i].Total, true
		}
	}
	return model.Zero, false
}

// hasStatus reads diff's statuses over the whole period.
func (l *trendLine) hasStatus(s compare.Status) bool {
	vs, c := l.row.Values, l.row.Change
	switch s {
	case compare.Added:
		return vs[0] == nil
	case compare.Removed:
		return vs[len(vs)-1] == nil
	case compare.Changed:
		return c != nil && !c.Delta.IsZero()
	case compare.Same:
		return c != nil && c.Delta.IsZero()
	case compare.Renamed:
		return len(l.row.Crosswalk) > 0 || l.row.Similar
	}
	return false
}
