package prose

import "testing"

func TestSameDepartment(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"江苏省政协办公厅", "省政协办公厅", true},
		{"中国共产党江苏省委员会办公厅", "中共江苏省委办公厅", true},
		{"中共江苏省委办公厅", "江苏省委办公厅", true},
		{"江苏省人大常委会办公厅", "江苏省人民代表大会常务委员会办公厅", false}, // a different wording, not a prefix
		{"江苏省人民检察院（本级）", "江苏省人民检察院", true},
		{"北京市统计局(汇总)", "北京市统计局", true},
		{"江苏省高级人民法院", "江苏省人民检察院", false},
		{"南京市财政局", "无锡市财政局", false},
		{"江苏省南京市财政局", "南京市财政局", true},
		{"", "", false},
		{"江苏省政协办公厅", "", false},
	} {
		if got := SameDepartment(c.a, c.b); got != c.same {
			t.Errorf("SameDepartment(%q, %q) = %v, want %v", c.a, c.b, got, c.same)
		}
		if got := SameDepartment(c.b, c.a); got != c.same {
			t.Errorf("SameDepartment(%q, %q) = %v, want %v", c.b, c.a, got, c.same)
		}
	}
}
