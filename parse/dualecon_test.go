package parse

import (
	"path/filepath"
	"testing"

	"yusuan/catalog"
	"yusuan/model"
)

// A row of a table printing both economic classifications is read by its
// 部门经济 code, wherever the layout left it: cells as the grid gives them
// for lines of 西安市民政局 2021's 表6 (一般公共预算支出明细表 按支出经济
// 分类科目), whose long 部门经济 names wrap around their rows.
func TestDeptEconHead(t *testing.T) {
	layout := codedLayout{codeCol: 1, nameCol: 2, seqCol: 0}
	for _, c := range []struct {
		why        string
		cells      []string
		code, name string
	}{
		{"the 部门经济 code of the line under folded after the 政府经济 code and name (line 1003)",
			[]string{"17", "", "", "50102 社会保障缴费30112 障缴费其他社会保", "", "", "25,098.54", "25,098.54", "0.00", "0.00"},
			"30112", "其他社会保障缴费"},
		{"the same, the name's head printed on the line above the row (line 1006)",
			[]string{"18", "", "", "50501 工资福利支出30112 障缴费", "", "", "50,794.82", "50,794.82", "0.00", "0.00"},
			"30112", "其他社会保障缴费"},
		{"the 部门经济 code on the line under, apart: this line has none (line 1141)",
			[]string{"68", "", "", "", "50999", "", "37,057,200.00", "157,200.00", "0.00", "36,900,000.00"},
			"", ""},
		{"the 部门经济 code printed second, in a cell of its own (北京's order: 政府经济 first)",
			[]string{"1", "50101-工资奖金津补贴", "30101-基本工资", "169.28", "169.28"},
			"30101", "基本工资"},
		{"a row printing its 部门经济 name first is read as it was (line 1136)",
			[]string{"66", "", "", "生活补助", "50901", "社会福利和救助", "89,880.00", "89,880.00", "0.00", "0.00"},
			"", "生活补助"},
		{"a 部门经济 class (line 1148)",
			[]string{"71", "310", "", "资本性支出", "", "", "930,000.00", "0.00", "0.00", "930,000.00"},
			"310", "资本性支出"},
	} {
		h, ok := layout.head(c.cells, catalog.Functional) // the scheme the table is read in
		if !ok {
			t.Fatalf("%s: no row", c.why)
		}
		h = deptEconHead(h, c.cells, 2021)
		if h.code != c.code || h.name != c.name {
			t.Errorf("%s: read %q %q, want %q %q", c.why, h.code, h.name, c.code, c.name)
		}
	}
	for _, c := range []struct {
		names []string
		want  bool
	}{
		{[]string{"序号", "部门经济科目编码", "部门经济科目名称", "政府经济科目编码", "政府经济科目名称", "合计"}, true},
		{[]string{"部门预算支出经济分类科目", "政府预算支出经济分类科目", "预算数"}, true},
		{[]string{"科目编码", "科目名称", "合计", "人员经费", "公用经费"}, false},
		{[]string{"功能分类科目编码", "政府经济分类科目编码", "合计"}, false},
	} {
		if got := dualEconomic(c.names); got != c.want {
			t.Errorf("dualEconomic(%v) = %v, want %v", c.names, got, c.want)
		}
	}
}

// The whole table: every 部门经济 line read, its sums confirmed (8 of 72
// failed when 30112's and 30399's rows were read under their 政府经济
// codes).
func TestDualEconomicTable(t *testing.T) {
	doc, err := File(filepath.Join(nationalDir, "sn-xian-civilaffairs-2021-budget.layout.txt"))
	if err != nil {
		t.Skipf("national corpus absent: %v", err)
	}
	const title = "2021年部门综合预算一般公共预算支出明细表（按支出经济分类科目-不含上年结转）"
	for _, tb := range doc.Tables {
		if tb.Title == title && (tb.Verified == nil || !*tb.Verified) {
			t.Errorf("%s not confirmed: %v", title, tb.Identities)
		}
	}
	for _, c := range []struct {
		code, name    string
		line          int
		total, person string
	}{
		// the rows of one 部门经济 code (one per 政府经济 code) are summed:
		// 25,098.54 beside 50102 and 50,794.82 beside 50501 元
		{"30112", "其他社会保障缴费", 1003, "7.589336", "7.589336"},
		{"30399", "其他对个人和家庭的补助", 1141, "3705.72", "15.72"}, // 37,057,200.00 | 157,200.00
		{"30101", "基本工资", 958, "2200.2492", "2195.2492"},   // 7,910,482.40 + 14,092,009.60
	} {
		r := findRow(doc, title, c.code, "", c.line)
		if r == nil {
			t.Errorf("no row %s on line %d", c.code, c.line)
			continue
		}
		if r.Name != c.name || r.Amounts["合计"].String() != c.total || r.Amounts["人员经费支出"].String() != c.person {
			t.Errorf("line %d: %s %s 合计 %s 人员经费 %s, want %s %s %s %s", c.line, r.Code, r.Name,
				r.Amounts["合计"], r.Amounts["人员经费支出"], c.code, c.name, c.total, c.person)
		}
	}
}

// Names in a table printing both classifications, as the layout leaves
// them (西安市委宣传部 2021 表8, 西安市民政局 2021 表6): a 政府经济 code read
// into the 部门经济 name is no part of it, and a name printed in part is
// the catalogue's; a name that is something else stays as printed.
func TestDualNames(t *testing.T) {
	rows := []model.CodedRow{
		{Code: "30110", Name: "职工基本医疗保 50102险缴费"}, // line 774, its tail 险缴费 on line 776
		{Code: "30299", Name: "其他商品和服务 50299支出"},  // line 800
		{Code: "30399", Name: "其他对个人和家 50999"},    // line 820
		{Code: "309", Name: "资本性支出（基"},            // line 1143, its tail folded into the row below
		{Code: "30213", Name: "维修(护)费"},           // whole: as printed
		{Code: "30109", Name: "缴费职业年金缴费"},         // the row above's tail first: no piece, as printed
		{Code: "50102", Name: "社会保障缴费"},           // a 政府经济 line: untouched
		{Code: "30101", Name: "基本工资（含 2018 年调资）"}, // more than the catalogue's: as printed
	}
	dualNames(rows, 2021)
	for i, want := range []string{"职工基本医疗保险缴费", "其他商品和服务支出", "其他对个人和家庭的补助", "资本性支出（基本建设）",
		"维修(护)费", "缴费职业年金缴费", "社会保障缴费", "基本工资（含2018年调资）"} {
		if rows[i].Name != want {
			t.Errorf("%s: %q, want %q", rows[i].Code, rows[i].Name, want)
		}
	}
}
