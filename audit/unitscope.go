package audit

import (
	"strings"

	"yusuan/internal/lazyregexp"
	"yusuan/model"
	"yusuan/prose"
)

// A department's budget that covers several units (本级 and 下属单位) often
// explains each unit in a section of its own (一、深圳市人力资源和社会保障局（本级）,
// 七、深圳市社会保险基金管理局南山分局, then （一）…（五） under it), each stating
// that unit's figures, while the tables give the department's figures or
// list each unit's rows in turn. Such a section's figures are the unit's:
// they are compared with what the tables give for that unit, never with the
// department's.

// reUnitHeading: a heading numbered at the level of the parts of a chapter
// (一、, 二十一、) whose words are nothing but an organisation's name, ending
// in an organ's suffix, perhaps with a note in brackets (（本级）, （深圳技师学院）).
var reUnitHeading = lazyregexp.New(`^[一二三四五六七八九十]+[、.．](\p{Han}{2,40}?` + organSuffix + `(?:本级)?)([（(][^()（）]{1,20}[)）])?$`)

// organSuffix: the words an organisation's name ends in.
const organSuffix = `(?:局|院|厅|委员会|办公室|中心|学院|学校|站|所|队|馆|处|会|社|台|园|室)`

// reSubHeading: a heading below that level, which stays in the unit's section:
// （一）, (1), 1., 1、.
var reSubHeading = lazyregexp.New(`^([（(][一二三四五六七八九十]+[)）]|[（(]\d+[)）]|\d+[.、．])`)

// reNotUnit: words of a heading about the budget, not a name (一、部门预算收支情况).
var reNotUnit = lazyregexp.New(`情况|说明|预算|决算|支出|收入|经费|项目|职责|机构|目标|解释|部分`)

// unitKey is the key a unit is matched by between the narrative and the
// tables: prose.Key without brackets, so that 深圳市社会保险基金管理局本级 is
// 深圳市社会保险基金管理局（本级）.
func unitKey(name string) string {
	return strings.NewReplacer("(", "", ")", "").Replace(prose.Key(name))
}

// headingUnit is the unit a heading names, "" when it names none or names
// the department as a whole (its name without 本级: the whole budget again).
func headingUnit(heading, dept string) string {
	m := reUnitHeading.FindStringSubmatch(headingText(heading))
	if m == nil || reNotUnit.MatchString(m[1]) {
		return ""
	}
	name := m[1] + m[2]
	if !strings.Contains(name, "本级") && prose.SameDepartment(name, dept) {
		return "" // the one rule names are matched by; 本级 is a unit of its own
	}
	return name
}

// headingText is a heading as printed less bookmarks and spaces; not
// prose.Key, which drops the 、 of its number.
func headingText(heading string) string {
	return strings.Join(strings.Fields(reBookmark.ReplaceAllString(heading, "")), "")
}

// sectionUnits gives, for each of the document's sections, the unit it
// speaks of ("" for the department as a whole): a unit's heading opens its
// scope, its sub-headings stay in it, and any other heading closes it.
func sectionUnits(doc *model.Document) []string {
	out := make([]string, len(doc.Sections))
	unit := ""
	for i := range doc.Sections {
		h := headingText(doc.Sections[i].Heading)
		switch {
		case reUnitHeading.MatchString(h):
			unit = headingUnit(doc.Sections[i].Heading, doc.Department)
		case unit != "" && reSubHeading.MatchString(h):
			// still the unit's
		default:
			unit = ""
		}
		out[i] = unit
	}
	return out
}

// unitNames are the keys of a unit's name as a table may print it: the whole
// name, and the name in its brackets unless that is a note of scope
// (深圳城市职业学院（深圳技师学院） is listed as 深圳技师学院).
func unitNames(unit string) []string {
	k := prose.Key(unit)
	names := []string{unitKey(k)}
	if i := strings.Index(k, "("); i > 0 && strings.HasSuffix(k, ")") {
		inner := k[i+1 : len(k)-1]
		if inner != "本级" && inner != "汇总" {
			names = append(names, unitKey(k[:i]), unitKey(inner))
		}
	}
	return names
}

// reOrgRow: a table row's label that is an organisation's name, the head of a
// unit's rows in a table by unit.
var reOrgRow = lazyregexp.New(`^\p{Han}{2,40}?` + organSuffix + `(?:\(本级\)|本级)?$`)

// unitFigures are the figures the tables give for one unit: in a table by
// unit, the rows from the row naming the unit to the next row naming an
// organisation, by the rows' names; and the unit's own row in the tables of
// all its money (收入总表, 支出总表, 基本支出总表, 项目支出总表), its totals.
type unitFigures struct {
	rows map[string]map[string][]figure          // unit → row name → amounts
	own  map[string]map[model.TableKind][]figure // unit → table → its row's amounts
}

