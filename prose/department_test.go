package prose

import "testing"

func TestSameDepartment(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"江苏省政协办公厅", "省政协办公厅", true},               // the Jiangsu -text half prints the short form
		{"苏州市自然资源和规划局（本级）", "苏州市自然资源和规划局", true},   // scope note
		{"西安市财政局（汇总）", "西安市财政局(本级)", true},         // either note, either bracket width
		{"中国共产党江苏省委员会办公厅", "中共江苏省委办公厅", true},      // the party's name in full and short
		{"中共江苏省委办公厅", "江苏省委办公厅", true},             // 中共 before the place
		{"中国共产党江苏省委员会办公厅", "江苏省委办公厅", true},        // both at once
		{"北京市统计局", "北京市统计局", true},                 // identical
		{"北京市统计局", "西安市统计局", false},                // another city
		{"深圳市规划和自然资源局", "深圳市规划和自然资源局大鹏管理局", false}, // words added at the end: a sub-office
		{"江苏省高级人民法院", "江苏省人民检察院", false},           // different bodies
		{"江苏省政协办公厅", "办公厅", false},                 // too short to say
		{"江苏省人大常委会办公厅", "省政协办公厅", false},           // suffix of neither
		{"", "", false}, // nothing to compare
		{"江苏省政协办公厅", "", false},
		{"江苏省人大常委会办公厅", "江苏省人民代表大会常务委员会办公厅", false}, // a different wording, not a prefix
		{"江苏省人民检察院（本级）", "江苏省人民检察院", true},
		{"北京市统计局(汇总)", "北京市统计局", true},
		{"南京市财政局", "无锡市财政局", false},
		{"江苏省南京市财政局", "南京市财政局", true},
	} {
		if got := SameDepartment(c.a, c.b); got != c.same {
			t.Errorf("SameDepartment(%q, %q) = %v, want %v", c.a, c.b, got, c.same)
		}
		if got := SameDepartment(c.b, c.a); got != c.same {
			t.Errorf("SameDepartment(%q, %q) = %v, want %v (reversed)", c.b, c.a, got, c.same)
		}
	}
}

func TestDepartmentKey(t *testing.T) {
	for in, want := range map[string]string{
		"无锡市教育局（本级）":     "无锡市教育局",
		"西安市司法局（汇总）":     "西安市司法局",
		"福州市民政局(本级)":     "福州市民政局",
		"中国共产党广州市委员会宣传部": "中共广州市委宣传部",
		"北京市 统计局":        "北京市统计局",
	} {
		if got := DepartmentKey(in); got != want {
			t.Errorf("DepartmentKey(%q) = %q, want %q", in, got, want)
		}
	}
}
