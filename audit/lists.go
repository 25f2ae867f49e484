package audit

import (
	"strings"

	"github.com/shopspring/decimal"

	"yusuan/internal/lazyregexp"
)

// A list is a total the narrative breaks down: “X万元，其中：A万元，B万元”.
type list struct {
	total      int   // index of the total's mention
	parts      []int // indices of the parts' mentions
	exhaustive bool  // 其中/包括: the parts are the whole; 主要…: the main ones only
	intro      string
	sub        []*list // breakdowns of parts
}

var reIntro = lazyregexp.New(`(其中|具体包括|主要包括|主要用于以下方面|主要用于|主要为|主要是|包括|包含|分别为|分别是)[：:]?`)

func exhaustiveIntro(s string) bool {
	return !strings.HasPrefix(s, "主要")
}

// reReason: words that open a clause that explains rather than breaks down.
var reReason = lazyregexp.New(`原因|用于|主要是|因为|由于`)

// rePrior: words that mark a figure of another year or a comparison.
var rePrior = lazyregexp.New(`上年|去年|上一年|同期|以前年度|比|较|同口径|决算|执行数`)

// carryWords: words naming this year's carried-over money, which is not a figure of
// another year although it says 上年.
var carryWords = strings.NewReplacer("上年结转结余", "", "上年结转", "", "上年结余", "", "年初结转", "", "上年财政拨款结转", "", "上年末", "")

func isPrior(label string) bool { return rePrior.MatchString(carryWords.Replace(label)) }

// findLists returns the top-level lists of a sentence with their nested
// breakdowns. A list whose structure is ambiguous is left out.
func findLists(s *sentence) []*list {
	if s.listsDone {
		return s.lists
	}
	s.lists, s.listsDone = findListsOnce(s), true
	return s.lists
}

func findListsOnce(s *sentence) []*list {
	var out []*list
	covered := 0
	for _, loc := range reIntro.FindAllStringIndex(s.text, -1) {
		if loc[0] < covered {
			continue
		}
		ti := totalBefore(s, loc[0])
		if ti < 0 {
			continue
		}
		intro := strings.TrimRight(s.text[loc[0]:loc[1]], "：:")
		to := nextIntroTotal(s, loc[1])
		if inSemicolonItem(s, ti, loc[1]) {
			// the total is one item of a list separated by semicolons, so
			// its own breakdown ends with that item: gd-shenzhen-
			// publicsecurity-2026 “…等；履职工作经费 4,754.51 万元，其中结转
			// 结余 390.00 万元，用于…；勤务辅警业务费 523.08 万元，…” and
			// “主要包括：…运行维护 973.30 万元，其中结转结余 220.80 万元，
			// 用于保障平台运维服务；系统线路租用费 40.00 万元，…”
			if i := strings.IndexAny(s.text[loc[1]:to], "；;"); i >= 0 {
				to = loc[1] + i
			}
		}
		l, end := parseList(s, ti, intro, loc[1], to)
		if l != nil {
			out = append(out, l)
		}
		covered = end
	}
	return out
}

// nextIntroTotal is where the next top-level 其中 with its own total starts,
// so a list does not run into the next one.
func nextIntroTotal(s *sentence, from int) int {
	for _, loc := range reIntro.FindAllStringIndex(s.text[from:], -1) {
		at := from + loc[0]
		if strings.HasPrefix(s.text[at:], "其中") {
			if ti := totalBefore(s, at); ti >= 0 && s.mentions[ti].start >= from {
				// the total belongs to this next list; stop before its clause,
				// but never before this list's own start
				return max(from, clauseStart(s.text, s.mentions[ti].start))
			}
		}
	}
	return len(s.text)
}

// inSemicolonItem: the total (mention ti) is an item of an earlier list of
// the sentence whose items are separated by semicolons: it follows that
// list's introducer and is its first item or comes after a semicolon.
func inSemicolonItem(s *sentence, ti, introEnd int) bool {
	start := s.mentions[ti].start
	var outer []int
	for _, loc := range reIntro.FindAllStringIndex(s.text[:start], -1) {
		outer = loc
	}
	if outer == nil || !strings.ContainsAny(s.text[introEnd:], "；;") {
		return false
	}
	if strings.ContainsAny(s.text[outer[1]:start], "；;") {
		return true
	}
	for _, m := range s.mentions[:ti] {
		if m.start >= outer[1] && m.kind == mAmount {
			return false
		}
	}
	return true
}

