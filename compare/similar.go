package compare

import "slices"

// grams is a name's rune bigrams, each packed in a uint64, sorted, with
// multiplicity: a form that compares without maps or allocation.
type grams []uint64

// bigrams returns the bigrams of a normalised name; a one-rune name is its
// own gram (with zero high bits, so it never equals a pair).
func bigrams(s string) grams {
	rs := []rune(s)
	if len(rs) == 1 {
		return grams{uint64(rs[0])}
	}
	if len(rs) == 0 {
		return nil
	}
	g := make(grams, 0, len(rs)-1)
	for i := 0; i+1 < len(rs); i++ {
		g = append(g, uint64(rs[i])<<32|uint64(rs[i+1]))
	}
	slices.Sort(g)
	return g
}

// dice is the Sørensen–Dice coefficient of two bigram multisets, 0..1. It
// suits Chinese names, where a renamed project usually keeps most of its
// two-character words (安全生产专项经费 → 安全生产专项工作经费).
func dice(a, b grams) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	common := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			common++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}

// diceBound is the highest dice two names of these gram counts can reach,
// to skip pairs that cannot be similar enough without comparing them.
func diceBound(la, lb int) float64 {
	if la+lb == 0 {
		return 0
	}
	return 2 * float64(min(la, lb)) / float64(la+lb)
}
