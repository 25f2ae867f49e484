package tui

import (
	"strings"
	"yusuan/internal/lazyregexp"

	"yusuan/compare"
	"yusuan/model"
)

// rowFilter is what f narrows a view to. The words of the filter must all
// hold: an amount range (>100, >=100, <50, <=50, 10..50) on the sorted amount
// column (the total, or Δ in diff mode, when the sort is not by an amount), a
// change (新增/added, 删除/removed, 变化/changed, 改名/renamed, 未变/same),
// a severity (错误/error, 警告/warn, 提示/info: the finding's own, or one
// that concerns the row), else text found in the code, name, path, pinyin
// initials or cells (a finding's place and rule).
type rowFilter struct {
	text  string // as typed
	terms []filterTerm
}

type filterTerm struct {
	word   string
	status compare.Status
	sev    model.Severity
	lo, hi *model.Money
	loOpen bool // > rather than >=
	hiOpen bool // < rather than <=
}

var (
	cmpTerm   = lazyregexp.New(`^(>=|<=|>|<|=)(-?[0-9][0-9,]*(?:\.[0-9]+)?)$`)
	rangeTerm = lazyregexp.New(`^(-?[0-9][0-9,]*(?:\.[0-9]+)?)\.\.(-?[0-9][0-9,]*(?:\.[0-9]+)?)$`)
)

var statusWords = map[string]compare.Status{
	"新增": compare.Added, "added": compare.Added, "删除": compare.Removed, "removed": compare.Removed,
	"变化": compare.Changed, "changed": compare.Changed, "改名": compare.Renamed, "renamed": compare.Renamed,
	"未变": compare.Same, "same": compare.Same,
}

var severityWords = map[string]model.Severity{
	"错误": model.SevError, "error": model.SevError, "警告": model.SevWarn, "warn": model.SevWarn,
	"提示": model.SevInfo, "info": model.SevInfo, "存疑": model.SevUnread, "读取存疑": model.SevUnread, "unread": model.SevUnread,
}

func parseFilter(s string) rowFilter {
	f := rowFilter{text: s}
	for _, w := range strings.Fields(strings.ToLower(s)) {
		var t filterTerm
		if m := cmpTerm.FindStringSubmatch(w); m != nil {
			a, _ := model.ParseAmount(m[2])
			switch m[1] {
			case ">", ">=":
				t.lo, t.loOpen = &a, m[1] == ">"
			case "<", "<=":
				t.hi, t.hiOpen = &a, m[1] == "<"
			default:
				t.lo, t.hi = &a, &a
			}
		} else if m := rangeTerm.FindStringSubmatch(w); m != nil {
			a, _ := model.ParseAmount(m[1])
			b, _ := model.ParseAmount(m[2])
			if a.Cmp(b) > 0 {
				a, b = b, a
			}
			t.lo, t.hi = &a, &b
		} else if st, ok := statusWords[w]; ok {
			t.status = st
		} else if sev, ok := severityWords[w]; ok {
			t.sev = sev
		} else {
			t.word = w
		}
		f.terms = append(f.terms, t)
	}
	return f
}

func (f rowFilter) empty() bool { return len(f.terms) == 0 }

// match reports whether n passes every word; amt is the amount ranges test.
func (f rowFilter) match(n *node, amt func(*node) (model.Money, bool)) bool {
	for _, t := range f.terms {
		if !t.match(n, amt) {
			return false
		}
	}
	return true
}

func (t filterTerm) match(n *node, amt func(*node) (model.Money, bool)) bool {
	switch {
	case t.lo != nil || t.hi != nil:
		a, ok := amt(n)
		if !ok {
			return false
		}
		if t.lo != nil && (a.Cmp(*t.lo) < 0 || t.loOpen && a.Cmp(*t.lo) == 0) {
			return false
		}
		return t.hi == nil || a.Cmp(*t.hi) < 0 || !t.hiOpen && a.Cmp(*t.hi) == 0
	case t.status != "":
		return n.diff != nil && n.diff.status == t.status
	case t.sev != "":
		if n.finding != nil {
			return n.finding.Severity == t.sev
		}
		for _, f := range n.findings {
			if f.Severity == t.sev {
				return true
			}
		}
		return false
	}
	return matchesText(n, t.word)
}

// matchesText finds w (lowercased) in what the row shows or is known by.
func matchesText(n *node, w string) bool {
	for _, s := range []string{n.code, n.name, n.path} {
		if strings.Contains(strings.ToLower(s), w) {
			return true
		}
	}
	for _, c := range n.cells {
		if strings.Contains(strings.ToLower(c), w) {
			return true
		}
	}
	if f := n.finding; f != nil && (strings.Contains(strings.ToLower(f.Rule), w) || string(f.Severity) == w) {
		return true
	}
	return strings.Contains(n.pyInit, w) || len(w) >= 3 && strings.Contains(n.pyFull, w)
}

// filterAmount is the amount a range tests: the sorted amount column, else
// the total (Δ in diff mode).
func filterAmount(k sortKey) func(*node) (model.Money, bool) {
	return func(n *node) (model.Money, bool) {
		switch k.kind {
		case byAmount, byAbsDelta, byShare:
			return sortValue(n, k)
		}
		if n.diff != nil {
			return sortValue(n, sortKey{byAmount, colDelta})
		}
		return n.first()
	}
}
