package compare

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
	"yusuan/internal/lazyregexp"

	"github.com/shopspring/decimal"

	"yusuan/model"
	"yusuan/prose"
)

// Statements about last year, after white space is removed (layout text
// wraps them anywhere): 比上年减少273.66万元，下降31.50%; 较2025年预算减少767.47万元;
// 与上年相比收、支预算总计各增加1808.29万元，增长6.69%; 比上年预算数增加32.44万元.
var (
	num       = `([0-9][0-9,]*(?:\.[0-9]+)?)`
	reVersus  = `(?:(?:比|较|与)(上年度?|去年|(20[0-9]{2})年度?)|(同比))(?:同口径|同期)?(?:预算)?数?(?:相比|相较)?(?:预算)?数?(收、?支预算总计各|各)?`
	reChange  = lazyregexp.New(reVersus + `(` + prose.ChangeVerbs + `)(?:（[增减][加少]）)?(?:支出)?(?:` + num + `万元)?(?:[，,]?(` + prose.RateWords + `)?` + num + `%)?`)
	reEqual   = lazyregexp.New(reVersus + `(?:相同|一致|持平)`)
	reAmount  = lazyregexp.New(num + `万元`)
	reFollow  = lazyregexp.New(`(基本支出|项目支出|人员经费|日常公用经费|公用经费)(` + prose.ChangeVerbs + `)(?:支出)?` + num + `万元`)
	reFiller  = lazyregexp.New(`本年度?|今年|当年|预算数?|数|[0-9０-９一二三四五六七八九十]+[、.．）]|[（(][0-9一二三四五六七八九十]+[）)]|年度?|[0-9]`)
	reLevelNm = lazyregexp.New(`([^（）：:，,。；;、]+)（(类|款|项)）`)
)

// subject is what a statement is about and how to read it from a document.
type subject struct {
	name string
	// value reads the figure from a document; ok=false where it has none.
	value func(doc *model.Document, isOld bool) (model.Money, bool)
}

// checkNarrative finds the newer document's statements about last year and
// recomputes them from the older one. Statements whose subject the model does
// not hold (机关运行经费, 一般公共预算当年拨款 …), or whose current figure is not
// the newer document's own figure for that subject (a different basis), are
// left out rather than reported as wrong.
func checkNarrative(old, cur *model.Document, d *Diff) []Claim {
	claims := []Claim{}
	consecutive := old.Year == 0 || cur.Year == 0 || cur.Year-old.Year == 1
	warned := false
	for _, s := range cur.Sections {
		if s == nil {
			continue
		}
		if !mentionsLastYear(s.Heading+s.Text, old.Year) {
			continue // most sections never compare; the patterns below are costly
		}
		text := prose.Squeeze(s.Heading + "。" + s.Text)
		for _, m := range reChange.FindAllStringSubmatchIndex(text, -1) {
			c, ok := changeClaim(text, m, old, cur, d)
			if !ok {
				continue
			}
			if !c.explicitYear && !consecutive {
				if !warned {
					d.Warnings = append(d.Warnings, fmt.Sprintf("旧文件（%d年）不是新文件（%d年）的上一年度，叙述中“比上年”的数字未核对", old.Year, cur.Year))
					warned = true
				}
				continue
			}
			if c.year != 0 && c.year != old.Year {
				continue
			}
			c.Line = s.Line
			claims = append(claims, c.Claim)
			claims = append(claims, followClaims(text, m[1], old, cur, s.Line)...)
		}
		for _, m := range reEqual.FindAllStringSubmatchIndex(text, -1) {
			c, ok := equalClaim(text, m, old, cur, d)
			if !ok || (!c.explicitYear && !consecutive) || (c.year != 0 && c.year != old.Year) {
				continue
			}
			c.Line = s.Line
			claims = append(claims, c.Claim)
		}
	}
	return claims
}

// mentionsLastYear is a cheap test for text that may compare with last year.
func mentionsLastYear(text string, oldYear int) bool {
	if strings.Contains(text, "上年") || strings.Contains(text, "去年") || strings.Contains(text, "同比") {
		return true
	}
	// An explicit year may be wrapped (2025\n年); the digits are enough.
	return oldYear != 0 && strings.Contains(text, strconv.Itoa(oldYear))
}

type found struct {
	Claim
	year         int
	explicitYear bool
}

// clauseBefore returns the clause a statement at index i belongs to: back to
// the last sentence break, and before any 其中 (whose parts are not what the
// change is about) — unless the clause starts with 其中, when it is one of
// those parts (其中：因公出国（境）费0.00万元与上年预算数相同).
func clauseBefore(text string, i int) string {
	pre := text[:i]
	if k := strings.LastIndexAny(pre, "。；;"); k >= 0 {
		_, size := lastRune(pre[k:])
		pre = pre[k+size:]
	}
	switch k := strings.Index(pre, "其中"); {
	case k == 0:
		pre = strings.TrimLeft(pre[len("其中"):], "：:，,")
	case k > 0:
		pre = pre[:k]
	}
	return pre
}

