package audit

import (
	"testing"
)

// withCell is rows with one cell changed, the rows given left as they are.
func withCell(rows [][]string, r, c int, v string) [][]string {
	out := make([][]string, len(rows))
	for i := range rows {
		out[i] = append([]string(nil), rows[i]...)
	}
	out[r][c] = v
	return out
}

// A 收支总表 of several panels is read panel by panel: each panel's
// numbered items add up to its own 本年支出合计, which equals 本年收入合计.
// It is confirmed only by sums that hold; a row the panels cannot explain
// leaves it in doubt.
func TestSummaryPanels(t *testing.T) {
	type sum struct{ expected, actual, diff string }
	cases := []struct {
		name    string
		rows    [][]string
		want    []sum // the summary-identity errors, when the reading is confirmed
		inDoubt bool
	}{
		{"worksafety 2019: every panel adds up", xianWorksafety2019Summary, nil, false},
		{"housing 2022: 本年收入合计 above 本年支出合计 by what is carried", xianHousing2022Summary, nil, false},
		{"housing 2022: a panel whose 本年支出合计 is not the others': in doubt",
			withCell(xianHousing2022Summary, 21, 6, "2273583740.03"), nil, true},
		{"worksafety 2019 财政拨款: amounts on a line of their own are the items' above",
			xianWorksafety2019FiscalSummary, nil, false},
		// the document's own: 支出总计 182157.13 over 本年支出合计 182066.56
		// and 结转下年 0 (the 90.57 carried in is spent nowhere), printed so
		// on all three panels: one failure, reported
		{"hrss 2020: glued figures given back, 1、财政拨款 the sum of its (1)…",
			xianHRSS2020Summary, []sum{{"182066.56", "182157.13", "+90.57"}}, false},
		{"a misprinted item: one failing sum among many is the document's",
			withCell(xianWorksafety2019Summary, 7, 5, "193.60"), []sum{{"3653.37", "3643.37", "-10.00"}}, false},
		{"two panels that do not add up: in doubt",
			withCell(withCell(xianWorksafety2019Summary, 7, 5, "193.60"), 7, 7, "1,526.67"), nil, true},
		{"a glued figure whose cell already holds an amount: in doubt",
			withCell(xianHRSS2020Summary, 2, 2, "50830"), nil, true},
		{"an amount on a line of its own under an item that has one: in doubt",
			withCell(xianWorksafety2019FiscalSummary, 2, 6, "182.88"), nil, true},
		// with the document's own failure, a second (the income side short
		// of 6、其他收入's 350) is more than a reading can be trusted with
		{"a glued figure lost: in doubt",
			withCell(xianHRSS2020Summary, 10, 3, "11、节能环保"), nil, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := Check(docWith(summaryTable(c.rows...)))
			doubt := only(fs, "table-unverified")
			if (len(doubt) > 0) != c.inDoubt {
				t.Fatalf("in doubt %v, want %v: %+v", len(doubt) > 0, c.inDoubt, doubt)
			}
			got := only(fs, "summary-identity")
			if len(got) != len(c.want) {
				t.Fatalf("%d summary-identity findings, want %d: %+v", len(got), len(c.want), got)
			}
			for i, w := range c.want {
				f := got[i]
				if f.Severity != Error || f.Expected != w.expected || f.Actual != w.actual || f.Difference != w.diff {
					t.Errorf("got %s %s/%s/%s (%s), want error %s/%s/%s", f.Severity, f.Expected, f.Actual, f.Difference, f.Message, w.expected, w.actual, w.diff)
				}
			}
		})
	}
}
