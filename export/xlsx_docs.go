package export

import (
	"io"
	"strings"

	"yusuan/audit"
	"yusuan/model"
)

// XLSX writes the documents as one workbook an auditor can file as it is:
// a summary, the functional and economic trees, the projects and their
// indicators, “三公”, and the findings, one row per line of every document
// (department, year, kind and source file on every row, so a folder's
// documents filter apart), and every amount of every table in the long form
// of the CSV, for tracing a figure to its table and line. Amounts are numeric
// cells in 万元.
func XLSX(w io.Writer, checked []Checked) error {
	return writeXLSX(w, []*sheet{
		summarySheet(checked), functionalSheet(checked), economicSheet(checked),
		projectSheet(checked), indicatorSheet(checked), threePublicSheet(checked), findingsSheet(checked),
		amountsSheet(checked),
	})
}

// FindingsXLSX writes `check --format xlsx`: the summary and the findings.
func FindingsXLSX(w io.Writer, checked []Checked) error {
	return writeXLSX(w, []*sheet{summarySheet(checked), findingsSheet(checked)})
}

// docHeader and docCells start every row with the document it is from.
var docHeader = []string{"部门", "年度", "类型", "来源文件"}

func docCells(d *model.Document) []any {
	return []any{d.Department, d.Year, d.Kind.Chinese(), d.Source}
}

func row(d *model.Document, cells ...any) []any { return append(docCells(d), cells...) }

func header(cols ...string) []string { return append(append([]string{}, docHeader...), cols...) }

func summarySheet(checked []Checked) *sheet {
	s := &sheet{name: "概况", table: "summary", header: header("版式", "收入总计", "支出总计", "基本支出", "项目支出",
		"“三公”经费", "功能分类来源表", "表格数", "项目数", "错误", "警告", "提示", "读取情况")}
	for _, c := range checked {
		d := c.Doc
		var three *model.Money
		if d.ThreePublic != nil {
			three = &d.ThreePublic.Subtotal
		}
		counts := map[audit.Severity]int{}
		for _, f := range c.Findings {
			counts[f.Severity]++
		}
		status := "完整读取"
		if len(d.Warnings) > 0 {
			status = strings.Join(d.Warnings, "\n")
		}
		f := d.Totals.Figures() // a figure the document does not print is a blank cell
		s.rows = append(s.rows, row(d, d.Layout, f[0].Value, f[1].Value, f[2].Value, f[3].Value,
			three, d.FunctionalSource, len(d.Tables), len(d.Projects),
			counts[audit.Error], counts[audit.Warn], counts[audit.Info], status))
	}
	return s
}

var levelName = map[string]string{"class": "类", "section": "款", "item": "项"}

func derivedMark(b bool) any {
	if b {
		return "推算"
	}
	return nil
}

func functionalSheet(checked []Checked) *sheet {
	s := &sheet{name: "功能分类", table: "functional", header: header("科目编码", "科目名称", "级次",
		"合计", "基本支出", "项目支出", "推算", "来源表", "行", "页", "核实")}
	for _, c := range checked {
		d := c.Doc
		model.WalkFunc(d.Functional, func(n, _ *model.FuncNode) {
			basic, project := printed(n.BasicOK()), printed(n.ProjectOK())
			s.rows = append(s.rows, row(d, n.Code, n.Name, levelName[string(n.Level)],
				n.Total, basic, project, derivedMark(n.Derived), d.FunctionalSource, lineNo(n.Line), pageNo(n.Page), unverifiedMark(n.Unverified)))
		})
	}
	return s
}

func economicSheet(checked []Checked) *sheet {
	s := &sheet{name: "经济分类", table: "economic", header: header("科目编码", "科目名称", "级次",
		"合计", "人员经费", "公用经费", "推算", "行", "页")}
	for _, c := range checked {
		d := c.Doc
		model.WalkEcon(d.Economic, func(n, _ *model.EconNode) {
			level := ""
			switch len(n.Code) {
			case 3:
				level = "类"
			case 5:
				level = "款"
			}
			var pers, pub *model.Money // blank where the table does not print the column
			if !n.NoPersonnel {
				pers = &n.Personnel
			}
			if !n.NoPublic {
				pub = &n.Public
			}
			s.rows = append(s.rows, row(d, n.Code, n.Name, level, n.Total, pers, pub, derivedMark(n.Derived), lineNo(n.Line), pageNo(n.Page)))
		})
	}
	return s
}

