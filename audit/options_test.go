package audit

import (
	"strings"
	"testing"

	"yusuan/model"
)

// --tolerance lowers an amount difference within it to info and says so;
// --min-severity keeps the more serious findings. The sample's findings as
// TestSamples lists them (exact, everything kept) are the baseline.
func TestCheckWithOptions(t *testing.T) {
	doc := parseSample(t, "cangzhou-lingang-safety-2026.txt")
	cases := []struct {
		name string
		opt  Options
		want []string
	}{
		{"tolerance 15 万元: the plan's 14.00 is immaterial", Options{Tolerance: model.MustMoney("15")}, []string{
			"error narrative-sum 正文 / 二、部门预算安排的总体情况|2618.39|3218.39|+600.00|",
			"error narrative-sum 正文 / 二、部门预算安排的总体情况|-1367.47|-767.47|+600.00|",
			"error narrative-amount 正文 / 九、国有资产信息|7620.61|6756.10|-864.51|",
			"warn empty-with-data 部门固定资产占用情况表||||",
			"info three-public-economic 部门预算一般公共预算财政拨款基本支出表 / 30217|1.50|0.50|-1.00|",
			"info plan-end 7、劳务派遣人员经费绩效目标表 / 劳务派遣人员经费|116.00|130.00|+14.00|劳务派遣人员经费",
		}},
		{"tolerance 0.5: nothing is that small", Options{Tolerance: model.MustMoney("0.5")}, []string{
			"error narrative-sum 正文 / 二、部门预算安排的总体情况|2618.39|3218.39|+600.00|",
			"error narrative-sum 正文 / 二、部门预算安排的总体情况|-1367.47|-767.47|+600.00|",
			"error plan-end 7、劳务派遣人员经费绩效目标表 / 劳务派遣人员经费|116.00|130.00|+14.00|劳务派遣人员经费",
			"error narrative-amount 正文 / 九、国有资产信息|7620.61|6756.10|-864.51|",
			"warn empty-with-data 部门固定资产占用情况表||||",
			"info three-public-economic 部门预算一般公共预算财政拨款基本支出表 / 30217|1.50|0.50|-1.00|",
		}},
		{"min severity warn", Options{MinSeverity: Warn}, []string{
			"error narrative-sum 正文 / 二、部门预算安排的总体情况|2618.39|3218.39|+600.00|",
			"error narrative-sum 正文 / 二、部门预算安排的总体情况|-1367.47|-767.47|+600.00|",
			"error plan-end 7、劳务派遣人员经费绩效目标表 / 劳务派遣人员经费|116.00|130.00|+14.00|劳务派遣人员经费",
			"error narrative-amount 正文 / 九、国有资产信息|7620.61|6756.10|-864.51|",
			"warn empty-with-data 部门固定资产占用情况表||||",
		}},
		{"both: material errors only", Options{Tolerance: model.MustMoney("15"), MinSeverity: Error}, []string{
			"error narrative-sum 正文 / 二、部门预算安排的总体情况|2618.39|3218.39|+600.00|",
			"error narrative-sum 正文 / 二、部门预算安排的总体情况|-1367.47|-767.47|+600.00|",
			"error narrative-amount 正文 / 九、国有资产信息|7620.61|6756.10|-864.51|",
		}},
	}
	for _, c := range cases {
		fs := CheckWith(doc, c.opt)
		got := summary(fs)
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
		for _, f := range fs {
			if f.Rule == "plan-end" && f.Severity == Info && !strings.Contains(f.Message, "容差 15.00 万元") {
				t.Errorf("%s: the tolerance is not said: %s", c.name, f.Message)
			}
		}
	}
}

// A table read in doubt is kept whatever the minimum severity: it says
// which figures were not checked.
func TestFilterKeepsUnread(t *testing.T) {
	fs := []Finding{{Rule: "table-unverified", Severity: Unread}, {Rule: "catalog-name", Severity: Info}, {Rule: "tree-sum", Severity: Error}}
	got := Filter(fs, Error)
	if len(got) != 2 || got[0].Severity != Unread || got[1].Severity != Error {
		t.Errorf("Filter(error) = %+v", got)
	}
	if got := Filter(fs, ""); len(got) != 3 {
		t.Errorf("Filter(\"\") dropped findings: %+v", got)
	}
}
