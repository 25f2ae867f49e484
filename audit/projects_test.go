package audit

import (
	"testing"

	"yusuan/model"
)

func proj(name, budget string, plan ...string) *model.Project {
	p := &model.Project{Name: name, Budget: m(budget), Line: 7,
		Sources: []model.Ref{{Table: "1、" + name + "绩效目标表", Line: 7}}}
	for _, v := range plan {
		if v == "" {
			p.Plan = append(p.Plan, model.Zero)
			p.PlanBlank = append(p.PlanBlank, true)
			continue
		}
		p.Plan = append(p.Plan, m(v))
		p.PlanBlank = append(p.PlanBlank, false)
	}
	return p
}

func TestProjectSum(t *testing.T) {
	d := &model.Document{Totals: model.Totals{Project: m("130.00")},
		Projects: []*model.Project{proj("车辆租赁", "45.00"), proj("劳务派遣人员经费", "85.00")}}
	none(t, Check(d), "project-sum")
	d.Projects[1].Budget = m("116.00")
	want(t, Check(d), "project-sum", Error, "161.00", "130.00", "-31.00")
	// the projects match the general budget's 项目支出 instead of all funds'
	d.Tables = []*model.Table{table(model.TGeneralExpenditure, "一般公共预算支出表",
		row("", "合计", 1, "合计", "161.00", "基本支出", "", "项目支出", "161.00"))}
	none(t, Check(d), "project-sum")
}

func TestPlan(t *testing.T) {
	d := &model.Document{Projects: []*model.Project{
		proj("安全生产举报奖励", "10.00", "2.50", "5.00", "7.50", "10.00"),
		proj("车辆租赁", "45.00", "15.00", "30.00", "30.00", "45.00"),
		proj("法律顾问经费", "25.00", "", "", "", "25.00"),
		proj("按季度列示", "40.00", "10.00", "10.00", "10.00", "10.00"), // per quarter, adds up
	}}
	fs := Check(d)
	none(t, fs, "plan-monotonic")
	none(t, fs, "plan-end")

	d = &model.Document{Projects: []*model.Project{proj("劳务派遣人员经费", "116.00", "30.00", "60.00", "90.00", "130.00")}}
	f := want(t, Check(d), "plan-end", Error, "116.00", "130.00", "+14.00")
	if f.Project != "劳务派遣人员经费" || f.Where != "1、劳务派遣人员经费绩效目标表 / 劳务派遣人员经费" {
		t.Errorf("%+v", f)
	}
	d = &model.Document{Projects: []*model.Project{proj("园区安全风险评估", "10.00", "", "6.00", "5.00", "10.00")}}
	want(t, Check(d), "plan-monotonic", Error, "6.00", "5.00", "-1.00")
}

func TestDeclaredYuan(t *testing.T) {
	amt := func(s string) *model.Money { v := m(s); return &v }
	p := &model.Project{Name: "安全生产培训费", Budget: m("6.00"), Sources: []model.Ref{
		{Table: "项目支出预算表", Line: 3, Amount: amt("6.00"), Unit: "万元"},
		{Table: "项目支出绩效目标申报表", Line: 40, Amount: amt("6.0000"), Unit: "元"},
	}}
	d := &model.Document{Projects: []*model.Project{p}}
	none(t, Check(d), "declared-yuan")
	// 60,049 元 is 6.0049 万元: 6.00 at the table's precision
	p.Sources[1].Amount = amt("6.0049")
	none(t, Check(d), "declared-yuan")
	p.Sources[1].Amount = amt("0.6")
	f := want(t, Check(d), "declared-yuan", Error, "6.00", "0.60", "-5.40")
	if f.Line != 40 {
		t.Errorf("line %d", f.Line)
	}
}

func TestProjectItemSum(t *testing.T) {
	exp := expTable(
		row("", "合计", 1, "合计", "160.00", "基本支出", "", "项目支出", "160.00"),
		row("2240106", "安全监管", 2, "合计", "150.00", "基本支出", "", "项目支出", "150.00"),
		row("2240108", "应急救援", 3, "合计", "10.00", "基本支出", "", "项目支出", "10.00"),
	)
	a, b, c := proj("安全管家", "140.00"), proj("举报奖励", "10.00"), proj("应急演练", "10.00")
	a.FunctionCode, b.FunctionCode, c.FunctionCode = "2240106", "2240106", "2240108"
	d := docWith(exp)
	d.Projects = []*model.Project{a, b, c}
	none(t, Check(d), "project-item-sum")
	b.Budget = m("12.00")
	f := want(t, Check(d), "project-item-sum", Error, "152.00", "150.00", "-2.00")
	if f.Code != "2240106" || f.Line != 2 {
		t.Errorf("%+v", f)
	}
	// inferred codes prove nothing
	b.FunctionCodeInferred = true
	none(t, Check(d), "project-item-sum")
}

func TestProjectRestated(t *testing.T) {
	amt := func(s string) *model.Money { v := m(s); return &v }
	p := &model.Project{Name: "安全生产宣传费", Budget: m("5.00"), Sources: []model.Ref{
		{Table: "项目支出预算表", Line: 3, Amount: amt("5.00"), Unit: "万元"},
		{Table: "宣传费绩效目标表", Line: 30, Amount: amt("5.00"), Unit: "万元"},
		{Table: "申报表", Line: 40, Amount: amt("5.0000"), Unit: "元"},
	}}
	d := &model.Document{Projects: []*model.Project{p}}
	none(t, Check(d), "project-restated")
	p.Sources[1].Amount = amt("6.00")
	f := want(t, Check(d), "project-restated", Error, "5.00", "6.00", "+1.00")
	if f.Line != 30 || f.Project != "安全生产宣传费" {
		t.Errorf("%+v", f)
	}
}
