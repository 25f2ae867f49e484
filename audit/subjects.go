package audit

import (
	"fmt"
	"slices"
	"strings"
	"yusuan/internal/lazyregexp"

	"yusuan/catalog"
	"yusuan/model"
	"yusuan/prose"
)

// checkSubjectDescriptions: the narrative describes a 科目 as what it is.
// Two ways it can fail, both read from the figures a sentence states:
//   - a code written with a name (行政运行（2010301）1,501.46万元, 2210201-住房公积金
//     94.85 万元) whose name is not the code's in the catalogue (neither its
//     name nor a part of it, as a short form is);
//   - an item named with its level mark whose description says it is spent on
//     what another item is for (住房公积金（项）支出…主要用于…医疗保险), for
//     the items whose purpose one word says (itemTopics).
func checkSubjectDescriptions(c *checker) {
	year := c.doc.Year
	for _, s := range c.narr {
		for _, m := range s.mentions {
			if m.kind != mAmount {
				continue
			}
			code, name := codedLabel(m.label)
			if code == "" || name == "" {
				continue
			}
			want, _, ok := catalog.Name(catalog.Functional, year, code)
			if !ok || nameFits(name, want) {
				continue
			}
			others := catalog.CodesFor(catalog.Functional, year, name)
			if slices.Contains(others, code) {
				continue // the code's name in a nearer year's catalogue (20805 行政事业单位养老支出)
			}
			msg := fmt.Sprintf("正文把科目 %s 写作“%s”，科目表中 %s 为“%s”", code, name, code, want)
			if len(others) > 0 {
				msg += fmt.Sprintf("；“%s”是科目 %s 的名称", name, strings.Join(others, "、"))
			}
			f := c.add("subject-description", Warn, codeLoc(s, code), msg)
			f.Expected, f.Actual = want, name
		}
	}
	checkItemUses(c)
}

// checkItemUses reads every sentence, with figures or without (名词解释:
// 住房公积金（项）：指…), for an item described as spent on another's purpose.
func checkItemUses(c *checker) {
	year := c.doc.Year
	for _, sec := range c.doc.Sections {
		for _, p := range prose.Paragraphs(normalise(model.CleanText(sec.Text))) {
			for _, sp := range prose.Sentences(p.Text) {
				for _, d := range itemDescriptions(sp.Text) {
					own, ok := topicOf(year, d.name)
					if !ok || own.mentionedIn(d.use) {
						continue
					}
					for _, other := range itemTopics {
						if other.word != own.word && other.mentionedIn(d.use) {
							s := &sentence{heading: sec.Heading, line: sectionLine(sec, p.LineAt(sp.At))}
							f := c.add("subject-description", Warn, sentLoc(s),
								fmt.Sprintf("正文说%s（项）用于%s：这是%s的用途，不是%s的", d.name, quote(d.use), other.what, d.name))
							f.Expected, f.Actual = own.word, other.word
							break
						}
					}
				}
			}
		}
	}
}

func codeLoc(s *sentence, code string) loc {
	l := sentLoc(s)
	l.code = code
	return l
}

// codedLabel reads a code and the name printed with it from the words
// before an amount: 行政运行（2010301）, 2210201-住房公积金, 2014099 其他信访事务支出.
func codedLabel(label string) (code, name string) {
	l := prose.LabelKey(label)
	if m := reNameThenCode.FindStringSubmatch(l); m != nil {
		code, name = m[2], m[1]
	} else if m := reCodeThenName.FindStringSubmatch(l); m != nil {
		code, name = m[1], m[2]
	} else {
		return "", ""
	}
	// the name back to the punctuation before it (其中:1.行政运行)
	if i := strings.LastIndexAny(name, ":;,，；：、。①②③④⑤⑥⑦⑧⑨⑩"); i >= 0 {
		name = name[i+len(firstRune(name[i:])):]
	}
	return code, prose.LabelKey(name)
}

var (
	reNameThenCode = lazyregexp.New(`(\p{Han}[\p{Han}()“”]*)\((2\d{2}(?:\d{2}){0,2})\)$`)
	reCodeThenName = lazyregexp.New(`^(2\d{2}(?:\d{2}){0,2})[-－—]?(\p{Han}[\p{Han}()]*)$`)
)

// nameFits: the printed name is the catalogue's, or a part of it (a short
// form, 其他民政管理事务 for 其他民政管理事务支出), or contains it (words before
// it that are not the name's).
func nameFits(name, want string) bool {
	n, w := prose.Key(name), prose.Key(want)
	return n == w || strings.Contains(w, n) || strings.Contains(n, w)
}

// itemDescription is an item the narrative names with its level mark and
// what it says the item is spent on (the words after 用于 / 是指 / 反映, up to
// the next item).
type itemDescription struct{ name, use string }

var reItem = lazyregexp.New(`(\p{Han}{2,30})[（(]项[)）]`)

func itemDescriptions(text string) []itemDescription {
	locs := reItem.Regexp().FindAllStringSubmatchIndex(text, -1)
	var out []itemDescription
	for i, l := range locs {
		end := len(text)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		rest := text[l[1]:end]
		at := -1
		for _, w := range []string{"用于", "是指", "反映", "：指", ":指"} {
			if j := strings.Index(rest, w); j >= 0 && (at < 0 || j < at) {
				at = j + len(w)
			}
		}
		if at < 0 {
			continue
		}
		out = append(out, itemDescription{name: text[l[2]:l[3]], use: rest[at:]})
	}
	return out
}

// itemTopic is what one item (or a family of items) is for, in the word
// every description of it uses.
type itemTopic struct {
	codes []string // the items, by code
	word  string   // the word that says what they are for
	also  []string // other words that say the same
	what  string   // for the message
}

func (t itemTopic) mentionedIn(s string) bool {
	if strings.Contains(s, t.word) {
		return true
	}
	for _, w := range t.also {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// itemTopics are the items whose purpose one word says and which the
// narratives describe most: housing, medical, pension and retirement items.
var itemTopics = []itemTopic{
	{[]string{"2210201"}, "公积金", nil, "住房公积金"},
	{[]string{"2210202"}, "提租", []string{"租金", "租房"}, "提租补贴"},
	{[]string{"2210203"}, "购房", []string{"住房补贴"}, "购房补贴"},
	{[]string{"2101101", "2101102", "2101103"}, "医疗", []string{"医保"}, "医疗（行政事业单位医疗）"},
	{[]string{"2080505"}, "养老", nil, "基本养老保险缴费"},
	{[]string{"2080506"}, "年金", nil, "职业年金缴费"},
	{[]string{"2080501", "2080502"}, "离退休", []string{"离休", "退休"}, "离退休"},
}

// topicOf finds the topic of an item named in the narrative: the name
// must be one of the topic's items in the year's catalogue.
func topicOf(year int, name string) (itemTopic, bool) {
	for _, code := range catalog.CodesFor(catalog.Functional, year, name) {
		for _, t := range itemTopics {
			for _, c := range t.codes {
				if c == code {
					return t, true
				}
			}
		}
	}
	return itemTopic{}, false
}
