package audit

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"yusuan/model"
)

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
	// the 其中 of one item of a semicolon list ends with that item
	// (gd-shenzhen-publicsecurity-2026, line 193-215, shortened)
	none(t, Check(narrative("8.公安行政管理 39,967.78 万元，主要包括：经常性业务费 6,069.60 万元，用于党建工作等；履职工作经费 4,754.51 万元，其中结转结余 390.00 万元，用于捍卫国家政治安全等业务保障；勤务辅警业务费 523.08 万元，用于保障勤务辅警培训；编外人员 7,617.44 万元，用于保障文职辅警经费。")), "narrative-sum")
	none(t, Check(narrative("12.政务信息化项目（运行维护服务）2,697.23 万元，主要包括：深圳公安大数据智能化建设应用项目大数据平台及安全建设运行维护 973.30 万元，其中结转结余 220.80 万元，用于保障平台运维服务；系统线路租用费 40.00 万元，用于信息化项目网络线路租用费用；机房巡检服务经费 250.00 万元，用于保障机房正常运行。")), "narrative-sum")
	// while such an item's own breakdown is still checked
	want(t, Check(narrative("项目支出 900 万元，主要包括：培训费 100 万元；运行维护 500 万元，其中：线路租用费 200 万元，巡检费 200 万元；设备费 300 万元。")), "narrative-sum", Warn, "400.00", "500.00", "+100.00")
}

func TestNarrativeShare(t *testing.T) {
	none(t, Check(narrative("2023年度支出预算595.2万元，其中：基本支出40.5万元，占6.80%；项目支出554.7万元，占93.20%。")), "narrative-share")
	none(t, Check(narrative("一般公共预算当年拨款595.20万元，主要用于以下方面：社会保障和就业支出1.60万元，占0.27%；灾害防治及应急管理支出593.60万元，占99.73%。")), "narrative-share")
	want(t, Check(narrative("支出预算595.2万元，其中：基本支出40.5万元，占6.90%；项目支出554.7万元，占93.20%。")), "narrative-share", Error, "6.80%", "6.90%", "+0.10")
	// 40.505 / 595.195 = 6.8053%: amounts that round to the printed ones give
	// 6.81%, so no figure is shown wrong (info, by the severities' meaning)
	want(t, Check(narrative("支出预算595.2万元，其中：基本支出40.5万元，占6.81%；项目支出554.7万元，占93.20%。")), "narrative-share", Info, "6.80%", "6.81%", "+0.01")
	// 182.92 / 28849.38 = 0.634%, printed 0.64% so that the shares total
	// 100.00% (js-highcourt-2017): the usual adjustment, info
	f := want(t, Check(narrative("江苏省高级人民法院本年支出预算合计 28849.38 万元，其中：基本支出 17123.19 万元，占 59.35%；项目支出 11543.27 万元，占 40.01%；单位预留机动经费 182.92 万元，占 0.64%。")),
		"narrative-share", Info, "0.63%", "0.64%", "+0.01")
	if !strings.Contains(f.Message, "凑足100%") {
		t.Errorf("the adjustment is not said: %s", f.Message)
	}
	// without every share printed, nothing was made to total 100%: 0.64% is wrong
	want(t, Check(narrative("本年支出预算合计 28849.38 万元，其中：基本支出 17123.19 万元；项目支出 11543.27 万元，占 40.01%；单位预留机动经费 182.92 万元，占 0.64%。")),
		"narrative-share", Error, "0.63%", "0.64%", "+0.01")
}

// A printed percentage is wrong only when no amounts that round to the
// printed ones give it (js-cppcc-2018: last year's 3,348.98 is in the 2017
// document; 2233.13 / 3348.98 = 66.681%, and 2233.135 / 3348.975 too).
func TestNarrativeChangeRounding(t *testing.T) {
	of2018 := func(text string) *model.Document {
		d := narrative(text)
		d.Year = 2018
		return d
	}
	want(t, Check(of2018("江苏省政协办公厅 2018 年一般公共预算机关运行经费预算支出 1,115.85 万元，与上年相比减少 2,233.13 万元，下降66.69%。")),
		"narrative-change", Error, "66.68%", "66.69%", "+0.01")
	none(t, Check(of2018("江苏省政协办公厅 2018 年一般公共预算机关运行经费预算支出 1,115.85 万元，与上年相比减少 2,233.13 万元，下降66.68%。")), "narrative-change")
}

func TestPctWithinRounding(t *testing.T) {
	d := decimal.RequireFromString
	cases := []struct {
		pct, a, b string
		k         int64
		want      bool
	}{
		{"6.81", "40.5", "595.2", 0, true},        // 40.505/595.195 = 6.8053%
		{"6.82", "40.5", "595.2", 0, false},       // at most 6.8053%
		{"6.80", "40.5", "595.2", 0, true},        // exact
		{"66.69", "2233.13", "1115.85", 1, false}, // at most 66.6811%
		{"66.68", "2233.13", "1115.85", 1, true},
		{"64.07", "1657", "4243.61", -1, false}, // 1657.005/2586.605 = 64.0610%
		{"64.06", "1657", "4243.61", -1, true},
		{"31.5", "273.66", "595.20", 1, true},    // printed to one place
		{"0.64", "182.92", "28849.38", 0, false}, // at most 0.63407%
		{"50", "1.2", "2.4", 0, true},            // 万元 from 1.2亿元 would be as coarse as printed; this is fen
	}
	for _, c := range cases {
		if got := pctWithinRounding(d(c.pct), d(c.a), d(c.b), c.k); got != c.want {
			t.Errorf("%s%% of %s, %s (k %d): got %v, want %v", c.pct, c.a, c.b, c.k, got, c.want)
		}
	}
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
