package parse

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"yusuan/model"
)

// TestFigureColumnsKeptApart reads tables whose amount columns are never
// filled on one line (合计 | 基本支出 on some rows, 合计 | 项目支出 on
// others; a source column used by a few rows): on a later page, and among
// rows of one shape, those columns stay apart, and the tables' arithmetic
// confirms the reading.
func TestFigureColumnsKeptApart(t *testing.T) {
	cases := []struct{ file, title string }{
		{"cq-chongqing-water-2026-budget", "2026年部门收入总体情况表"},
		{"sd-yantai-civilaffairs-2026-budget", "收入总体情况表"},
		{"cq-chongqing-commerce-2026-budget", "2026年一般公共预算支出情况表"},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			path := filepath.Join(nationalDir, c.file+".layout.txt")
			if _, err := os.Stat(path); err != nil {
				t.Skipf("national corpus absent: %v", err)
			}
			doc, err := File(path)
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(doc.Tables, func(tb *model.Table) bool { return tb.Title == c.title })
			if i < 0 {
				t.Fatalf("no table %s", c.title)
			}
			if tb := doc.Tables[i]; tb.Verified == nil || !*tb.Verified {
				t.Errorf("%s not confirmed: %+v", c.title, tb.Identities)
			}
		})
	}
}
