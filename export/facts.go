package export

import (
	"strconv"
	"strings"

	"yusuan/model"
)

// Fact is one amount of one document with where it was printed: the long
// form that the CSV, the wide CSV and Parquet all write. Amount is in 万元
// whatever unit the table printed.
type Fact struct {
	Doc       *model.Document
	Table     string
	TableKind model.TableKind
	Line      int
	// Page is the PDF page of Line (0 where the source has no pages: text
	// not converted from a PDF, .docx, .xlsx).
	Page   int
	Code   string
	Name   string
	Column string
	Amount model.Money
	// row numbers the printed row (or project) the fact belongs to, so the
	// wide form can put a row's amounts side by side.
	row int
}

// ThreePublicFieldsKind is the table kind of the “三公” figures in Facts:
// one fact per field, named by its JSON name in column, the same in every
// document whatever the layout of its table (whose own cells are facts of
// kind three_public as printed). A query across departments and years (the
// README's DuckDB ranking) reads these.
const ThreePublicFieldsKind model.TableKind = "three_public_fields"

// threePublicTitles name the “三公” fields in model.ThreePublicFields order.
var threePublicTitles = []string{"合计", "“三公”经费小计", "因公出国（境）费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行费", "公务接待费", "会议费", "培训费"}

// planMonths names the cumulative spending plan's four points.
var planMonths = []string{"3月底", "6月底", "10月底", "12月底"}

// Facts lists every amount of a document in document order: each coded row
// of a classification table, each amount cell of the other tables (row
// numbers, counts and codes left out), each project's budget and plan
// (table 项目), and the “三公” figures by field (ThreePublicFieldsKind: the
// fields the document printed, and the “三公” subtotal, derived from its
// parts where not printed). Names are cleaned of control characters.
func Facts(d *model.Document) []Fact {
	var out []Fact
	row := 0
	add := func(t *model.Table, line int, code, name, column string, m model.Money) {
		out = append(out, Fact{Doc: d, Table: t.Title, TableKind: t.Kind, Line: line, Page: d.PageOf(line), Code: code,
			Name: model.CleanText(name), Column: column, Amount: m, row: row})
	}
	for _, t := range d.Tables {
		switch {
		case t.Kind == model.TProjectPerformance:
			continue // the projects below carry these figures with names
		case len(t.Coded) > 0:
			for _, r := range t.Coded {
				row++
				for _, k := range r.Order {
					if m, ok := r.Amounts[k]; ok {
						add(t, r.Line, r.Code, r.Name, k, m)
					}
				}
			}
		default:
			for i, cells := range t.Rows {
				row++
				label := ""
				for j, c := range cells {
					c = strings.TrimSpace(c)
					if c == "" {
						continue
					}
					d, ok := model.ParseDecimal(c)
					if !ok {
						if label == "" {
							label = c
						}
						continue
					}
					if !strings.ContainsAny(c, ".,") {
						continue // a row number, a count or a code, not an amount
					}
					m := model.NewMoney(d)
					if t.Unit == "元" {
						m = model.Yuan(d)
					}
					col := "列" + strconv.Itoa(j+1)
					if j < len(t.Columns) && t.Columns[j] != "" {
						col = t.Columns[j]
					}
					add(t, t.RowLines[i], "", label, col, m)
				}
			}
		}
	}
	pt := &model.Table{Title: "项目", Kind: model.TProjectPerformance}
	for _, p := range d.Projects {
		row++
		if p.BudgetRead() {
			add(pt, p.Line, p.Code, p.Name, "预算数", p.Budget)
		}
		for i, m := range p.Plan {
			if i < len(planMonths) && (i >= len(p.PlanBlank) || !p.PlanBlank[i]) {
				add(pt, p.Line, p.Code, p.Name, "资金支出计划/"+planMonths[i], m)
			}
		}
	}
	if t := d.ThreePublic; t != nil {
		tt := &model.Table{Title: "“三公”经费", Kind: ThreePublicFieldsKind}
		row++
		for _, f := range model.ThreePublicFields {
			if t.IsStated(f) || f == "subtotal" {
				add(tt, t.Line, "", "“三公”经费", f, *t.Field(f))
			}
		}
	}
	return out
}
