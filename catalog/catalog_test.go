package catalog

import "testing"

func TestNames(t *testing.T) {
	// 20805 was renamed in 2024: the name follows the year asked
	if n, ok := NameInYear(Functional, 2019, "20805"); !ok || n != "行政事业单位离退休" {
		t.Errorf("2019 20805 = %q %v", n, ok)
	}
	if n, ok := NameInYear(Functional, 2024, "20805"); !ok || n != "行政事业单位养老支出" {
		t.Errorf("2024 20805 = %q %v", n, ok)
	}
	// a year without a list falls back to the nearest one
	if n, _, ok := Name(Economic, 2023, "30201"); !ok || n != "办公费" {
		t.Errorf("2023 30201 = %q %v", n, ok)
	}
	if _, _, ok := Name(Functional, 2026, "9999999"); ok {
		t.Error("unknown code found")
	}
}

func TestCodeFor(t *testing.T) {
	cases := []struct {
		name string
		code string
		ok   bool
	}{
		{"办公费", "30201", true},
		{"维修(护)费", "30213", true}, // half-width brackets fold to full-width
		{"商品和服务支出", "302", true},
		{"不存在的科目", "", false},
	}
	for _, c := range cases {
		code, ok := CodeFor(Economic, 2023, c.name)
		if code != c.code || ok != c.ok {
			t.Errorf("%s: %q %v", c.name, code, ok)
		}
	}
	// 行政运行 is the name of dozens of items: ambiguous, so no code
	if code, ok := CodeFor(Functional, 2026, "行政运行"); ok {
		t.Errorf("行政运行 resolved to %s", code)
	}
}
