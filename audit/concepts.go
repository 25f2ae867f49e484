package audit

import (
	"strings"
	"unicode/utf8"

	"yusuan/internal/lazyregexp"
	"yusuan/model"
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
	byName map[string][]figure // a classification name (normalised) → its amounts
	fixed  map[string][]figure // 三公, 基本支出, … → amounts
}

var reRowOrdinal = lazyregexp.New(`^([一二三四五六七八九十]+、|[0-9]+[.．、]|[（(][一二三四五六七八九十0-9]+[)）])`)

var (
	nameFolder   = strings.NewReplacer("“", "", "”", "", "\"", "", " ", "", "(", "（", ")", "）", "　", "")
	quoteDropper = strings.NewReplacer("“", "", "”", "", "\"", "")
)

var reLevelMark = lazyregexp.New(`[（(](类|款|项)[)）]`)

func normName(s string) string {
	if strings.ContainsAny(s, "（(") {
		s = reLevelMark.ReplaceAllString(s, "")
	}
	s = nameFolder.Replace(s)
	return s
}

func buildConcepts(doc *model.Document) *concepts {
	cs := &concepts{byName: map[string][]figure{}, fixed: map[string][]figure{}}
	add := func(key string, v model.Money, from string) {
		cs.fixed[key] = append(cs.fixed[key], figure{v, from, false})
	}
	for _, t := range doc.Tables {
		if len(t.Coded) == 0 {
			continue
		}
		cols := columnsOf(t)
		for i := range t.Coded {
			r := &t.Coded[i]
			if r.Code == "" {
				continue
			}
			if name := normName(r.Name); utf8.RuneCountInString(name) >= 3 {
				for _, col := range r.Order {
					cs.byName[name] = append(cs.byName[name], figure{r.Amounts[col], title(t), false})
				}
			}
		}
		if tr := totalRow(t); tr != nil {
			for _, p := range []struct{ key, col string }{
				{"basic", cols.basic}, {"project", cols.project}, {"personnel", cols.personnel}, {"public", cols.public}} {
				if p.col != "" && hasAmount(tr, p.col) {
					add(p.key, amount(tr, p.col), title(t))
				}
			}
			if cols.total != "" && hasAmount(tr, cols.total) && (t.Kind == model.TExpenditure || t.Kind == model.TIncome) {
				add("total", amount(tr, cols.total), title(t))
			}
		}
	}
	// Every label printed in a table row with the amounts after it: the
	// narrative may quote a summary table's all-funds line rather than a
	// coded fiscal one, and either is a figure the document gives.
	for _, t := range doc.Tables {
		if t.Kind == model.TProjectPerformance {
			continue // indicators: words, not amounts the narrative restates
		}
		for _, row := range t.Rows {
			raw, key := "", ""
			for _, cell := range row {
				if v, ok := model.ParseAmount(cell); ok {
					if raw != "" && key == "" {
						key = normName(reRowOrdinal.ReplaceAllString(cleanLabel(raw), ""))
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
	model.WalkFunc(doc.Functional, func(n, _ *model.FuncNode) {
		k := normName(n.Name)
		cs.byName[k] = append(cs.byName[k], figure{n.Total, "功能分类", false}, figure{n.Basic, "功能分类", false}, figure{n.Project, "功能分类", false})
	})
	var pers, pub model.Money
	model.WalkEcon(doc.Economic, func(n, parent *model.EconNode) {
		k := normName(n.Name)
		cs.byName[k] = append(cs.byName[k], figure{n.Total, "经济分类", false})
		if parent == nil {
			pers, pub = pers.Add(n.Personnel), pub.Add(n.Public)
		}
	})
	// 人员经费 = 工资福利支出 + 对个人和家庭的补助 and 公用经费 = 商品和服务支出
	// (+ 资本性支出), by the usual definitions, where no column splits them.
	if len(cs.fixed["personnel"]) == 0 || len(cs.fixed["public"]) == 0 {
		for _, t := range doc.TablesOf(model.TBasicEconomic) {
			cols := columnsOf(t)
			idx, _ := codedIndex(t)
			if cols.total == "" || idx["301"] == nil || idx["302"] == nil {
				continue
			}
			get := func(code string) model.Money {
				if r := idx[code]; r != nil {
					return amount(r, cols.total)
				}
				return model.Zero
			}
			from := title(t) + "（按 301＋303、302 推算）"
			cs.fixed["personnel"] = append(cs.fixed["personnel"], figure{get("301").Add(get("303")), from, true})
			cs.fixed["public"] = append(cs.fixed["public"], figure{get("302"), from, true},
				figure{get("302").Add(get("310")), from, true})
			break
		}
	}
	if !pers.IsZero() || !pub.IsZero() { // the tree may not split basic expenditure
		add("personnel", pers, "经济分类")
		add("public", pub, "经济分类")
	}
	// The summary tables' own totals; the document's Totals are derived
	// from the same tables, so they add nothing a rule could rely on more.
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
				add("total", it.v[0], title(t))
			}
		}
	}
	if tp := doc.ThreePublic; tp != nil {
		for _, f := range []struct {
			key, field string
			v          model.Money
		}{
			{"三公", "subtotal", tp.Subtotal}, {"三公", "total", tp.Total}, {"出国", "abroad", tp.Abroad},
			{"车辆", "vehicle", tp.Vehicle}, {"购车", "vehicle_purchase", tp.VehiclePurchase},
			{"运维", "vehicle_operation", tp.VehicleOperation}, {"接待", "reception", tp.Reception},
		} {
			if tp.IsStated(f.field) {
				add(f.key, f.v, tpWhere(tp))
			}
		}
		// A field left blank in the table is zero there.
		for _, f := range []struct{ key, field string }{{"出国", "abroad"}, {"车辆", "vehicle"}, {"购车", "vehicle_purchase"}, {"运维", "vehicle_operation"}, {"接待", "reception"}} {
			if !tp.IsStated(f.field) && (tp.IsStated("subtotal") || tp.IsStated("total")) {
				add(f.key, model.Zero, tpWhere(tp))
			}
		}
	}
	if v, from, ok := assetsTotal(doc); ok {
		add("固定资产", v, from)
	}
	return cs
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
