package model

import (
	"strings"
	"sync"
)

// ColumnRole is what an amount column of a coded table holds, read from its
// header words. The parser joins nested header words with "/". It is the one
// home of this reading: the parser's verification and the checks use it.
type ColumnRole int

// Column roles.
const (
	RoleNone      ColumnRole = iota
	RoleTotal                // 合计 / 总计
	RoleThisYear             // 本年收入 (小计), 当年预算安排
	RoleCarry                // 上年结转
	RoleBasic                // 基本支出
	RoleProject              // 项目支出
	RolePersonnel            // 人员经费
	RolePublic               // 公用经费
	RoleOtherExp             // 经营支出, 上缴上级支出, 对附属单位补助支出 …: further parts of a total
	RoleSource               // a fund source: 一般公共预算, 政府性基金, 财政专户, 事业收入 …
)

// Leaf returns the last part of a header path ("2023年预算数/基本支出" → "基本支出").
func Leaf(name string) string {
	if i := strings.LastIndex(name, "/"); i >= 0 {
		return name[i+1:]
	}
	return name
}

// roleWords are the words that name an amount column's role.
var roleWords = []struct {
	word string
	role ColumnRole
}{
	{"基本支出", RoleBasic}, {"项目支出", RoleProject},
	{"专项业务经费", RoleProject}, // 部门综合预算 (西安): 人员经费 | 公用经费 | 专项业务经费
	{"人员经费", RolePersonnel}, {"人员支出", RolePersonnel},
	{"公用经费", RolePublic}, {"公用支出", RolePublic},
	{"本年收入", RoleThisYear}, {"当年预算", RoleThisYear}, {"本年预算", RoleThisYear},
	{"合计", RoleTotal}, {"总计", RoleTotal},
	{"经营支出", RoleOtherExp}, {"上解上级", RoleOtherExp}, {"上缴上级", RoleOtherExp},
	{"对附属单位补助", RoleOtherExp}, {"对下级", RoleOtherExp}, {"预留机动", RoleOtherExp},
	{"一般公共预算", RoleSource}, {"公共预算拨款", RoleSource}, {"政府性基金", RoleSource}, {"国有资本", RoleSource},
	{"财政专户", RoleSource}, {"专户收入", RoleSource}, {"单位资金", RoleSource}, {"事业收入", RoleSource},
	{"经营收入", RoleSource}, {"上级补助", RoleSource}, {"附属单位上缴", RoleSource},
	{"其他收入", RoleSource}, {"财政拨款", RoleSource}, {"用事业基金弥补", RoleSource},
}

// RoleOf reads the role of an amount column from its header path. Where a
// header's rows were glued into one word ("基本支出人员经费": the 基本支出
// span above 人员经费; "政府性基金预算支出其中：基本支出"), the word printed
// last, nearest the figures, names the column.
func RoleOf(name string) ColumnRole {
	roles.Lock()
	r, ok := roles.m[name]
	roles.Unlock()
	if ok {
		return r
	}
	r = roleOf(name)
	roles.Lock()
	if roles.m == nil {
		roles.m = map[string]ColumnRole{}
	}
	if len(roles.m) < maxRoleNames {
		roles.m[name] = r
	}
	roles.Unlock()
	return r
}

// roles remembers RoleOf's answers: a document asks the roles of its few
// dozen column names thousands of times (each table's sums, placements,
// trees and totals), and a folder of documents asks the same names again.
var roles struct {
	sync.Mutex
	m map[string]ColumnRole
}

// maxRoleNames bounds what roles remembers, whatever the input.
const maxRoleNames = 1 << 14

func roleOf(name string) ColumnRole {
	n := strings.ReplaceAll(name, " ", "")
	l := Leaf(n)
	if l == "小计" && n != l {
		// 基本支出/小计 is the basic expenditure, 项目支出/小计 the project's
		switch parent := Leaf(strings.TrimSuffix(n, "/小计")); {
		case strings.Contains(parent, "基本支出"):
			return RoleBasic
		case strings.Contains(parent, "项目支出"):
			return RoleProject
		case roleOf(parent) == RoleSource:
			// 公共预算拨款/小计 beside 其中：专项资金: the source's own figure
			return RoleSource
		}
	}
	if strings.Contains(n, "结转") || strings.Contains(n, "结余") {
		return RoleCarry
	}
	if l == "小计" && strings.Contains(n, "本年") || l == "本年收入" {
		return RoleThisYear
	}
	role, end := RoleNone, -1
	for _, w := range roleWords {
		if i := strings.LastIndex(l, w.word); i >= 0 && i+len(w.word) > end {
			role, end = w.role, i+len(w.word)
		}
	}
	if role == RoleNone && (l == "小计" || strings.HasSuffix(l, "金额") || l == "预算数") {
		return RoleTotal
	}
	return role
}

