package compare

import "sort"

// pairing records, while lines or projects of two years are matched, which
// old item each new item is paired with and how. Lines and projects are
// matched by the same passes: by code, by exact name, then by similarity.
type pairing struct {
	oldOf []int    // per new item: index into old, or -1
	by    []string // per new item: ByCode, ByName or BySimilarity
	used  []bool   // per old item
}

func newPairing(nOld, nCur int) *pairing {
	p := &pairing{oldOf: make([]int, nCur), by: make([]string, nCur), used: make([]bool, nOld)}
	for i := range p.oldOf {
		p.oldOf[i] = -1
	}
	return p
}

func (p *pairing) pair(i, j int, how string) {
	p.oldOf[i], p.by[i], p.used[j] = j, how, true
}

// byKey pairs each unpaired new item with the first unused old item of the
// same key that ok accepts. Items whose key is skip are left alone.
func (p *pairing) byKey(oldKey, curKey func(int) string, skip, how string, ok func(i, j int) bool) {
	index := make(map[string][]int)
	for j := range p.used {
		if k := oldKey(j); !p.used[j] && k != skip {
			index[k] = append(index[k], j)
		}
	}
	for i := range p.oldOf {
		k := curKey(i)
		if p.oldOf[i] >= 0 || k == skip {
			continue
		}
		for _, j := range index[k] {
			if !p.used[j] && ok(i, j) {
				p.pair(i, j, how)
				break
			}
		}
	}
}

// bySimilarity pairs the remaining items, best score first; score returns a
// negative number for a pair that must not be made.
func (p *pairing) bySimilarity(score func(i, j int) float64) {
	type cand struct {
		i, j  int
		score float64
	}
	var cands []cand
	for i := range p.oldOf {
		if p.oldOf[i] >= 0 {
			continue
		}
		for j := range p.used {
			if p.used[j] {
				continue
			}
			if s := score(i, j); s >= 0 {
				cands = append(cands, cand{i, j, s})
			}
		}
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].score > cands[b].score })
	for _, c := range cands {
		if p.oldOf[c.i] < 0 && !p.used[c.j] {
			p.pair(c.i, c.j, BySimilarity)
		}
	}
}