func projectSheet(checked []Checked) *sheet {
	h := []string{"项目编码", "项目名称", "预算数", "功能科目", "功能科目推断"}
	for _, m := range planMonths {
		h = append(h, "支出计划/"+m)
	}
	s := &sheet{name: "项目", table: "projects", header: header(append(h, "指标数", "绩效目标", "来源表", "行", "页")...)}
	for _, c := range checked {
		d := c.Doc
		for _, p := range c.Doc.Projects {
			var budget any // blank where no budget was read
			if p.BudgetRead() {
				budget = p.Budget
			}
			cells := []any{p.Code, p.Name, budget, p.FunctionCode, nil}
			if p.FunctionCodeInferred {
				cells[4] = "推断"
			}
			for i := range planMonths {
				if i < len(p.Plan) && (i >= len(p.PlanBlank) || !p.PlanBlank[i]) {
					cells = append(cells, p.Plan[i])
				} else {
					cells = append(cells, nil)
				}
			}
			source := ""
			if len(p.Sources) > 0 {
				source = p.Sources[0].Table
			}
			s.rows = append(s.rows, row(d, append(cells, len(p.Indicators), p.Goal, source, lineNo(p.Line), pageNo(d.PageOf(p.Line)))...))
		}
	}
	return s
}

func indicatorSheet(checked []Checked) *sheet {
	s := &sheet{name: "绩效指标", table: "indicators", header: header("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "依据", "行", "页")}
	for _, c := range checked {
		for _, p := range c.Doc.Projects {
			for _, in := range p.Indicators {
				s.rows = append(s.rows, row(c.Doc, p.Code, p.Name, in.Level1, in.Level2, in.Name, in.Value, in.Basis, lineNo(in.Line), pageNo(c.Doc.PageOf(in.Line))))
			}
		}
	}
	return s
}

// threePublicSheet: one row per document, a field the document did not
// print is blank (absent is not zero).
func threePublicSheet(checked []Checked) *sheet {
	s := &sheet{name: "三公经费", table: "three_public", header: header(append(append([]string{}, threePublicTitles...), "来源表", "行", "页")...)}
	for _, c := range checked {
		t := c.Doc.ThreePublic
		if t == nil {
			continue
		}
		var cells []any
		for _, f := range model.ThreePublicFields {
			if t.IsStated(f) {
				cells = append(cells, t.Field(f))
			} else {
				cells = append(cells, nil)
			}
		}
		s.rows = append(s.rows, row(c.Doc, append(cells, t.Table, lineNo(t.Line), pageNo(c.Doc.PageOf(t.Line)))...))
	}
	return s
}

func findingsSheet(checked []Checked) *sheet {
	s := &sheet{name: "核对发现", table: "findings", header: header("级别", "规则", "说明", "应为", "实为", "差额", "位置", "行", "页", "科目编码", "项目",
		"审核键", "审核", "审核说明", "审核时间")}
	for _, c := range checked {
		for _, f := range c.Findings {
			_, note, at := reviewFields(f.Review)
			state := ""
			if f.Review != nil {
				state = f.Review.State.Label()
			}
			s.rows = append(s.rows, row(c.Doc, f.Severity.Label(), f.Rule, f.Message,
				optNumber(f.Expected), optNumber(f.Actual), optNumber(f.Difference), f.Where, lineNo(f.Line), pageNo(f.Page), f.Code, f.Project,
				f.Key, state, note, at))
		}
	}
	return s
}

// printed is the amount of a column the table prints, nil (a blank cell,
// not 0) for one it does not.
func printed(m model.Money, ok bool) any {
	if !ok {
		return nil
	}
	return m
}

// unverifiedMark says a figure came from a table whose arithmetic failed.
func unverifiedMark(unverified bool) any {
	if unverified {
		return "读取存疑"
	}
	return nil
}

func optNumber(s string) any {
	if s == "" {
		return nil
	}
	return number(s)
}

// amountsSheet is the long form: every amount of every table, with its line and page.
func amountsSheet(checked []Checked) *sheet {
	s := &sheet{name: "全部金额", table: "amounts", header: header("表格", "表格类型", "行", "页", "编码", "名称", "列", "金额")}
	for _, c := range checked {
		for _, f := range Facts(c.Doc) {
			s.rows = append(s.rows, row(c.Doc, f.Table, string(f.TableKind), lineNo(f.Line), pageNo(f.Page), f.Code, f.Name, f.Column, f.Amount))
		}
	}
	return s
}
