package export

import (
	"io"

	"yusuan/compare"
	"yusuan/model"
)

// DiffXLSX writes `diff --format xlsx`: the two documents and their totals,
// then old | new | Δ | Δ% line by line with each line's status, for the
// functional and economic classifications, “三公”, the projects and their
// indicators. Amounts are numeric cells in 万元; Δ% is blank where the
// older amount is zero.
//
// A budget beside its final accounts (d.Execution) reads 预算数 | 决算数 |
// 差额 | 执行率% instead, and adds the sheet 核对发现 of the final accounts'
// 年初预算数 that differ from the budget.
func DiffXLSX(w io.Writer, d *compare.Diff) error {
	sheets := []*sheet{
		diffSummarySheet(d),
		diffLinesSheet(d, "功能分类", "functional", d.Functional, false),
		diffLinesSheet(d, "经济分类", "economic", d.Economic, true),
		diffLinesSheet(d, "三公经费", "three_public", d.ThreePublic, false),
		diffProjectSheet(d), diffIndicatorSheet(d),
	}
	if d.Execution {
		sheets = append(sheets, diffFindingsSheet(d))
	}
	return writeXLSX(w, sheets)
}

// diffColsOf are the columns every comparison sheet shares.
func diffColsOf(d *compare.Diff) []string {
	if d.Execution {
		return []string{"预算数", "决算数", "差额", "执行率%"}
	}
	return []string{"旧", "新", "Δ", "Δ%"}
}

// lastOf is the value of the last shared column: Δ%, or the execution rate.
func lastOf(d *compare.Diff, pct, rate string) any {
	if d.Execution {
		return optNumber(rate)
	}
	return optNumber(pct)
}

func diffFindingsSheet(d *compare.Diff) *sheet {
	s := &sheet{name: "核对发现", table: "findings", header: []string{"级别", "规则", "说明", "应为", "实为", "差额", "位置", "行", "科目编码"}}
	for _, f := range d.Findings {
		s.rows = append(s.rows, []any{f.Severity.Label(), f.Rule, f.Message,
			optNumber(f.Expected), optNumber(f.Actual), optNumber(f.Difference), f.Where, lineNo(f.Line), f.Code})
	}
	return s
}

func diffSummarySheet(d *compare.Diff) *sheet {
	s := &sheet{name: "对比概况", table: "diff_summary", header: append([]string{"项目"}, diffColsOf(d)...)}
	s.rows = append(s.rows,
		[]any{"来源文件", d.Old.Source, d.New.Source, nil, nil},
		[]any{"部门", d.Old.Department, d.New.Department, nil, nil},
		[]any{"年度", d.Old.Year, d.New.Year, nil, nil})
	for _, l := range d.Totals.Lines() {
		var delta *model.Money // none unless both documents print the figure
		if l.T.Old != nil && l.T.New != nil {
			delta = &l.T.Delta
		}
		s.rows = append(s.rows, []any{l.Label, l.T.Old, l.T.New, delta, lastOf(d, l.T.DeltaPct, l.T.Rate)})
	}
	for _, w := range d.Warnings {
		s.rows = append(s.rows, []any{"警告", w, nil, nil, nil})
	}
	return s
}

// diffLinesSheet writes the lines of one classification, parents before
// children. Economic lines split their total into 人员经费 and 公用经费;
// functional ones into 基本支出 and 项目支出.
func diffLinesSheet(d *compare.Diff, name, table string, ls []*compare.Line, economic bool) *sheet {
	parts := []string{"基本支出", "项目支出"}
	if economic {
		parts = []string{"人员经费", "公用经费"}
	}
	h := []string{"科目编码", "科目名称", "级次", "状态"}
	h = append(h, diffColsOf(d)...)
	for _, p := range parts {
		h = append(h, "旧"+p, "新"+p)
	}
	s := &sheet{name: name, table: table, header: append(h, "匹配方式", "原名称")}
	var walk func([]*compare.Line)
	walk = func(ls []*compare.Line) {
		for _, l := range ls {
			r := []any{l.Code, l.Name, levelName[l.Level], l.Status.Label("zh"),
				l.OldTotal(), l.NewTotal(), l.Delta, lastOf(d, l.DeltaPct, l.Rate)}
			if economic {
				r = append(r, amountOf(l.Old, personnel), amountOf(l.New, personnel), amountOf(l.Old, public), amountOf(l.New, public))
			} else {
				r = append(r, amountOf(l.Old, basic), amountOf(l.New, basic), amountOf(l.Old, project), amountOf(l.New, project))
			}
			s.rows = append(s.rows, append(r, l.MatchedBy, l.OldName))
			walk(l.Children)
		}
	}
	walk(ls)
	return s
}

func basic(a *compare.Amounts) *model.Money     { return &a.Basic }
func project(a *compare.Amounts) *model.Money   { return &a.Project }
func personnel(a *compare.Amounts) *model.Money { return a.Personnel }
func public(a *compare.Amounts) *model.Money    { return a.Public }

// amountOf is a part of one year's amounts, nil where that year lacks the line.
func amountOf(a *compare.Amounts, part func(*compare.Amounts) *model.Money) *model.Money {
	if a == nil {
		return nil
	}
	return part(a)
}

func diffProjectSheet(d *compare.Diff) *sheet {
	h := append([]string{"项目编码", "项目名称", "状态"}, diffColsOf(d)...)
	s := &sheet{name: "项目", table: "projects", header: append(h, "匹配方式", "原名称", "支出计划变化")}
	for _, p := range d.Projects {
		plan := any(nil)
		if p.PlanChanged {
			plan = "是"
		}
		s.rows = append(s.rows, []any{p.Code, p.Name, p.Status.Label("zh"), p.OldBudget, p.NewBudget, p.Delta, lastOf(d, p.DeltaPct, p.Rate),
			p.MatchedBy, p.OldName, plan})
	}
	return s
}

func diffIndicatorSheet(d *compare.Diff) *sheet {
	s := &sheet{name: "绩效指标", table: "indicators", header: []string{"项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "旧", "新", "状态"}}
	for _, p := range d.Projects {
		for _, in := range p.Indicators {
			s.rows = append(s.rows, []any{p.Code, p.Name, in.Level1, in.Level2, in.Name, in.Old, in.New, in.Status.Label("zh")})
		}
	}
	return s
}
