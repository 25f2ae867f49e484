package prose

import (
	"strings"
	"unicode/utf8"
	"yusuan/internal/lazyregexp"

	"github.com/shopspring/decimal"
)

// Unit is what a mentioned figure counts.
type Unit int

// Units of a mention.
const (
	Amount  Unit = iota // …万元 or …亿元
	Percent             // …%
	Count               // N个
	Yuan                // …元 (YuanAmounts only; Value in 元)
)

// Mention is a figure printed in a sentence, with the words before it.
type Mention struct {
	Unit    Unit
	Value   decimal.Decimal // in 万元 for amounts
	Printed string          // the number as printed (1,274.42)
	// Start and End are byte offsets of the figure and its unit in the sentence.
	Start, End int
	// Label is the words before the figure, back to the previous figure or
	// clause punctuation, without spaces; LabelAt is where they start.
	Label   string
	LabelAt int
	// Change is +1 for an increase stated (比上年增加…), −1 for a decrease,
	// 0 where the figure is not a change.
	Change int
	// Share: a percentage that is a share of something (占 6.80%).
	Share bool
}

var (
	reFigure = lazyregexp.New(`(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|%|个)`)
	reSpaces = lazyregexp.New(`[ \t\x{3000}]+`)
	// a change verb right before a figure: 比上年减少273.66万元, 增加支出152.87万元
	reChangeTail = lazyregexp.New(`(` + ChangeVerbs + `)(了|支出|经费|幅度为|幅度|比例为|为)?$`)
	// a percentage that states a change: nothing but the verb before it
	rePctChange = lazyregexp.New(`^(同比)?(` + ChangeVerbs + `)(了|幅度为|幅度|比例为|为)?$`)
	reShareTail = lazyregexp.New(`(占|占比|占比为|所占比例为|比重为)$`)
)

// labelStops end a label: clause punctuation and brackets.
const labelStops = "，,；;：:。、（）()"

// Mentions finds the figures a sentence states, in order. The sentence is
// expected narrowed (Narrow): full-width digits are not read.
func Mentions(s string) []Mention {
	var out []Mention
	prevEnd := 0
	for _, m := range reFigure.FindAllStringSubmatchIndex(s, -1) {
		d, err := decimal.NewFromString(strings.ReplaceAll(s[m[2]:m[3]], ",", ""))
		if err != nil {
			continue
		}
		// A digit right before the match means we are inside a longer token
		// (a code, a date); skip.
		if m[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(s[:m[0]]); r >= '0' && r <= '9' || r == '.' {
				continue
			}
		}
		mn := Mention{Value: d, Printed: s[m[2]:m[3]], Start: m[0], End: m[1]}
		switch s[m[4]:m[5]] {
		case "亿元":
			mn.Unit = Amount
			mn.Value = d.Shift(4)
		case "万元":
			mn.Unit = Amount
		case "%":
			mn.Unit = Percent
		case "个":
			mn.Unit = Count
		}
		label := LabelBefore(s, prevEnd, m[0])
		mn.LabelAt = m[0] - len(label)
		mn.Label = reSpaces.ReplaceAllString(label, "")
		if t := reChangeTail.FindStringSubmatch(mn.Label); t != nil && mn.Unit != Count {
			mn.Change = Direction(t[1])
		}
		if mn.Unit == Percent && mn.Change != 0 && !rePctChange.MatchString(mn.Label) {
			mn.Change = 0 // 压减10%: a rate applied, not the change stated
		}
		if mn.Unit == Percent && reShareTail.MatchString(mn.Label) {
			mn.Share = true
		}
		out = append(out, mn)
		prevEnd = m[1]
	}
	return out
}

// LabelBefore returns the words of s[from:at] before a figure, back to
// clause punctuation (parentheses inside a name such as 因公出国（境） are
// kept by looking past a closing one).
func LabelBefore(s string, from, at int) string {
	seg := s[from:at]
	depth := 0
	i := len(seg)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(seg[:i])
		switch {
		case r == '）' || r == ')':
			depth++
		case r == '（' || r == '(':
			if depth == 0 {
				return seg[i:]
			}
			depth--
		case depth == 0 && strings.ContainsRune(labelStops, r):
			return seg[i:]
		}
		i -= size
	}
	return seg
}

// reYuanFigure: a figure and its unit, where 元 alone (not 万元, 亿元) is the
// one wanted; the longer units are matched so that their figures are passed.
var reYuanFigure = lazyregexp.New(`(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)`)

// YuanAmounts finds the figures a sentence states in 元 (the narrative's
// unit is 万元; a figure in 元 is a per-head rate or a slip of the unit),
// with Value in 元. A rate (元/人, 元每…) is left out. The sentence is
// expected narrowed, as for Mentions.
func YuanAmounts(s string) []Mention {
	var out []Mention
	prevEnd := 0
	for _, m := range reYuanFigure.FindAllStringSubmatchIndex(s, -1) {
		start := prevEnd
		prevEnd = m[1]
		if s[m[4]:m[5]] != "元" || strings.HasPrefix(s[m[1]:], "/") || strings.HasPrefix(s[m[1]:], "每") {
			continue
		}
		if m[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(s[:m[0]]); r >= '0' && r <= '9' || r == '.' {
				continue
			}
		}
		d, err := decimal.NewFromString(strings.ReplaceAll(s[m[2]:m[3]], ",", ""))
		if err != nil {
			continue
		}
		label := LabelBefore(s, start, m[0])
		out = append(out, Mention{Unit: Yuan, Value: d, Printed: s[m[2]:m[3]], Start: m[0], End: m[1],
			Label: reSpaces.ReplaceAllString(label, ""), LabelAt: m[0] - len(label)})
	}
	return out
}
