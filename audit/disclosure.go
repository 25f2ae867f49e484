package audit

import (
	"fmt"
	"slices"
	"strings"

	"yusuan/internal/lazyregexp"
	"yusuan/model"
	"yusuan/prose"
)

// requiredTable is one table the national disclosure rules require of a
// 部门预算 or 部门决算, with every name the regions print it under.
type requiredTable struct {
	name string // as the rules name it
	// all: words that must all occur in the title's key; anyOf: at least one
	// of them (when given); not: none of them.
	all, anyOf, not []string
	// topic is what a narrative names when it says the table is empty
	// (本部门无政府性基金预算…); "" where a table cannot be empty.
	topic string
}

// matches reports a title (prose.Key) printed under one of the table's names.
func (r requiredTable) matches(key string) bool {
	has := func(w string) bool { return strings.Contains(key, w) }
	lacks := func(w string) bool { return !has(w) }
	return !slices.ContainsFunc(r.all, lacks) && !slices.ContainsFunc(r.not, has) &&
		(len(r.anyOf) == 0 || slices.ContainsFunc(r.anyOf, has))
}

// The required tables, most specific first: a title is the first table it
// matches, so 政府性基金预算财政拨款收入支出决算表 is the fund table, not the
// fiscal summary. The names are those printed in the national and Jiangsu
// corpora and the samples: 收支总表 = 收支预算总表 = 收支总体情况表 = 财务收支预算总表
// = 部门综合预算收支总表; 一般公共预算支出表 = 一般公共预算支出功能分类预算表 =
// 一般公共预算支出明细表（按支出功能分类科目）= 一般公共预算拨款支出预算表; 一般公共预算
// 基本支出表 = 基本支出总表 = 基本支出预算情况表 = 一般公共预算安排基本支出分经济科目表;
// 收入支出决算总表 = 收支决算总表; 财政拨款收入支出决算总表 = 财政拨款收支决算总表; 支出决算表 =
// 支出决算明细表.
var (
	reqThreePublic = requiredTable{name: "“三公”经费支出表", all: []string{"三公"}, topic: "三公"}
	reqFund        = requiredTable{name: "政府性基金预算支出表", all: []string{"政府性基金"}, topic: "政府性基金"}
	reqSOE         = requiredTable{name: "国有资本经营预算支出表", all: []string{"国有资本经营"}, topic: "国有资本"}
	reqFiscal      = requiredTable{name: "财政拨款收支总表", all: []string{"财政拨款"}, anyOf: []string{"收支", "收入支出"}}
	reqBasic       = requiredTable{name: "一般公共预算基本支出表", all: []string{"基本支出"}, not: []string{"项目支出", "机关运行"}}

	budgetTables = []requiredTable{
		reqThreePublic, reqFund, reqSOE, reqFiscal, reqBasic,
		{name: "一般公共预算支出表", all: []string{"一般公共预算", "支出"}, not: []string{"项目支出", "机关运行"}},
		{name: "收支总表", anyOf: []string{"收支总", "收支预算总", "收入支出预算总"}},
		{name: "收入总表", all: []string{"收入"}, anyOf: []string{"总表", "总体情况"}, not: []string{"支出"}},
		{name: "支出总表", all: []string{"支出"}, anyOf: []string{"总表", "总体情况"}, not: []string{"收入", "收支", "项目支出"}},
	}
	finalTables = []requiredTable{
		reqThreePublic, reqFund, reqSOE,
		{name: "财政拨款收入支出决算总表", all: []string{"财政拨款", "决算"}, anyOf: []string{"收支", "收入支出"}},
		{name: "一般公共预算财政拨款基本支出决算表", all: []string{"基本支出", "决算"}, not: []string{"项目支出"}},
		{name: "一般公共预算财政拨款支出决算表", all: []string{"一般公共预算", "支出决算"}},
		{name: "收入支出决算总表", all: []string{"决算总表"}, anyOf: []string{"收支", "收入支出"}},
		{name: "收入决算表", all: []string{"收入决算"}, not: []string{"支出"}},
		{name: "支出决算表", all: []string{"支出决算"}, not: []string{"收入", "收支"}},
	}
)