func clauseStart(text string, at int) int {
	i := strings.LastIndexAny(text[:at], "，,；;：:")
	if i < 0 {
		return 0
	}
	return i
}

// totalBefore returns the amount mention that an introducer at pos breaks
// down: the amount just before it, with only punctuation between.
func totalBefore(s *sentence, pos int) int {
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := s.mentions[i]
		if m.end > pos {
			continue
		}
		if m.kind != mAmount {
			return -1
		}
		gap := strings.Trim(s.text[m.end:pos], "，,；; ")
		if gap != "" {
			return -1
		}
		return i
	}
	return -1
}

// parseList reads the parts of the list whose total is mention ti, from
// the text [from, to). It returns the list (nil when ambiguous or too short)
// and where it ended.
func parseList(s *sentence, ti int, intro string, from, to int) (*list, int) {
	if to <= from {
		return nil, from // the next list's clause starts inside this introducer: no parts
	}
	l := &list{total: ti, exhaustive: exhaustiveIntro(intro), intro: intro}
	total := s.mentions[ti]
	region := s.text[from:to]
	seps := clauseSep(region)
	end := from
	segStart := from
	for segStart < to {
		segEnd := to
		if i := indexSep(s.text[segStart:to], seps); i >= 0 {
			segEnd = segStart + i
		}
		seg := s.text[segStart:segEnd]
		var ms []int
		for i, m := range s.mentions {
			if m.start >= segStart && m.end <= segEnd && m.kind == mAmount {
				ms = append(ms, i)
			}
		}
		if len(ms) == 0 {
			if strings.TrimSpace(seg) == "" || shareOnly(s, segStart, segEnd) {
				segStart = segEnd + len(firstRune(s.text[segEnd:]))
				continue
			}
			break
		}
		first := s.mentions[ms[0]]
		lead := s.text[segStart:first.start]
		if reReason.MatchString(lead) || reIntro.MatchString(lead) {
			if seps != "；;" && reIntro.MatchString(lead) && len(l.parts) > 0 {
				return nil, segEnd // a sub-list opened by a comma: cannot tell its end
			}
			break
		}
		if total.change == 0 && (first.change != 0 || isPrior(first.label)) {
			break
		}
		if total.change != 0 && first.change == 0 {
			return nil, segEnd
		}
		l.parts = append(l.parts, ms[0])
		// Further amounts in the segment: a nested breakdown, or remarks on
		// the part (its change on last year); anything else is ambiguous.
		if len(ms) > 1 {
			rest := s.text[first.end:segEnd]
			if loc := reIntro.FindStringIndex(rest); loc != nil && strings.Trim(rest[:loc[0]], "，,：: ") == "" {
				intro := strings.TrimRight(rest[loc[0]:loc[1]], "：:")
				if sub, _ := parseList(s, ms[0], intro, first.end+loc[1], segEnd); sub != nil {
					l.sub = append(l.sub, sub)
				}
			} else {
				for _, j := range ms[1:] {
					if s.mentions[j].change == 0 && !isPrior(s.mentions[j].label) {
						return nil, segEnd
					}
				}
			}
		}
		end = segEnd
		segStart = segEnd + len(firstRune(s.text[segEnd:]))
	}
	if len(l.parts) < 2 {
		return nil, end
	}
	return l, end
}

func firstRune(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

// signedValue is a mention's value with the sign of its change.
func signedValue(m mention) decimal.Decimal {
	if m.change < 0 {
		return m.value.Neg()
	}
	return m.value
}

// indexSep finds the next separator, passing over the thousands comma of a
// number (1,274.42).
func indexSep(s, seps string) int {
	for i, r := range s {
		if !strings.ContainsRune(seps, r) {
			continue
		}
		if r == ',' && i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) {
			continue
		}
		return i
	}
	return -1
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// shareOnly: the segment is just a share of the part before it (“占6.80%”).
func shareOnly(s *sentence, from, to int) bool {
	for _, m := range s.mentions {
		if m.start >= from && m.end <= to && m.share {
			return true
		}
	}
	return false
}
