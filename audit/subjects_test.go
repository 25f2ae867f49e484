package audit

import (
	"path/filepath"
	"testing"

	"yusuan/model"
	"yusuan/parse"
)

// Real sentences of the corpora; each failing case is a real sentence with
// one word changed.
func TestSubjectDescription(t *testing.T) {
	cases := []struct {
		name, text string
		want       string // Actual of the one finding, "" for none
	}{
		// sn-xian-propaganda-2021
		{"code and its name", "（10）住房公积金（2210201）192.99 万元，较上年增加 15.96 万元，原因是 2021 年人员工资增加。", ""},
		{"code and another's name", "（10）医疗保险（2210201）192.99 万元，较上年增加 15.96 万元，原因是 2021 年人员工资增加。", "医疗保险"},
		{"the section's name on an item's code", "（9）行政事业单位医疗（2101101）38.74 万元，较上年增加 4.39 万元，原因是 2021 年人员工资增加。", "行政事业单位医疗"},
		// a short form of the catalogue's name (sn-xian-justice-2026: 其他民政管理事务支出)
		{"short form", "（二）2080299-其他民政管理事务 613.28 万元。", ""},
		// gd-guangzhou: code before the name
		{"code then name", "（六）2210201-住房公积金 94.85 万元。", ""},
		{"code then another name", "（六）2210201-购房补贴 94.85 万元。", "购房补贴"},
		// cn-central-petition-2026's 名词解释
		{"item's own purpose", "机关事业单位职业年金缴费支出（项）：反映国家信访局机关事业单位实施养老保险制度由单位实际缴纳的职业年金支出。", ""},
		{"item described as another's", "机关事业单位职业年金缴费支出（项）：反映国家信访局机关事业单位实施养老保险制度由单位实际缴纳的住房公积金支出。", "公积金"},
		// js-procuratorate-2019
		{"housing fund", "住房公积金（项）支出1442.74万元，主要用于按规定为职工缴纳的住房公积金。", ""},
		{"housing fund as medical insurance", "住房公积金（项）支出1442.74万元，主要用于按规定为职工缴纳的医疗保险。", "医疗"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := &model.Document{Year: 2021, Sections: []*model.Section{{Heading: "五、2021 年部门预算收支说明", Line: 70, Text: tc.text}}}
			got := only(Check(doc), "subject-description")
			if tc.want == "" {
				if len(got) != 0 {
					t.Fatalf("want none, got %+v", got)
				}
				return
			}
			if len(got) != 1 || got[0].Severity != Warn || got[0].Actual != tc.want {
				t.Fatalf("want one warning about %q, got %+v", tc.want, got)
			}
		})
	}
}

// On the documents: the Xi'an propaganda department's 2021 budget writes the
// section's name 行政事业单位医疗 on the item 2101101 (行政单位医疗), in both of
// its restatements; the samples name every 科目 as the catalogue does.
func TestSubjectDescriptionDocuments(t *testing.T) {
	for _, s := range []string{"jinzhong-safety-2023.txt", "cangzhou-lingang-safety-2026.txt"} {
		none(t, Check(parseSample(t, s)), "subject-description")
	}
	doc, err := parse.File(filepath.Join(nationalDir, "sn-xian-propaganda-2021-budget.layout.txt"))
	if err != nil {
		t.Skip("corpus not present: ", err)
	}
	got := only(Check(doc), "subject-description")
	if len(got) != 2 || got[0].Code != "2101101" || got[1].Code != "2101101" {
		t.Fatalf("want 2101101 twice, got %+v", got)
	}
}
