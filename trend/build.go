package trend

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"yusuan/compare"
	"yusuan/model"
	"yusuan/prose"
)

// MinYears is the fewest years a trend is drawn over; two years are a diff.
const MinYears = 3

// line is a functional or economic line of one year, reduced to what the
// trend needs.
type line struct {
	code, name string
	level      string // a functional line without a code: the level its document's nesting gave it
	val        Value
	children   []*line
}

func funcLines(ns []*model.FuncNode) []*line {
	out := make([]*line, 0, len(ns))
	for _, n := range ns {
		if n == nil {
			continue
		}
		v := Value{Code: n.Code, Name: n.Name, Total: n.Total}
		if b, ok := n.BasicOK(); ok {
			v.Basic = &b
		}
		if p, ok := n.ProjectOK(); ok {
			v.Project = &p
		}
		out = append(out, &line{code: n.Code, name: n.Name, level: uncodedLevel(n), val: v, children: funcLines(n.Children)})
	}
	return out
}

func econLines(ns []*model.EconNode) []*line {
	out := make([]*line, 0, len(ns))
	for _, n := range ns {
		if n == nil {
			continue
		}
		out = append(out, &line{code: n.Code, name: n.Name, val: Value{Code: n.Code, Name: n.Name, Total: n.Total},
			children: econLines(n.Children)})
	}
	return out
}

// totalLines are the document's headline figures as lines of their own.
func totalLines(d *model.Document) []*line {
	var out []*line
	for _, f := range d.Totals.Figures() {
		if f.Value == nil {
			continue // not printed that year: a gap in the trend, not 0.00
		}
		out = append(out, &line{code: f.Key, name: f.Label, val: Value{Code: f.Key, Name: f.Label, Total: *f.Value}})
	}
	return out
}

// Build follows the documents' department over their years. The documents
// may come in any order and may include the text-only half of a year
// (left out, with a warning); they must be of one department (names that
// differ only by prefix, party form or scope are one, prose.SameDepartment),
// of one kind (budgets or final accounts), at most one with tables per year,
// and cover at least MinYears years. Otherwise the error says why in one line.
func Build(docs []*model.Document) (*Trend, error) {
	t := &Trend{Warnings: []string{}}
	used, err := yearsOf(docs, &t.Warnings)
	if err != nil {
		return nil, err
	}
	t.Kind = used[0].Kind
	for _, d := range used {
		t.Years = append(t.Years, DocRef{Year: d.Year, Source: d.Source, Department: d.Department})
		if d.Department != "" {
			t.Department = d.Department
		}
	}
	var fun, eco, tot []*Row
	for k, d := range used {
		fl, el := funcLines(d.Functional), econLines(d.Economic)
		if k > 0 {
			var cw []CodeChange
			fun, cw = crosswalk(fun, fl, Functional, t.Years, k)
			t.Crosswalk = append(t.Crosswalk, cw...)
			eco, cw = crosswalk(eco, el, Economic, t.Years, k)
			t.Crosswalk = append(t.Crosswalk, cw...)
		}
		fun = addYear(fun, fl, k, len(used))
		eco = addYear(eco, el, k, len(used))
		tot = addYear(tot, totalLines(d), k, len(used))
	}
	t.Functional = finish(fun, t.Years, functionalLevel, true)
	t.Economic = finish(eco, t.Years, economicLevel, true)
	t.Totals = finish(tot, t.Years, func(string) string { return "" }, false) // in the order of the documents' totals
	return t, nil
}

