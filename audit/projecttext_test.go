package audit

import (
	"testing"

	"yusuan/model"
)

func projectDoc(p *model.Project) *model.Document {
	return &model.Document{Year: 2023, Projects: []*model.Project{p}}
}

// The need a project's own text states, against its budget.
func TestProjectStatedAmount(t *testing.T) {
	// sn-xian-civilaffairs-2021: 特困人员生活费及照料护理费 5,750,000.00 元,
	// beside “…全年共需生活及照料护理经费575万元。”: it holds
	xian := &model.Project{Name: "特困人员生活费及照料护理费", Budget: model.MustMoney("575.00"),
		Purpose: "2121年我院收养特困人员预算数288人，其中全自理人数是75人，半护理人数为162人，全护理人数为51人。全年共需生活及照料护理经费575万元。"}
	none(t, Check(projectDoc(xian)), "project-stated-amount")
	// jinzhong-safety-2023: 遗属补助 1.60 万元, its 概况 says 16312 元
	yishu := &model.Project{Name: "遗属补助", Budget: model.MustMoney("1.60"),
		Purpose: "按照2022标准,每月为其父母分别发放334元生活补助,为其女发放548元生活补助,加上2023年变动额20元/月/人(720元),共需为王树勇父母及子女发放生活补助共16312元"}
	want(t, Check(projectDoc(yishu)), "project-stated-amount", Warn, "1.60", "1.6312", "+0.0312")
	// 16,000 元 would be the budget at its precision
	yishu.Purpose = "共需为王树勇父母及子女发放生活补助共16000元"
	none(t, Check(projectDoc(yishu)), "project-stated-amount")
	// a need over several years is not the year's budget
	yishu.Purpose = "项目分三年实施，共需资金48000元"
	none(t, Check(projectDoc(yishu)), "project-stated-amount")
}

// A year's 成本指标 that names the project's whole money, against its budget.
func TestCostIndicator(t *testing.T) {
	// jinzhong-safety-2023's 安全生产宣传费: 年度 “成本指标 宣传费 5万元”, budget
	// 5.00 (its 实施期 column says 6万元, of the 210,000 元 period)
	xc := func(value string) *model.Project {
		return &model.Project{Name: "安全生产宣传费", Budget: model.MustMoney("5.00"),
			Indicators:       []*model.Indicator{{Level1: "产出指标", Level2: "成本指标", Name: "宣传费", Value: value}},
			PeriodIndicators: []*model.Indicator{{Level1: "产出指标", Level2: "成本指标", Name: "宣传费", Value: "6万元"}}}
	}
	none(t, Check(projectDoc(xc("5万元"))), "cost-indicator")
	// the period's 6万元 as the year's figure: the cost differs from the budget
	want(t, Check(projectDoc(xc("6万元"))), "cost-indicator", Warn, "5.00", "6.00", "+1.00")
	// a ceiling holds when the budget is within it, not when it exceeds it
	none(t, Check(projectDoc(xc("≤6万元"))), "cost-indicator")
	want(t, Check(projectDoc(xc("≤40000元"))), "cost-indicator", Warn, "5.00", "4.00", "-1.00")
	// a unit cost, or a part named otherwise, is not the whole
	none(t, Check(projectDoc(xc("200元/次"))), "cost-indicator")
	p := xc("1万元")
	p.Indicators[0].Name = "展板制作"
	none(t, Check(projectDoc(p)), "cost-indicator")
}

// The samples' cost indicators all state their budgets: the rule reaches
// them (and finds nothing, TestSamples).
func TestCostIndicatorReachesSample(t *testing.T) {
	doc := parseSample(t, "jinzhong-safety-2023.txt")
	n := 0
	for _, p := range doc.Projects {
		for _, ind := range p.Indicators {
			if ind.Level2 == "成本指标" && reCostValue.MatchString(ind.Value) && wholeCost(ind.Name, p.Name) {
				n++
			}
		}
	}
	if n < 6 {
		t.Errorf("%d cost indicators compared in jinzhong, want the 6 that name the whole", n)
	}
}

// A code printed with the name the year's catalogue gives a code of another
// class. (The corpora have none; the row is the sample's 2210201 住房公积金
// printed against 2080505.)
func TestCatalogNameOfAnotherCode(t *testing.T) {
	mk := func(code, name string) *model.Document {
		tb := &model.Table{Kind: model.TGeneralExpenditure, Title: "一般公共预算支出表", Line: 10,
			Coded: []model.CodedRow{{Code: code, Name: name, Line: 11}}}
		return &model.Document{Year: 2026, Tables: []*model.Table{tb}}
	}
	f := want(t, Check(mk("2080505", "住房公积金")), "catalog-name", Warn, "机关事业单位基本养老保险缴费支出", "住房公积金", "")
	if !contains(f.Message, "2210201") {
		t.Errorf("the other code is not named: %s", f.Message)
	}
	// reworded (养老保险缴费 for 养老保险缴费支出): a hint only
	want(t, Check(mk("2080505", "机关事业单位基本养老保险缴费")), "catalog-name", Info, "机关事业单位基本养老保险缴费支出", "机关事业单位基本养老保险缴费", "")
	none(t, Check(mk("2210201", "住房公积金")), "catalog-name")
}
