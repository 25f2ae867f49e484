package audit

import (
	"strings"

	"yusuan/model"
)

// role is what an amount column of a coded table holds, read from its
// header words. The parser joins nested header words with "/".
type role int

const (
	rNone      role = iota
	rTotal          // 合计 / 总计
	rThisYear       // 本年收入 (小计), 当年预算安排
	rCarry          // 上年结转
	rBasic          // 基本支出
	rProject        // 项目支出
	rPersonnel      // 人员经费
	rPublic         // 公用经费
	rOtherExp       // 经营支出, 上解上级支出, 对附属单位补助支出 …: further parts of a total
	rSource         // a fund source: 一般公共预算, 政府性基金, 财政专户, 事业收入 …
)

func leaf(name string) string {
	if i := strings.LastIndex(name, "/"); i >= 0 {
		return name[i+1:]
	}
	return name
}

func roleOf(name string) role {
	n := strings.ReplaceAll(name, " ", "")
	l := leaf(n)
	if l == "小计" && n != l {
		// 基本支出/小计 is the basic expenditure, 项目支出/小计 the project's
		switch parent := leaf(strings.TrimSuffix(n, "/小计")); {
		case strings.Contains(parent, "基本支出"):
			return rBasic
		case strings.Contains(parent, "项目支出"):
			return rProject
		}
	}
	switch {
	case strings.Contains(n, "结转") || strings.Contains(n, "结余"):
		return rCarry
	case strings.Contains(l, "基本支出") && !strings.Contains(l, "项目"):
		return rBasic
	case strings.Contains(l, "项目支出"):
		return rProject
	case strings.Contains(l, "人员经费") || strings.Contains(l, "人员支出"):
		return rPersonnel
	case strings.Contains(l, "公用经费") || strings.Contains(l, "公用支出"):
		return rPublic
	case l == "小计" && strings.Contains(n, "本年"), l == "本年收入", strings.Contains(l, "当年预算"), strings.Contains(l, "本年预算"):
		return rThisYear
	case strings.Contains(l, "合计") || strings.Contains(l, "总计") || l == "小计" || l == "金额" || l == "预算数":
		return rTotal
	case strings.Contains(l, "经营支出"), strings.Contains(l, "上解上级"), strings.Contains(l, "对附属单位"),
		strings.Contains(l, "对下级"), strings.Contains(l, "预留机动"):
		return rOtherExp
	case strings.Contains(l, "一般公共预算"), strings.Contains(l, "政府性基金"), strings.Contains(l, "国有资本"),
		strings.Contains(l, "财政专户"), strings.Contains(l, "单位资金"), strings.Contains(l, "事业收入"),
		strings.Contains(l, "经营收入"), strings.Contains(l, "上级补助"), strings.Contains(l, "附属单位上缴"),
		strings.Contains(l, "其他收入"), strings.Contains(l, "财政拨款"), strings.Contains(l, "用事业基金弥补"):
		return rSource
	}
	return rNone
}

// colSet groups a table's amount columns by role.
type colSet struct {
	total, thisYear, carry, basic, project, personnel, public string
	otherExp, sources                                         []string
	ambiguous                                                 bool // two columns claim one single role
}

func columnsOf(t *model.Table) colSet {
	var cs colSet
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
			cs.ambiguous = true
			return
		}
		*dst = c
	}
	for _, c := range order {
		switch roleOf(c) {
		case rTotal:
			set(&cs.total, c)
		case rThisYear:
			set(&cs.thisYear, c)
		case rCarry:
			set(&cs.carry, c)
		case rBasic:
			set(&cs.basic, c)
		case rProject:
			set(&cs.project, c)
		case rPersonnel:
			set(&cs.personnel, c)
		case rPublic:
			set(&cs.public, c)
		case rOtherExp:
			cs.otherExp = append(cs.otherExp, c)
		case rSource:
			cs.sources = append(cs.sources, c)
		}
	}
	// A source that heads others (财政拨款 over 财政拨款/一般公共预算) is their
	// subtotal, not a further source.
	var leaves []string
	for _, s := range cs.sources {
		parent := false
		for _, o := range cs.sources {
			if o != s && strings.HasPrefix(o, s+"/") {
				parent = true
			}
		}
		if !parent {
			leaves = append(leaves, s)
		}
	}
	cs.sources = leaves
	return cs
}
