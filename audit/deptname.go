package audit

import (
	"fmt"
	"strings"
	"yusuan/internal/lazyregexp"

	"yusuan/prose"
)

// checkDepartmentName: the department is named the same on the cover, in
// every table header (部门：…, 单位名称：…) and in the narrative's own titles
// (第二部分 江苏省人大常委会办公厅2017年度部门预算表). Names are matched by
// prose.Key, the one rule the project matches names by; on top of it, what
// the corpora print without naming another department is not a finding: a
// header name that is the start of the department's (a name wrapped onto the
// next line, 江苏省高级人民法 / 院) and a scope qualifier (（本级）, （汇总）).
// Each differing name is reported once, where it is first printed.
func checkDepartmentName(c *checker) {
	dept := c.read.Department
	if dept == "" {
		return
	}
	seen := map[string]bool{}
	report := func(name, where string, line int) {
		if sameDepartment(name, dept) || seen[prose.Key(name)] {
			return
		}
		seen[prose.Key(name)] = true
		c.add("department-name", Warn, loc{where: where, line: line},
			fmt.Sprintf("单位名称“%s”与本文件的单位“%s”不同", name, dept))
	}
	for _, t := range c.read.Tables {
		if t.UnitName != "" {
			report(t.UnitName, title(t)+" / 表头", t.Line)
		}
	}
	for _, s := range c.read.Sections {
		lines := strings.Split(s.Text, "\n")
		for i, l := range append([]string{s.Heading}, lines...) {
			name := titledDepartment(l)
			if name == "" || strings.Contains(name, "说明") || strings.Contains(name, "情况") {
				// the tail of a wrapped heading (…支出预算情 / 况说明苏州市…), not a name
				continue
			}
			line := s.Line
			if i > 0 && i-1 < len(s.Lines) {
				line = s.Lines[i-1]
			}
			report(name, "正文 / "+s.Heading, line)
		}
	}
}

// reTitledDept reads the department a title line names before or after the
// year of the document: 2017年度江苏省高级人民法院部门预算公开, 第二部分 省人大办公厅
// 2017年度部门预算表, 省人大办公厅2017年部门预算由…
var (
	reDeptBeforeYear = lazyregexp.New(`^(?:第[一二三四五六七八九十]+部分)?(\p{Han}{2,30}?(?:人民法院|人民检察院|办公厅|办公室|委员会|局|厅|院|署|部|中心|政府))(?:\(本级\)|\(汇总\))?20\d\d年度?部门(?:预算|决算)`)
	reDeptAfterYear  = lazyregexp.New(`^(?:第[一二三四五六七八九十]+部分)?20\d\d年度?(\p{Han}{2,30}?(?:人民法院|人民检察院|办公厅|办公室|委员会|局|厅|院|署|部|中心|政府))(?:\(本级\)|\(汇总\))?部门(?:预算|决算)`)
)

func titledDepartment(line string) string {
	l := prose.Key(line)
	for _, re := range []*lazyregexp.Regexp{reDeptBeforeYear, reDeptAfterYear} {
		if m := re.FindStringSubmatch(l); m != nil {
			return m[1]
		}
	}
	return ""
}

// scopeQualifiers name a part of the department's accounts, not another
// department: 深圳市公安局（本级）, 西安市财政局（汇总）.
var scopeQualifiers = strings.NewReplacer("(本级)", "", "(汇总)", "", "本级", "")

// sameDepartment: name names dept, by prose.Key, less scope qualifiers; a
// name that is the start of dept's is dept's wrapped onto the next line.
func sameDepartment(name, dept string) bool {
	n, d := scopeQualifiers.Replace(prose.Key(name)), scopeQualifiers.Replace(prose.Key(dept))
	if n == "" || d == "" {
		return true
	}
	return n == d || strings.HasPrefix(d, n)
}
