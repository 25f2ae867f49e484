package audit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"yusuan/model"
	"yusuan/parse"
)

// A unit's heading opens a scope that its sub-headings stay in and any other
// heading closes; the department's own name (without 本级) is the whole.
func TestSectionUnits(t *testing.T) {
	const dept = "深圳市人力资源和社会保障局"
	heads := []struct{ heading, unit string }{
		{"第三部分 部门预算支出具体情况", ""},
		{"一、深圳市人力资源和社会保障局（本级）", "深圳市人力资源和社会保障局（本级）"},
		{"（五）项目支出 142,220.85 万元，具体包括：", "深圳市人力资源和社会保障局（本级）"},
		{"三、深圳市社会保险基金管理局本级", "深圳市社会保险基金管理局本级"},
		{"（一）在职人员经费 4,013.28 万元", "深圳市社会保险基金管理局本级"},
		{"十五、深圳城市职业学院（深圳技师学院）", "深圳城市职业学院（深圳技师学院）"},
		{"二十一、深圳市考试院", "深圳市考试院"},
		{"1.人力资源综合管理", "深圳市考试院"},
		{"第四部分 政府采购预算情况", ""},
		{"（一）政府采购", ""},         // a sub-heading outside a unit's scope
		{"一、深圳市人力资源和社会保障局", ""}, // the department as a whole
		{"一、部门职责", ""},
		{"二、机构编制", ""},
		{"一、部门收支预算情况", ""},
		{"三、2026 年主要工作目标", ""},
	}
	doc := &model.Document{Department: dept}
	for _, h := range heads {
		doc.Sections = append(doc.Sections, &model.Section{Heading: h.heading})
	}
	got := sectionUnits(doc)
	for i, h := range heads {
		if got[i] != h.unit {
			t.Errorf("%q: unit %q, want %q", h.heading, got[i], h.unit)
		}
	}
}

// The department's name in a short form is the department as a whole too
// (prose.SameDepartment); with 本级 it is the department's own unit.
func TestHeadingUnitShortDepartment(t *testing.T) {
	const dept = "江苏省政协办公厅"
	for _, tc := range []struct{ heading, unit string }{
		{"一、省政协办公厅", ""},
		{"一、江苏省政协办公厅", ""},
		{"一、省政协办公厅（本级）", "省政协办公厅（本级）"},
		{"二、江苏省政协机关服务中心", "江苏省政协机关服务中心"},
	} {
		if got := headingUnit(tc.heading, dept); got != tc.unit {
			t.Errorf("%q: unit %q, want %q", tc.heading, got, tc.unit)
		}
	}
}

// unitDoc is a department of two units whose project list gives each unit's
// rows after the unit's own, and a narrative section for one unit.
func unitDoc(heading, text string) *model.Document {
	list := &model.Table{Kind: model.TProjectList, Title: "项目支出总表", Line: 100, Unit: "万元", Rows: [][]string{
		{"某市人力资源和社会保障局", "745.15"},
		{"某市社会保险基金管理局直属分局", "684.15"},
		{"社会保障管理", "684.15", "684.15", "0.00"},
		{"某市社会保险基金管理局南山分局", "61.00"},
		{"社会保障管理", "61.00 61.00", "0.00"}, // two columns' figures glued by the layout
	}}
	return &model.Document{Year: 2026, Department: "某市人力资源和社会保障局", Tables: []*model.Table{list},
		Sections: []*model.Section{
			{Heading: "第三部分 部门预算支出具体情况", Line: 1},
			{Heading: heading, Line: 10},
			{Heading: "（五）项目支出 61.00 万元，具体包括：", Line: 20, Text: text},
		}}
}

// A unit's figure is compared with the unit's own rows only: the
// department's (here the other unit's 684.15) is not what it states.
func TestNarrativeAmountsInUnitSection(t *testing.T) {
	cases := []struct {
		name, heading, text string
		expected            string // "" for no finding
	}{
		{"the unit's row agrees", "二、某市社会保险基金管理局南山分局", "1.社会保障管理 61.00 万元，用于社保经办。", ""},
		{"the unit's row contradicts", "二、某市社会保险基金管理局南山分局", "1.社会保障管理 60.00 万元，用于社保经办。", "61.00"},
		{"a unit the tables give no rows for", "二、某市社会保险基金管理局福田分局", "1.社会保障管理 60.00 万元，用于社保经办。", ""},
		// the same sentence under the department's own heading is the
		// department's, compared with every figure its tables give
		{"the department as a whole", "二、某市人力资源和社会保障局", "1.社会保障管理 60.00 万元，用于社保经办。", "684.15"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fs := only(Check(unitDoc(tc.heading, tc.text)), "narrative-amount")
			if tc.expected == "" {
				if len(fs) != 0 {
					t.Fatalf("want no finding, got %+v", fs)
				}
				return
			}
			want(t, fs, "narrative-amount", Warn, tc.expected, "60.00", m("60.00").Sub(m(tc.expected)).String())
		})
	}
}

// gd-shenzhen-hrss-2026 explains each of its 21 units in a section of its
// own: a unit's project figures are not the department's (社会保障管理 is
// 243.17 万元 for the bureau's own level, 684.15 for 直属分局), and a unit's
// figure changed in the text is still found against that unit's rows (盐田分局's
// 区财政安排项目, 41.05 万元 in the 项目支出总表; 南山分局's 项目支出, 1,404.62).
func TestUnitSectionsShenzhenHRSS(t *testing.T) {
	path := filepath.Join(nationalDir, "gd-shenzhen-hrss-2026-budget.layout.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skip("national corpus absent")
	}
	// as printed, the one narrative amount left is a project's part
	// (国家助学金 353.00 of 技工教育管理) beside the unit's whole 助学金 line
	const printed = "353.00/1412.96"
	cases := []struct {
		name, from, to string
		want           string // the narrative-amount findings, stated/table
	}{
		{"as printed", "", "", printed},
		{"盐田分局's project changed", "2.区财政安排项目 41.05 万元", "2.区财政安排项目 41.50 万元", "41.50/41.05 " + printed},
		{"南山分局's 项目支出 changed", "元、项目支出 1,404.62 万元。", "元、项目支出 1,414.62 万元。", "1414.62/1404.62 " + printed},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			text := string(data)
			if tc.from != "" {
				if strings.Count(text, tc.from) != 1 {
					t.Fatalf("%q not once in the document", tc.from)
				}
				text = strings.Replace(text, tc.from, tc.to, 1)
			}
			doc, err := parse.Bytes(path, []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range only(Check(doc), "narrative-amount") {
				if f.Severity != Warn {
					t.Errorf("%s, want a warning: %s", f.Severity, f.Message)
				}
				got = append(got, f.Actual+"/"+f.Expected)
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("reported %v, want %s", got, tc.want)
			}
		})
	}
}
