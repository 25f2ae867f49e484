package audit

import (
	"testing"

	"yusuan/model"
)

// FuzzNarrative: no text, however mangled, makes the narrative rules panic.
func FuzzNarrative(f *testing.F) {
	for _, s := range []string{czIncome, czSpend, czChange,
		"其中：", "占%", "1,2,3万元，其中：，，；；4万元", "比上年减少万元，下降%", "（（（1万元）", "项目8个项目",
		"支出预算595.2万元，其中：基本支出40.5万元，占6.80%；项目支出554.7万元，占93.20%。",
		// issue 12's rules: odd percentages, 元 figures, a 0 年初预算, a change without its reason
		"增长 - 3.5 %，下降２１．３３％", "年初预算为0万元，支出决算为5元，完成年初预算的１００％。", "支出1万元，与上年相比增加1万元，增长100%。其中"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := narrative(s)
		d.Projects = []*model.Project{{Name: "a", Budget: m("1")}}
		d.Tables = []*model.Table{expTable(row("", "合计", 1, "合计", "1.00"))}
		for _, f := range Check(d) {
			if f.Rule == "" || f.Severity == "" {
				t.Fatalf("incomplete finding %+v", f)
			}
		}
	})
}
