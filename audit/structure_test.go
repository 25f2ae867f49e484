package audit

import (
	"testing"

	"yusuan/model"
)

func TestStructure(t *testing.T) {
	d := docWith(
		table(model.TExpenditure, "部门预算支出总表", row("", "合计", 1, "合计", "1.00"), row("2240101", "行政运行", 2, "合计", "1.00")),
	)
	d.Contents = []string{"部门预算支出总表", "部门预算收支总表", "一、部门职责"}
	f := only(Check(d), "toc-missing")
	if len(f) != 1 || !contains(f[0].Message, "部门预算收支总表") {
		t.Fatalf("toc: %+v", f)
	}
	d.Tables = append(d.Tables, &model.Table{Kind: model.TSummary, Title: "2026年部门预算收支总表"})
	none(t, Check(d), "toc-missing")

	// empty tables
	d = docWith(&model.Table{Kind: model.TFundExpenditure, Title: "政府性基金支出表", Rows: [][]string{{"合计", "", ""}}})
	d.Sections = []*model.Section{{Heading: "说明", Text: "本部门预算收入100万元。"}}
	if len(only(Check(d), "empty-unexplained")) != 1 {
		t.Fatal("an empty table without a note should be noted")
	}
	d.Sections[0].Text = "本部门无政府性基金预算。"
	none(t, Check(d), "empty-unexplained")
	d.Sections[0].Text = "政府性基金支出预算支出 0 万元。"
	none(t, Check(d), "empty-unexplained")
	d.Sections[0].Text = ""
	d.Tables[0].EmptyNote = "注：本表无数据"
	none(t, Check(d), "empty-unexplained")
	none(t, Check(d), "empty-with-data")
	d.Tables[0].Rows = [][]string{{"设备", "471", "6705.31"}}
	if len(only(Check(d), "empty-with-data")) != 1 {
		t.Fatal("a table noted empty with figures should be flagged")
	}

	// codes: well formed, parents present
	d = docWith(table(model.TExpenditure, "支出总表",
		row("224", "灾害防治及应急管理支出", 1, "合计", "1.00"),
		row("22401", "应急管理事务", 2, "合计", "1.00"),
		row("2240101", "行政运行", 3, "合计", "1.00"),
	), table(model.TBasicEconomic, "基本支出表", row("301", "工资福利支出", 1, "合计", "1.00"), row("30101", "基本工资", 2, "合计", "1.00")))
	none(t, Check(d), "code-format")
	// an economic code has 3 or 5 digits; 7 only as the publisher's own
	// sub-item under its 5-digit item printed in the table (TestCodeFormatSubItems)
	d.Tables[1].Coded = append(d.Tables[1].Coded, row("3010101", "x", 3, "合计", "0"), row("3010201", "y", 4, "合计", "0"))
	if fs := only(Check(d), "code-format"); len(fs) != 1 || fs[0].Severity != Warn || fs[0].Code != "3010201" {
		t.Fatalf("econ code: %+v", fs)
	}
	d = docWith(table(model.TExpenditure, "支出总表",
		row("224", "灾害防治及应急管理支出", 1, "合计", "1.00"),
		row("22401", "应急管理事务", 2, "合计", "1.00"),
		row("2240101", "行政运行", 3, "合计", "1.00"),
		row("2250101", "x", 4, "合计", "1.00"),
		row("22A01", "y", 5, "合计", "1.00"),
	))
	fs := only(Check(d), "code-format")
	if len(fs) != 2 || fs[0].Code != "22A01" || fs[0].Severity != Warn || fs[1].Code != "2250101" || fs[1].Severity != Info {
		t.Fatalf("codes: %+v", fs)
	}
}

func TestCatalogName(t *testing.T) {
	d := docWith(table(model.TExpenditure, "支出总表",
		row("224", "灾害防治及应急管理支出", 1, "合计", "1.00"),
		row("2240106", "安全监管", 2, "合计", "1.00"),
		row("2240108", "应急救援", 3, "合计", "1.00"),
		row("2240109", "应急管理（2）", 4, "合计", "1.00"),
	))
	d.Year = 2026
	fs := only(Check(d), "catalog-name")
	if len(fs) != 1 || fs[0].Code != "2240109" || fs[0].Severity != Info {
		t.Fatalf("%+v", fs)
	}
}

// An economic code of 7 digits under its 5-digit item printed in the same
// table is the publisher's own sub-item, not a format error; one whose
// item is not printed is. A basic-expenditure table by function prints
// functional codes of 7 digits.
func TestCodeFormatSubItems(t *testing.T) {
	econ := table(model.TBasicEconomic, "基本支出表",
		row("302", "商品和服务支出", 10, "合计", "10.00"),
		row("30211", "差旅费", 11, "合计", "10.00"),
		row("3021101", "差旅费", 12, "合计", "6.00"),
		row("3021102", "其他差旅费", 13, "合计", "4.00"),
		row("3010201", "津贴补贴", 14, "合计", "1.00"),
		row("2210203", "购房补贴", 15, "合计", "2.00"),
	)
	var got []string
	for _, f := range only(Check(docWith(econ)), "code-format") {
		if f.Severity == Warn {
			got = append(got, f.Code)
		}
	}
	if len(got) != 1 || got[0] != "3010201" {
		t.Errorf("format warnings on %v, want 3010201 only", got)
	}
}
