package prose

import "testing"

// Labels and clauses from samples/ and the corpus, and the table figure each names.
func TestFigureAtEnd(t *testing.T) {
	cases := []struct {
		label string // as printed before a figure
		fig   Figure
		name  string
	}{
		{"其中：因公出国（境）费", Abroad, "因公出国（境）费"},
		{"因公出国 (境)费用", Abroad, "因公出国（境）费用"},   // cq-chongqing-meteorology-2026
		{"公务用车购置及运维费", Vehicle, "公务用车购置及运维费"}, // cangzhou-2026
		{"公务用车运行维护费", VehicleOperation, "公务用车运行维护费"},
		{"公务用车购置费", VehiclePurchase, "公务用车购置费"},
		{"“三公”经费", ThreePublic, "三公经费"},
		{"其中：基本支出", Basic, "基本支出"},
		{"日常公用经费", Public, "日常公用经费"},
		{"2023年度预算收入总计", Income, "收入总计"},
		{"本年支出预算", Expenditure, "支出预算"},
		{"固定资产总额", Assets, "固定资产总额"},
		{"会议费", Meeting, "会议费"},
	}
	for _, c := range cases {
		fig, name, ok := FigureAtEnd(LabelKey(c.label))
		if !ok || fig != c.fig || name != c.name {
			t.Errorf("FigureAtEnd(%q) = %q %q %v, want %q %q", c.label, fig, name, ok, c.fig, c.name)
		}
	}
	for _, label := range []string{"一般公共预算当年拨款", "专项业务经费支出", "基本支出增加", ""} {
		if fig, _, ok := FigureAtEnd(LabelKey(label)); ok {
			t.Errorf("FigureAtEnd(%q) = %q: a label that does not end with a figure's name", label, fig)
		}
	}
}

func TestThreePublicAndHeadlineIn(t *testing.T) {
	cases := []struct {
		clause         string
		three, head    Figure
		isThree, isHed bool
	}{
		// cangzhou-2026
		{"其中因公出国（境）0.00万元", Abroad, "", true, false},
		{"公务用车购置及运维费0.00万元", Vehicle, "", true, false},
		{"2026年度共安排“三公”经费1.5万元", ThreePublic, "", true, false},
		// the nearest headline name decides
		{"本年单位预算支出总计595.20万元", "", Expenditure, false, true},
		{"2023年度预算收入总计595.20万元，其中基本支出", "", Basic, false, true},
		{"收入预算总计595.20万元，支出预算总计595.20万元", "", Expenditure, false, true},
		{"日常公用经费", "", Public, false, true},
		{"主要用于检察教育培训费等项目支出", Training, Project, true, true},
		{"一般公共预算当年拨款595.20万元", "", "", false, false},
	}
	for _, c := range cases {
		if fig, ok := ThreePublicIn(c.clause); fig != c.three || ok != c.isThree {
			t.Errorf("ThreePublicIn(%q) = %q %v, want %q", c.clause, fig, ok, c.three)
		}
		if fig, ok := HeadlineIn(c.clause); fig != c.head || ok != c.isHed {
			t.Errorf("HeadlineIn(%q) = %q %v, want %q", c.clause, fig, ok, c.head)
		}
	}
}
