package audit

import "testing"

const czIncome = "反映本部门当年全部收入。2026年度沧州临港经济技术开发区安全生产监督管理局预算收入3218.39万元，其中：一般公共预算财政拨款预算收入2618.39万元，基金拨款预算600万元，财政专户核拨预算0万元，其他来源收入预算0万元。"
const czSpend = "2026年度安全生产监督管理局预算支出3218.39万元，其中：基本支出拨款预算收入622.39万元，包含人员支出613.40万元，日常公用支出8.99万元；项目支出1996万元。委托业务费共计安排927.35万元，主要用于劳务派遣人员、法律顾问、评估、检测、运维等工作。"
const czChange = "2026年预算收支安排3218.39万元，较2025年预算减少767.47万元，其中：基本支出增加152.53万元，主要为人员经费增加支出152.87万元，日常公用经费减少支出0.34万元；项目支出减少1520万元。"

func TestNarrativeSum(t *testing.T) {
	none(t, Check(narrative(czIncome)), "narrative-sum")
	want(t, Check(narrative(czSpend)), "narrative-sum", Error, "2618.39", "3218.39", "+600.00")
	want(t, Check(narrative(czChange)), "narrative-sum", Error, "-1367.47", "-767.47", "+600.00")
	// parts that hold, and a rounding-size difference
	none(t, Check(narrative("支出预算595.2万元，其中：基本支出40.5万元，占6.80%；项目支出554.7万元，占93.20%。")), "narrative-sum")
	want(t, Check(narrative("支出预算595.21万元，其中：基本支出40.5万元；项目支出554.7万元。")), "narrative-sum", Warn, "595.20", "595.21", "+0.01")
	// “其中” over parts that need not be all of it: a shortfall is a warning
	want(t, Check(narrative("一般公共预算支出5000万元，其中：教育支出3000万元，科学技术支出1000万元。")), "narrative-sum", Warn, "4000.00", "5000.00", "+1000.00")
	// but parts exceeding the whole are an error, and so are shares adding to 100%
	want(t, Check(narrative("一般公共预算支出5000万元，其中：教育支出3000万元，科学技术支出2500万元。")), "narrative-sum", Error, "5500.00", "5000.00", "-500.00")
	want(t, Check(narrative("支出5000万元，其中：教育支出3000万元，占60%；科学技术支出1000万元，占40%。")), "narrative-sum", Error, "4000.00", "5000.00", "+1000.00")
}

func TestNarrativeShare(t *testing.T) {
	none(t, Check(narrative("2023年度支出预算595.2万元，其中：基本支出40.5万元，占6.80%；项目支出554.7万元，占93.20%。")), "narrative-share")
	none(t, Check(narrative("一般公共预算当年拨款595.20万元，主要用于以下方面：社会保障和就业支出1.60万元，占0.27%；灾害防治及应急管理支出593.60万元，占99.73%。")), "narrative-share")
	want(t, Check(narrative("支出预算595.2万元，其中：基本支出40.5万元，占6.90%；项目支出554.7万元，占93.20%。")), "narrative-share", Error, "6.80%", "6.90%", "+0.10")
	want(t, Check(narrative("支出预算595.2万元，其中：基本支出40.5万元，占6.81%；项目支出554.7万元，占93.20%。")), "narrative-share", Warn, "6.80%", "6.81%", "+0.01")
}

func TestNarrativeShareNested(t *testing.T) {
	// 人员经费 300 of 基本支出 400 is 75%, of the whole 1000 is 30%: either reading holds
	for _, pct := range []string{"75.00", "30.00"} {
		d := narrative("支出1000万元，其中：基本支出400万元，包括人员经费300万元，占" + pct + "%，公用经费100万元；项目支出600万元。")
		none(t, Check(d), "narrative-share")
	}
	d := narrative("支出1000万元，其中：基本支出400万元，包括人员经费300万元，占40.00%，公用经费100万元；项目支出600万元。")
	want(t, Check(d), "narrative-share", Error, "75.00%", "40.00%", "-35.00")
}

func TestNarrativeChange(t *testing.T) {
	ok := "2023年度预算收入总计595.20万元，其中：本年收入595.20万元，上年结转0.00万元，比上年减少273.66万元，下降31.50%，主要原因是一、物联网消防远程监控系统建设项目2022年底已完工，只需支付尾款126万元，二、安全生产专项经费比上年减少90万元。"
	d := narrative(ok)
	d.Year = 2023
	fs := Check(d)
	none(t, fs, "narrative-change")
	none(t, fs, "narrative-sum")
	// read with the document's year wrong (2026), the base still holds one way or the other
	none(t, Check(narrative("2023 年度一般公共预算当年拨款595.20万元，比上年减少273.66万元，下降31.5%。")), "narrative-change")
	// 273.66 / 868.86 = 31.4965…%: 31.60 is wrong
	want(t, Check(narrative("一般公共预算当年拨款595.20万元，比上年减少273.66万元，下降31.60%。")), "narrative-change", Error, "31.50%", "31.60%", "+0.10")
	// the base named as last year's figure
	d = narrative("2017 年度部门支出预算安排与 2016 年度相比（2016 年度部门支出预算安排为 8,648.07 万元），增加 498.72 万元，增长 5.77%。")
	d.Year = 2017
	none(t, Check(d), "narrative-change")
	// the percentage taken of this year's figure: 101.48 / 6106.99 = 1.66%, not 1.69%
	d = narrative("行政运行（项）支出 6106.99 万元，与上年相比增加 101.48 万元，增长 1.66%。")
	want(t, Check(d), "narrative-change", Warn, "1.69%", "1.66%", "-0.03")
	// another subject's change, whose base is not printed: no claim
	none(t, Check(narrative("安全生产宣传费100万元，培训费比上年增加20万元，增长30%。")), "narrative-change")
	// an increase: 4016.19 / 33172.15 = 12.107%
	none(t, Check(narrative("一般公共预算收入预算 37188.34 万元，与上年相比增加 4016.19\n万元，增长 12.11%。")), "narrative-change")
}
