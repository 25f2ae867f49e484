package compare

import "yusuan/prose"

// Sibling is what matching needs of one line: its code ("" where the
// document prints none) and its name.
type Sibling struct{ Code, Name string }

// MatchSiblings pairs the lines under one parent in two years as diff does:
// by code, then by exact name where a code does not tell them apart, then by
// name similarity (best pairs first). It returns, for each line of cur, the
// index of its line in old (or -1) and how it was matched (ByCode, ByName or
// BySimilarity; "" where unmatched). Trends over many years match each year
// against the lines of the years before with it.
func MatchSiblings(old, cur []Sibling) (oldOf []int, by []string) {
	return pairSiblings(len(old), len(cur),
		func(j int) string { return old[j].Code }, func(i int) string { return cur[i].Code },
		func(j int) string { return old[j].Name }, func(i int) string { return cur[i].Name })
}

// pairSiblings is the one matcher of lines: the passes by code, by name and
// by similarity over nOld older and nCur newer siblings.
func pairSiblings(nOld, nCur int, oldCode, curCode, oldName, curName func(int) string) ([]int, []string) {
	pr := newPairing(nOld, nCur)
	always := func(i, j int) bool { return true }
	// 1. by code
	pr.byKey(oldCode, curCode, "", ByCode, always)
	// 2. by exact name, where a code does not already tell them apart: two
	// different codes with one name are two different lines.
	noCodeClash := func(i, j int) bool { return curCode(i) == "" || oldCode(j) == "" }
	pr.byKey(func(j int) string { return prose.Key(oldName(j)) }, func(i int) string { return prose.Key(curName(i)) },
		"\x00", ByName, noCodeClash)
	// 3. by name similarity, under the same condition, best pairs first.
	oldGrams := make([]grams, nOld)
	curGrams := make([]grams, nCur)
	pr.bySimilarity(func(i, j int) float64 {
		if !noCodeClash(i, j) {
			return -1
		}
		if curGrams[i] == nil {
			curGrams[i] = bigrams(prose.Key(curName(i)))
		}
		if oldGrams[j] == nil {
			oldGrams[j] = bigrams(prose.Key(oldName(j)))
		}
		if s := dice(curGrams[i], oldGrams[j]); s >= lineSimilarity {
			return s
		}
		return -1
	})
	return pr.oldOf, pr.by
}
