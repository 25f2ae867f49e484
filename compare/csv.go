package compare

import (
	"encoding/csv"
	"io"
	"strings"

	"yusuan/export/cell"
	"yusuan/model"
)

// csvHeader is the column list of WriteCSV. Amount columns are exact decimal
// strings in 万元; old_value/new_value hold indicator values.
var csvHeader = []string{
	"section", "code", "name", "status", "old_total", "new_total", "delta", "delta_pct",
	"old_name", "level", "matched_by",
	"old_basic", "new_basic", "old_project", "new_project",
	"old_value", "new_value", "execution_rate",
}

// csvRow puts the fields in csvHeader's order.
type csvRow struct {
	section, code, name, status, oldTotal, newTotal, delta, pct string
	oldName, level, matchedBy                                   string
	oldBasic, newBasic, oldProject, newProject                  string
	oldValue, newValue                                          string
	rate                                                        string // a budget beside its final accounts
}

func (r csvRow) fields() []string {
	return []string{r.section, r.code, r.name, r.status, r.oldTotal, r.newTotal, r.delta, r.pct,
		r.oldName, r.level, r.matchedBy, r.oldBasic, r.newBasic, r.oldProject, r.newProject, r.oldValue, r.newValue, r.rate}
}

// WriteCSV writes one row per line of the diff: functional and economic
// lines (parents before children), “三公” fields, totals, projects and their
// indicators. section is functional, economic, three_public, totals, project
// or indicator. An indicator row's code is its project's code and its name
// is project / 一级 / 二级 / 三级.
func WriteCSV(w io.Writer, d *Diff) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	write := func(r csvRow) { _ = cw.Write(cell.Row(r.fields())) }
	lines := func(section string, ls []*Line) {
		walkLines(ls, func(l, _ *Line) {
			write(csvRow{section: section, code: l.Code, name: l.Name, status: string(l.Status),
				oldTotal: optTotal(l.Old), newTotal: optTotal(l.New), delta: l.Delta.String(), pct: l.DeltaPct,
				oldName: l.OldName, level: l.Level, matchedBy: l.MatchedBy,
				oldBasic: optField(l.Old, basic), newBasic: optField(l.New, basic),
				oldProject: optField(l.Old, project), newProject: optField(l.New, project), rate: l.Rate})
		})
	}
	lines("functional", d.Functional)
	lines("economic", d.Economic)
	lines("three_public", d.ThreePublic)
	for _, l := range d.Totals.Lines() {
		t := l.T
		write(csvRow{section: "totals", code: l.Key, name: l.Label, status: string(t.Status()),
			oldTotal: optMoney(t.Old), newTotal: optMoney(t.New), delta: t.Delta.String(), pct: t.DeltaPct, rate: t.Rate})
	}
	for _, p := range d.Projects {
		write(csvRow{section: "project", code: p.Code, name: p.Name, status: string(p.Status),
			oldTotal: optMoney(p.OldBudget), newTotal: optMoney(p.NewBudget), delta: p.Delta.String(), pct: p.DeltaPct,
			oldName: p.OldName, matchedBy: p.MatchedBy, rate: p.Rate})
		for _, in := range p.Indicators {
			write(csvRow{section: "indicator", code: p.Code, status: string(in.Status),
				name:     strings.Join(nonEmpty(p.Name, in.Level1, in.Level2, in.Name), " / "),
				oldValue: in.Old, newValue: in.New})
		}
	}
	cw.Flush()
	return cw.Error()
}

func basic(a *Amounts) model.Money   { return a.Basic }
func project(a *Amounts) model.Money { return a.Project }

func optTotal(a *Amounts) string {
	if a == nil {
		return ""
	}
	return a.Total.String()
}

func optField(a *Amounts, get func(*Amounts) model.Money) string {
	if a == nil {
		return ""
	}
	return get(a).String()
}

func optMoney(m *model.Money) string {
	if m == nil {
		return ""
	}
	return m.String()
}
