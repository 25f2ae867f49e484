package audit

import (
	"testing"

	"yusuan/model"
)

func TestNarrativeAmount(t *testing.T) {
	d := narrative("2026年度共安排“三公”经费1.5万元，其中因公出国（境）0.00万元；公务用车购置及运维费0.00万元；公务接待费1.5万元。较2025年度预算减少0.5万元。")
	d.ThreePublic = tp(map[string]string{"total": "3.54", "subtotal": "1.50", "abroad": "0", "vehicle": "0", "reception": "1.50", "meeting": "1.64", "training": "0.40"})
	none(t, Check(d), "narrative-amount")
	d.ThreePublic = tp(map[string]string{"total": "3.54", "subtotal": "1.50", "abroad": "0", "vehicle": "0", "reception": "1.40", "meeting": "1.64", "training": "0.50"})
	want(t, Check(d), "narrative-amount", Error, "1.40", "1.50", "+0.10")

	// fixed assets: the text against the sum of the table's rows
	d = narrative("本部门（含所属单位）上年末固定资产金额为6756.10万元（详见下表）。本年度拟购置固定资产总额为0.00万元。")
	d.Tables = []*model.Table{{Kind: model.TAssets, Title: "部门固定资产占用情况表", Columns: []string{"项目", "数量", "价值（金额单位：万元）"},
		Rows: [][]string{{"设备", "471", "6705.31"}, {"图书和档案", "12", "864.6"}, {"家具和用具", "365", "50.70"}}}}
	want(t, Check(d), "narrative-amount", Error, "7620.61", "6756.10", "-864.51")
	d.Tables[0].Rows[1][2] = "0.09"
	none(t, Check(d), "narrative-amount")

	// a qualified total is not the all-funds total
	d = narrative("预算收入3218.39万元，其中：一般公共预算财政拨款预算收入2618.39万元，基金拨款预算600万元，其他来源收入预算0万元。")
	d.Tables = []*model.Table{expTable(row("", "合计", 1, "合计", "3218.39"))}
	none(t, Check(d), "narrative-amount")
	d.Sections[0].Text = "2026年度本局预算收入3218.93万元。"
	want(t, Check(d), "narrative-amount", Error, "3218.39", "3218.93", "+0.54")

	// a table to six places and a text to two agree when the table rounds to the text
	d.Tables = []*model.Table{expTable(row("", "合计", 1, "合计", "50665.496773"))}
	d.Sections[0].Text = "2026年度本局预算收入50665.50万元。"
	none(t, Check(d), "narrative-amount")
	d.Sections[0].Text = "2026年度本局预算收入50665.49万元。"
	want(t, Check(d), "narrative-amount", Error, "50665.496773", "50665.49", "-0.006773")
}

func TestNarrativeAmountDerived(t *testing.T) {
	econ := table(model.TBasicEconomic, "财政拨款基本支出预算表",
		row("", "合计", 1, "金额", "7666.68"),
		row("301", "工资福利支出", 2, "金额", "2928.98"),
		row("302", "商品和服务支出", 3, "金额", "1585.96"),
		row("303", "对个人和家庭的补助", 4, "金额", "3151.74"),
	)
	d := narrative("（一）人员经费 6080.72 万元。（二）公用经费 1585.96 万元。")
	d.Tables = []*model.Table{econ}
	none(t, Check(d), "narrative-amount")
	d.Sections[0].Text = "（一）人员经费 6080.27 万元。"
	want(t, Check(d), "narrative-amount", Warn, "6080.72", "6080.27", "-0.45")
}

func TestNarrativeAmountNames(t *testing.T) {
	exp := expTable(
		row("204", "公共安全支出", 2, "合计", "27488.23"),
		row("20405", "法院", 3, "合计", "27488.23"),
		row("2040501", "行政运行", 4, "合计", "17279.29"),
		row("2040502", "一般行政管理事务", 5, "合计", "10208.94"),
	)
	d := narrative("1．公共安全（类）支出 27488.23 万元，主要用于人员支出。1．法院（款）行政运行（项）支出 17279.29 万元，与上年相比增加 2421.68 万元。")
	d.Tables = []*model.Table{exp}
	none(t, Check(d), "narrative-amount")
	d.Sections[0].Text = "1．法院（款）行政运行（项）支出 17297.29 万元，与上年相比增加 2421.68 万元。"
	want(t, Check(d), "narrative-amount", Warn, "17279.29", "17297.29", "+18.00")
}

func TestNarrativeCount(t *testing.T) {
	withTargets := func(name string) *model.Project {
		return &model.Project{Name: name, Budget: m("1"), Indicators: []*model.Indicator{{Name: "x"}}}
	}
	d := narrative("2023年本单位实行绩效目标管理的项目3个，涉及一般公共预算当年拨款554.70万元。")
	d.Year = 2023
	d.Projects = []*model.Project{withTargets("a"), withTargets("b"), {Name: "党建工作及机关文化建设经费", Budget: m("4")}}
	f := want(t, Check(d), "narrative-count", Warn, "2", "3", "+1")
	if f.Message == "" || !contains(f.Message, "党建工作及机关文化建设经费") {
		t.Errorf("message should name the project without targets: %s", f.Message)
	}
	d.Projects[2].Indicators = []*model.Indicator{{Name: "y"}}
	none(t, Check(d), "narrative-count")
}

func contains(s, sub string) bool { return len(s) >= len(sub) && (s == sub || indexOf(s, sub) >= 0) }

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// A label printed with level marks names the item before its last mark; the
// words run together (普通教育学前教育支出) end in another subject's name
// (教育支出), which is not what the sentence speaks of.
func TestMarkedName(t *testing.T) {
	cases := []struct {
		label, want string
		ok          bool
	}{
		{"普通教育（款）学前教育（项）支出", "学前教育", true},
		{"3.行政运行（项）支出", "3.行政运行", true},
		{"教育支出（类）", "教育支出", true},
		{"人大事务(款)其他人大事务(项)", "其他人大事务", true},
		{"学前教育支出", "", false},
	}
	for _, c := range cases {
		if got, ok := markedName(c.label); got != c.want || ok != c.ok {
			t.Errorf("markedName(%q) = %q %v, want %q %v", c.label, got, ok, c.want, c.ok)
		}
	}
	cs := &concepts{byName: map[string][]figure{
		"教育支出": {{v: model.MustMoney("86499.23")}}, "人大事务": {{v: model.MustMoney("12706.28")}},
		"行政运行": {{v: model.MustMoney("622.39")}},
	}}
	for label, found := range map[string]bool{
		"普通教育学前教育支出": true,  // the old reading, by the longest name it ends with
		"其他人大事务":     false, // 其他X is not X
		"3.行政运行":     true,  // a lead-in before the name
	} {
		if got := len(nameFigures(cs, label)) > 0; got != found {
			t.Errorf("nameFigures(%q) found %v, want %v", label, got, found)
		}
	}
}
