package prose

import (
	"strings"
	"sync"
)

// Figure is a figure of the tables that the narrative refers to by name.
type Figure string

// Figures the narrative names. The “三公” items are the JSON field names of
// model.ThreePublic.
const (
	Income      Figure = "income"      // 收入总计
	Expenditure Figure = "expenditure" // 支出总计
	Totals      Figure = "totals"      // 收支总计: both sides at once
	Basic       Figure = "basic"       // 基本支出
	Project     Figure = "project"     // 项目支出
	Personnel   Figure = "personnel"   // 人员经费
	Public      Figure = "public"      // 公用经费

	ThreePublic      Figure = "subtotal" // “三公”经费
	Abroad           Figure = "abroad"
	Vehicle          Figure = "vehicle"
	VehicleOperation Figure = "vehicle_operation"
	VehiclePurchase  Figure = "vehicle_purchase"
	Reception        Figure = "reception"
	Meeting          Figure = "meeting"
	Training         Figure = "training"

	Assets Figure = "assets" // 固定资产
)

// figureName is one name under which prose states a figure.
type figureName struct {
	fig  Figure
	name string // as printed
	key  string // Key(name)
}

// figureNames lists the names (built on first use: nothing at start-up), the more specific first where one name
// contains another (公务用车购置及运行维护费 before 公务用车运行维护费 and
// 公务用车购置), so that the first name found is the right one.
var figureNames = sync.OnceValue(func() []figureName {
	groups := []struct {
		fig   Figure
		names []string
	}{
		// “三公” items
		{Abroad, []string{"因公出国（境）费用", "因公出国（境）费", "因公出国（境）经费", "因公出国（境）", "因公出国"}},
		{Vehicle, []string{"公务用车购置及运行维护费", "公务用车购置及运维费", "公务用车购置及运行费", "公务用车购置及运行",
			"公务用车购置和运行", "公务用车运行和购置", "公务用车费"}},
		{VehicleOperation, []string{"公务用车运行维护费", "公务用车运行费", "公务用车运行"}},
		{VehiclePurchase, []string{"公务用车购置费", "公务用车购置"}},
		{Reception, []string{"公务接待费", "公务接待"}},
		{Meeting, []string{"会议费"}},
		{Training, []string{"培训费"}},
		{ThreePublic, []string{"三公经费", "三公经费预算", "三公"}},
		// headline figures
		{Basic, []string{"基本支出"}},
		{Project, []string{"项目支出"}},
		{Personnel, []string{"人员经费", "人员支出"}},
		{Public, []string{"日常公用经费", "日常公用支出", "公用经费", "公用支出"}},
		{Income, []string{"收入总计", "收入预算总计", "收入合计", "总收入", "预算收入", "收入预算"}},
		{Expenditure, []string{"支出总计", "支出预算总计", "支出合计", "总支出", "预算支出", "支出预算"}},
		{Totals, []string{"收支总计", "收支总预算", "预算收支", "收支"}},
		// others
		{Assets, []string{"固定资产金额", "固定资产总额", "固定资产原值", "固定资产价值", "固定资产"}},
	}
	var out []figureName
	for _, g := range groups {
		for _, n := range g.names {
			out = append(out, figureName{g.fig, n, Key(n)})
		}
	}
	return out
})

// IsThreePublicItem reports a “三公” figure.
func (f Figure) IsThreePublicItem() bool {
	switch f {
	case ThreePublic, Abroad, Vehicle, VehicleOperation, VehiclePurchase, Reception, Meeting, Training:
		return true
	}
	return false
}

// isHeadline reports a figure of the summary tables.
func (f Figure) isHeadline() bool {
	switch f {
	case Income, Expenditure, Totals, Basic, Project, Personnel, Public:
		return true
	}
	return false
}

// FigureAtEnd returns the figure a label names by ending with one of its
// names (基本支出40.5万元: the words right before a figure), and that name as
// printed. The label is a key (LabelKey).
func FigureAtEnd(labelKey string) (Figure, string, bool) {
	for _, n := range figureNames() {
		if strings.HasSuffix(labelKey, n.key) {
			return n.fig, n.name, true
		}
	}
	return "", "", false
}

// ThreePublicIn returns the “三公” item a clause names anywhere in it
// (其中：公务接待费0.00万元与上年相比…), the most specific first.
func ThreePublicIn(clause string) (Figure, bool) {
	for _, n := range figureNames() {
		if n.fig.IsThreePublicItem() && strings.Contains(clause, n.name) {
			return n.fig, true
		}
	}
	return "", false
}

// HeadlineIn returns the headline figure (totals, basic, project, personnel,
// public) a clause names last: the name nearest to what follows it decides
// (…支出总计X万元，其中基本支出… names 基本支出). Of two names that end at
// the same place the longer, listed first, wins.
func HeadlineIn(clause string) (Figure, bool) {
	best, at := Figure(""), -1
	for _, n := range figureNames() {
		if !n.fig.isHeadline() {
			continue
		}
		if k := strings.LastIndex(clause, n.name); k >= 0 {
			if end := k + len(n.name); end > at {
				best, at = n.fig, end
			}
		}
	}
	return best, at >= 0
}
