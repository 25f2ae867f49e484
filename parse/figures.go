package parse

import (
	"strings"

	"yusuan/model"
	"yusuan/prose"
)

// labelAmount finds a cell whose text is one of the labels and returns the
// amount printed right after it (blank → not found), in 万元.
func labelAmount(b *block, labels ...string) (model.Money, int, bool) {
	for _, r := range b.rows {
		for i, c := range r.Cells {
			c = strings.ReplaceAll(strings.TrimSpace(c), " ", "")
			if !isWord(c, labels) {
				continue
			}
			for _, n := range r.Cells[i+1:] {
				n = strings.TrimSpace(n)
				if n == "" {
					continue
				}
				if m, ok := amount(n, b.unit); ok {
					return m, r.Line, true
				}
				break
			}
		}
	}
	return model.Zero, 0, false
}

// threePublicFields maps the labels of the “三公” table to fields; the first
// matching rule wins.
var threePublicFields = []struct {
	field string
	match func(string) bool
}{
	{"subtotal", func(s string) bool { return strings.Contains(s, "三公") && strings.Contains(s, "小计") }},
	{"total", func(s string) bool { return s == "合计" || s == "总计" }},
	{"vehicle_purchase", func(s string) bool {
		return strings.Contains(s, "购置费") && !strings.Contains(s, "及")
	}},
	{"vehicle_operation", func(s string) bool {
		return strings.Contains(s, "运行") && strings.Contains(s, "公务用车") && !strings.Contains(s, "购置")
	}},
	{"vehicle", func(s string) bool { return strings.Contains(s, "公务用车购置及") }},
	{"abroad", func(s string) bool { return strings.Contains(s, "因公出国") && !strings.HasPrefix(s, "其中") }},
	{"reception", func(s string) bool { return strings.Contains(s, "公务接待") }},
	{"meeting", func(s string) bool { return strings.Contains(s, "会议费") && !strings.HasPrefix(s, "其中") }},
	{"training", func(s string) bool { return strings.Contains(s, "培训费") && !strings.HasPrefix(s, "其中") }},
}

// isVehiclePart: a column of the vehicles' purchase or running costs.
func isVehiclePart(name string) bool {
	return strings.Contains(name, "公务用车") && (strings.Contains(name, "购置") || strings.Contains(name, "运行")) &&
		!strings.Contains(name, "购置及") && !strings.HasSuffix(name, "小计")
}

// cleanLabel is the key of a row label without its numbering:
// "一、因公出国（境）费" → "因公出国(境)费".
func cleanLabel(s string) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), " ", "")
	s = strings.TrimLeft(s, "①②③④⑤⑥")
	return prose.LabelKey(s)
}

// threePublic reads the “三公”经费 table, printed either with a row per item
// (label, amount) or as one row of figures under a header naming each item.
// Of a table printing several years side by side it reads the columns of
// the document's own (ownYearColumns); where those cannot be told, nothing
// (unread says why): another year's figures shown as this year's would be
// wrong, and so would zeros for figures that could not be read.
func threePublic(b *block, g grid, year int, kind model.Kind) (tp *model.ThreePublic, unread string) {
	own, multi := ownYearColumns(g.names, rowWidth(g), year, kind)
	if multi && own == nil {
		return nil, "按多个年度（或预算、决算）分栏列示，无法确定本年度的栏"
	}
	in := func(j int) bool { return !multi || own[j] }
	if multi && !ownBlockOpensWithTotal(g.names, own) {
		return nil, "按多个年度（或预算、决算）分栏列示，本年度的栏不以合计开始：各栏未能读准"
	}
	tp = &model.ThreePublic{Table: b.title, Line: b.titleLine}
	set := func(field string, m model.Money) {
		if f := tp.Field(field); f != nil && !tp.IsStated(field) {
			tp.Stated = append(tp.Stated, field)
			*f = m
		}
	}
	labelled := false
	for _, r := range g.data {
		label, idx := "", -1
		for i, c := range r.Cells {
			c = strings.TrimSpace(c)
			if c != "" && !isAmountText(c) {
				label, idx = cleanLabel(c), i
				break
			}
		}
		if idx < 0 {
			continue
		}
		labelled = true
		// the first figure after the label (all blank: zero); a cell that
		// is no figure (two glued together) leaves the item unread
		var m model.Money
		readable := true
		for j := idx + 1; j < len(r.Cells); j++ {
			if !in(j) {
				continue
			}
			c := r.Cells[j]
			if v, ok := amount(c, b.unit); ok {
				m = v
				break
			}
			if strings.TrimSpace(c) != "" {
				readable = false
				break
			}
		}
		if !readable {
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(r.Cells[idx]), "其中") && !strings.Contains(label, "公务用车") {
			continue
		}
		for _, f := range threePublicFields {
			if f.match(label) {
				set(f.field, m)
				break
			}
		}
	}
	if !labelled && len(g.data) > 0 {
		// one row of figures; the header names each column
		r := g.data[0]
		for j, name := range g.names {
			if j >= len(r.Cells) {
				break
			}
			if !in(j) {
				continue
			}
			m, ok := amount(r.Cells[j], b.unit)
			if !ok {
				m = model.Zero
			}
			parts := withoutYearTags(strings.Split(name, "/"))
			if len(parts) == 0 {
				continue
			}
			last := cleanLabel(parts[len(parts)-1])
			field := ""
			switch {
			case last == "合计" && len(parts) == 1:
				field = "total"
			case last == "小计" && len(parts) == 2 && strings.Contains(parts[0], "三公"):
				field = "subtotal"
			case last == "小计" && (strings.Contains(name, "公务用车") || j+1 < len(g.names) && isVehiclePart(g.names[j+1])):
				// the vehicles' 小计, named by its group or by the
				// 购置/运行 columns after it (“2026年预算数小计 | 公务用车购置经费”)
				field = "vehicle"
			default:
				for _, f := range threePublicFields {
					if f.field != "total" && f.field != "subtotal" && f.match(last) {
						field = f.field
						break
					}
				}
			}
			if field != "" {
				set(field, m)
			}
		}
	}
	if !tp.IsStated("vehicle") && (tp.IsStated("vehicle_purchase") || tp.IsStated("vehicle_operation")) {
		tp.Vehicle = tp.VehiclePurchase.Add(tp.VehicleOperation)
	}
	if !tp.IsStated("subtotal") {
		tp.Subtotal = model.Sum(tp.Abroad, tp.Vehicle, tp.Reception)
	}
	if !tp.IsStated("total") {
		tp.Total = model.Sum(tp.Subtotal, tp.Meeting, tp.Training)
	}
	if len(tp.Stated) == 0 {
		return nil, "未找到可读的金额"
	}
	return tp, ""
}

// isThreePublicLabel: a row of the “三公” table labelled with one of its
// items, even when its amounts are blank.
func isThreePublicLabel(r Row) bool {
	cells := r.NonEmpty()
	if len(cells) == 0 {
		return false
	}
	label := cleanLabel(cells[0])
	if smallInt(label) && len(cells) > 1 {
		label = cleanLabel(cells[1])
	}
	for _, f := range threePublicFields[2:] { // not 小计/合计: header words too
		if f.match(label) {
			return true
		}
	}
	return strings.Contains(label, "三公") && strings.Contains(label, "小计")
}
