package audit

import (
	"fmt"
	"strings"

	"yusuan/catalog"
	"yusuan/internal/lazyregexp"
	"yusuan/model"
	"yusuan/prose"
)

var reTitleNoise = lazyregexp.New(`\[bookmark:[^\]]*\]|[0-9０-９]+|年度|年|部门|单位|预算|公开|表[0-9]*$|[（(][^）)]*[）)]|[“”"\s.…·、：:]`)

func titleKey(s string) string { return reTitleNoise.ReplaceAllString(s, "") }

// checkContents: every table the table of contents promises is present.
func checkContents(c *checker) {
	if len(c.doc.Contents) == 0 {
		return
	}
	// distinct titles only: a consolidated document repeats one form title
	// thousands of times
	var have []string
	seen := map[string]bool{}
	for _, t := range c.doc.Tables {
		if !seen[t.Title] {
			seen[t.Title] = true
			have = append(have, titleKey(t.Title))
		}
	}
	for _, s := range c.doc.Sections {
		have = append(have, titleKey(s.Heading))
	}
	for _, want := range c.doc.Contents {
		k := titleKey(want)
		if k == "" || !strings.Contains(want, "表") {
			continue // only tables are checked: headings vary too much
		}
		found := false
		for _, h := range have {
			if h != "" && (strings.Contains(h, k) || strings.Contains(k, h)) {
				found = true
				break
			}
		}
		if !found {
			c.add("toc-missing", Warn, loc{where: "目录"}, fmt.Sprintf("目录列出的“%s”在文中未找到", strings.TrimSpace(want)))
		}
	}
}

// hasData: the table carries at least one amount.
func hasData(t *model.Table) bool {
	for _, r := range t.Coded {
		for _, v := range r.Amounts {
			if !v.IsZero() {
				return true
			}
		}
	}
	for _, row := range t.Rows {
		for _, cell := range row {
			if strings.ContainsAny(cell, ".,") && !model.IsBlankAmount(cell) {
				if v, ok := model.ParseAmount(cell); ok && !v.IsZero() {
					return true
				}
			}
		}
	}
	return false
}

// checkEmptyUnexplained: a table without figures says why.
func checkEmptyUnexplained(c *checker) {
	for _, t := range c.doc.Tables {
		if t.Empty || t.EmptyNote != "" || hasData(t) || len(t.Rows) == 0 {
			continue
		}
		switch t.Kind {
		case model.TOther, model.TProjectPerformance:
			continue
		}
		if explainedInText(c.doc, t) {
			continue
		}
		c.add("empty-unexplained", Info, tableLoc(t, "", 0), fmt.Sprintf("《%s》没有任何金额，也没有说明（如“本表无数据”）", title(t)))
	}
}

// checkEmptyWithData: a table noted as empty carries figures.
func checkEmptyWithData(c *checker) {
	for _, t := range c.doc.Tables {
		if !(t.Empty || t.EmptyNote != "") || !hasData(t) {
			continue
		}
		note := t.EmptyNote
		if note == "" {
			note = "空表"
		}
		c.add("empty-with-data", Warn, tableLoc(t, "", 0), fmt.Sprintf("《%s》注明“%s”，表中却列有金额", title(t), strings.TrimSpace(note)))
	}
}

var reDigits = lazyregexp.New(`^\d+$`)

// checkCodeFormat: codes have 3/5/7 digits (economic 3/5), and a printed
// code's parent is printed too when the table prints that level at all.
// Whether a code is economic is its own first digit's to say (a 基本支出表
// 按支出功能分类科目 prints functional codes). A 7-digit economic code under
// its 5-digit item printed in the same table is the publisher's own sub-item
// (北京 3021101 差旅费 under 30211, 重庆 3010201 规范性津补贴 under 30102),
// nested and summed like any other line: not a format error.
func checkCodeFormat(c *checker) {
	for _, t := range c.doc.Tables {
		if len(t.Coded) == 0 {
			continue
		}
		lengths := map[int]bool{}
		idx := map[string]bool{}
		for _, r := range t.Coded {
			lengths[len(r.Code)] = true
			idx[r.Code] = true
		}
		for _, r := range t.Coded {
			if r.Code == "" {
				continue
			}
			econ := r.Code[0] == '3' || r.Code[0] == '5'
			okLen := len(r.Code) == 3 || len(r.Code) == 5 || len(r.Code) == 7 && (!econ || idx[r.Code[:5]])
			if !reDigits.MatchString(r.Code) || !okLen {
				c.add("code-format", Warn, tableLoc(t, r.Code, r.Line), fmt.Sprintf("科目编码“%s”（%s）格式不对：应为%s位数字", r.Code, r.Name,
					map[bool]string{true: "3或5", false: "3、5或7"}[econ]))
				continue
			}
			p := model.ParentCode(r.Code)
			if p != "" && lengths[len(p)] && !idx[p] {
				c.add("code-format", Info, tableLoc(t, r.Code, r.Line), fmt.Sprintf("科目 %s %s 的上级科目 %s 未在表中列出", r.Code, r.Name, p))
			}
		}
	}
}

