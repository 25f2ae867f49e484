package parse

import (
	"strconv"
	"strings"
	"testing"

	"yusuan/model"
)

// TestShapeByArithmetic: in a table of names only, the nesting the sums
// give places the lines the catalogue cannot (监狱 and its items, codes the
// catalogue lacks: no code made up, the sums checked all the same) and the
// catalogue's codes under the parent the sums give (基层司法业务 after an
// unknown 一般行政管理事务; 行政事业单位养老支出 after an unknown 款 of 208);
// a table whose own figures fail (杭州市交通运输局 表5, line 833: 公路水路运输
// prints 小计 51,417.49 where 人员经费 41,277.20 + 日常公用支出 10,190.89 and its
// items' 51,468.10 say otherwise) gets no nesting of its own, and is nested
// as 表3, which prints the same lines: its sums then hold but for that
// slip, which stays named.
func TestShapeByArithmetic(t *testing.T) {
	cases := []struct {
		file, title string
		line        int
		name, code  string
		depth       int
		confirmed   bool
	}{
		{"zj-hangzhou-justice-2026-budget", "2026年市级部门支出预算总表", 674, "监狱", "", 2, true},
		{"zj-hangzhou-justice-2026-budget", "2026年市级部门支出预算总表", 675, "行政运行", "", 3, true},
		{"zj-hangzhou-justice-2026-budget", "2026年市级部门支出预算总表", 666, "基层司法业务", "2040604", 3, true},
		{"zj-hangzhou-justice-2026-budget", "2026年市级部门支出预算总表", 660, "其他一般公共服务支出", "", 2, true},
		{"zj-hangzhou-justice-2026-budget", "2026年市级部门一般公共预算支出预算表", 766, "一般公共服务支出", "201", 1, true},
		{"zj-hangzhou-transport-2026-budget", "2026年市级部门支出预算总表", 677, "行政事业单位养老支出", "20805", 2, true},
		{"zj-hangzhou-transport-2026-budget", "2026年市级部门支出预算总表", 711, "超长期特别国债安排的支出", "", 2, true},
		{"zj-hangzhou-transport-2026-budget", "2026年市级部门支出预算总表", 716, "其他支出", "", 1, true},
		{"zj-hangzhou-transport-2026-budget", "2026年市级部门一般公共预算支出预算表", 833, "公路水路运输", "", 2, true},
		{"zj-hangzhou-transport-2026-budget", "2026年市级部门一般公共预算支出预算表", 810, "行政事业单位养老支出", "20805", 2, true},
	}
	for _, c := range cases {
		t.Run(c.file+"/"+strconv.Itoa(c.line), func(t *testing.T) {
			tb := hangzhouTable(t, c.file, c.title)
			if got := tb.Verified != nil && *tb.Verified; got != c.confirmed {
				t.Errorf("confirmed %v, want %v: %v", got, c.confirmed, tb.Identities)
			}
			for _, r := range tb.Coded {
				if r.Line == c.line {
					if r.Name != c.name || r.Code != c.code || r.Depth != c.depth {
						t.Errorf("line %d read as %q %q depth %d, want %q %q depth %d", c.line, r.Code, r.Name, r.Depth, c.code, c.name, c.depth)
					}
					return
				}
			}
			t.Errorf("no row on line %d", c.line)
		})
	}
}

// TestShapeByArithmeticAmbiguous: two rows of nothing after an item can be
// two items, or a 款 and its item: the sums hold either way, so the table
// gets no nesting from them.
func TestShapeByArithmeticAmbiguous(t *testing.T) {
	row := func(code, name, v string) model.CodedRow {
		return model.CodedRow{Code: code, Name: name, Order: []string{"合计"}, Amounts: map[string]model.Money{"合计": model.MustMoney(v)}}
	}
	cases := []struct {
		name string
		rows []model.CodedRow
		want []int
	}{
		{"one cutting", []model.CodedRow{row("", "合计", "3"), row("201", "一般公共服务支出", "3"), row("", "甲", "1"), row("", "乙", "1"), row("", "丙", "2"), row("", "丁", "2")}, []int{0, 1, 2, 3, 2, 3}},
		{"two cuttings", []model.CodedRow{row("", "合计", "1"), row("201", "一般公共服务支出", "1"), row("", "甲", "1"), row("", "乙", "1"), row("", "丙", "0"), row("", "丁", "0")}, []int{0, 0, 0, 0, 0, 0}},
		{"no cutting", []model.CodedRow{row("", "合计", "4"), row("201", "一般公共服务支出", "3"), row("", "甲", "3"), row("", "乙", "3")}, []int{0, 0, 0, 0}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tb := &model.Table{Coded: c.rows}
			shapeByArithmetic(tb, 2026)
			for i, r := range tb.Coded {
				if r.Depth != c.want[i] {
					t.Errorf("row %d %s depth %d, want %d", i, r.Name, r.Depth, c.want[i])
				}
			}
		})
	}
}

// TestBorrowedShapeNamesTheSlip: 表5 nested as 表3 is confirmed with the
// document's own slip named, line 833 among its failures, and nothing else
// failing.
func TestBorrowedShapeNamesTheSlip(t *testing.T) {
	tb := hangzhouTable(t, "zj-hangzhou-transport-2026-budget", "2026年市级部门一般公共预算支出预算表")
	if tb.Identities == nil || tb.Identities.Failed != 5 {
		t.Fatalf("identities %+v, want the five sums of the 50.60 slip failing", tb.Identities)
	}
	for _, f := range tb.Identities.Failures {
		if !strings.Contains(f, "51417.49") && !strings.Contains(f, "97402.60") && !strings.Contains(f, "82479.29") {
			t.Errorf("failure %q is not the document's slip", f)
		}
	}
}
