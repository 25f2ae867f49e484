package parse

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"yusuan/model"
)

// doc builds a one-table budget in the rows layout (TAB-separated cells).
func doc(title string, lines ...string) []byte {
	return []byte("某某局2026年部门预算\n" + title + "\n部门名称：某某局\n单位：万元\n" + strings.Join(lines, "\n") + "\n")
}

// funcFacts lists the functional tree as "code total basic project", an
// absent column as "—", a figure in doubt with a leading "?".
func funcFacts(d *model.Document) []string {
	var out []string
	model.WalkFunc(d.Functional, func(n, _ *model.FuncNode) {
		basic, project := n.Basic.String(), n.Project.String()
		if n.NoBasic {
			basic = "—"
		}
		if n.NoProject {
			project = "—"
		}
		mark := ""
		if n.Unverified {
			mark = "?"
		}
		out = append(out, mark+n.Code+" "+n.Total.String()+" "+basic+" "+project)
	})
	return out
}

func TestCodesInEveryForm(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  []string
	}{
		{"fused and hyphen-joined", []string{
			"科目编码及名称\t合计\t基本支出\t项目支出",
			"合计\t100.00\t60.00\t40.00",
			"201一般公共服务支出\t100.00\t60.00\t40.00",
			"20101-人大事务\t100.00\t60.00\t40.00",
			"2010101-行政运行\t60.00\t60.00\t",
			"2010102一般行政管理事务\t40.00\t\t40.00",
		}, []string{"201 100.00 60.00 40.00", "20101 100.00 60.00 40.00", "2010101 60.00 60.00 0.00", "2010102 40.00 0.00 40.00"}},
		{"a staircase: 类 alone, then 款, then 项 on lines of their own", []string{
			"科目编码\t科目名称\t合计\t基本支出\t项目支出",
			"\t合计\t130.00\t90.00\t40.00",
			"201\t一般公共服务支出\t100.00\t60.00\t40.00",
			"40\t信访事务\t100.00\t60.00\t40.00",
			"01\t行政运行\t60.00\t60.00\t",
			"02\t一般行政管理事务\t40.00\t\t40.00",
			"50\t事业运行\t0.00\t\t",
			"208\t社会保障和就业支出\t30.00\t30.00\t",
			"05\t行政事业单位养老支出\t30.00\t30.00\t",
			"05\t机关事业单位基本养老保险缴费支出\t30.00\t30.00\t",
		}, []string{"201 100.00 60.00 40.00", "20140 100.00 60.00 40.00", "2014001 60.00 60.00 0.00",
			"2014002 40.00 0.00 40.00", "20150 0.00 0.00 0.00", "208 30.00 30.00 0.00", "20805 30.00 30.00 0.00",
			"2080505 30.00 30.00 0.00"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := mustParse(t, c.name, doc("支出总表", c.lines...))
			equalLines(t, "functional", funcFacts(d), c.want)
		})
	}
}

// Figures printed without their blanks (two figures under 合计 | 基本支出 |
// 项目支出) are placed by arithmetic: the row's own identity, then its
// siblings adding up to their parent in every column.
func TestFiguresPlacedByArithmetic(t *testing.T) {
	d := mustParse(t, "blanks", doc("支出总表",
		"科目编码\t科目名称\t合计\t基本支出\t项目支出",
		"\t合计\t130.00\t90.00\t40.00",
		"201\t一般公共服务支出\t100.00\t60.00\t40.00",
		"20101\t人大事务\t100.00\t60.00\t40.00",
		"2010101\t行政运行\t60.00 60.00",
		"2010102\t一般行政管理事务\t40.00 40.00",
		"208\t社会保障和就业支出\t30.00 30.00",
		"20805\t行政事业单位养老支出\t30.00 30.00",
		"2080505\t机关事业单位基本养老保险缴费支出\t30.00 30.00",
	))
	equalLines(t, "functional", funcFacts(d), []string{
		"201 100.00 60.00 40.00", "20101 100.00 60.00 40.00",
		"2010101 60.00 60.00 0.00", "2010102 40.00 0.00 40.00",
		"208 30.00 30.00 0.00", "20805 30.00 30.00 0.00", "2080505 30.00 30.00 0.00",
	})
	if tb := d.Tables[0]; tb.Unverified() || tb.Identities == nil || tb.Identities.Failed != 0 {
		t.Errorf("verification %v %+v", tb.Verified, tb.Identities)
	}
}

