package parse

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"yusuan/model"
)

// TestHangzhouReading holds the Hangzhou tables (names without codes, a
// numbering line under the header, figures wrapped in narrow cells) to the
// figures they print: each row's figure in the column the header names, and
// the table confirmed by its own arithmetic.
func TestHangzhouReading(t *testing.T) {
	cases := []struct {
		file, title string
		line        int    // the row's source line
		column      string // the last part of the column's name
		want        string // the figure as printed, in 万元
	}{
		// 基本支出 is a group over 人员支出 and 日常公用支出 (no 小计 of its own)
		{"zj-hangzhou-meteorology-2026-budget", "2026年市级部门支出预算总表", 401, "人员支出", "2906.80"},
		{"zj-hangzhou-meteorology-2026-budget", "2026年市级部门支出预算总表", 401, "日常公用支出", "838.27"},
		{"zj-hangzhou-meteorology-2026-budget", "2026年市级部门支出预算总表", 401, "项目支出", "2131.61"},
		// 项目支出 printed “106,512.0” over the row and “0” under it
		{"zj-hangzhou-publicsecurity-2026-budget", "2026年市级部门支出预算总表", 604, "项目支出", "106512.00"},
		{"zj-hangzhou-publicsecurity-2026-budget", "2026年市级部门支出预算总表", 604, "总计", "404415.23"},
		// 合计 and 小计 both wrapped: “370,219.2  293,191.8” over the row, “5  6” under it
		{"zj-hangzhou-publicsecurity-2026-budget", "2026年市级部门一般公共预算支出预算表", 693, "合计", "370219.25"},
		{"zj-hangzhou-publicsecurity-2026-budget", "2026年市级部门一般公共预算支出预算表", 693, "小计", "293191.86"},
		{"zj-hangzhou-publicsecurity-2026-budget", "2026年市级部门一般公共预算支出预算表", 693, "项目支出", "77027.38"},
		{"zj-hangzhou-publicsecurity-2026-budget", "2026年市级部门一般公共预算支出预算表", 699, "合计", "299901.02"},
	}
	for _, c := range cases {
		t.Run(c.file+"/"+strconv.Itoa(c.line)+"/"+c.column, func(t *testing.T) {
			tb := hangzhouTable(t, c.file, c.title)
			var row *model.CodedRow
			for i := range tb.Coded {
				if tb.Coded[i].Line == c.line {
					row = &tb.Coded[i]
				}
			}
			if row == nil {
				t.Fatalf("no row on line %d", c.line)
			}
			got, found := "", false
			for k, v := range row.Amounts {
				if model.Leaf(k) == c.column || strings.HasSuffix(k, c.column) {
					got, found = v.Decimal().StringFixed(2), true
				}
			}
			if !found || got != c.want {
				t.Errorf("line %d %q = %q (found %v), want %s; row %v", c.line, c.column, got, found, c.want, row.Amounts)
			}
			if tb.Verified == nil || !*tb.Verified {
				t.Errorf("table %q not confirmed: %v", c.title, tb.Identities)
			}
		})
	}
}

func hangzhouTable(t *testing.T, file, title string) *model.Table {
	t.Helper()
	d, err := File(filepath.Join(nationalDir, file+".layout.txt"))
	if err != nil {
		t.Skipf("national corpus absent: %v", err)
	}
	for _, tb := range d.Tables {
		if tb.Title == title {
			return tb
		}
	}
	t.Fatalf("no table %q", title)
	return nil
}

// TestHangzhouNamesWithoutPlace: a name the catalogue knows under another
// section (机关服务 is 2040503, an item of 检察, in the catalogue; 信息化建设
// 2040613, of 司法) printed under a section whose code the catalogue lacks
// (公安, 监狱) is left without a code, not placed under the wrong parent.
func TestHangzhouNamesWithoutPlace(t *testing.T) {
	cases := []struct {
		file, title string
		line        int
		name        string
	}{
		{"zj-hangzhou-publicsecurity-2026-budget", "2026年市级部门支出预算总表", 613, "机关服务"},
		{"zj-hangzhou-publicsecurity-2026-budget", "2026年市级部门支出预算总表", 614, "信息化建设"},
		{"zj-hangzhou-publicsecurity-2026-budget", "2026年市级部门一般公共预算支出预算表", 708, "信息化建设"},
		{"zj-hangzhou-justice-2026-budget", "2026年市级部门支出预算总表", 681, "信息化建设"},
	}
	for _, c := range cases {
		t.Run(c.file+"/"+strconv.Itoa(c.line), func(t *testing.T) {
			tb := hangzhouTable(t, c.file, c.title)
			for _, r := range tb.Coded {
				if r.Line == c.line {
					if r.Name != c.name || r.Code != "" {
						t.Errorf("line %d read as %q %q, want %q without a code", c.line, r.Code, r.Name, c.name)
					}
					return
				}
			}
			t.Errorf("no row on line %d", c.line)
		})
	}
}

// TestHangzhouTotals: headline 基本支出 where the header prints it only as
// the group over 人员支出 and 日常公用支出 is their sum, never the first part.
func TestHangzhouTotals(t *testing.T) {
	cases := []struct{ file, basic, project string }{
		{"zj-hangzhou-meteorology-2026-budget", "3745.07", "2131.61"},        // 2,906.80 + 838.27
		{"zj-hangzhou-publicsecurity-2026-budget", "297903.23", "106512.00"}, // 250,110.65 + 47,792.58
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			d, err := File(filepath.Join(nationalDir, c.file+".layout.txt"))
			if err != nil {
				t.Skipf("national corpus absent: %v", err)
			}
			if got := d.Totals; got.Basic.String() != c.basic || got.Project.String() != c.project || got.Unverified {
				t.Errorf("totals %+v, want 基本 %s 项目 %s confirmed", got, c.basic, c.project)
			}
			for _, n := range d.Functional {
				if sum := n.Basic.Add(n.Project); !n.NoBasic && !n.NoProject && !sum.Equal(n.Total) && len(n.Other) == 0 {
					t.Errorf("%s %s: 基本 %s + 项目 %s ≠ %s", n.Code, n.Name, n.Basic, n.Project, n.Total)
				}
			}
		})
	}
}