// yearsOf picks the documents of the trend, one a year, oldest first: a
// document without tables is left out, and so is a second file of a year
// with the same figures (each said in warnings); anything else that cannot
// make one department's trend is the error.
func yearsOf(docs []*model.Document, warnings *[]string) ([]*model.Document, error) {
	var used []*model.Document
	for _, d := range docs {
		if d == nil {
			continue
		}
		if len(d.Functional) == 0 && len(d.Economic) == 0 {
			*warnings = append(*warnings, fmt.Sprintf("%s：没有功能分类或经济分类表，未计入趋势", clean(d.Source)))
			continue
		}
		if d.Year == 0 {
			return nil, fmt.Errorf("%s：年度不详，无法排入趋势 (year unknown)", clean(d.Source))
		}
		used = append(used, d)
	}
	if err := oneDepartment(used); err != nil {
		return nil, err
	}
	slices.SortStableFunc(used, func(a, b *model.Document) int { return cmp.Compare(a.Year, b.Year) })
	kept := used[:0]
	for _, d := range used {
		if n := len(kept); n > 0 && kept[n-1].Year == d.Year {
			a := kept[n-1]
			if !sameFigures(a, d) {
				return nil, fmt.Errorf("%d年有两个数字不同的文件：%s、%s；每年只能一个 (two documents of one year)", a.Year, clean(a.Source), clean(d.Source))
			}
			// one publication in two formats (the PDF and its text)
			*warnings = append(*warnings, fmt.Sprintf("%s：与 %s 数字相同，未重复计入", clean(d.Source), clean(a.Source)))
			continue
		}
		if len(kept) > 0 && kept[0].Kind != d.Kind {
			return nil, fmt.Errorf("预算与决算不能放在一个趋势中：%s 是%s，%s 是%s (budgets and final accounts mixed)",
				clean(kept[0].Source), kept[0].Kind.Chinese(), clean(d.Source), d.Kind.Chinese())
		}
		kept = append(kept, d)
	}
	used = kept
	if len(used) < MinYears {
		return nil, fmt.Errorf("趋势需要至少%d个年度的文件，只有%d个；两个年度请用 yusuan diff (a trend needs %d years or more)", MinYears, len(used), MinYears)
	}
	return used, nil
}

// oneDepartment refuses documents of different departments, naming each
// department with its files.
func oneDepartment(docs []*model.Document) error {
	type group struct {
		name    string
		sources []string
	}
	var groups []*group
	for _, d := range docs {
		if d.Department == "" {
			continue // a department not printed: the others decide
		}
		var g *group
		for _, h := range groups {
			if prose.SameDepartment(h.name, d.Department) {
				g = h
				break
			}
		}
		if g == nil {
			g = &group{name: d.Department}
			groups = append(groups, g)
		}
		g.sources = append(g.sources, clean(d.Source))
	}
	if len(groups) <= 1 {
		return nil
	}
	parts := make([]string, len(groups))
	for i, g := range groups {
		parts[i] = fmt.Sprintf("%s（%s", clean(g.name), g.sources[0])
		if len(g.sources) > 1 {
			parts[i] += fmt.Sprintf(" 等%d个文件", len(g.sources))
		}
		parts[i] += "）"
	}
	return fmt.Errorf("文件属于不同部门：%s；趋势只看一个部门 (documents of different departments)", strings.Join(parts, "；"))
}

// sameFigures reports whether two documents of one year print the same
// totals and the same lines with the same totals: one publication read
// from two files.
func sameFigures(a, b *model.Document) bool {
	ta, tb := a.Totals, b.Totals
	if !ta.Income.Equal(tb.Income) || !ta.Expenditure.Equal(tb.Expenditure) || !ta.Basic.Equal(tb.Basic) || !ta.Project.Equal(tb.Project) {
		return false
	}
	return slices.EqualFunc(flatTotals(funcLines(a.Functional)), flatTotals(funcLines(b.Functional)), sameLine) &&
		slices.EqualFunc(flatTotals(econLines(a.Economic)), flatTotals(econLines(b.Economic)), sameLine)
}

func flatTotals(ls []*line) []*line {
	var out []*line
	for _, l := range ls {
		out = append(out, l)
		out = append(out, flatTotals(l.children)...)
	}
	return out
}

func sameLine(a, b *line) bool { return a.code == b.code && a.val.Total.Equal(b.val.Total) }

