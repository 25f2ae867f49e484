package parse

import "testing"

// A row's figures go under its 合计 where a placement puts one there:
// 烟台交通运输局's 政府性基金预算支出情况表 prints “80.34 … 80.34” on every row,
// the first figure midway between 合计 and 小计. Under 小计 and 人员支出 the
// sums hold too, but leave the row without its total; under 合计 and 项目支出,
// where the second figure stands, the table is read whole.
func TestRowFillsItsTotal(t *testing.T) {
	d := corpusDocs(t, nationalCorpus, "sd-yantai-transport-2026-budget.layout.txt")[0]
	tb := tableTitled(t, d, "政府性基金预算支出情况表")
	if tb.Verified == nil || tb.Unverified() {
		t.Fatalf("not confirmed: %+v", tb.Identities)
	}
	rows := 0
	for _, r := range tb.Coded {
		if got := r.Amounts["合计"]; got.String() != "80.34" {
			t.Errorf("%s %s 合计 = %s, want 80.34 (%v)", r.Code, r.Name, got, r.Amounts)
		}
		if got := r.Amounts["项目支出"]; got.String() != "80.34" {
			t.Errorf("%s %s 项目支出 = %s, want 80.34 (%v)", r.Code, r.Name, got, r.Amounts)
		}
		if _, ok := r.Amounts["小计"]; ok {
			t.Errorf("%s %s: a figure under 小计 (%v)", r.Code, r.Name, r.Amounts)
		}
		rows++
	}
	if rows != 4 {
		t.Errorf("%d rows, want 4 (合计, 212, 21208, 2120803)", rows)
	}
}
