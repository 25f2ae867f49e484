package parse

import (
	"path/filepath"
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
	}
	for _, c := range cases {
		t.Run(c.file+"/"+c.column, func(t *testing.T) {
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