// A table whose columns were not read as printed is kept, marked and said;
// a table where one sum fails while the rest holds is the document's slip,
// confirmed, and left to check to report.
func TestVerification(t *testing.T) {
	t.Run("misread", func(t *testing.T) {
		d := mustParse(t, "misread", doc("支出总表",
			"科目编码\t科目名称\t合计\t基本支出\t项目支出",
			"\t合计\t130.00\t90.00\t40.00",
			"201\t一般公共服务支出\t100.00\t60.00\t40.00",
			"20101\t人大事务\t100.00\t60.00\t40.00",
			"2010101\t行政运行\t60.00\t60.00\t1.00",
			"2010102\t一般行政管理事务\t41.00\t7.00\t40.00",
			"208\t社会保障和就业支出\t30.00\t30.00\t9.00",
		))
		tb := d.Tables[0]
		if !tb.Unverified() || tb.Identities.Failed < 2 {
			t.Fatalf("verification %v %+v", tb.Verified, tb.Identities)
		}
		if w := strings.Join(d.Warnings, "\n"); !strings.Contains(w, "表“支出总表”读取存疑") || !strings.Contains(w, "第9行 2010101 行政运行") {
			t.Errorf("warnings %s", w)
		}
		for _, l := range funcFacts(d) {
			if !strings.HasPrefix(l, "?") {
				t.Errorf("%s: a figure from the table in doubt is not marked", l)
			}
		}
		b, _ := json.Marshal(d.Functional[0])
		if !strings.Contains(string(b), `"verified":false`) {
			t.Errorf("JSON %s", b)
		}
	})
	t.Run("one slip", func(t *testing.T) {
		d := mustParse(t, "slip", doc("支出总表",
			"科目编码\t科目名称\t合计\t基本支出\t项目支出",
			"\t合计\t130.00\t90.00\t40.00",
			"201\t一般公共服务支出\t100.00\t60.00\t40.00",
			"20101\t人大事务\t100.00\t60.00\t40.00",
			"2010101\t行政运行\t60.00\t60.00\t",
			"2010102\t一般行政管理事务\t40.00\t\t40.00",
			"208\t社会保障和就业支出\t30.00\t30.00\t",
			"20805\t行政事业单位养老支出\t30.00\t30.00\t",
			"2080505\t机关事业单位基本养老保险缴费支出\t31.00\t31.00\t",
		))
		if tb := d.Tables[0]; tb.Unverified() || tb.Identities.Failed != 2 {
			t.Errorf("verification %v %+v", tb.Verified, tb.Identities)
		}
	})
}

// A column the table does not print is absent, not zero: null in JSON; every
// further part of 合计 it prints is kept.
func TestAbsentIsNotZero(t *testing.T) {
	d := mustParse(t, "absent", doc("财政拨款支出表",
		"科目编码\t科目名称\t金额",
		"\t合计\t100.00",
		"201\t一般公共服务支出\t100.00",
		"20101\t人大事务\t100.00",
		"2010101\t行政运行\t100.00",
	))
	equalLines(t, "functional", funcFacts(d), []string{"201 100.00 — —", "20101 100.00 — —", "2010101 100.00 — —"})
	b, _ := json.Marshal(d.Functional[0])
	if !strings.Contains(string(b), `"basic":null,"project":null`) {
		t.Errorf("JSON %s", b)
	}
	d = mustParse(t, "other", doc("支出总表",
		"科目编码\t科目名称\t合计\t基本支出\t项目支出\t上缴上级支出",
		"\t合计\t100.00\t60.00\t30.00\t10.00",
		"201\t一般公共服务支出\t100.00\t60.00\t30.00\t10.00",
	))
	n := d.Functional[0]
	if len(n.Other) != 1 || n.Other[0].Name != "上缴上级支出" || n.Other[0].Amount.String() != "10.00" || d.Tables[0].Unverified() {
		t.Errorf("other parts %+v, table in doubt %v", n.Other, d.Tables[0].Unverified())
	}
}

