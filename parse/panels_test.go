package parse

import (
	"strings"
	"testing"

	"yusuan/model"
)

// The 基本支出决算表 printed in three panels (国家信访局 2024 决算, 公开06表;
// 西安市卫生健康委员会 2022 决算, whose narrow columns glue a figure to the
// next panel's code): every panel of a line is a row, under the panel it
// was printed in, with its own figure; the table's sums then hold.
func TestPanels(t *testing.T) {
	for _, c := range []struct {
		file string
		want map[string]string // code → 决算数 ("" for a row printed blank)
	}{
		{"cn-central-petition-2024-final.layout.txt", map[string]string{
			"301": "6982.75", "302": "2239.41", "310": "27.24", "30106": "", "30204": "0.66",
			"30299": "484.52", "31099": "2.58", "39907": "", "人员经费合计": "7967.72", "公用经费合计": "2266.65"}},
		{"sn-xian-health-2022-final.layout.txt", map[string]string{
			"301": "92835.98", "302": "2085.91", "310": "7.17", "31002": "7.17", "30101": "32390.68",
			"30299": "62.37", "30218": "328.23", "人员经费合计": "96513.21", "公用经费合计": "2093.08"}},
	} {
		t.Run(c.file, func(t *testing.T) {
			path := nationalDir + "/" + c.file
			d, err := File(path)
			if err != nil {
				t.Skipf("national corpus absent: %v", err)
			}
			var tb *model.Table
			for _, x := range d.Tables {
				if x.Title == "一般公共预算财政拨款基本支出决算表" {
					tb = x
				}
			}
			if tb == nil || tb.Verified == nil || !*tb.Verified {
				t.Fatalf("table not read or not confirmed: %+v", tb)
			}
			got := map[string]string{}
			for _, r := range tb.Coded {
				key := r.Code
				if key == "" {
					key = strings.ReplaceAll(r.Name, " ", "")
				}
				if _, dup := got[key]; dup {
					t.Errorf("%s read twice", key)
				}
				got[key] = ""
				if m, ok := r.Amounts["决算数"]; ok {
					got[key] = m.String()
				}
			}
			for code, want := range c.want {
				if v, ok := got[code]; !ok || v != want {
					t.Errorf("%s: %q (read %v), want %q", code, v, ok, want)
				}
			}
		})
	}
}

// A second classification beside the first is not a panel: no figure is
// printed between the two (烟台市统计局 2026, 基本支出预算情况表).
func TestNotPanels(t *testing.T) {
	rows := []Row{
		{Line: 1, Cells: []string{"301", "01", "基本工资", "501", "01", "工资奖金津补贴", "169.28", "169.28"}},
		{Line: 2, Cells: []string{"301", "02", "津贴补贴", "501", "01", "工资奖金津补贴", "177.68", "177.68"}},
		{Line: 3, Cells: []string{"301", "03", "奖金", "501", "01", "工资奖金津补贴", "148.84", "148.84"}},
		{Line: 4, Cells: []string{"302", "01", "办公费", "502", "01", "办公经费", "5.40", "5.40"}},
	}
	if p := splitPanels(rows); p != nil {
		t.Errorf("read as panels: %v", p)
	}
}

// Headline totals taken from a table in doubt say so ("verified": false in
// JSON, ? in the explorer): 北京市政务服务和数据管理局 2026's 预算03表支出总表
// fails its sums (its rows add up to 79,094.95 where its 合计 prints
// 101,605.17). (杭州市司法局 2026, the example before, is now confirmed:
// its tables of names only are nested by their sums.)
func TestTotalsFromTableInDoubt(t *testing.T) {
	d, err := File(nationalDir + "/bj-beijing-govservice-2026-budget-tables.layout.txt")
	if err != nil {
		t.Skipf("national corpus absent: %v", err)
	}
	if !d.Totals.Unverified || d.Totals.Project.String() != "63408.164051" {
		t.Errorf("totals %+v, want 项目 63408.164051 marked in doubt", d.Totals)
	}
	if d, err := File("../samples/jinzhong-safety-2023.txt"); err != nil || d.Totals.Unverified {
		t.Errorf("the sample's totals, from a confirmed table, marked: %v %+v", err, d.Totals)
	}
}