// subjectBefore finds what the statement at i is about: in its own clause,
// or, where the clause names nothing (。较2025年度预算减少0.5万元), in the
// head of the sentence before it (2026年度共安排“三公”经费1.5万元).
// It returns the text the subject was read from.
func subjectBefore(text string, i int, bothSides bool, d *Diff) (string, subject, bool) {
	pre := clauseBefore(text, i)
	// Words right before the comparison name its subject
	// (二、安全生产专项经费比上年减少90万元): look nowhere else.
	seg := lastSegment(text[:i])
	if !bothSides && !isFiller(seg) {
		s, ok := findSubject(seg, false, d)
		return seg, s, ok
	}
	// Else the part before the comma, where it states a figure: one part of
	// a 其中 list (其中：（1）公务用车购置费0万元，与上年数一致).
	if before := strings.TrimRight(text[:i-len(seg)], "，,"); !bothSides && len(before) < i-len(seg) {
		if prev := lastSegment(before); reAmount.MatchString(prev) {
			if s, ok := findSubject(prev, false, d); ok {
				return prev, s, true
			}
		}
	}
	if s, ok := findSubject(pre, bothSides, d); ok || reAmount.MatchString(pre) {
		return pre, s, ok
	}
	k := strings.LastIndex(text[:i], "。")
	if k < 0 {
		return pre, subject{}, false
	}
	prev := text[:k]
	if j := strings.LastIndex(prev, "。"); j >= 0 {
		prev = prev[j+len("。"):]
	}
	if j := strings.Index(prev, "其中"); j >= 0 {
		prev = prev[:j]
	}
	// The sentence before must state a figure, and its subject comes before
	// that figure; a sentence of explanation (主要用于……培训费等项目支出)
	// names things the change is not about.
	loc := reAmount.FindStringIndex(prev)
	if loc == nil {
		return pre, subject{}, false
	}
	prev = prev[:loc[1]]
	s, ok := findSubject(prev, bothSides, d)
	return prev, s, ok
}

// lastSegment is the text after the last comma or sentence break.
func lastSegment(pre string) string {
	if k := strings.LastIndexAny(pre, "，,。；;：:"); k >= 0 {
		_, size := lastRune(pre[k:])
		return pre[k+size:]
	}
	return pre
}

// isFiller reports a segment that names nothing: empty, or only words like
// 本年、预算数、序号 (本年比上年减少161.96万元).
func isFiller(seg string) bool {
	seg = reFiller.ReplaceAllString(seg, "")
	return seg == ""
}

func lastRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

func changeClaim(text string, m []int, old, cur *model.Document, d *Diff) (found, bool) {
	g := func(k int) string {
		if m[2*k] < 0 {
			return ""
		}
		return text[m[2*k]:m[2*k+1]]
	}
	var f found
	if y := g(2); y != "" {
		f.year, _ = strconv.Atoi(y)
		f.explicitYear = true
	}
	dir, amt, pctWord, pctNum := g(5), g(6), g(7), g(8)
	if amt == "" && pctNum == "" {
		return f, false
	}
	pre, subj, ok := subjectBefore(text, m[0], g(4) != "", d)
	if !ok {
		return f, false
	}
	o, okO := subj.value(old, true)
	n, okN := subj.value(cur, false)
	if !okO || !okN || !statedMatches(pre, n) {
		return f, false
	}
	neg := prose.Direction(dir) < 0
	f.Subject = subj.name
	f.Statement = statement(text, pre, m[0], m[1])
	computed := n.Sub(o)
	var stated, comp []string
	f.OK = true
	if amt != "" {
		sd, ok := model.ParseDecimal(amt)
		if !ok {
			return f, false
		}
		if neg {
			sd = sd.Neg()
		}
		stated = append(stated, asPrinted(sd, decimals(amt)))
		comp = append(comp, signed(computed.Decimal(), 2)+fmt.Sprintf("（%s→%s）", o, n))
		f.OK = agrees(computed.Decimal(), sd, decimals(amt))
	}
	if pctNum != "" {
		sp, ok := model.ParseDecimal(pctNum)
		if !ok {
			return f, false
		}
		pneg := neg
		if pctWord != "" {
			pneg = prose.Direction(pctWord) < 0
		}
		if pneg {
			sp = sp.Neg()
		}
		places := decimals(pctNum)
		stated = append(stated, pctText(sp, places))
		if o.IsZero() {
			comp = append(comp, "上年为0，无增减比例")
			f.OK = false
		} else {
			exact := computed.Decimal().Shift(2).Div(o.Decimal()) // 16 places, then rounded once below
			shown := pctText(exact.Round(places), places)
			if !exact.Round(places).Equal(sp) && exact.Truncate(places).Equal(sp) {
				shown += "（文中为截尾值）"
			}
			comp = append(comp, shown)
			f.OK = f.OK && agrees(exact, sp, places)
		}
	}
	f.Stated = strings.Join(stated, "，")
	f.Computed = strings.Join(comp, "，")
	return f, true
}

