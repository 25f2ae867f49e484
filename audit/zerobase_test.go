package audit

import "testing"

func TestZeroBase(t *testing.T) {
	cases := []struct {
		name, text string
		want       int // zero-base findings, all errors
	}{
		// js-highcourt-2018:648: an item new this year, “增长 100%”
		{"new item, rate printed", "2．行政事业单位离退休（款）机关事业单位基本养老保险缴费支出（项）支出 1326.81 万元，与上年相比增加 1326.81 万元，增长 100%。主要原因是机关事业单位基本养老保险缴费支出增加。", 1},
		// jinzhong-2023:351: a base of 868.86
		{"nonzero base", "2023 年度一般公共预算当年拨款595.20万元，比上年减少273.66万元，下降31.5%。", 0},
		// gd-guangzhou-petition-2026: nothing changed
		{"no change", "其中：因公出国（境）费0万元，比上年增加0万元，增长0%，主要原因是与上年持平，无增减变化。", 0},
		// cn-central-petition-2024-final:546: 0 年初预算, no 完成率 printed
		{"zero budget, no rate", "11.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。年初预算为 0 万元，支出决算为 497.53 万元。决算数大于预算数的主要原因是 2024 年度预算执行中调剂了预算，相应增加支出。", 0},
		// the same with the 完成率 line the other items print
		{"zero budget, rate printed", "11.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。年初预算为 0 万元，支出决算为 497.53 万元，完成年初预算的 100%。决算数大于预算数的主要原因是 2024 年度预算执行中调剂了预算，相应增加支出。", 1},
		// cn-central-petition-2024-final:506
		{"nonzero budget, rate printed", "年初预算为 590.53 万元，支出决算为 4.7 万元，完成年初预算的0.8%。决算数小于预算数的主要原因是年中按规定将部门机动经费调剂用于其他科目。", 0},
	}
	for _, c := range cases {
		got := only(Check(narrative(c.text)), "zero-base")
		if len(got) != c.want {
			t.Errorf("%s: %d findings, want %d: %+v", c.name, len(got), c.want, got)
		}
		for _, f := range got {
			if f.Severity != Error {
				t.Errorf("%s: severity %s", c.name, f.Severity)
			}
		}
	}
}
