package prose

import "strings"

// changeVerbs are the words that state a change, with its direction. The
// longer of two verbs that share a start comes first (减少 before 减), so a
// pattern built from them reads the whole word.
var changeVerbs = []struct {
	word string
	dir  int
}{
	{"增加", +1}, {"增长", +1}, {"上升", +1}, {"提高", +1},
	{"减少", -1}, {"下降", -1}, {"降低", -1}, {"压减", -1}, {"缩减", -1}, {"节约", -1}, {"减", -1},
}

// rateWords introduce the rate of a change stated after its amount
// (减少273.66万元，下降31.50%; 增幅5%). 增加 and 减少 are not among them:
// there the corpus uses them loosely (procuratorate 2019: 增加28.1万元，
// 增加7.57% for 7.56%), so such a percentage is not read as the rate.
var rateWords = []struct {
	word string
	dir  int
}{{"增长", +1}, {"上升", +1}, {"增幅", +1}, {"下降", -1}, {"降幅", -1}}

// ChangeVerbs is the alternation of the change verbs for a regular
// expression: 增加|增长|…|减.
var ChangeVerbs = alternation(changeVerbs)

// RateWords is the alternation of the words naming a change's rate: 增长|…|降幅.
var RateWords = alternation(rateWords)

func alternation(ws []struct {
	word string
	dir  int
}) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.word
	}
	return strings.Join(parts, "|")
}

// Direction is +1 for a word that states an increase (增加, 增幅), −1 for a
// decrease (减少, 降幅), 0 for any other word.
func Direction(word string) int {
	for _, ws := range [][]struct {
		word string
		dir  int
	}{changeVerbs, rateWords} {
		for _, w := range ws {
			if w.word == word {
				return w.dir
			}
		}
	}
	return 0
}
