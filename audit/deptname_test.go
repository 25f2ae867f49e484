package audit

import (
	"path/filepath"
	"testing"

	"yusuan/model"
	"yusuan/parse"
)

// Real header lines and titles of the corpora; each failing case is a real
// line with the name changed.
func TestDepartmentName(t *testing.T) {
	cases := []struct {
		name, dept, header, text string
		want                     string // the name reported, "" for none
	}{
		// js-renda-2019-tables: 部门： 江苏省人大常委会办公厅 单位：万元
		{"same name", "江苏省人大常委会办公厅", "江苏省人大常委会办公厅", "", ""},
		// js-highcourt-2019: 部门名称：江苏省高级人民法 / 院 read apart
		{"header wrapped", "江苏省高级人民法院", "江苏省高级人民法", "", ""},
		// gd-shenzhen-publicsecurity-2026: 部门名称：深圳市公安局（本级）
		{"scope qualifier", "深圳市公安局", "深圳市公安局（本级）", "", ""},
		// sn-xian-finance-2026: 编制部门：西安市财政局（汇总）
		{"summary qualifier", "西安市财政局", "西安市财政局（汇总）", "", ""},
		// js-cppcc-2018: 部门：江苏省政协办公厅, under another department's name
		{"header of another department", "江苏省人大常委会办公厅", "江苏省政协办公厅", "", "江苏省政协办公厅"},
		// js-renda-2019-text's contents: 第二部分 江苏省人大常委会办公厅 2019 年度部门预算表
		{"narrative title", "江苏省人大常委会办公厅", "", "第二部分 江苏省人大常委会办公厅 2019 年度部门预算表", ""},
		// js-renda-2017: 第二部分 省人大办公厅 2017 年度部门预算表
		{"narrative abbreviation", "江苏省人大常委会办公厅", "", "第二部分 省人大办公厅 2017 年度部门预算表", "省人大办公厅"},
		// js-highcourt-2017's cover: 2017 年度江苏省高级人民法院部门预算公开
		{"cover", "江苏省高级人民法院", "", "  2017 年度江苏省高级人民法院部门预算公开", ""},
		{"cover of another", "江苏省高级人民法院", "", "  2017 年度江苏省人民检察院部门预算公开", "江苏省人民检察院"},
		// js-suzhou-transport-2026: a heading wrapped before the name
		// (…培训费支出预算情 / 况说明苏州市交通运输局2026年部门预算…)
		{"wrapped heading", "苏州市交通运输局", "", "况说明苏州市交通运输局2026年部门预算", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := &model.Document{Year: 2017, Department: tc.dept}
			if tc.header != "" {
				doc.Tables = []*model.Table{{Kind: model.TSummary, Title: "收支预算总表", Line: 141, UnitName: tc.header}}
			}
			if tc.text != "" {
				doc.Sections = []*model.Section{{Heading: "目 录", Line: 6, Text: tc.text, Lines: []int{12}}}
			}
			got := only(Check(doc), "department-name")
			if tc.want == "" {
				if len(got) != 0 {
					t.Fatalf("want none, got %+v", got)
				}
				return
			}
			if len(got) != 1 || got[0].Severity != Warn || !contains(got[0].Message, "“"+tc.want+"”") {
				t.Fatalf("want one warning naming %s, got %+v", tc.want, got)
			}
		})
	}
}

// On the documents themselves: js-renda-2017 names itself 省人大办公厅 in its
// contents (the one abbreviation the Jiangsu corpus prints), and nothing
// else of its twelve table headers or narrative differs; the Jinzhong sample's
// headers, read whole or wrapped, all name its department.
func TestDepartmentNameDocuments(t *testing.T) {
	none(t, Check(parseSample(t, "jinzhong-safety-2023.txt")), "department-name")
	f := filepath.Join(corpusDir, "js-renda-2017.layout.txt")
	doc, err := parse.File(f)
	if err != nil {
		t.Skip("corpus not present: ", err)
	}
	got := only(Check(doc), "department-name")
	if len(got) != 1 || got[0].Line != 12 || !contains(got[0].Message, "“省人大办公厅”") {
		t.Fatalf("want 省人大办公厅 at line 12, got %+v", got)
	}
}
