package parse

import (
	"strconv"
	"strings"
	"unicode/utf8"
	"yusuan/internal/lazyregexp"

	"yusuan/model"
)

var (
	reDeptLabel  = lazyregexp.New(`^(?:单位名称|部门名称|编制单位|编制部门|部门)\s*[:：]\s*(\S.*)$`)
	reDeptPrefix = lazyregexp.New(`^(\d{2,6})(\p{Han}.*(?:局|院|厅|委|办|会|部|处|中心|站|所|队|室|馆|校|政府|公司))$`)
	reYearLabel  = lazyregexp.New(`预算年度\s*[:：]\s*(20\d\d)`)
	reYear       = lazyregexp.New(`(20\d\d)\s*年`)
	reDeptSuffix = lazyregexp.New(`^\p{Han}{4,40}(?:局|院|厅|委员会|办公厅|办公室|部|中心|政府)$`)
)

// detectDepartment returns the department the document is about: the name
// most often printed beside 单位名称/部门名称 or before 预算年度, without a numeric
// prefix (426沧州… → 沧州…).
func detectDepartment(rows []Row) string {
	count := map[string]int{}
	var order []string
	add := func(s string) {
		s = strings.TrimSpace(s)
		if s == "" {
			return
		}
		if count[s] == 0 {
			order = append(order, s)
		}
		count[s]++
	}
	for _, r := range rows {
		for i, c := range r.Cells {
			if i >= 4 {
				break // the department is printed in a table's first cells
			}
			c = trimCell(c)
			if c == "" {
				continue
			}
			// cheap tests first: the regular expressions run on few cells
			if hasDeptLabel(c) {
				if m := reDeptLabel.FindStringSubmatch(c); m != nil {
					add(trimUnitNote(strings.ReplaceAll(m[1], " ", "")))
				}
			} else if v, ok := labelledDept(r.Cells[i:]); ok {
				add(v) // 部门名称 | 北京市统计局: the label without a colon
			} else if r.Table && c[0] >= '0' && c[0] <= '9' && hanAfterDigits(c) {
				if m := reDeptPrefix.FindStringSubmatch(c); m != nil && !strings.HasPrefix(m[2], "年") {
					add(m[2]) // 426沧州…, not 2026年…
				}
			}
		}
	}
	best := ""
	for _, s := range order {
		if best == "" || count[s] > count[best] {
			best = s
		}
	}
	if best != "" {
		return best
	}
	for i, r := range rows {
		if i > 12 {
			break
		}
		if t := strings.ReplaceAll(r.Text(), " ", ""); reDeptSuffix.MatchString(t) {
			return t
		}
	}
	// a cover line naming the department and the year, possibly wrapped:
	// 江苏省政协办公厅 2017 年度部门预算, 2018 年度江苏省高级 / 人民法院预算公开
	// (one line first, then two and three joined: 福州经济技术开发区生态 / 环境局 / 单位预算)
	for i := 0; i < len(rows) && i <= 12; i++ {
		for span := 1; span <= 3 && i+span <= len(rows); span++ {
			t := ""
			for _, r := range rows[i : i+span] {
				t += strings.ReplaceAll(r.Text(), " ", "")
			}
			t = reYearLead.ReplaceAllString(t, "")
			if m := reDeptLead.FindStringSubmatch(t); m != nil && (strings.Contains(t, "预算") || strings.Contains(t, "决算")) {
				return m[1]
			}
		}
	}
	// the narrative's opening about the department: 北京市气象局属于公益性事业单位
	for i, r := range rows {
		if i > 80 {
			break
		}
		if m := reDeptIntro.FindStringSubmatch(strings.ReplaceAll(r.Text(), " ", "")); m != nil {
			return m[1]
		}
	}
	// only a short name in the text: 本部门…即省政协办公厅本级
	for _, r := range rows {
		if m := reDeptSelf.FindStringSubmatch(strings.ReplaceAll(r.Text(), " ", "")); m != nil {
			return m[1]
		}
	}
	return ""
}

var (
	reYearLead  = lazyregexp.New(`^20\d\d年度?`)
	reDeptLead  = lazyregexp.New(`^(\p{Han}{4,30}(?:人民法院|人民检察院|办公厅|办公室|委员会|局|厅|院|中心|政府))`)
	reDeptIntro = lazyregexp.New(`^(\p{Han}{3,30}?(?:委员会|办公厅|办公室|局|院|厅|中心))(?:属于|是|的主要职责|主要职责|职责是|内设)`)
	reDeptSelf  = lazyregexp.New(`(?:包括|即)(\p{Han}{2,20}?(?:办公厅|人民法院|人民检察院))(?:本级|（本级）|机关)`)
	reYearFile  = lazyregexp.New(`(?:^|[^0-9])(20\d\d)(?:[^0-9]|$)`)
)

