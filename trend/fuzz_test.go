package trend

import (
	"math"
	"strconv"
	"testing"

	"yusuan/model"
)

// FuzzCAGR: any two amounts and a span never panic, and the rate printed is
// within a hundredth of a percent of an independent float estimate (a test
// oracle only: the program never computes amounts in floats).
func FuzzCAGR(f *testing.F) {
	f.Add("100.00", "121.00", uint8(2))
	f.Add("17996.68", "24169.74", uint8(2))
	f.Add("1.00", "1.0001000025", uint8(2))
	f.Add("0.01", "99999999.99", uint8(7))
	f.Fuzz(func(t *testing.T, a, b string, years uint8) {
		first, ok1 := model.ParseAmount(a)
		last, ok2 := model.ParseAmount(b)
		if !ok1 || !ok2 || years > 30 || len(a) > 20 || len(b) > 20 {
			return
		}
		got, ok := CAGR(first, last, int(years))
		if !ok {
			return
		}
		fa, _ := first.Decimal().Float64()
		fb, _ := last.Decimal().Float64()
		want := (math.Pow(fb/fa, 1/float64(years)) - 1) * 100
		g, err := strconv.ParseFloat(got, 64)
		if err != nil || math.IsInf(want, 0) || math.IsNaN(want) {
			return
		}
		if math.Abs(g-want) > 0.0051+1e-9*math.Abs(want) {
			t.Errorf("CAGR(%s, %s, %d) = %s, float estimate %.6f", a, b, years, got, want)
		}
	})
}
