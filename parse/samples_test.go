package parse

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"yusuan/model"
)

const (
	cangzhouPath = "../samples/cangzhou-lingang-safety-2026.txt"
	jinzhongPath = "../samples/jinzhong-safety-2023.txt"
)

func readSample(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustParse(t testing.TB, source string, b []byte) *model.Document {
	t.Helper()
	d, err := Bytes(source, b)
	if err != nil {
		t.Fatalf("%s: %v", source, err)
	}
	return d
}

// funcLines renders the functional tree as "code name total basic project"
// lines, one per node, parents first.
func funcLines(d *model.Document) []string {
	var out []string
	model.WalkFunc(d.Functional, func(n, _ *model.FuncNode) {
		out = append(out, fmt.Sprintf("%s %s %s %s %s", n.Code, n.Name, n.Total, n.Basic, n.Project))
	})
	return out
}

func econLines(d *model.Document) []string {
	var out []string
	model.WalkEcon(d.Economic, func(n, p *model.EconNode) {
		parent := ""
		if p != nil {
			parent = p.Code + ">"
		}
		out = append(out, fmt.Sprintf("%s%s %s %s %s %s", parent, n.Code, n.Name, n.Total, n.Personnel, n.Public))
	})
	return out
}

func equalLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n got:\n  %s\nwant:\n  %s", what, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

var cangzhouFunctional = []string{
	"212 城乡社区支出 600.00 0.00 600.00",
	"21208 国有土地使用权出让收入安排的支出 600.00 0.00 600.00",
	"2120899 其他国有土地使用权出让收入安排的支出 600.00 0.00 600.00",
	"221 住房保障支出 50.42 50.42 0.00",
	"22102 住房改革支出 50.42 50.42 0.00",
	"2210201 住房公积金 50.42 50.42 0.00",
	"224 灾害防治及应急管理支出 2567.97 571.97 1996.00",
	"22401 应急管理事务 2567.97 571.97 1996.00",
	"2240101 行政运行 571.97 571.97 0.00",
	"2240102 一般行政管理事务 366.00 0.00 366.00",
	"2240106 安全监管 150.00 0.00 150.00",
	"2240108 应急救援 10.00 0.00 10.00",
	"2240109 应急管理 20.00 0.00 20.00",
	"2240199 其他应急管理支出 1450.00 0.00 1450.00",
}

var cangzhouEconomic = []string{
	"301 工资福利支出 613.40 613.40 0.00",
	"301>30101 基本工资 108.54 108.54 0.00",
	"301>30102 津贴补贴 114.39 114.39 0.00",
	"301>30103 奖金 9.01 9.01 0.00",
	"301>30107 绩效工资 183.13 183.13 0.00",
	"301>30108 机关事业单位基本养老保险缴费 62.38 62.38 0.00",
	"301>30109 职业年金缴费 31.19 31.19 0.00",
	"301>30110 职工基本医疗保险缴费 29.00 29.00 0.00",
	"301>30111 公务员医疗补助缴费 23.39 23.39 0.00",
	"301>30112 其他社会保障缴费 1.95 1.95 0.00",
	"301>30113 住房公积金 50.42 50.42 0.00",
	"302 商品和服务支出 8.99 0.00 8.99",
	"302>30201 办公费 1.35 0.00 1.35",
	"302>30202 印刷费 0.27 0.00 0.27",
	"302>30207 邮电费 0.81 0.00 0.81",
	"302>30211 差旅费 2.16 0.00 2.16",
	"302>30216 培训费 0.40 0.00 0.40",
	"302>30217 公务接待费 0.50 0.00 0.50",
	"302>30228 工会经费 3.50 0.00 3.50",
}

// cangzhouProjects: code, name, budget, cumulative plan (blank quarters as "-").
var cangzhouProjects = []string{
	"13091626P000072100412 安全生产举报奖励 10.00 2.50,5.00,7.50,10.00",
	"13091626P006P6410059G 安全生产业委会运行费用 20.00 5.00,10.00,15.00,20.00",
	"13091626P00007210037U 办公设备购置 3.00 -,-,-,3.00",
	"13091626P006P6410058W 沧州专家委员会费用 40.00 10.00,20.00,30.00,40.00",
	"13091626P00007210038F 车辆租赁 45.00 15.00,30.00,30.00,45.00",
	"13091626P00007210040E 法律顾问经费 25.00 -,-,-,25.00",
	"13091626P006P64100552 劳务派遣人员经费 116.00 30.00,60.00,90.00,130.00",
	"13091626P00ADY010014J 平台等级保护测评 5.00 -,-,-,5.00",
	"13091626P000072100368 宣传教育培训 10.00 3.00,6.00,9.00,10.00",
	"13091626P00XN60100163 应急物资 10.00 -,-,-,10.00",
	"13091626P00XN6010015F 应急演练 20.00 5.00,10.00,15.00,20.00",
	"13091626P006P64100579 园区安全风险评估 10.00 -,5.00,5.00,10.00",
	"13091626P000072100393 综合事务管理 12.00 -,-,-,12.00",
	"13091626P000225100159 安全管家 150.00 40.00,80.00,120.00,150.00",
	"13091626P00LLJ610037G 机房远程运维 200.00 -,-,-,200.00",
	"13091626P00022510017G 刘官庄搬迁支持资金 600.00 100.00,200.00,300.00,600.00",
	"13091626P00LLJ610036W 平台日常运行费用 300.00 -,-,-,300.00",
	"13091626P00022510016W 区域安评报告 70.00 -,-,-,70.00",
	"13091626P002CHP10015E 消防站基建尾款 200.00 -,-,-,200.00",
	"13091626P002CHP10014T 消防站设备尾款 150.00 -,-,-,150.00",
	"13091626P00022510014M 应急医疗救护服务中心项目 200.00 -,-,-,200.00",
	"13091626P00LLJ610039P 智能化平台二期尾款 100.00 -,-,-,100.00",
	"13091626P00LLJ6100384 重大安全风险防控项目 300.00 -,-,-,300.00",
}

func projectLines(d *model.Document) []string {
	var out []string
	for _, p := range d.Projects {
		var plan []string
		for i, m := range p.Plan {
			if p.PlanBlank[i] {
				plan = append(plan, "-")
			} else {
				plan = append(plan, m.String())
			}
		}
		parts := []string{p.Code, p.Name, p.Budget.String(), strings.Join(plan, ",")}
		if p.FunctionCode != "" {
			parts = append(parts, fmt.Sprintf("→%s inferred=%v", p.FunctionCode, p.FunctionCodeInferred))
		}
		var kept []string
		for _, s := range parts {
			if s != "" {
				kept = append(kept, s)
			}
		}
		out = append(out, strings.Join(kept, " "))
	}
	return out
}

func indicatorLines(inds []*model.Indicator) []string {
	var out []string
	for _, i := range inds {
		out = append(out, strings.Join([]string{i.Level1, i.Level2, i.Name, i.Value, i.Basis}, "|"))
	}
	return out
}

func threePublicLine(tp *model.ThreePublic) string {
	if tp == nil {
		return "<nil>"
	}
	return fmt.Sprintf("total=%s subtotal=%s abroad=%s vehicle=%s purchase=%s operation=%s reception=%s meeting=%s training=%s",
		tp.Total, tp.Subtotal, tp.Abroad, tp.Vehicle, tp.VehiclePurchase, tp.VehicleOperation, tp.Reception, tp.Meeting, tp.Training)
}

func TestCangzhou(t *testing.T) {
	d := mustParse(t, "cangzhou", readSample(t, cangzhouPath))
	if d.Layout != "cells" || d.Department != "沧州临港经济技术开发区安全生产监督管理局" || d.Year != 2026 || d.Kind != model.Budget {
		t.Errorf("meta: layout=%s dept=%q year=%d kind=%s", d.Layout, d.Department, d.Year, d.Kind)
	}
	if d.FunctionalSource != "部门预算支出总表" {
		t.Errorf("functional source %q", d.FunctionalSource)
	}
	equalLines(t, "functional", funcLines(d), cangzhouFunctional)
	equalLines(t, "economic", econLines(d), cangzhouEconomic)
	if got := fmt.Sprint(d.Totals.Income, d.Totals.Expenditure, d.Totals.Basic, d.Totals.Project); got != "3218.39 3218.39 622.39 2596.00" {
		t.Errorf("totals %s", got)
	}
	equalLines(t, "projects", projectLines(d), cangzhouProjects)
	p := d.Projects[0]
	if p.Goal != "1.遏制安全生产事故发生，保持全区安全生产稳定态势" || p.Purpose != "奖励企业或个人安全生产举报行为" {
		t.Errorf("goal %q purpose %q", p.Goal, p.Purpose)
	}
	equalLines(t, "indicators of 安全生产举报奖励", indicatorLines(p.Indicators), []string{
		"产出指标|数量指标|单次发放奖金金额|≥200元|工作计划",
		"产出指标|质量指标|举报案件符合标准程度|100%|文件要求",
		"产出指标|时效指标|完成发放期限|≤1年|实际情况",
		"产出指标|成本指标|节约成本|节约成本|预算",
		"效益指标|社会效益指标|保持开发区安全生产稳定态势|保持开发区安全生产稳定态势|实际情况",
		"效益指标|可持续影响指标|项目持续发挥作用期限|1年|工作计划",
		"满意度指标|服务对象满意度指标|企业满意度|≥90%|调研",
	})
	for _, p := range d.Projects {
		if len(p.Indicators) != 7 {
			t.Errorf("%s: %d indicators, want 7", p.Name, len(p.Indicators))
		}
	}
	if got := threePublicLine(d.ThreePublic); got != "total=3.54 subtotal=1.50 abroad=0.00 vehicle=0.00 purchase=0.00 operation=0.00 reception=1.50 meeting=1.64 training=0.40" {
		t.Errorf("三公 %s", got)
	}
	// the project budgets add up to 项目支出
	var sum model.Money
	for _, p := range d.Projects {
		sum = sum.Add(p.Budget)
	}
	if !sum.Equal(d.Totals.Project) {
		t.Errorf("projects sum %s, 项目支出 %s", sum, d.Totals.Project)
	}
	// the empty SOE table is recognised as empty, with its note
	soe := d.TablesOf(model.TSOEExpenditure)
	if len(soe) != 1 || !soe[0].Empty || !strings.Contains(soe[0].EmptyNote, "空表列示") {
		t.Errorf("SOE table: %+v", soe)
	}
	if len(d.Contents) != 20 || d.Contents[0] != "部门预算收支总表" {
		t.Errorf("contents %d: %v", len(d.Contents), d.Contents)
	}
	if len(d.Warnings) != 0 {
		t.Errorf("warnings: %v", d.Warnings)
	}
	assertSection(t, d, "二、部门预算安排的总体情况", "较2025年预算减少767.47万元")
}

func assertSection(t *testing.T, d *model.Document, heading, contains string) {
	t.Helper()
	for _, s := range d.Sections {
		if s.Heading == heading {
			if !strings.Contains(s.Text, contains) {
				t.Errorf("section %s lacks %q", heading, contains)
			}
			return
		}
	}
	t.Errorf("no section %q", heading)
}

var jinzhongFunctional = []string{
	"208 社会保障和就业支出 1.60 0.00 1.60",
	"20808 抚恤 1.60 0.00 1.60",
	"2080801 死亡抚恤 1.60 0.00 1.60",
	"224 灾害防治及应急管理支出 593.60 40.50 553.10",
	"22401 应急管理事务 467.60 40.50 427.10",
	"2240106 安全监管 467.60 40.50 427.10",
	"22402 消防救援事务 126.00 0.00 126.00",
	"2240299 其他消防救援事务支出 126.00 0.00 126.00",
}

// The economic table prints names only; codes come from the catalog.
var jinzhongEconomic = []string{
	"302 商品和服务支出 40.50 0.00 40.50",
	"302>30201 办公费 5.10 0.00 5.10",
	"302>30202 印刷费 4.00 0.00 4.00",
	"302>30207 邮电费 2.00 0.00 2.00",
	"302>30211 差旅费 3.00 0.00 3.00",
	"302>30213 维修(护)费 2.00 0.00 2.00",
	"302>30216 培训费 2.00 0.00 2.00",
	"302>30228 工会经费 7.10 0.00 7.10",
	"302>30229 福利费 4.00 0.00 4.00",
	"302>30231 公务用车运行维护费 7.10 0.00 7.10",
	"302>30239 其他交通费用 1.90 0.00 1.90",
	"302>30299 其他商品和服务支出 2.30 0.00 2.30",
}

// Projects from the list (万元), merged with their declaration forms (元);
// functional items inferred by reconciling budgets with each item's 项目支出.
var jinzhongProjects = []string{
	"党建工作及机关文化建设经费 4.00 →2240106 inferred=true",
	"安全生产宣传费 5.00 →2240106 inferred=true",
	"安全生产培训费 6.00 →2240106 inferred=true",
	"安全生产专项整治业务费 11.10 →2240106 inferred=true",
	"安全生产举报奖励金 1.00 →2240106 inferred=true",
	"物联网消防远程监控系统建设资金 126.00 →2240299 inferred=true",
	"安全生产专项经费 400.00 →2240106 inferred=true",
	"遗属补助 1.60 →2080801 inferred=true",
}

func TestJinzhong(t *testing.T) {
	d := mustParse(t, "jinzhong", readSample(t, jinzhongPath))
	if d.Layout != "rows" || d.Department != "山西转型综合改革示范区晋中开发区安全生产监督管理局" || d.Year != 2023 || d.Kind != model.Budget {
		t.Errorf("meta: layout=%s dept=%q year=%d kind=%s", d.Layout, d.Department, d.Year, d.Kind)
	}
	equalLines(t, "functional", funcLines(d), jinzhongFunctional)
	equalLines(t, "economic", econLines(d), jinzhongEconomic)
	if got := fmt.Sprint(d.Totals.Income, d.Totals.Expenditure, d.Totals.Basic, d.Totals.Project); got != "595.20 595.20 40.50 554.70" {
		t.Errorf("totals %s", got)
	}
	equalLines(t, "projects", projectLines(d), jinzhongProjects)
	if got := threePublicLine(d.ThreePublic); got != "total=7.10 subtotal=7.10 abroad=0.00 vehicle=7.10 purchase=0.00 operation=7.10 reception=0.00 meeting=0.00 training=0.00" {
		t.Errorf("三公 %s", got)
	}
	byName := map[string]*model.Project{}
	for _, p := range d.Projects {
		byName[p.Name] = p
	}
	// the declaration form states the annual amount in 元: 50,000 元 = 5.00 万元
	xc := byName["安全生产宣传费"]
	if len(xc.Sources) != 2 || xc.Sources[1].Unit != "元" || xc.Sources[1].Amount.String() != "5.00" || xc.PeriodBudget.String() != "21.00" {
		t.Errorf("宣传费 sources %+v period %v", xc.Sources, xc.PeriodBudget)
	}
	// annual and whole-period indicators differ in one value: 6万元 → 5万元
	equalLines(t, "宣传费 annual", indicatorLines(xc.Indicators), []string{
		"产出指标|数量指标|宣传活动|≥3次|", "产出指标|质量指标|活动举办|高质量完成|", "产出指标|时效指标|完成时间|全年|",
		"产出指标|成本指标|宣传费|5万元|", "效益指标|社会效益指标|各类人员安全意识|提升|",
		"效益指标|可持续影响指标|全民安全生产意识|提升|", "满意度指标|服务对象满意度指标|群众满意度|96%|",
	})
	if xc.PeriodIndicators[3].Value != "6万元" {
		t.Errorf("宣传费 period cost %q", xc.PeriodIndicators[3].Value)
	}
	// a shifted form: the 一级指标 sits in the header row
	wl := byName["物联网消防远程监控系统建设资金"]
	equalLines(t, "物联网 annual", indicatorLines(wl.Indicators), []string{
		"产出指标|数量指标|实现火灾防控智能管理系统|5个|", "产出指标|质量指标|采购验收合格率|100%|",
		"产出指标|质量指标|项目完工率|100%|", "产出指标|时效指标|警情信息秒级推送|1~2秒内完成信息推送|",
		"产出指标|成本指标|费用|126万元|", "效益指标|经济效益指标|采用先进技术节约人工成本|有利于|",
		"效益指标|社会效益指标|智慧城市、公共安全|为各相关部门能有效地对社会公共安全进行有效地监督管理,保护人民群众的生命财产安全。|",
		"满意度指标|服务对象满意度指标|使用人员满意度|≥98%|", "满意度指标|服务对象满意度指标|人民群众满意度|≥98%|",
	})
	if n := len(byName["党建工作及机关文化建设经费"].Indicators); n != 0 {
		t.Errorf("党建 has no form, got %d indicators", n)
	}
	empties := 0
	for _, tb := range d.Tables {
		if tb.Empty {
			empties++
		}
	}
	if empties != 5 {
		t.Errorf("%d empty tables, want 5 (基金收入, 基金支出, 国有资本, 机关运行经费, 上年结转项目)", empties)
	}
	assertSection(t, d, "三、支出预算情况说明", "基本支出40.5万元，占6.80%")
}

// relayout rewrites a document between the two tab layouts: cells (one
// TAB-prefixed cell per line, a blank line after each row) and rows (one row
// per line, cells split by TABs).
func relayout(t *testing.T, b []byte, to Layout) []byte {
	lines, _, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	var rows []Row
	if DetectLayout(lines) == LayoutCells {
		rows = readCells(lines)
	} else {
		rows = readRows(lines)
	}
	var out bytes.Buffer
	for _, r := range rows {
		switch {
		case !r.Table:
			out.WriteString(strings.Join(r.Cells, "\t") + "\n")
		case to == LayoutCells:
			for _, c := range r.Cells {
				out.WriteString("\t" + c + "\n")
			}
			out.WriteString("\n")
		default:
			out.WriteString(strings.Join(r.Cells, "\t") + "\n")
		}
	}
	return out.Bytes()
}

// facts is everything a test asserts, without line numbers, so variants of
// one document can be compared.
func facts(d *model.Document) string {
	var b strings.Builder
	fmt.Fprintln(&b, d.Department, d.Year, d.Kind, d.Totals, d.FunctionalSource)
	fmt.Fprintln(&b, strings.Join(funcLines(d), "\n"))
	fmt.Fprintln(&b, strings.Join(econLines(d), "\n"))
	fmt.Fprintln(&b, strings.Join(projectLines(d), "\n"))
	for _, p := range d.Projects {
		fmt.Fprintln(&b, p.Goal, strings.Join(indicatorLines(p.Indicators), "\n"), strings.Join(indicatorLines(p.PeriodIndicators), "\n"))
	}
	fmt.Fprintln(&b, threePublicLine(d.ThreePublic))
	return b.String()
}

func TestVariantsGiveSameFacts(t *testing.T) {
	gb := func(b []byte) []byte {
		out, err := simplifiedchinese.GB18030.NewEncoder().Bytes(b)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	utf16 := func(b []byte) []byte {
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(b)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	bomCRLF := func(b []byte) []byte {
		return append([]byte{0xEF, 0xBB, 0xBF}, bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))...)
	}
	for _, path := range []string{cangzhouPath, jinzhongPath} {
		orig := readSample(t, path)
		want := facts(mustParse(t, path, orig))
		variants := map[string][]byte{
			"gb18030":       gb(orig),
			"utf16":         utf16(orig),
			"bom+crlf":      bomCRLF(orig),
			"cr":            bytes.ReplaceAll(orig, []byte("\n"), []byte("\r")),
			"as cells":      relayout(t, orig, LayoutCells),
			"as rows":       relayout(t, orig, LayoutRows),
			"rows+gb18030":  gb(relayout(t, orig, LayoutRows)),
			"cells+utf16":   utf16(relayout(t, orig, LayoutCells)),
			"cells+bomCRLF": bomCRLF(relayout(t, orig, LayoutCells)),
		}
		for name, b := range variants {
			got := facts(mustParse(t, name, b))
			if got != want {
				t.Errorf("%s %s: facts differ\n got: %s\nwant: %s", path, name, got, want)
			}
		}
	}
}
