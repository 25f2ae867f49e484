package parse

import (
	"testing"

	"yusuan/model"
)

// mergeRepeatedCodes adds up the rows of one code, printed once per unit,
// and says how many printed rows each sum holds (their roundings add up).
func TestMergeRepeatedCodesCountsRows(t *testing.T) {
	row := func(code, total string) model.CodedRow {
		return model.CodedRow{Code: code, Amounts: map[string]model.Money{"合计": model.MustMoney(total)}, Order: []string{"合计"}}
	}
	got := mergeRepeatedCodes([]model.CodedRow{
		row("", "3819.25"), row("221", "3366.94"), row("2210201", "703.88"),
		row("221", "452.31"), row("2210201", "151.05"), row("22102", "452.31"),
	})
	want := []struct {
		code, total string
		summed      int
	}{{"", "3819.25", 0}, {"221", "3819.25", 2}, {"2210201", "854.93", 2}, {"22102", "452.31", 0}}
	if len(got) != len(want) {
		t.Fatalf("%d rows, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		if got[i].Code != w.code || got[i].Amounts["合计"].String() != w.total || got[i].Summed != w.summed {
			t.Errorf("row %d: %s %s summed %d, want %s %s %d", i, got[i].Code, got[i].Amounts["合计"], got[i].Summed, w.code, w.total, w.summed)
		}
	}
}