// equalClaim checks 与上年预算数相同 / 一致 / 持平: a change of zero.
func equalClaim(text string, m []int, old, cur *model.Document, d *Diff) (found, bool) {
	var f found
	if m[4] >= 0 {
		f.year, _ = strconv.Atoi(text[m[4]:m[5]])
		f.explicitYear = true
	}
	pre, subj, ok := subjectBefore(text, m[0], false, d)
	if !ok {
		return f, false
	}
	o, okO := subj.value(old, true)
	n, okN := subj.value(cur, false)
	if !okO || !okN || !statedMatches(pre, n) {
		return f, false
	}
	computed := n.Sub(o)
	f.Subject = subj.name
	f.Statement = statement(text, pre, m[0], m[1])
	f.Stated = "与上年持平"
	f.Computed = signed(computed.Decimal(), 2) + fmt.Sprintf("（%s→%s）", o, n)
	f.OK = computed.IsZero()
	return f, true
}

// followClaims reads the parts that follow a change in the same sentence
// (其中：基本支出增加152.53万元 … 项目支出减少1520万元), each a change of its own.
func followClaims(text string, from int, old, cur *model.Document, line int) []Claim {
	rest := text[from:]
	if k := strings.Index(rest, "。"); k >= 0 {
		rest = rest[:k]
	}
	if !strings.HasPrefix(strings.TrimLeft(rest, "，,"), "其中") {
		return nil
	}
	var out []Claim
	for _, m := range reFollow.FindAllStringSubmatch(rest, -1) {
		subj, ok := followSubject(m[1])
		if !ok {
			continue
		}
		o, okO := subj.value(old, true)
		n, okN := subj.value(cur, false)
		sd, okD := model.ParseDecimal(m[3])
		if !okO || !okN || !okD {
			continue
		}
		if prose.Direction(m[2]) < 0 {
			sd = sd.Neg()
		}
		computed := n.Sub(o)
		out = append(out, Claim{
			Statement: model.CleanText(m[0]),
			Subject:   subj.name,
			Line:      line,
			Stated:    asPrinted(sd, decimals(m[3])),
			Computed:  signed(computed.Decimal(), 2) + fmt.Sprintf("（%s→%s）", o, n),
			OK:        agrees(computed.Decimal(), sd, decimals(m[3])),
		})
	}
	return out
}

// statedMatches: where the clause states this year's figure just before the
// comparison, it must be the document's own figure for the subject, or the
// statement is about another basis and cannot be checked here.
func statedMatches(pre string, n model.Money) bool {
	ms := reAmount.FindAllStringSubmatch(pre, -1)
	if len(ms) == 0 {
		return true
	}
	s := ms[len(ms)-1][1]
	v, ok := model.ParseDecimal(s)
	if !ok {
		return false
	}
	return n.Decimal().Round(decimals(s)).Equal(v)
}

// statement returns the sentence around a match, cleaned, for the report.
func statement(text, pre string, start, end int) string {
	from := 0
	if k := strings.LastIndexAny(text[:start], "。；;"); k >= 0 {
		_, size := lastRune(text[k:])
		from = k + size
	}
	// Quote from where the subject was read: the words right before the
	// comparison, or the sentence before it.
	if k := strings.LastIndex(text[:start], pre); pre != "" && k >= 0 {
		from = k
	}
	// A long sentence is shown from the first comma that keeps it short.
	for utf8.RuneCountInString(text[from:end]) > statementRunes {
		k := strings.IndexAny(text[from:start], "，,")
		if k < 0 {
			break
		}
		_, size := lastRune(text[from+k:])
		from += k + size
	}
	s := text[from:end]
	if r := []rune(s); len(r) > statementRunes {
		s = "…" + string(r[len(r)-statementRunes+1:])
	}
	return model.CleanText(s)
}

// statementRunes bounds the statement quoted in a claim.
const statementRunes = 100

// agrees reports whether a stated figure is the exact one as printed with
// places decimals, rounded half-up or cut off: documents do both (36.58% for
// 36.5859%), and neither is an error worth a finding.
func agrees(exact, stated decimal.Decimal, places int32) bool {
	return exact.Round(places).Equal(stated) || exact.Truncate(places).Equal(stated)
}

// decimals counts the places a stated number was printed with.
func decimals(s string) int32 {
	if k := strings.IndexByte(s, '.'); k >= 0 {
		return int32(len(s) - k - 1)
	}
	return 0
}

// signed renders a computed change as 增加/减少 X万元, with at least two places.
func signed(v decimal.Decimal, places int32) string {
	return asPrinted(v, max(places, 2))
}

// asPrinted renders a stated change with the places the document used (减少1520万元).
func asPrinted(v decimal.Decimal, places int32) string {
	switch v.Sign() {
	case 0:
		return "持平"
	case 1:
		return "增加" + v.StringFixed(places) + "万元"
	}
	return "减少" + v.Neg().StringFixed(places) + "万元"
}

func pctText(v decimal.Decimal, places int32) string {
	if v.Sign() < 0 {
		return "下降" + v.Neg().StringFixed(places) + "%"
	}
	return "增长" + v.StringFixed(places) + "%"
}
