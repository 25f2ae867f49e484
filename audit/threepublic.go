package audit

import (
	"fmt"
	"strings"

	"yusuan/model"
)

// checkThreePublic: the “三公” table's own sums, over the fields it printed.
func checkThreePublic(c *checker) {
	tp := c.doc.ThreePublic
	if tp == nil {
		return
	}
	l := loc{where: tpWhere(tp), line: tp.Line}
	type part struct {
		field, name string
		v           model.Money
	}
	sum := func(lhsField, lhsName string, lhs model.Money, parts []part) {
		if !tp.IsStated(lhsField) {
			return
		}
		var s model.Money
		var ops []model.Money
		var names []string
		stated := 0
		for _, p := range parts {
			if tp.IsStated(p.field) {
				stated++
				s = s.Add(p.v)
				ops = append(ops, p.v)
			}
			names = append(names, p.name)
		}
		// Unprinted parts are blank cells, i.e. zero; but with none printed the
		// document gave no breakdown to check.
		if stated == 0 {
			return
		}
		msg := fmt.Sprintf("%s不等于%s之和", lhsName, strings.Join(names, "＋"))
		c.mismatch("three-public-sum", Error, l, msg, s, lhs, ops...)
	}
	sum("vehicle", "公务用车购置及运行维护费", tp.Vehicle, []part{
		{"vehicle_purchase", "购置费", tp.VehiclePurchase}, {"vehicle_operation", "运行维护费", tp.VehicleOperation}})
	sum("subtotal", "“三公”经费小计", tp.Subtotal, []part{
		{"abroad", "因公出国（境）费", tp.Abroad}, {"vehicle", "公务用车购置及运行维护费", tp.Vehicle}, {"reception", "公务接待费", tp.Reception}})
	if tp.IsStated("meeting") || tp.IsStated("training") {
		if tp.IsStated("subtotal") {
			sum("total", "合计", tp.Total, []part{
				{"subtotal", "“三公”经费小计", tp.Subtotal}, {"meeting", "会议费", tp.Meeting}, {"training", "培训费", tp.Training}})
		}
	} else if tp.IsStated("total") && tp.IsStated("subtotal") {
		c.mismatch("three-public-sum", Error, l, "合计不等于“三公”经费小计", tp.Subtotal, tp.Total)
	} else if tp.IsStated("total") && !tp.IsStated("subtotal") {
		sum("total", "“三公”经费合计", tp.Total, []part{
			{"abroad", "因公出国（境）费", tp.Abroad}, {"vehicle", "公务用车购置及运行维护费", tp.Vehicle}, {"reception", "公务接待费", tp.Reception}})
	}
}

func tpWhere(tp *model.ThreePublic) string {
	if tp.Table != "" {
		return strings.TrimSpace(reBookmark.ReplaceAllString(tp.Table, ""))
	}
	return "“三公”经费表"
}

// economic codes of basic expenditure that the “三公” table restates.
var tpEconomic = []struct {
	code, name, field string
	get               func(*model.ThreePublic) model.Money
}{
	{"30212", "因公出国（境）费用", "abroad", func(t *model.ThreePublic) model.Money { return t.Abroad }},
	{"30215", "会议费", "meeting", func(t *model.ThreePublic) model.Money { return t.Meeting }},
	{"30216", "培训费", "training", func(t *model.ThreePublic) model.Money { return t.Training }},
	{"30217", "公务接待费", "reception", func(t *model.ThreePublic) model.Money { return t.Reception }},
	{"30231", "公务用车运行维护费", "vehicle_operation", func(t *model.ThreePublic) model.Money { return t.VehicleOperation }},
}

// checkThreePublicEconomic: the economic table's 公务接待费 etc. against the
// “三公” table. The “三公” table may include project money, so a difference
// is only worth a look.
func checkThreePublicEconomic(c *checker) {
	tp := c.doc.ThreePublic
	if tp == nil {
		return
	}
	for _, t := range c.doc.TablesOf(model.TBasicEconomic) {
		cs := columnsOf(t)
		if cs.Total == "" {
			continue
		}
		idx, _ := codedIndex(t)
		for _, e := range tpEconomic {
			r := idx[e.code]
			if r == nil || !hasAmount(r, cs.Total) || !tp.IsStated(e.field) {
				continue
			}
			got := amount(r, cs.Total)
			want := e.get(tp)
			if got.Equal(want) {
				continue
			}
			msg := fmt.Sprintf("%s %s 在基本支出经济分类表中为 %s 万元，“三公”经费表为 %s 万元（“三公”经费可含项目支出）",
				e.code, r.Name, got, want)
			sev := Info
			if got.Cmp(want) > 0 {
				// the basic expenditure alone exceeds what the “三公” table
				// gives for all money: no project can explain that
				sev = Warn
				msg = fmt.Sprintf("%s %s 在基本支出经济分类表中为 %s 万元，多于“三公”经费表的 %s 万元", e.code, r.Name, got, want)
			}
			f := c.add("three-public-economic", sev, tableLoc(t, e.code, r.Line), msg)
			f.Expected, f.Actual, f.Difference = want.String(), got.String(), signed(got.Sub(want))
			c.immaterial(f, got.Sub(want))
		}
		break
	}
}