func TestSplitFusedCode(t *testing.T) {
	for _, c := range []struct{ in, code, name string }{
		{"2010101行政运行", "2010101", "行政运行"},
		{"2010501-行政运行", "2010501", "行政运行"},
		{"30101－基本工资", "30101", "基本工资"},
		{"201", "", ""},
		{"2026年预算", "", ""},      // four digits: a year, not a code
		{"201 1,234.00", "", ""}, // a figure, not a name
	} {
		code, name, ok := splitFusedCode(strings.ReplaceAll(c.in, " ", ""))
		if code != c.code || name != c.name || ok != (c.code != "") {
			t.Errorf("%q: %q %q %v", c.in, code, name, ok)
		}
	}
}

// Figures a narrow column broke over lines (重庆) are mended on the row's
// line; the continuation lines stay, blank, so line numbers hold.
func TestJoinBrokenFigures(t *testing.T) {
	in := []string{
		"201             一般公共服务支出                                 23,103",
		"                                                              .76       15,177",
		"                                                                             .15    7,926",
		"                                                                                        .61",
		"2011301     行政运行        6,231.54   6,231.54",
		"2011302     一般行政管理事务     3,065",
		"本年 2026 年",
	}
	out := joinBrokenFigures(in)
	if len(out) != len(in) {
		t.Fatalf("%d lines, want %d", len(out), len(in))
	}
	if got := strings.Join(strings.Fields(out[0]), " "); got != "201 一般公共服务支出 23,103.76 15,177.15 7,926.61" {
		t.Errorf("row %q", got)
	}
	// each figure where its whole part was printed (in characters, as pdftotext lays them out)
	for _, f := range []struct {
		figure, part string
		line         int
	}{{"23,103.76", "23,103", 0}, {"15,177.15", "15,177", 1}, {"7,926.61", "7,926", 2}} {
		at := strings.Index(out[0], f.figure)
		want := strings.Index(in[f.line], f.part)
		if at < 0 || utf8.RuneCountInString(out[0][:at]) != utf8.RuneCountInString(in[f.line][:want]) {
			t.Errorf("%s not where %s was printed: %q", f.figure, f.part, out[0])
		}
	}
	for i := 1; i <= 3; i++ {
		if out[i] != "" {
			t.Errorf("line %d not blanked: %q", i+1, out[i])
		}
	}
	for i := 4; i < len(in); i++ {
		if out[i] != in[i] {
			t.Errorf("line %d changed: %q", i+1, out[i])
		}
	}
	if in[1] == "" {
		t.Error("the input was written to")
	}
}

// Text converted from PDF carries its page breaks as form feeds: every
// table, figure and warning knows its page beside its line.
func TestPages(t *testing.T) {
	text := "某某局2026年部门预算\n封面\n\f目录\n\f支出总表\n部门名称：某某局\n单位：万元\n" +
		"科目编码\t科目名称\t合计\t基本支出\t项目支出\n\t合计\t100.00\t60.00\t40.00\n" +
		"201\t一般公共服务支出\t100.00\t60.00\t40.00\n\f20101\t人大事务\t100.00\t60.00\t40.00\n" +
		"2010101\t行政运行\t100.00\t60.00\t40.00\n"
	d := mustParse(t, "pages", []byte(text))
	if len(d.Tables) != 1 || d.Tables[0].Page != 3 || d.Tables[0].Line != 4 {
		t.Fatalf("table on page %d line %d", d.Tables[0].Page, d.Tables[0].Line)
	}
	want := map[string][2]int{"201": {3, 9}, "20101": {4, 10}, "2010101": {4, 11}}
	model.WalkFunc(d.Functional, func(n, _ *model.FuncNode) {
		if w := want[n.Code]; n.Page != w[0] || n.Line != w[1] {
			t.Errorf("%s on page %d line %d, want %v", n.Code, n.Page, n.Line, w)
		}
	})
	if got := d.Where(10); got != "第4页 第10行" {
		t.Errorf("Where(10) = %q", got)
	}
	if (&model.Document{}).PageOf(10) != 0 {
		t.Error("a document without pages gave a page")
	}
}
