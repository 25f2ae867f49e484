package model

import "strings"

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

// RoleOf reads the role of an amount column from its header path.
func RoleOf(name string) ColumnRole {
	n := strings.ReplaceAll(name, " ", "")
	l := Leaf(n)
	if l == "小计" && n != l {
		// 基本支出/小计 is the basic expenditure, 项目支出/小计 the project's
		switch parent := Leaf(strings.TrimSuffix(n, "/小计")); {
		case strings.Contains(parent, "基本支出"):
			return RoleBasic
		case strings.Contains(parent, "项目支出"):
			return RoleProject
		}
	}
	switch {
	case strings.Contains(n, "结转") || strings.Contains(n, "结余"):
		return RoleCarry
	case strings.Contains(l, "基本支出") && !strings.Contains(l, "项目"):
		return RoleBasic
	case strings.Contains(l, "项目支出"):
		return RoleProject
	case strings.Contains(l, "人员经费") || strings.Contains(l, "人员支出"):
		return RolePersonnel
	case strings.Contains(l, "公用经费") || strings.Contains(l, "公用支出"):
		return RolePublic
	case l == "小计" && strings.Contains(n, "本年"), l == "本年收入", strings.Contains(l, "当年预算"), strings.Contains(l, "本年预算"):
		return RoleThisYear
	case strings.Contains(l, "合计") || strings.Contains(l, "总计") || l == "小计" || l == "金额" || l == "预算数":
		return RoleTotal
	case strings.Contains(l, "经营支出"), strings.Contains(l, "上解上级"), strings.Contains(l, "上缴上级"),
		strings.Contains(l, "对附属单位"), strings.Contains(l, "对下级"), strings.Contains(l, "预留机动"):
		return RoleOtherExp
	case strings.Contains(l, "一般公共预算"), strings.Contains(l, "政府性基金"), strings.Contains(l, "国有资本"),
		strings.Contains(l, "财政专户"), strings.Contains(l, "单位资金"), strings.Contains(l, "事业收入"),
		strings.Contains(l, "经营收入"), strings.Contains(l, "上级补助"), strings.Contains(l, "附属单位上缴"),
		strings.Contains(l, "其他收入"), strings.Contains(l, "财政拨款"), strings.Contains(l, "用事业基金弥补"):
		return RoleSource
	}
	return RoleNone
}

// ColumnSet groups a table's amount columns by role.
type ColumnSet struct {
	Total, ThisYear, Carry, Basic, Project, Personnel, Public string
	OtherExp, Sources                                         []string
	Ambiguous                                                 bool // two columns claim one single role
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
	set := func(dst *string, c string) {
		if *dst != "" {
			cs.Ambiguous = true
			return
		}
		*dst = c
	}
	for _, c := range order {
		switch RoleOf(c) {
		case RoleTotal:
			set(&cs.Total, c)
		case RoleThisYear:
			set(&cs.ThisYear, c)
		case RoleCarry:
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
	// A source that heads others (财政拨款 over 财政拨款/一般公共预算) is their
	// subtotal, not a further source.
	var leaves []string
	for _, s := range cs.Sources {
		parent := false
		for _, o := range cs.Sources {
			if o != s && strings.HasPrefix(o, s+"/") {
				parent = true
			}
		}
		if !parent {
			leaves = append(leaves, s)
		}
	}
	cs.Sources = leaves
	return cs
}