// ColumnSet groups a table's amount columns by role.
type ColumnSet struct {
	Total, ThisYear, Carry, Basic, Project, Personnel, Public string
	OtherExp, Sources                                         []string
	// SpentBalance is 使用非财政拨款结余 printed beside 上年结转 (Carry): a
	// part of 合计 as the carry-over is.
	SpentBalance string
	Ambiguous    bool // two columns claim one single role
	// AmbiguousSpending: the role two columns claim is 基本支出, 项目支出,
	// 人员经费 or 公用经费, the parts every tree shows beside 合计. (Of two
	// total-like columns the first is the table's total, 总计 before the
	// 合计 of its 财政拨款 sources: Total keeps the first.)
	AmbiguousSpending bool
}

// ColumnsOf reads the roles of a coded table's amount columns.
func ColumnsOf(t *Table) ColumnSet {
	var cs ColumnSet
	var order []string
	seen := map[string]bool{}
	for _, r := range t.Coded {
		for _, c := range r.Order {
			if !seen[c] {
				seen[c] = true
				order = append(order, c)
			}
		}
	}
	spending := func(dst *string) bool {
		return dst == &cs.Basic || dst == &cs.Project || dst == &cs.Personnel || dst == &cs.Public
	}
	set := func(dst *string, c string) {
		if *dst != "" && spending(dst) && (!filled(t, *dst) || !filled(t, c)) {
			// of two columns claiming one part of spending, one that no row
			// fills holds no figure the tree could show for the other's: a
			// header word the reader gave a column of its own (北京 预算05表:
			// 项目支出 over 项目支出总数 | 扣除基建项目后预算数, the group word
			// over the figures and 项目支出总数 over none). The filled one has
			// the part.
			if !filled(t, *dst) && filled(t, c) {
				*dst = c
			}
			return
		}
		if *dst != "" {
			cs.Ambiguous = true
			cs.AmbiguousSpending = cs.AmbiguousSpending || spending(dst) && phase(*dst) == phase(c)
			return
		}
		*dst = c
	}
	for _, c := range order {
		switch RoleOf(c) {
		case RoleTotal:
			if cs.Total != "" && cs.Basic == "" && Leaf(c) == "小计" {
				// 合计 | 小计 | 人员经费 | 公用经费 | 项目支出: a header whose
				// 基本支出 span was lost; the 小计 after 合计 is the basic
				// expenditure's (confirmed by the row identities)
				cs.Basic = c
				continue
			}
			if cs.Total != "" && cs.Basic != "" && Leaf(c) == "小计" {
				// 支出总计 | 基本支出 | 项目支出 | … | 政府采购项目/小计: a
				// group's subtotal further right, not the table's total
				continue
			}
			set(&cs.Total, c)
		case RoleThisYear:
			set(&cs.ThisYear, c)
		case RoleCarry:
			if strings.Contains(c, "使用非财政拨款结余") && cs.SpentBalance == "" {
				// 使用非财政拨款结余 beside 上年结转: two balances of
				// earlier years, both parts of 合计, not one role twice
				cs.SpentBalance = c
				continue
			}
			set(&cs.Carry, c)
		case RoleBasic:
			set(&cs.Basic, c)
		case RoleProject:
			set(&cs.Project, c)
		case RolePersonnel:
			set(&cs.Personnel, c)
		case RolePublic:
			set(&cs.Public, c)
		case RoleOtherExp:
			cs.OtherExp = append(cs.OtherExp, c)
		case RoleSource:
			cs.Sources = append(cs.Sources, c)
		}
	}
	if cs.Carry == "" {
		cs.Carry, cs.SpentBalance = cs.SpentBalance, "" // the only balance
	}
	// A 基本支出 that no row fills, beside 人员经费 and 公用经费, is the span
	// over them that the header reader took for a column of its own.
	// So is a 小计 after 合计 that no row fills (部门综合预算: 合计 | 小计 over
	// 公共预算拨款, the figures under 公共预算拨款).
	if cs.Basic != "" && !filled(t, cs.Basic) && (cs.Personnel != "" && cs.Public != "" || Leaf(cs.Basic) == "小计") {
		cs.Basic = ""
	}
	// A source that heads others (财政拨款 over 财政拨款/一般公共预算) is their
	// subtotal, not a further source.
	var leaves []string
	for _, s := range cs.Sources {
		parent := false
		for _, o := range cs.Sources {
			if o != s && (strings.HasPrefix(o, s+"/") || Leaf(s) == "小计" && strings.HasPrefix(o, strings.TrimSuffix(s, "小计"))) {
				parent = true // or X/小计 beside the X/… it sums
			}
		}
		if !parent {
			leaves = append(leaves, s)
		}
	}
	cs.Sources = leaves
	return cs
}

// filled reports whether any row has a figure in the column.
func filled(t *Table, col string) bool {
	for _, r := range t.Coded {
		if _, ok := r.Amounts[col]; ok {
			return true
		}
	}
	return false
}

// phase tells the blocks of final accounts apart: the 年初预算数 columns
// restate the budget beside the 决算数 ones, each with its own 基本支出 and
// 项目支出; two such columns are not one role claimed twice.
func phase(name string) string {
	switch {
	case strings.Contains(name, "决算"):
		return "决算"
	case strings.Contains(name, "年初预算"), strings.Contains(name, "预算数"):
		return "预算"
	}
	return ""
}
