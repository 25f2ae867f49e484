package parse

import (
	"strings"
	"testing"
)

// TestJoinDiagonalFigures: 重庆市商务委员会 2026 表五 (lines 710-725) prints its
// 合计 row as five figures each broken over four lines, a little further
// right each line; they are joined back on the row's line. Figures whole
// on lines of their own, or pieces that do not make figures, stay as they
// are.
func TestJoinDiagonalFigures(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  []string // the fields of the first line after joining
		blank bool     // the lines after it left blank
	}{
		{"chongqing 合计", []string{
			"                        合   计             1",
			"                                          01,",
			"                                            833",
			"                                              .84    4",
			"                                                     3,4",
			"                                                       36.0",
			"                                                          9     3",
			"                                                                4,4",
			"                                                                  11.1",
			"                                                                     2      9",
			"                                                                            ,02",
			"                                                                              4.9",
			"                                                                                8     5",
			"                                                                                      8,3",
			"                                                                                        97.7",
			"                                                                                           5",
			"",
		}, []string{"合", "计", "101,833.84", "43,436.09", "34,411.12", "9,024.98", "58,397.75"}, true},
		{"whole figures stacked", []string{
			"合计            100.00    200.00",
			"                300.00    400.00",
			"                500.00    600.00",
		}, []string{"合计", "100.00", "200.00"}, false},
		{"pieces alone", []string{
			"      1",
			"      01,",
			"        833",
			"          .84",
		}, []string{"101,833.84"}, true},
		{"broken once", []string{
			"201 一般公共服务支出   16,604",
			"                       .23   8,964",
			"                               .13",
		}, []string{"201", "一般公共服务支出", "16,604"}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := joinDiagonalFigures(c.lines)
			if f := strings.Fields(got[0]); strings.Join(f, "|") != strings.Join(c.want, "|") {
				t.Errorf("first line %q, want fields %v", got[0], c.want)
			}
			if len(got) != len(c.lines) {
				t.Fatalf("%d lines, want %d", len(got), len(c.lines))
			}
			for k := 1; k < len(got); k++ {
				if blank := strings.TrimSpace(got[k]) == ""; blank != c.blank && strings.TrimSpace(c.lines[k]) != "" {
					t.Errorf("line %d %q, blank %v", k, got[k], c.blank)
				}
			}
		})
	}
}

// TestDiagonalTotalConfirmed: the 合计 of 重庆市商务委员会's 表五, joined
// from its pieces, is read and the table confirmed by its sums.
func TestDiagonalTotalConfirmed(t *testing.T) {
	d, err := File(nationalDir + "/cq-chongqing-commerce-2026-budget.layout.txt")
	if err != nil {
		t.Skipf("national corpus absent: %v", err)
	}
	for _, tb := range d.Tables {
		if tb.Title != "2026年一般公共预算支出情况表" {
			continue
		}
		if tb.Verified == nil || !*tb.Verified {
			t.Errorf("table in doubt: %v", tb.Identities)
		}
		if len(tb.Coded) == 0 || tb.Coded[0].Line != 710 || tb.Coded[0].Amounts["总计"].String() != "101833.84" || tb.Coded[0].Amounts["项目支出"].String() != "58397.75" {
			t.Errorf("合计 row read as %+v", tb.Coded[0])
		}
		return
	}
	t.Error("no 表五")
}

// FuzzLineJoins: the joins of figures broken over lines keep every line (a
// row's line number is its place in the source) and never fail on any text.
func FuzzLineJoins(f *testing.F) {
	f.Add("      1\n      01,\n        833\n          .84    4\n                 3,4\n                   36.0\n                      9", uint64(0))
	f.Add(" 杭州市机动      14,549.64    12,437.3\n\n      20\n\n车驾驶员考试      6", uint64(16))
	f.Fuzz(func(t *testing.T, text string, pages uint64) {
		lines := strings.Split(text, "\n")
		starts := make([]bool, len(lines))
		for i := range starts {
			starts[i] = pages>>(i%64)&1 == 1
		}
		if got := joinDiagonalFigures(lines); len(got) != len(lines) {
			t.Fatalf("%d lines from %d", len(got), len(lines))
		}
		if got := joinFiguresOverPages(lines, starts); len(got) != len(lines) {
			t.Fatalf("%d lines from %d", len(got), len(lines))
		}
	})
}
