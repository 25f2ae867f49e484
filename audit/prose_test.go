package audit

import (
	"testing"

	"yusuan/model"
)

// A “三公” item printed with ASCII brackets and a space (因公出国 (境)费用, as
// in cq-chongqing-meteorology-2026) is read as the item, like 因公出国（境）费用.
func TestThreePublicLabelWidths(t *testing.T) {
	cases := []struct {
		text  string
		wrong bool
	}{
		{"其中：因公出国（境）费用2.00万元，公务接待费1.00万元。", true},
		{"其中：因公出国 (境)费用2.00万元，公务接待费1.00万元。", true},
		{"其中：因公出国(境)费用3.00万元，公务接待费1.00万元。", false},
		{"其中：因公出国（境）费用３．００万元，公务接待费1.00万元。", false}, // full-width digits
	}
	for _, c := range cases {
		d := narrative(c.text)
		d.ThreePublic = &model.ThreePublic{Table: "“三公”经费支出表", Line: 50,
			Abroad: model.MustMoney("3.00"), Reception: model.MustMoney("1.00"), Subtotal: model.MustMoney("4.00"),
			Stated: []string{"abroad", "reception", "subtotal"}}
		fs := only(Check(d), "narrative-amount")
		if !c.wrong {
			if len(fs) != 0 {
				t.Errorf("%s: %+v", c.text, fs)
			}
			continue
		}
		if len(fs) != 1 || fs[0].Expected != "3.00" || fs[0].Actual != "2.00" || fs[0].Severity != Error {
			t.Errorf("%s: want one error 3.00 → 2.00, got %+v", c.text, fs)
		}
	}
}

// sd-yantai-audit-2026 and five other corpus documents: a list introducer
// followed at once by a numbered part with its own 其中 (其中：1.收入预算增加
// 118.76万元，其中…) panicked the list reader; a list with no room is none.
func TestNestedListIntroducer(t *testing.T) {
	d := narrative("2026年收支预算总计118.76万元，其中：1.收入预算增加118.76万元，其中一般公共预算收入增加83.76万元，其他收入增加35万元。")
	Check(d) // must not panic
	s := splitNarrative(d)
	if len(s) != 1 || len(findLists(s[0])) > 1 {
		t.Errorf("sentences %d, lists %+v", len(s), s)
	}
}