// checkCatalogNames: a code printed with a name other than the one that year's
// catalogue gives it. The catalogue is partial and names are reworded between
// years, so only the document's own year is consulted and a difference is a
// hint (info), not an error. A name that the same year's catalogue gives to
// other codes only is more: the row may be booked under the wrong code, or
// named after another one (warn: a figure may be wrong).
func checkCatalogNames(c *checker) {
	year := c.doc.Year
	for _, t := range c.doc.Tables {
		scheme := catalog.Functional
		switch {
		case t.Kind == model.TBasicEconomic:
			scheme = catalog.Economic
		case scope(t.Kind) != "" || t.Kind == model.TIncome:
		default:
			continue
		}
		if !catalog.HasYear(scheme, year) {
			continue
		}
		for _, r := range t.Coded {
			if r.Code == "" || r.Name == "" {
				continue
			}
			want, ok := catalog.NameInYear(scheme, year, r.Code)
			if !ok || prose.Key(want) == prose.Key(r.Name) {
				continue
			}
			msg := fmt.Sprintf("科目 %s 印作“%s”，%d年科目表为“%s”", r.Code, r.Name, year, want)
			sev := Info
			if others := otherCodesNamed(scheme, year, r); len(others) > 0 {
				sev = Warn
				msg += fmt.Sprintf("；“%s”是科目 %s 的名称", r.Name, strings.Join(others, "、"))
			}
			f := c.add("catalog-name", sev, tableLoc(t, r.Code, r.Line), msg)
			f.Expected, f.Actual = want, r.Name
		}
	}
}

// otherCodesNamed lists the codes of the same level that the year's
// catalogue gives the row's name, when it gives it to no code of the row's
// own class: a name that moved within a class between catalogue editions, or
// an item name repeated in many sections (行政运行, 其他…支出), is not
// another code's. At most three are named.
func otherCodesNamed(scheme catalog.Scheme, year int, r model.CodedRow) []string {
	if len(r.Code) < 3 {
		return nil
	}
	var out []string
	for _, code := range catalog.CodesInYear(scheme, year, r.Name) {
		if code == r.Code || len(code) != len(r.Code) {
			continue
		}
		if code[:3] == r.Code[:3] {
			return nil // within its own class
		}
		out = append(out, code)
	}
	if len(out) > 3 {
		return nil // a name for many codes says nothing of one
	}
	return out
}

// emptyTopics are what an empty table is about, to find the narrative's
// “本部门无政府性基金预算” that explains it.
var emptyTopics = []string{"政府性基金", "国有资本", "三公", "机关运行经费", "政府采购", "上年结转", "财政专户", "项目支出"}

var emptyTopicRe = func() map[string]*lazyregexp.Regexp {
	out := map[string]*lazyregexp.Regexp{}
	for _, topic := range emptyTopics {
		out[topic] = lazyregexp.New(`无[^。；，]{0,12}` + topic + `|` + topic + `[^。；]{0,20}(为0|为零|0\.00万元|0万元|无)`)
	}
	return out
}()

// explainedInText: the narrative says the department has none of what the
// table is about (无政府性基金预算, 政府性基金…为0).
func explainedInText(doc *model.Document, t *model.Table) bool {
	if len(doc.Sections) == 0 {
		return true // tables published without their narrative: it may be there
	}
	text := strings.Join(strings.Fields(doc.Narrative()), "")
	for _, topic := range emptyTopics {
		if !strings.Contains(t.Title, topic) {
			continue
		}
		if emptyTopicRe[topic].MatchString(text) {
			return true
		}
	}
	return false
}