// addYear joins year k's lines to the rows of the years before, sibling by
// sibling, with diff's matcher; a line matched to no row starts a new one.
// crossed rows were given their new code by the crosswalk for this year.
func addYear(rows []*Row, lines []*line, k, years int) []*Row {
	if len(lines) == 0 {
		return rows
	}
	old := make([]compare.Sibling, len(rows))
	for j, r := range rows {
		old[j] = compare.Sibling{Code: r.Code, Name: r.Name}
	}
	cur := make([]compare.Sibling, len(lines))
	for i, l := range lines {
		cur[i] = compare.Sibling{Code: l.code, Name: l.name}
	}
	oldOf, by := compare.MatchSiblings(old, cur)
	for i, l := range lines {
		var r *Row
		how := ""
		if j := oldOf[i]; j >= 0 {
			r, how = rows[j], by[i]
		} else {
			r = &Row{Values: make([]*Value, years)}
			rows = append(rows, r)
		}
		if prev := lastValue(r, k); how == compare.ByCode && prev != nil && prev.Code != l.code {
			how = ByCrosswalk // the code the crosswalk gave the row this year
		}
		v := l.val
		v.MatchedBy = how
		r.Values[k] = &v
		if how == compare.BySimilarity {
			r.Similar = true
		}
		if l.code != "" {
			r.Code = l.code
		} else if r.Code == "" && l.level != "" {
			r.Level = l.level
		}
		r.Name = l.name
		r.Children = addYear(r.Children, l.children, k, years)
	}
	return rows
}

// lastValue is the row's value in the latest year before k, or nil.
func lastValue(r *Row, k int) *Value {
	for i := k - 1; i >= 0; i-- {
		if r.Values[i] != nil {
			return r.Values[i]
		}
	}
	return nil
}

// finish computes the changes of every row and, byCode, orders the rows
// and their children by code (a row without a code keeps its place after
// the coded ones).
func finish(rows []*Row, years []DocRef, level func(string) string, byCode bool) []*Row {
	if byCode {
		slices.SortStableFunc(rows, func(a, b *Row) int {
			if a.Code == "" || b.Code == "" {
				return cmp.Compare(boolInt(a.Code == ""), boolInt(b.Code == ""))
			}
			return cmp.Compare(a.Code, b.Code)
		})
	}
	for _, r := range rows {
		if r.Code != "" {
			r.Level = level(r.Code) // else the level its nesting gave (addYear)
		}
		r.Steps = make([]*Step, len(years)-1)
		for i := range r.Steps {
			a, b := r.Values[i], r.Values[i+1]
			if a == nil || b == nil {
				continue
			}
			s := &Step{From: years[i].Year, To: years[i+1].Year, Delta: b.Total.Sub(a.Total)}
			s.Pct = percentOf(s.Delta, a.Total)
			r.Steps[i] = s
		}
		first, last := -1, -1
		for i, v := range r.Values {
			if v != nil {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		if first >= 0 && last > first {
			a, b := r.Values[first].Total, r.Values[last].Total
			c := &Change{From: years[first].Year, To: years[last].Year, Delta: b.Sub(a)}
			c.CAGR, _ = CAGR(a, b, c.To-c.From)
			r.Change = c
		}
		r.Children = finish(r.Children, years, level, byCode)
	}
	return rows
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// percentOf is part/whole×100 rounded half away from zero to two places,
// in one division; "" where whole is zero.
func percentOf(part, whole model.Money) string {
	if whole.IsZero() {
		return ""
	}
	return part.Decimal().Shift(2).DivRound(whole.Decimal(), 2).StringFixed(2)
}

func functionalLevel(code string) string { return string(model.LevelOf(code)) }

// economicLevel: 3 digits a class (类), 5 an item (款).
func economicLevel(code string) string {
	switch len(code) {
	case 3:
		return "class"
	case 5:
		return "item"
	}
	return ""
}

func clean(s string) string { return model.CleanText(strings.ReplaceAll(s, "\n", " ")) }
