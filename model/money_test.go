package model

import (
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"
)

func TestParseAmount(t *testing.T) {
	cases := []struct {
		in   string
		want string
		ok   bool
	}{
		{"2618.39", "2618.39", true},
		{"37,188.34", "37188.34", true},
		{"1,260,000", "1260000", true},
		{" 600 ", "600", true},
		{"２６１８．３９", "2618.39", true}, // full-width digits
		{"(12.50)", "-12.5", true},
		{"-3.00", "-3", true},
		{"5万元", "5", true},
		{"16000元", "16000", true},
		{"", "", false},
		{"-", "", false},
		{"—", "", false},
		{"6.80%", "", false},
		{"≥90%", "", false},
		{"1.2.3", "", false},
		{"abc", "", false},
		{"1年", "", false},
	}
	for _, c := range cases {
		m, ok := ParseAmount(c.in)
		if ok != c.ok {
			t.Errorf("%q: ok=%v, want %v", c.in, ok, c.ok)
			continue
		}
		if ok && !m.Decimal().Equal(decimal.RequireFromString(c.want)) {
			t.Errorf("%q: %s, want %s", c.in, m, c.want)
		}
	}
}

func TestMoneyString(t *testing.T) {
	cases := []struct {
		m    Money
		want string
	}{
		{MustMoney("600"), "600.00"},
		{MustMoney("1.5"), "1.50"},
		{MustMoney("0"), "0.00"},
		{Zero, "0.00"},
		{Yuan(decimal.NewFromInt(2878025)), "287.8025"}, // never rounded
		{Yuan(decimal.NewFromInt(50000)), "5.00"},
		{Yuan(decimal.NewFromInt(111000)), "11.10"},
		{MustMoney("-767.47"), "-767.47"},
	}
	for _, c := range cases {
		if got := c.m.String(); got != c.want {
			t.Errorf("%v: %q, want %q", c.m.Decimal(), got, c.want)
		}
	}
	if g := MustMoney("37188.34").Grouped(); g != "37,188.34" {
		t.Errorf("grouped %q", g)
	}
	if g := MustMoney("-1234567.8").Grouped(); g != "-1,234,567.80" {
		t.Errorf("grouped %q", g)
	}
	if g := MustMoney("999").Grouped(); g != "999.00" {
		t.Errorf("grouped %q", g)
	}
}

func TestMoneyArithmeticIsExact(t *testing.T) {
	// 0.1 + 0.2 is 0.3 exactly: no float64 anywhere
	if !MustMoney("0.1").Add(MustMoney("0.2")).Equal(MustMoney("0.3")) {
		t.Error("0.1+0.2 != 0.3")
	}
	parts := []Money{MustMoney("108.54"), MustMoney("114.39"), MustMoney("9.01"), MustMoney("183.13"), MustMoney("62.38"),
		MustMoney("31.19"), MustMoney("29.00"), MustMoney("23.39"), MustMoney("1.95"), MustMoney("50.42")}
	if s := Sum(parts...); !s.Equal(MustMoney("613.40")) {
		t.Errorf("sum %s", s)
	}
	if p, ok := Percent(MustMoney("40.5"), MustMoney("595.2"), 2); !ok || p.String() != "6.8" {
		t.Errorf("percent %s", p)
	}
	if _, ok := Percent(MustMoney("1"), Zero, 2); ok {
		t.Error("percent of zero")
	}
}

func TestMoneyJSON(t *testing.T) {
	b, err := json.Marshal(struct{ A, B Money }{MustMoney("10"), Yuan(decimal.NewFromInt(2878025))})
	if err != nil || string(b) != `{"A":"10.00","B":"287.8025"}` {
		t.Errorf("%s %v", b, err)
	}
	var m Money
	if err := json.Unmarshal([]byte(`"3218.39"`), &m); err != nil || !m.Equal(MustMoney("3218.39")) {
		t.Errorf("unmarshal %s %v", m, err)
	}
}

