package audit

import (
	"strings"
	"unicode/utf8"
	"yusuan/internal/lazyregexp"

	"yusuan/model"
	"yusuan/prose"
)

// figure is a value the tables give for a concept the narrative may name.
type figure struct {
	v    model.Money
	from string
	// derived: computed by a convention (人员经费 = 301 + 303) rather than
	// printed; a mismatch with it alone is only a warning.
	derived bool
}

// concepts the narrative names, each with the table figures it can mean.
type concepts struct {
	byName map[string][]figure       // a classification name (normalised) → its amounts
	fixed  map[prose.Figure][]figure // 三公, 基本支出, … → amounts
}

// reLevelMark finds the level a name is printed with: 法院（款）行政运行（项）.
var reLevelMark = lazyregexp.New(`[（(](类|款|项)[)）]`)

// buildConcepts gathers, step by step, every figure the tables give for a
// name or a concept the narrative may state.
func buildConcepts(doc *model.Document) *concepts {
	cs := &concepts{byName: map[string][]figure{}, fixed: map[prose.Figure][]figure{}}
	cs.addCodedTables(doc)
	cs.addRowLabels(doc)
	pers, pub := cs.addTrees(doc)
	if len(cs.fixed[prose.Personnel]) == 0 || len(cs.fixed[prose.Public]) == 0 {
		cs.addEconomicSplit(doc)
	}
	if !pers.IsZero() || !pub.IsZero() { // the tree may not split basic expenditure
		cs.add(prose.Personnel, pers, economicLabel(doc))
		cs.add(prose.Public, pub, economicLabel(doc))
	}
	cs.addSummaryTotals(doc)
	if tp := doc.ThreePublic; tp != nil {
		cs.addThreePublic(tp)
	}
	if v, from, ok := assetsTotal(doc); ok {
		cs.add(prose.Assets, v, from)
	}
	return cs
}

// add records a printed figure for a concept.
func (cs *concepts) add(key prose.Figure, v model.Money, from string) {
	cs.fixed[key] = append(cs.fixed[key], figure{v, from, false})
}

// addCodedTables: every coded row's amounts under its name, and the total
// row's basic, project, personnel and public columns (and the total of the
// income and expenditure tables) as those concepts.
func (cs *concepts) addCodedTables(doc *model.Document) {
	for _, t := range doc.Tables {
		if len(t.Coded) == 0 {
			continue
		}
		for i := range t.Coded {
			r := &t.Coded[i]
			if r.Code == "" {
				continue
			}
			if name := prose.Key(r.Name); utf8.RuneCountInString(name) >= 3 {
				for _, col := range r.Order {
					cs.byName[name] = append(cs.byName[name], figure{r.Amounts[col], title(t), false})
				}
			}
		}
		tr := totalRow(t)
		if tr == nil {
			continue
		}
		cols := columnsOf(t)
		for _, p := range []struct {
			key prose.Figure
			col string
		}{
			{prose.Basic, cols.Basic}, {prose.Project, cols.Project}, {prose.Personnel, cols.Personnel}, {prose.Public, cols.Public}} {
			if p.col != "" && hasAmount(tr, p.col) {
				cs.add(p.key, amount(tr, p.col), title(t))
			}
		}
		if cols.Total != "" && hasAmount(tr, cols.Total) && (t.Kind == model.TExpenditure || t.Kind == model.TIncome) {
			cs.add(prose.Totals, amount(tr, cols.Total), title(t))
		}
	}
}

// addRowLabels: every label printed in a table row with the amounts after
// it. The narrative may quote a summary table's all-funds line rather than a
// coded fiscal one, and either is a figure the document gives.
func (cs *concepts) addRowLabels(doc *model.Document) {
	for _, t := range doc.Tables {
		if t.Kind == model.TProjectPerformance {
			continue // indicators: words, not amounts the narrative restates
		}
		for _, row := range t.Rows {
			raw, key := "", ""
			for _, cell := range row {
				if v, ok := cellAmount(t, cell); ok {
					if raw != "" && key == "" {
						key = prose.LabelKey(raw)
					}
					if utf8.RuneCountInString(key) >= 3 {
						cs.byName[key] = append(cs.byName[key], figure{v, title(t), false})
					}
					continue
				}
				if strings.TrimSpace(cell) != "" {
					raw, key = cell, ""
				}
			}
		}
	}
}

// addTrees: the functional and economic trees' amounts under their names;
// it returns the economic classes' personnel and public sums.
func (cs *concepts) addTrees(doc *model.Document) (pers, pub model.Money) {
	model.WalkFunc(doc.Functional, func(n, _ *model.FuncNode) {
		k := prose.Key(n.Name)
		cs.byName[k] = append(cs.byName[k], figure{n.Total, "功能分类", false}, figure{n.Basic, "功能分类", false}, figure{n.Project, "功能分类", false})
	})
	econ := economicLabel(doc)
	model.WalkEcon(doc.Economic, func(n, parent *model.EconNode) {
		k := prose.Key(n.Name)
		cs.byName[k] = append(cs.byName[k], figure{n.Total, econ, false})
		if parent == nil {
			pers, pub = pers.Add(n.Personnel), pub.Add(n.Public)
		}
	})
	return pers, pub
}

// economicLabel names the economic tree's figures with their table.
func economicLabel(doc *model.Document) string {
	if t := economicSource(doc); t != "" {
		return "经济分类（" + t + "）"
	}
	return "经济分类"
}