// minTableSet is how many of its nine required tables a document must print
// to be judged as a table set: a narrative published apart from its tables
// (Jiangsu -text, Beijing 情况说明), a performance attachment or a single
// table prints none or one or two, and its “missing” tables are in the
// other file.
const minTableSet = 5

// checkDisclosure: each table the document kind requires is printed (under
// any of its names) or explained as empty.
func checkDisclosure(c *checker) {
	req := budgetTables
	if c.read.Kind == model.Final {
		req = finalTables
	}
	// the document is judged when it prints a table set (counted on the
	// tables read); a table is present when printed anywhere, read or not
	tables := map[int]bool{}
	for _, t := range c.read.Tables {
		if i := whichRequired(req, prose.Key(t.Title)); i >= 0 {
			tables[i] = true
		}
	}
	if len(tables) < minTableSet || len(tables) == len(req) {
		return // not a table set; or every table read, the common case
	}
	found := make([]bool, len(req))
	n := 0
	for _, key := range printedTitles(c.read) {
		if i := whichRequired(req, key); i >= 0 && !found[i] {
			found[i] = true
			n++
		}
	}
	kind := c.read.Kind.Chinese()
	for i, r := range req {
		if found[i] || explainedEmpty(c.read, r.topic) {
			continue
		}
		if r.topic != "" && len(c.narr) < minNarrative {
			continue // tables published apart from their text: the 空表说明 may be there
		}
		c.add("disclosure-missing", Warn, loc{where: "公开表"},
			fmt.Sprintf("部门%s应公开的“%s”未在文中列出，也未说明为空表（已列出%d张应公开表中的%d张）", kind, r.name, len(req), n))
	}
}

// whichRequired returns the required table a title names, or -1.
func whichRequired(req []requiredTable, key string) int {
	for i, r := range req {
		if r.matches(key) {
			return i
		}
	}
	return -1
}

// minNarrative is how many sentences stating figures make a narrative: the
// tables half of a document published in two files has a cover line or a
// note at most.
const minNarrative = 5

// reTitleRun: the words before a 表 in running text, back to punctuation.
var reTitleRun = lazyregexp.New(`[^。，,；;：:！？\n]{1,40}表`)

// printedTitles returns the keys of the titles the document prints: its
// tables' titles, and every “…表” in its text, where a table the parser
// could not take apart lies (Xian 2021: its tables read as one paragraph)
// or a narrative names a table it prints. A table so found is printed; the
// rule reports only what the document does not print at all.
func printedTitles(doc *model.Document) []string {
	var out []string
	for _, t := range doc.Tables {
		out = append(out, prose.Key(t.Title))
	}
	for _, s := range doc.Sections {
		for _, text := range []string{s.Heading, s.Text} {
			if strings.Contains(text, "表") {
				out = append(out, reTitleRun.FindAllString(prose.Key(text), -1)...)
			}
		}
	}
	return out
}

// reEmptyWords: a sentence saying a table is empty or does not apply.
var reEmptyWords = lazyregexp.New(`空表|无数据|为空|不涉及|没有|未安排|无此|无相关|无该`)

// explainedEmpty: the narrative (or a table's note) says the department has
// none of what a table is about: 本部门无政府性基金预算 (the wording
// empty-unexplained accepts), or a sentence naming the topic beside 空表,
// 不涉及, 没有 ….
func explainedEmpty(doc *model.Document, topic string) bool {
	if topic == "" {
		return false
	}
	if re := emptyTopicRe[topic]; re != nil && re.MatchString(strings.Join(strings.Fields(doc.Narrative()), "")) {
		return true
	}
	var texts []string
	for _, s := range doc.Sections {
		texts = append(texts, s.Heading, s.Text)
	}
	for _, t := range doc.Tables {
		texts = append(texts, t.Title, t.EmptyNote)
	}
	for _, text := range texts {
		if !strings.Contains(text, topic) {
			continue
		}
		for _, p := range prose.Paragraphs(text) {
			for _, s := range prose.Sentences(p.Text) {
				if strings.Contains(s.Text, topic) && reEmptyWords.MatchString(s.Text) {
					return true
				}
			}
		}
	}
	return false
}