// A 款 printed twice in a row, code, name and figures alike (无锡市发改委
// 2025: “21999 其他支出 502.00” twice under “219 援助其他地区支出 502.00”) is
// one line, and a warning says so; two units' identical 项 lines (北京市气象局
// 2026, “2200509 气象服务 64.000000” twice) stay two.
func TestLinePrintedTwice(t *testing.T) {
	d, err := File(nationalDir + "/js-wuxi-ndrc-2025-budget-dept.layout.txt")
	if err != nil {
		t.Skipf("national corpus absent: %v", err)
	}
	var n219 *model.FuncNode
	model.WalkFunc(d.Functional, func(n, _ *model.FuncNode) {
		if n.Code == "219" {
			n219 = n
		}
	})
	if n219 == nil || len(n219.Children) != 1 || n219.Children[0].Total.String() != "502.00" {
		t.Fatalf("219: %+v", n219)
	}
	warned := 0
	for _, w := range d.Warnings {
		if strings.Contains(w, "与上一行完全相同") && strings.Contains(w, "21999") {
			warned++
		}
	}
	if warned != 3 { // 支出总表, 财政拨款支出表, 一般公共预算支出表
		t.Errorf("%d warnings, want 3: %v", warned, d.Warnings)
	}
	bj, err := File(nationalDir + "/bj-beijing-meteorology-2026-budget-tables.layout.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range bj.Warnings {
		if strings.Contains(w, "与上一行完全相同") {
			t.Errorf("two units' lines taken for one: %s", w)
		}
	}
}

// A line whose first panel is blank opens with the next panel's code, which
// the layout placed in the first panel's code column; the name and figure
// stand under their own panel, and so does the row (西安市卫生健康委员会
// 2022 决算, 基本支出决算表, second page: 30299 and 307 are 302's panel's,
// not items of 303 above them in the first panel).
func TestPanelOfBlankFirstPanel(t *testing.T) {
	rows := []Row{
		{Line: 1, Cells: []string{"301", "工资福利支出", "92,835.98", "302", "商品和服务支出", "2,085.91", "310", "资本性支出", "7.17"}},
		{Line: 2, Cells: []string{"30101", "基本工资", "32,390.68", "30201", "办公费", "279.66", "31001", "房屋建筑物购建", ""}},
		{Line: 3, Cells: []string{"303", "对个人和家庭的补助", "3,677.23", "30215", "会议费", "23.86", "31021", "文物和陈列品购置", ""}},
		{Line: 4, Cells: []string{"30399", "其他对个人和家庭的补助", "174.71", "30240", "税金及附加费用", "", "39909", "经常性赠与", ""}},
		{Line: 5, Cells: []string{"30299", "", "", "", "其他商品和服务支出", "62.37", "39910", "资本性赠与", ""}},
		{Line: 6, Cells: []string{"307", "", "", "", "债务利息及费用支出", "", "39999", "其他支出", ""}},
		{Line: 7, Cells: []string{"30701", "", "", "", "国内债务付息", "", "", "", ""}},
	}
	got := map[string][]string{} // panel's class → its codes in order
	class := []string{}
	for _, r := range splitPanels(rows) {
		code := r.Cells[0]
		if len(code) == 3 && code == strings.TrimSpace(code) && r.Line == 1 {
			class = append(class, code)
		}
		key := class[len(class)-1]
		got[key] = append(got[key], code)
	}
	want := map[string][]string{
		"301": {"301", "30101", "303", "30399"},
		"302": {"302", "30201", "30215", "30240", "30299", "307", "30701"},
		"310": {"310", "31001", "31021", "39909", "39910", "39999"},
	}
	for k, w := range want {
		if strings.Join(got[k], " ") != strings.Join(w, " ") {
			t.Errorf("panel of %s: %v, want %v", k, got[k], w)
		}
	}
}