// yearOfSource reads the year from a file name (js-cppcc-2017-tables), for
// documents that print none: the table halves of some disclosures.
func yearOfSource(source string) int {
	base := source
	if i := strings.LastIndexAny(base, "/\\"); i >= 0 {
		base = base[i+1:]
	}
	if m := reYearFile.FindStringSubmatch(base); m != nil {
		y, _ := strconv.Atoi(m[1])
		return y
	}
	return 0
}

// detectYear reads 预算年度 where printed, else the first year named in the
// document's opening lines.
func detectYear(rows []Row) int {
	for _, r := range rows {
		if !rowContains(r, "预算年度") {
			continue
		}
		if m := reYearLabel.FindStringSubmatch(r.Text()); m != nil {
			y, _ := strconv.Atoi(m[1])
			return y
		}
	}
	for i, r := range rows {
		if i > 40 {
			break
		}
		if m := reYear.FindStringSubmatch(r.Text()); m != nil {
			y, _ := strconv.Atoi(m[1])
			return y
		}
	}
	return 0
}

// detectKind: final accounts (决算) say so in their opening lines.
func detectKind(rows []Row) model.Kind {
	for i, r := range rows {
		if i > 20 {
			break
		}
		t := r.Text()
		if strings.Contains(t, "决算") {
			return model.Final
		}
		if strings.Contains(t, "预算") {
			return model.Budget
		}
	}
	return model.Budget
}

// rowContains reports whether any cell of the row contains s.
func rowContains(r Row, s string) bool {
	for _, c := range r.Cells {
		if strings.Contains(c, s) {
			return true
		}
	}
	return false
}

// hanAfterDigits: 2–6 digits then a non-ASCII byte (426沧州…), the only
// cells reDeptPrefix can match; amounts, the bulk of a table, fail at once.
func hanAfterDigits(c string) bool {
	i := 0
	for i < len(c) && i <= 6 && c[i] >= '0' && c[i] <= '9' {
		i++
	}
	if i < 2 || i > 6 || i >= len(c) || c[i] < 0x80 {
		return false
	}
	// and ends like the name of an office: 局 院 厅 委 办 会 部 处 心 站 所 队 室 馆 校 府 司
	last, _ := utf8.DecodeLastRuneInString(c)
	return strings.ContainsRune("局院厅委办会部处心站所队室馆校府司", last)
}

// labelledDept reads a department's name after a label printed without a
// colon, in the same cell (部门名称   北京市统计局) or the next.
func labelledDept(cells []string) (string, bool) {
	if t := strings.TrimLeft(cells[0], " "); !strings.HasPrefix(t, "部") && !strings.HasPrefix(t, "编") {
		return "", false // every label starts so: most cells are ruled out without a copy
	}
	c := strings.ReplaceAll(cells[0], " ", "")
	for _, label := range [...]string{"部门名称", "编制单位", "编制部门"} {
		if !strings.HasPrefix(c, label) {
			continue
		}
		v := strings.TrimPrefix(c, label)
		if v == "" && len(cells) > 1 {
			v = strings.ReplaceAll(cells[1], " ", "")
		}
		return v, reDeptSuffix.MatchString(v)
	}
	return "", false
}

// trimUnitNote drops the unit printed on the same line after the name
// (部门名称：杭州市交通运输局单位：万元).
func trimUnitNote(s string) string {
	for _, note := range []string{"金额单位", "单位：", "单位:"} {
		if i := strings.Index(s, note); i > 0 {
			return s[:i]
		}
	}
	return s
}

// hasDeptLabel is the cheap test before reDeptLabel: the cell starts with a
// department label and has a colon.
func hasDeptLabel(c string) bool {
	for _, p := range [...]string{"单位名称", "部门名称", "编制单位", "编制部门", "部门"} {
		if strings.HasPrefix(c, p) {
			return strings.Contains(c, ":") || strings.Contains(c, "：")
		}
	}
	return false
}

var reUnitNameLabel = lazyregexp.New(`^(?:单位名称|部门名称|编制单位|编制部门|部门[（(]单位[）)]|部门)\s*[:：]\s*(.*)$`)

// headerUnitName is the department a table's header names (部门：…,
// 单位名称：…, 编制部门：…, 部门（单位）：…) as printed, spaces and the unit
// note after it dropped; "" where the header names none. A label whose
// name is in the next cell (部门： | 江苏省人民检察院) takes that cell. It reads
// what the header prints and nothing more: matching the name against the
// document's is audit's (department-name).
func headerUnitName(heads []string) string {
	for i, h := range heads {
		h = strings.TrimSpace(h)
		var v string
		if m := reUnitNameLabel.FindStringSubmatch(h); m != nil {
			v = m[1]
			if strings.TrimSpace(v) == "" && i+1 < len(heads) && !isMeta(heads[i+1]) {
				v = heads[i+1]
			}
		} else if lv, ok := labelledDept(heads[i:]); ok {
			v = lv
		}
		v = trimUnitNote(strings.Join(strings.Fields(v), ""))
		if v != "" {
			return model.CleanText(v)
		}
	}
	return ""
}
