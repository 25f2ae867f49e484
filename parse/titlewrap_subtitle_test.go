package parse

import (
	"strings"
	"testing"

	"yusuan/model"
)

// A qualifier printed alone in brackets under a title is part of it; a
// performance form's year, a negative amount or a bracket with more are not.
func TestBracketSubtitle(t *testing.T) {
	for _, c := range []struct {
		title, next, want string
	}{
		{"２０２１年部门综合预算一般公共预算支出明细表", "                （按支出功能分类科目－不含上年结转）", "（按支出功能分类科目－不含上年结转）"},
		{"2021年部门综合预算一般公共预算基本支出明细表", "   （按支出经济分类科目 -不含上年结转）", "（按支出经济分类科目-不含上年结转）"},
		{"部门整体支出绩效目标表", "     （2026年度）", ""},             // a form, read by the form reader
		{"西安市级病媒生物防制项目绩效自评表", "（2022年度）", ""},            // likewise
		{"2021年部门综合预算支出总表", "  (1,234.00)", ""},          // a negative amount
		{"2021年部门综合预算支出总表", "  （一）基本支出     （二）项目支出", ""}, // two cells
		{"2021年部门综合预算政府性基金收支表（不含上年结转）", "（按功能分类）", ""},   // the title has its bracket
	} {
		got, ok := bracketSubtitle(c.title, []string{c.next}, 0)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("bracketSubtitle(%q, %q) = %q, %v; want %q", c.title, c.next, got, ok, c.want)
		}
	}
}

// 西安市民政局 2021: 表5–表8 print the form number, then the title, then its
// bracketed qualifier on a line of its own, on every page. Each is a table
// of its own (not swallowed by 表4 财政拨款收支总表), and the functional
// tree comes from 表5, the functional table, not from the 支出总表 by unit
// (241 西安市民政局 is a unit's code, no functional class).
func TestTitleWithBracketLine(t *testing.T) {
	doc, err := File(nationalDoc{file: "sn-xian-civilaffairs-2021-budget.pdf"}.source())
	if err != nil {
		t.Skipf("national corpus absent: %v", err)
	}
	want := []struct {
		line  int
		words string
		kind  model.TableKind
	}{
		{893, "一般公共预算支出明细表（按支出功能分类科目－不含上年结转）", model.TGeneralExpenditure},
		{949, "一般公共预算支出明细表（按支出经济分类科目-不含上年结转）", model.TGeneralExpenditure},
		{1157, "基本支出明细表（按支出功能分类科目-不含上年结转）", model.TBasicEconomic},
		{1219, "基本支出明细表（按支出经济分类科目-不含上年结转）", model.TBasicEconomic},
	}
	for _, w := range want {
		found := false
		for _, tb := range doc.Tables {
			if tb.Line == w.line && strings.HasSuffix(tb.Title, w.words) && tb.Kind == w.kind {
				found = true
			}
		}
		if !found {
			t.Errorf("no %s table %q at line %d", w.kind, w.words, w.line)
		}
	}
	if !strings.Contains(doc.FunctionalSource, "按支出功能分类科目") {
		t.Errorf("functional tree from %q, want the 按支出功能分类科目 table", doc.FunctionalSource)
	}
	var codes []string
	var sum model.Money
	for _, n := range doc.Functional {
		codes = append(codes, n.Code)
		sum = sum.Add(n.Total)
	}
	// 合计 535,987,052.43 元 (line 900) = 205 + 208 + 210 + 221
	if got := strings.Join(codes, " "); got != "205 208 210 221" || sum.String() != "53598.705243" {
		t.Errorf("functional classes %s adding to %s, want 205 208 210 221 adding to 53598.705243", got, sum)
	}
	for _, n := range doc.Functional {
		model.WalkFunc([]*model.FuncNode{n}, func(m, _ *model.FuncNode) {
			if strings.Contains(m.Name, "明细表") {
				t.Errorf("%s named %q: the title repeated on the next page taken for its name", m.Code, m.Name)
			}
		})
	}
}

// A table whose 3-digit 2xx rows name an organisation is by unit: no
// source of the functional tree.
func TestForeignClass(t *testing.T) {
	for _, c := range []struct {
		rows []model.CodedRow
		want bool
	}{
		{[]model.CodedRow{{Code: "241", Name: "西安市民政局"}}, true}, // line 740 of the 2021 支出总表
		{[]model.CodedRow{{Code: "253", Name: "西安市住房和城乡建设局"}}, true},
		{[]model.CodedRow{{Code: "201", Name: "一般公共服务支出"}, {Code: "20103", Name: "政府办公厅（室）及相关机构事务"},
			{Code: "227", Name: "预备费"}, {Code: "229", Name: "其他支出"}}, false},
		{[]model.CodedRow{{Code: "2080505", Name: "机关事业单位基本养老保险缴费支出"}}, false},
	} {
		if got := foreignClass(c.rows); got != c.want {
			t.Errorf("foreignClass(%v) = %v, want %v", c.rows, got, c.want)
		}
	}
}

// 基本支出 and 项目支出 of the totals come only from a table of the
// headline's 口径: a 一般公共预算 table of a narrower total leaves them absent.
func TestTotalsPartsSameScope(t *testing.T) {
	for _, c := range []struct {
		file, expenditure, why string
	}{
		{"sn-xian-civilaffairs-2021-budget", "87203.19672", "一般公共预算 合计 535,987,052.43 元 (line 900), 专项 391,080,000.00"},
		{"sn-xian-hrss-2020-budget", "182066.56", "一般公共预算 合计 181716.56 (line 601), 专项 173152.61"},
	} {
		doc, err := File(nationalDoc{file: c.file + ".pdf"}.source())
		if err != nil {
			t.Skipf("national corpus absent: %v", err)
		}
		if doc.Totals.Expenditure.String() != c.expenditure || !doc.Totals.Absent.Project {
			t.Errorf("%s: expenditure %s, project %s (absent %v); want %s with 项目支出 absent: %s",
				c.file, doc.Totals.Expenditure, doc.Totals.Project, doc.Totals.Absent.Project, c.expenditure, c.why)
		}
	}
}
