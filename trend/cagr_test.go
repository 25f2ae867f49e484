package trend

import (
	"testing"

	"yusuan/model"
)

func TestCAGR(t *testing.T) {
	for _, c := range []struct {
		first, last string
		years       int
		want        string
		ok          bool
	}{
		{"100.00", "121.00", 2, "10.00", true},
		{"1000.00", "1331.00", 3, "10.00", true},
		{"121.00", "100.00", 2, "-9.09", true},
		{"17996.68", "24169.74", 2, "15.89", true}, // 江苏省人民检察院 2017→2019 支出总计
		{"100.00", "100.00", 4, "0.00", true},
		{"100.00", "0.00", 2, "-100.00", true},
		{"100.00", "150.00", 1, "50.00", true},
		// at the boundary: 1.00005² = 1.0001000025, a rate of exactly 0.005% rounds away from zero
		{"1.00", "1.0001000025", 2, "0.01", true},
		// and just below it stays 0.00
		{"1.00", "1.0001000024", 2, "0.00", true},
		// a rate of exactly −0.005%: 0.99995² = 0.9999000025
		{"1.00", "0.9999000025", 2, "-0.01", true},
		{"1.00", "0.9999000026", 2, "0.00", true},
		{"0.00", "10.00", 2, "", false},
		{"-5.00", "10.00", 2, "", false},
		{"5.00", "-1.00", 2, "", false},
		{"5.00", "6.00", 0, "", false},
	} {
		got, ok := CAGR(model.MustMoney(c.first), model.MustMoney(c.last), c.years)
		if got != c.want || ok != c.ok {
			t.Errorf("CAGR(%s, %s, %d) = %q, %v; want %q, %v", c.first, c.last, c.years, got, ok, c.want, c.ok)
		}
	}
}

func BenchmarkCAGR(b *testing.B) {
	first, last := model.MustMoney("17996.68"), model.MustMoney("24169.74")
	for b.Loop() {
		if _, ok := CAGR(first, last, 2); !ok {
			b.Fatal("no rate")
		}
	}
}