func TestCleanText(t *testing.T) {
	cases := map[string]string{
		"安全\x1b[31m监管\x1b[0m":      "安全监管",
		"a\x1b]0;title\x07b":       "ab",
		"x\x1b]8;;http://e\x1b\\y": "xy",
		"tab\tand\nnewline":        "tab\tand\nnewline",
		"bell\x07nul\x00del\x7f":   "bellnuldel",
		"c1\u009b31mred":           "c1red",
		"rtl\u202eoverride":        "rtloverride",
		"“三公”经费":                   "“三公”经费",
		"trailing esc\x1b":         "trailing esc",
	}
	for in, want := range cases {
		if got := CleanText(in); got != want {
			t.Errorf("CleanText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTreeHelpers(t *testing.T) {
	if LevelOf("224") != LevelClass || LevelOf("22401") != LevelSection || LevelOf("2240106") != LevelItem || LevelOf("2240") != "" {
		t.Error("LevelOf")
	}
	if ParentCode("2240106") != "22401" || ParentCode("22401") != "224" || ParentCode("224") != "" {
		t.Error("ParentCode")
	}
}

// TestIsAmountAgreesWithParse: IsAmount is ParseAmount's ok, on every kind
// of cell the readers meet.
func TestIsAmountAgreesWithParse(t *testing.T) {
	for _, s := range []string{
		"", " ", "0", "00", ".5", "5.", "1,234.50", "(12.00)", "-3", "+3", "--3", "1.2.3", "12,345,678.00",
		"２６１８．３９", "１２万元", "35元", "3 万元", "174,900 .64", "12.00 13.00", "-", "—", "合计", "201", "2010101",
		"1e5", "12%", "（3.00）", "3.", "-.5", "+", ",", "1, 2", "\t12\t",
	} {
		_, ok := ParseAmount(s)
		if got := IsAmount(s); got != ok {
			t.Errorf("IsAmount(%q) = %v, ParseAmount ok = %v", s, got, ok)
		}
	}
}

// FuzzIsAmount: on any text, IsAmount and ParseAmount agree, and neither
// panics.
func FuzzIsAmount(f *testing.F) {
	for _, s := range []string{"1,234.50", "(12.00)", "２６１８．３９", "174,900 .64", "合计", "5."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, ok := ParseAmount(s)
		if IsAmount(s) != ok {
			t.Errorf("IsAmount(%q) = %v, ParseAmount ok = %v", s, !ok, ok)
		}
	})
}

// sumByAdd is Sum the slow way, one decimal Add after another.
func sumByAdd(ms []Money) Money {
	var t Money
	for _, m := range ms {
		t = t.Add(m)
	}
	return t
}

func TestSumMatchesAdd(t *testing.T) {
	cases := [][]string{
		{},
		{"0"},
		{"1.5", "2.25", "-3"},
		{"123456789012345", "0.000001"},        // too fine together: the big path
		{"999999999999999", "999999999999999"}, // 15 digits each
		{"1E+3", "0.01"},
		{"-0.00", "12,345.678901"},
	}
	for _, c := range cases {
		var ms []Money
		for _, s := range c {
			d, err := decimal.NewFromString(s)
			if err != nil {
				m, ok := ParseAmount(s)
				if !ok {
					t.Fatalf("bad case %q", s)
				}
				d = m.Decimal()
			}
			ms = append(ms, NewMoney(d))
		}
		got, want := Sum(ms...), sumByAdd(ms)
		if !got.Equal(want) || got.Decimal().Exponent() != want.Decimal().Exponent() {
			t.Errorf("Sum(%v) = %s (exp %d), Add gives %s (exp %d)", c, got.Decimal(), got.Decimal().Exponent(), want.Decimal(), want.Decimal().Exponent())
		}
	}
}

// FuzzSum: the int64 path gives what Add gives, value and exponent, for any
// three amounts.
func FuzzSum(f *testing.F) {
	f.Add(int64(1), int32(-2), int64(-5), int32(0), int64(999999999999999), int32(-6))
	f.Add(int64(9223372036854775807), int32(-18), int64(1), int32(3), int64(0), int32(0))
	f.Fuzz(func(t *testing.T, a int64, ea int32, b int64, eb int32, c int64, ec int32) {
		ms := []Money{NewMoney(decimal.New(a, ea%40)), NewMoney(decimal.New(b, eb%40)), NewMoney(decimal.New(c, ec%40))}
		got, want := Sum(ms...), sumByAdd(ms)
		if !got.Equal(want) || got.Decimal().Exponent() != want.Decimal().Exponent() {
			t.Fatalf("Sum = %s (exp %d), Add gives %s (exp %d)", got.Decimal(), got.Decimal().Exponent(), want.Decimal(), want.Decimal().Exponent())
		}
	})
}
