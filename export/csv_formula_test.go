package export

import (
	"bytes"
	"encoding/csv"
	"testing"

	"yusuan/model"
)

// hostileDoc is a document whose text tries to run formulas in a
// spreadsheet, with a negative amount that must stay a number.
func hostileDoc() *model.Document {
	m := model.MustMoney
	return &model.Document{
		Schema: model.Schema, Source: "=cmd|' /C calc'!A0.txt", Department: "@SUM(1+1)*cmd|' /C calc'!A0", Year: 2026, Kind: model.Budget, Unit: "万元",
		Tables: []*model.Table{{
			Kind: model.TExpenditure, Title: "+支出总表", Line: 10, Unit: "万元",
			Coded: []model.CodedRow{{
				Code: "2240106", Name: `=HYPERLINK("http://x","安全监管")`, Line: 12,
				Amounts: map[string]model.Money{"合计": m("-30.00"), "\t=1+2": m("5.00")}, Order: []string{"合计", "\t=1+2"},
			}},
		}},
		Projects: []*model.Project{{Code: "-1+2", Name: "安全生产举报奖励", Budget: m("10.00"), Line: 20}},
	}
}

func TestCSVNeutralisesFormulas(t *testing.T) {
	var b bytes.Buffer
	if err := CSV(&b, []*model.Document{hostileDoc()}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	assertNoFormula(t, rows)
	want := map[string]bool{"'=cmd|' /C calc'!A0.txt": false, "'@SUM(1+1)*cmd|' /C calc'!A0": false, `'=HYPERLINK("http://x","安全监管")`: false, "-30.00": false, "'+支出总表": false, "'\t=1+2": false, "'-1+2": false}
	for _, r := range rows[1:] {
		for _, f := range r {
			if _, ok := want[f]; ok {
				want[f] = true
			}
		}
	}
	for f, seen := range want {
		if !seen {
			t.Errorf("no cell %q in %q", f, rows)
		}
	}
}
