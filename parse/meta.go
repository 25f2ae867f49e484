package parse

import (
	"regexp"
	"strconv"
	"strings"

	"yusuan/model"
)

var (
	reDeptLabel  = regexp.MustCompile(`^(?:单位名称|部门名称|编制单位|编制部门|部门)\s*[:：]\s*(\S.*)$`)
	reDeptPrefix = regexp.MustCompile(`^(\d{2,6})(\p{Han}.*(?:局|院|厅|委|办|会|部|处|中心|站|所|队|室|馆|校|政府|公司))$`)
	reYearLabel  = regexp.MustCompile(`预算年度\s*[:：]\s*(20\d\d)`)
	reYear       = regexp.MustCompile(`(20\d\d)\s*年`)
	reDeptSuffix = regexp.MustCompile(`^\p{Han}{4,40}(?:局|院|厅|委员会|办公厅|办公室|部|中心|政府)$`)
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
		for _, c := range r.Cells {
			c = strings.TrimSpace(c)
			if c == "" {
				continue
			}
			// cheap tests first: the regular expressions run on few cells
			if strings.Contains(c, "名称") || strings.Contains(c, "编制") || strings.HasPrefix(c, "部门") {
				if m := reDeptLabel.FindStringSubmatch(c); m != nil {
					add(strings.ReplaceAll(m[1], " ", ""))
				}
			} else if r.Table && c[0] >= '0' && c[0] <= '9' {
				if m := reDeptPrefix.FindStringSubmatch(c); m != nil {
					add(m[2])
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
	return ""
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