// economicSource is the title of the basic-expenditure table the economic
// tree was read from (the one whose classes add up to the tree's), so that
// its scope is known: zj-hangzhou-transport-2026's tree is its 一般公共预算
// 基本支出预算表, not the whole budget the narrative's “日常公用支出” is of.
func economicSource(doc *model.Document) string {
	var sum model.Money
	for _, n := range doc.Economic {
		sum = sum.Add(n.Total)
	}
	if len(doc.Economic) == 0 {
		return ""
	}
	for _, t := range doc.TablesOf(model.TBasicEconomic) {
		cols := columnsOf(t)
		if cols.Total == "" {
			continue
		}
		var classes model.Money
		n := 0
		for i := range t.Coded {
			if r := &t.Coded[i]; len(r.Code) == 3 && hasAmount(r, cols.Total) {
				classes = classes.Add(amount(r, cols.Total))
				n++
			}
		}
		if n == len(doc.Economic) && classes.Equal(sum) {
			return title(t)
		}
	}
	return ""
}

// addEconomicSplit derives 人员经费 = 工资福利支出 + 对个人和家庭的补助 and
// 公用经费 = 商品和服务支出 (+ 资本性支出), by the usual definitions, from
// the first economic table that prints them, where no column splits them.
func (cs *concepts) addEconomicSplit(doc *model.Document) {
	for _, t := range doc.TablesOf(model.TBasicEconomic) {
		cols := columnsOf(t)
		idx, _ := codedIndex(t)
		if cols.Total == "" || idx["301"] == nil || idx["302"] == nil {
			continue
		}
		get := func(code string) model.Money {
			if r := idx[code]; r != nil {
				return amount(r, cols.Total)
			}
			return model.Zero
		}
		from := title(t) + "（按 301＋303、302 推算）"
		cs.fixed[prose.Personnel] = append(cs.fixed[prose.Personnel], figure{get("301").Add(get("303")), from, true})
		cs.fixed[prose.Public] = append(cs.fixed[prose.Public], figure{get("302"), from, true},
			figure{get("302").Add(get("310")), from, true})
		return
	}
}

// addSummaryTotals: the summary tables' own totals; the document's Totals
// are derived from the same tables, so they add nothing a rule could rely
// on more.
func (cs *concepts) addSummaryTotals(doc *model.Document) {
	for _, t := range doc.Tables {
		if t.Kind != model.TSummary && t.Kind != model.TFiscalSummary {
			continue
		}
		inc, exp, ok := summarySides(t)
		if !ok {
			continue
		}
		for _, it := range append(inc, exp...) {
			if len(it.v) > 0 && it.has[0] && (strings.HasSuffix(it.label, "合计") || strings.HasSuffix(it.label, "总计")) {
				cs.add(prose.Totals, it.v[0], title(t))
			}
		}
	}
}

// addThreePublic: the “三公” table's stated fields; a field left blank in
// the table is zero there.
func (cs *concepts) addThreePublic(tp *model.ThreePublic) {
	items := []prose.Figure{prose.Abroad, prose.Vehicle, prose.VehiclePurchase, prose.VehicleOperation, prose.Reception}
	if !anyStated(tp, items) && !tp.Total.IsZero() {
		// A non-zero total read without a single item: the table's columns
		// were not found (sn-xian's table of 上年, 当年 and 增减 blocks, where
		// 51.84 is 上年's 合计 and the document's 2026 公务接待费 is 1.50), so
		// neither the total nor a zero item is a figure the document gives.
		return
	}
	for _, f := range []struct {
		field string
		v     model.Money
	}{{"subtotal", tp.Subtotal}, {"total", tp.Total}} {
		if tp.IsStated(f.field) {
			cs.add(prose.ThreePublic, f.v, tpWhere(tp))
		}
	}
	for _, fig := range items { // the prose figures of the items are the table's field names
		if tp.IsStated(string(fig)) {
			cs.add(fig, *tp.Field(string(fig)), tpWhere(tp))
		}
	}
	for _, fig := range items {
		if !tp.IsStated(string(fig)) && (tp.IsStated("subtotal") || tp.IsStated("total")) {
			cs.add(fig, model.Zero, tpWhere(tp))
		}
	}
}

// assetsTotal sums the value column of the fixed-assets table, or takes its
// 合计 row, and says which.
func assetsTotal(doc *model.Document) (model.Money, string, bool) {
	for _, t := range doc.TablesOf(model.TAssets) {
		col := -1
		for j, name := range t.Columns {
			if strings.Contains(name, "价值") || strings.Contains(name, "金额") || strings.Contains(name, "原值") {
				col = j
			}
		}
		if col < 0 || strings.Contains(t.Columns[col], "元") && !strings.Contains(t.Columns[col], "万元") {
			continue
		}
		var sum model.Money
		var parts []string
		for _, row := range t.Rows {
			if col >= len(row) || len(row) == 0 {
				continue
			}
			v, ok := model.ParseAmount(row[col])
			if !ok {
				continue
			}
			if strings.Contains(row[0], "合计") || strings.Contains(row[0], "总计") {
				return v, "《" + title(t) + "》合计", true
			}
			sum = sum.Add(v)
			parts = append(parts, strings.TrimSpace(row[col]))
		}
		if len(parts) > 0 {
			return sum, "《" + title(t) + "》各行之和 " + strings.Join(parts, "＋"), true
		}
	}
	return model.Zero, "", false
}

// anyStated: the table printed at least one of the items.
func anyStated(tp *model.ThreePublic, items []prose.Figure) bool {
	for _, fig := range items {
		if tp.IsStated(string(fig)) {
			return true
		}
	}
	return false
}
