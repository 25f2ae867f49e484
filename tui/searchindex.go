package tui

import (
	"sort"
	"strings"
)

// entry is one searchable node with its lowercased keys.
type entry struct {
	view viewID
	n    *node
	code string
	name string
	more string // a finding's place and rule, lowercased
	pos  int    // index order, for stable ranking
}

// hit is a matching entry and how well it matched.
type hit struct {
	entry *entry
	score int
}

// searchIndex holds every node search can reach: the classification lines,
// projects and their indicators, “三公” items, table titles, section headings
// and findings.
type searchIndex struct{ entries []*entry }

func newSearchIndex(views [numViews]*viewDef) *searchIndex {
	idx := &searchIndex{}
	for _, v := range views {
		if v == nil || v.id == viewFlat {
			continue // the flat view's rows are the trees' own
		}
		for _, n := range allNodes(v.root) {
			if n.kind == kindTableRow || n.kind == kindParagraph {
				continue // raw rows and prose repeat what the trees hold
			}
			e := &entry{view: v.id, n: n, code: strings.ToLower(n.code), name: strings.ToLower(n.name), pos: len(idx.entries)}
			if n.finding != nil {
				e.more = strings.ToLower(strings.Join(n.cells, " "))
			}
			idx.entries = append(idx.entries, e)
		}
	}
	return idx
}

// find ranks the entries matching q, grouped by view: the view the search
// was made from first, then the others in tab order, so that n/N go through
// the matches where the auditor is before they go elsewhere. Within a view:
// exact code, then code prefix, exact name, name substring, a finding's place
// or rule, then pinyin initials (aqjg → 安全监管) and full pinyin, then
// document order.
func (idx *searchIndex) find(q string, from viewID) []hit {
	q = strings.ToLower(strings.TrimSpace(q))
	if q == "" {
		return nil
	}
	var hits []hit
	for _, e := range idx.entries {
		if s := score(e, q); s > 0 {
			hits = append(hits, hit{e, s})
		}
	}
	group := func(h hit) int {
		if h.entry.view == from {
			return -1
		}
		return int(h.entry.view)
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if gi, gj := group(hits[i]), group(hits[j]); gi != gj {
			return gi < gj
		}
		if hits[i].score != hits[j].score {
			return hits[i].score > hits[j].score
		}
		return hits[i].entry.pos < hits[j].entry.pos
	})
	return hits
}

func score(e *entry, q string) int {
	n := e.n
	switch {
	case e.code != "" && e.code == q:
		return 100
	case e.name == q:
		return 95
	case e.code != "" && strings.HasPrefix(e.code, q):
		return 80 - min(len(e.code)-len(q), 9)
	case strings.HasPrefix(e.name, q):
		return 70
	case strings.Contains(e.name, q):
		return 60
	case e.more != "" && strings.Contains(e.more, q):
		return 58
	case n.pyInit != "" && n.pyInit == q:
		return 55
	case strings.HasPrefix(n.pyInit, q):
		return 50
	case strings.Contains(n.pyInit, q):
		return 40
	case strings.HasPrefix(n.pyFull, q):
		return 38
	case len(q) >= 3 && strings.Contains(n.pyFull, q):
		return 30
	}
	return 0
}