// allFunds: the tables whose unit rows give all of a unit's money, not a
// part of it (一般公共预算, 财政拨款) that a unit's 预算 or 项目支出 is not.
var allFunds = map[model.TableKind]bool{model.TIncome: true, model.TExpenditure: true, model.TBasicEconomic: true, model.TProjectList: true}

// unitRowFigures reads every table's unit blocks for the units named.
func unitRowFigures(doc *model.Document, units []string) *unitFigures {
	want := map[string]string{} // a name a table may print → the unit
	for _, u := range units {
		if u == "" {
			continue
		}
		for _, n := range unitNames(u) {
			want[n] = u
		}
	}
	out := &unitFigures{rows: map[string]map[string][]figure{}, own: map[string]map[model.TableKind][]figure{}}
	if len(want) == 0 {
		return out
	}
	for _, t := range doc.Tables {
		if t.Kind == model.TProjectPerformance {
			continue
		}
		current := ""
		for _, row := range t.Rows {
			label, figs := rowLabelFigures(t, row)
			if label == "" {
				continue
			}
			if u, ok := want[unitKey(label)]; ok {
				current = u
				if allFunds[t.Kind] {
					if out.own[u] == nil {
						out.own[u] = map[model.TableKind][]figure{}
					}
					for _, v := range figs {
						out.own[u][t.Kind] = append(out.own[u][t.Kind], figure{v, title(t), false})
					}
				}
			} else if reOrgRow.MatchString(prose.Key(label)) {
				current = "" // another organisation's rows
				continue
			}
			if current == "" || len(figs) == 0 {
				continue
			}
			if out.rows[current] == nil {
				out.rows[current] = map[string][]figure{}
			}
			key := prose.LabelKey(label)
			for _, v := range figs {
				out.rows[current][key] = append(out.rows[current][key], figure{v, title(t), false})
			}
		}
	}
	return out
}

// rowLabelFigures is a row's first label and the amounts after it. A cell
// the layout glued from several columns' figures (“2,694.97 2,475.39”) gives
// each of them: read as one, it is no amount, and the row's only figures
// left would be its zeros.
func rowLabelFigures(t *model.Table, row []string) (string, []model.Money) {
	label := ""
	var figs []model.Money
	for _, cell := range row {
		if vs, ok := cellAmounts(t, cell); ok {
			if label != "" {
				figs = append(figs, vs...)
			}
			continue
		}
		if strings.TrimSpace(cell) != "" && label == "" {
			label = strings.TrimSpace(cell)
		}
	}
	return label, figs
}

// cellAmounts reads a cell that is one amount or several separated by
// spaces, all of them amounts.
func cellAmounts(t *model.Table, cell string) ([]model.Money, bool) {
	fields := strings.Fields(cell)
	if len(fields) == 0 {
		return nil, false
	}
	out := make([]model.Money, 0, len(fields))
	for _, f := range fields {
		v, ok := cellAmount(t, f)
		if !ok {
			return nil, false
		}
		out = append(out, v)
	}
	return out, true
}

// named is the figures a unit's rows give for a name the narrative uses, by
// the rule nameFigures applies to the department's.
func (u *unitFigures) named(unit, label string) []figure {
	rows := u.rows[unit]
	if rows == nil {
		return nil
	}
	return nameFigures(&concepts{byName: rows}, label)
}

// totals are the figures of the unit's own rows a 预算, 基本支出 or 项目支出
// the narrative gives for the unit may be; which column each is, is not
// known (a layout may glue them), so any of them is the unit's. The table
// that is the concept's comes first, its first amount (总计) the one a
// finding quotes: the 项目支出总表's row for 项目支出.
func (u *unitFigures) totals(unit string, key prose.Figure) []figure {
	order := []model.TableKind{model.TIncome, model.TExpenditure, model.TBasicEconomic, model.TProjectList}
	switch key {
	case prose.Basic:
		order = []model.TableKind{model.TBasicEconomic, model.TExpenditure, model.TIncome, model.TProjectList}
	case prose.Project:
		order = []model.TableKind{model.TProjectList, model.TExpenditure, model.TIncome, model.TBasicEconomic}
	}
	var out []figure
	for _, k := range order {
		out = append(out, u.own[unit][k]...)
	}
	return out
}

// unitSubject is a label less the unit's name (as the narrative prints it,
// with or without its brackets), for telling whether the unit is all that
// it names: “深圳市社会保险基金管理局南山分局预算”.
func unitSubject(label, unit string) string {
	k := prose.Key(unit)
	for _, n := range []string{k, unitKey(k)} {
		label = strings.ReplaceAll(label, n, "")
	}
	return label
}
