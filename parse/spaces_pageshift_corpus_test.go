package parse

import (
	"testing"

	"yusuan/model"
)

// A page begun by a form feed without the header, its figures standing off
// the page before's, is laid out apart (spaces_pageshift.go): pdftotext laid
// it out afresh. Each case is a figure of a tree that reading the pages
// together got wrong.
func TestFeedPagesLaidOutApart(t *testing.T) {
	for _, c := range []struct {
		file, code          string
		economic            bool
		total, part1, part2 string // functional: 合计, 基本, 项目; economic: 合计, 人员, 公用
		why                 string
	}{
		{"sh-shanghai-audit-2026-unitbudget", "30204", true, "1.00", "0.00", "1.00",
			"“302 04 手续费 10,000 10,000” (line 290) is 公用经费, not 人员经费: the page's figures stand further left"},
		{"sh-shanghai-audit-2026-unitbudget", "30101", true, "2100.00", "2100.00", "0.00",
			"“301 01 基本工资 21,000,000 21,000,000” (line 275): a child of 301 with its own code"},
		{"bj-beijing-meteorology-2026-budget-tables", "2200504", false, "2018.96821", "2018.96821", "0.00",
			"预算03表's 2200504 rows summed, the 30228 工会经费 row (19.50) on the page begun by a form feed among them"},
	} {
		t.Run(c.file+"/"+c.code, func(t *testing.T) {
			d := nationalDoc{file: c.file + ".pdf"}
			doc, err := File(d.source())
			if err != nil {
				t.Skipf("national corpus absent: %v", err)
			}
			var got [3]string
			if c.economic {
				n := findEcon(doc.Economic, c.code)
				if n == nil {
					t.Fatalf("no %s in the economic tree", c.code)
				}
				got = [3]string{n.Total.String(), n.Personnel.String(), n.Public.String()}
			} else {
				n := model.FindFunc(doc.Functional, c.code)
				if n == nil {
					t.Fatalf("no %s in the functional tree", c.code)
				}
				got = [3]string{n.Total.String(), n.Basic.String(), n.Project.String()}
			}
			if want := [3]string{c.total, c.part1, c.part2}; got != want {
				t.Errorf("%s = %v, want %v (%s)", c.code, got, want, c.why)
			}
		})
	}
}

func findEcon(nodes []*model.EconNode, code string) *model.EconNode {
	for _, n := range nodes {
		if n.Code == code {
			return n
		}
		if f := findEcon(n.Children, code); f != nil {
			return f
		}
	}
	return nil
}
