package parse

import (
	"strings"

	"yusuan/catalog"
	"yusuan/internal/lazyregexp"
	"yusuan/model"
)

// dualecon.go reads a table that prints both economic classifications on
// each row (西安 部门综合预算 表6/表8: 部门经济 code and name | 政府经济 code
// and name | figures; 30101 基本工资 once beside 50101 工资奖金津补贴 and once
// beside 50501 工资福利支出). The row is the 部门经济 line: the tables' sums
// (301 = its items) are by that classification, and a 政府经济 code is never
// the row's code. Where a long 部门经济 name wraps around the row, the layout
// may leave the line that prints the figures with the 政府经济 code first,
// the 部门经济 code folded into the same cell after it (“50102 社会保障缴费
// 30112 障缴费”) or printed on the line under it (30399 和家庭的补助).

// dualEconomic: the header names columns of both classifications.
func dualEconomic(names []string) bool {
	dept, govt := false, false
	for _, n := range names {
		if !strings.Contains(n, "经济") {
			continue
		}
		dept = dept || strings.Contains(n, "部门")
		govt = govt || strings.Contains(n, "政府")
	}
	return dept && govt
}

// isGovtEconCode: a code of the 政府经济 classification (501, 50101).
func isGovtEconCode(c string) bool {
	return (len(c) == 3 || len(c) == 5) && c[0] == '5' && isCodeText(c)
}

// reDeptEconCode: a 部门经济 code (301, 30101) standing apart from other
// digits in a cell's text, which may glue it to the words before it.
var reDeptEconCode = lazyregexp.New(`(?:^|[^0-9])(3[0-9]{2}(?:[0-9]{2})?)(?:[^0-9]|$)`)

// deptEconHead reads, in a table printing both classifications, a row whose
// code reads as a 政府经济 code: the 部门经济 code folded into that cell is
// the row's, its name the words after it; with none there, the row has no
// code of its own on this line (and neither name: the words beside a
// 政府经济 code are its name), and takes the code printed under it
// (codeUnderRow).
func deptEconHead(h rowHead, cells []string, year int) rowHead {
	if !isGovtEconCode(h.code) || h.codeIdx < 0 || h.codeIdx >= len(cells) {
		return h
	}
	// the cell of the 政府经济 code and the cells after it, up to the figures
	// (50101-工资奖金津补贴 | 30101-基本工资 prints the 部门经济 code second)
	for i := h.codeIdx; i < len(cells); i++ {
		text := cells[i]
		if isAmountText(strings.TrimSpace(text)) {
			break
		}
		if m := reDeptEconCode.Regexp().FindStringSubmatchIndex(text); m != nil {
			h.code, h.codeIdx = text[m[2]:m[3]], i
			h.name = wrappedName(strings.TrimLeft(nospace(text[m[3]:]), "-－—_.、"), h.code, year)
			return h
		}
	}
	h.code, h.name = "", ""
	return h
}

// reGovtEconCode: a 政府经济 code standing apart from other digits.
var reGovtEconCode = lazyregexp.New(`(^|[^0-9])5[0-9]{2}(?:[0-9]{2})?([^0-9]|$)`)

// dualNames tidies the names of a table printing both classifications: a
// 政府经济 code printed a single space after a 部门经济 name is read into
// it (“职工基本医疗保 50102” over the name's tail “险缴费”: 西安市委宣传部
// 2021, 表8) and is no part of it; a name wrapped around its row is then
// the catalogue's where its pieces are (wrappedName).
func dualNames(rows []model.CodedRow, year int) {
	for i := range rows {
		r := &rows[i]
		if r.Code == "" || r.Code[0] != '3' {
			continue
		}
		r.Name = wrappedName(reGovtEconCode.ReplaceAllString(nospace(r.Name), "$1$2"), r.Code, year)
	}
}

// catalogueEconName is the name of an economic code in the catalogue, or
// of an official class it lacks (309, 311 …); "" when neither has it.
func catalogueEconName(code string, year int) string {
	if cat, _, ok := catalog.Name(catalog.Economic, year, code); ok {
		return cat
	}
	if year >= econClassYear {
		return econClassNames[code]
	}
	return ""
}

// wrappedName is the name of a row whose name the layout printed around
// it in pieces, joined in the order it folded the lines (障缴费其他社会保:
// the line under before the line above, for 其他社会保障缴费). Where the
// text is the catalogue's name for the code, a piece of it, or its pieces
// in the other order, the name is the catalogue's; any other text stays as
// printed.
func wrappedName(printed, code string, year int) string {
	cat := catalogueEconName(code, year)
	if cat == "" || printed == "" {
		return printed
	}
	p, c := catalog.NormName(printed), catalog.NormName(cat)
	if p == c {
		return printed // whole, as printed (维修（护）费 or 维修(护)费)
	}
	if strings.Contains(c, p) || len(p) == len(c) && strings.Contains(c+c, p) {
		return cat
	}
	return printed
}
