package audit

import (
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"golang.org/x/text/width"

	"yusuan/internal/lazyregexp"
	"yusuan/model"
)

// sentence is one sentence of the narrative with the figures it states.
type sentence struct {
	text     string
	heading  string
	line     int // the section's line: the closest the model keeps
	mentions []mention
	// lists are the sentence's breakdowns, found once (several rules read them)
	lists     []*list
	listsDone bool
}

type mkind int

const (
	mAmount  mkind = iota // …万元
	mPercent              // …%
	mCount                // N个
)

// mention is a figure printed in a sentence.
type mention struct {
	kind       mkind
	value      decimal.Decimal // in 万元 for amounts
	printed    string
	start, end int    // byte offsets in the sentence text
	label      string // the words before it, back to the previous figure or punctuation
	labelAt    int    // where the label starts
	change     int    // +1 增加, -1 减少, 0 not a change
	share      bool   // 占 x%
}

var (
	reFigure = lazyregexp.New(`(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|%|个)`)
	reSpaces = lazyregexp.New(`[ \t\x{3000}]+`)
	// a change verb right before a figure: 比上年减少273.66万元, 增加支出152.87万元
	reChangeTail = lazyregexp.New(`(增加|增长|上升|提高|减少|下降|降低|压减|缩减|节约|减)(了|支出|经费|幅度为|幅度|比例为|为)?$`)
	rePageNo     = lazyregexp.New(`^[-－—\s]*\d{1,3}[-－—\s]*$`)
	// a percentage that states a change: nothing but the verb before it
	rePctChange = lazyregexp.New(`^(同比)?(增加|增长|上升|提高|减少|下降|降低|压减|缩减)(了|幅度为|幅度|比例为|为)?$`)
	reShareTail = lazyregexp.New(`(占|占比|占比为|所占比例为|比重为)$`)
)

// normalise folds full-width digits and punctuation that matter to figures
// and removes the spaces pdftotext puts around numbers.
func normalise(s string) string {
	s = reBookmark.ReplaceAllString(s, "")
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '０' && r <= '９', r == '．', r == '％':
			b.WriteString(width.Narrow.String(string(r)))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// splitNarrative cuts the sections into sentences. pdftotext wraps a
// paragraph over several lines: a line that does not end a sentence and is
// not short like a heading is joined to the next.
func splitNarrative(doc *model.Document) []*sentence {
	var out []*sentence
	for _, sec := range doc.Sections {
		text := normalise(model.CleanText(sec.Text))
		// A paragraph is lines joined; starts[i] is where its i-th line begins
		// and lines[i] that line's index within the section's text.
		type para struct {
			text   string
			starts []int
			lines  []int
		}
		var paras []para
		var cur para
		flush := func() {
			if cur.text != "" {
				paras = append(paras, cur)
			}
			cur = para{}
		}
		for li, ln := range strings.Split(strings.ReplaceAll(text, "\f", "\n"), "\n") {
			ln = strings.TrimSpace(ln)
			if rePageNo.MatchString(ln) {
				continue // a page number between two halves of a paragraph
			}
			if ln == "" {
				continue // a blank line (a page break) does not end an open paragraph
			}
			cur.starts = append(cur.starts, len(cur.text))
			cur.lines = append(cur.lines, li)
			cur.text += ln
			if endsPara(ln) {
				flush()
			}
		}
		flush()
		for _, p := range paras {
			for _, sp := range splitSentences(p.text) {
				li := 0
				for i, st := range p.starts {
					if st <= sp.at {
						li = p.lines[i]
					}
				}
				st := &sentence{text: sp.text, heading: sec.Heading, line: sectionLine(sec, li)}
				st.mentions = findMentions(sp.text)
				if len(st.mentions) > 0 {
					out = append(out, st)
				}
			}
		}
	}
	return out
}

func endsPara(ln string) bool {
	r, _ := utf8.DecodeLastRuneInString(ln)
	if strings.ContainsRune("。！？", r) {
		return true
	}
	// A short line that does not stop inside a figure or a list is a heading
	// or a cell.
	return utf8.RuneCountInString(ln) < 24 && !strings.ContainsRune("0123456789.，,、（(；;：:", r)
}

type span struct {
	text string
	at   int
}

func splitSentences(p string) []span {
	var out []span
	start := 0
	for i, r := range p {
		if r == '。' || r == '！' || r == '？' {
			if s := strings.TrimSpace(p[start:i]); s != "" {
				out = append(out, span{s, start})
			}
			start = i + utf8.RuneLen(r)
		}
	}
	if s := strings.TrimSpace(p[start:]); s != "" {
		out = append(out, span{s, start})
	}
	return out
}

// sectionLine returns the source line of the li-th line of a section's text,
// as the parser recorded it; for a hand-made section without line records,
// the line after the heading plus li.
func sectionLine(sec *model.Section, li int) int {
	if li >= 0 && li < len(sec.Lines) {
		return sec.Lines[li]
	}
	if sec.Line == 0 {
		return 0
	}
	return sec.Line + 1 + li
}

const labelStops = "，,；;：:。、（）()"

func findMentions(s string) []mention {
	var out []mention
	prevEnd := 0
	for _, m := range reFigure.FindAllStringSubmatchIndex(s, -1) {
		num := strings.ReplaceAll(s[m[2]:m[3]], ",", "")
		d, err := decimal.NewFromString(num)
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
		mn := mention{value: d, printed: s[m[2]:m[3]], start: m[0], end: m[1]}
		switch s[m[4]:m[5]] {
		case "亿元":
			mn.kind = mAmount
			mn.value = d.Shift(4)
		case "万元":
			mn.kind = mAmount
		case "%":
			mn.kind = mPercent
		case "个":
			mn.kind = mCount
		}
		mn.label = labelBefore(s, prevEnd, m[0])
		mn.labelAt = m[0] - len(mn.label)
		mn.label = reSpaces.ReplaceAllString(mn.label, "")
		if t := reChangeTail.FindStringSubmatch(mn.label); t != nil && mn.kind != mCount {
			mn.change = +1
			switch t[1] {
			case "减少", "下降", "降低", "压减", "缩减", "节约", "减":
				mn.change = -1
			}
		}
		if mn.kind == mPercent && mn.change != 0 && !rePctChange.MatchString(mn.label) {
			mn.change = 0 // 压减10%: a rate applied, not the change stated
		}
		if mn.kind == mPercent && reShareTail.MatchString(mn.label) {
			mn.share = true
		}
		out = append(out, mn)
		prevEnd = m[1]
	}
	return out
}

// labelBefore returns the words before a figure back to the previous figure
// or clause punctuation (parentheses inside a name such as 因公出国（境） are kept
// by looking past a closing one).
func labelBefore(s string, from, at int) string {
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

// clauseSep returns the punctuation separating top-level items of a list
// region: the semicolon when the region has one, else the comma.
func clauseSep(region string) string {
	if strings.ContainsAny(region, "；;") {
		return "；;"
	}
	return "，,、"
}
