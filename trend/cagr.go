package trend

import (
	"github.com/shopspring/decimal"

	"yusuan/model"
)

// CAGR is the compound annual growth rate from first to last over years
// years, (last/first)^(1/years) − 1, as a percent rounded half away from zero
// to two places; false where it has no meaning (years < 1, first ≤ 0 or last
// < 0).
//
// The root is estimated with decimal's Pow, then the rounding is proved
// exactly: c is the rate to two places when first×(1+(c∓0.005)/100)^years
// brackets last, which needs only integer powers of decimals, exact. An
// estimate off by a hundredth of a percent at a boundary is moved until it
// holds, so the printed figure is the exact rate's rounding, never a float's.
func CAGR(first, last model.Money, years int) (string, bool) {
	if years < 1 || first.Sign() <= 0 || last.Sign() < 0 {
		return "", false
	}
	a, b := first.Decimal(), last.Decimal()
	if b.IsZero() {
		return "-100.00", true // the line fell to nothing
	}
	if years == 1 {
		return b.Sub(a).Shift(2).DivRound(a, 2).StringFixed(2), true
	}
	// places enough for the smallest ratio two amounts make (1 → 0.00000000000000001
	// over 16 years is −91.34%, not a ratio rounded to nothing)
	ratio := b.DivRound(a, 48)
	exp := decimal.NewFromInt(1).DivRound(decimal.NewFromInt(int64(years)), 16)
	root, err := ratio.PowWithPrecision(exp, 20) // an estimate: the rounding is proved below
	if err != nil {
		return "", false
	}
	c := root.Sub(one).Shift(2).Round(2)
	for range 4 {
		lo, hi := grown(a, c.Sub(half), years), grown(a, c.Add(half), years)
		switch {
		case below(b, lo, c.Sign() > 0):
			c = c.Sub(hundredth)
		case above(b, hi, c.Sign() < 0):
			c = c.Add(hundredth)
		default:
			return c.StringFixed(2), true
		}
	}
	return c.StringFixed(2), true // not reached for amounts of real documents
}

var (
	one       = decimal.NewFromInt(1)
	half      = decimal.New(5, -3) // 0.005 percent: half of the last printed place
	hundredth = decimal.New(1, -2) // 0.01 percent
)

// grown is a×(1+pct/100)^years, exact.
func grown(a, pct decimal.Decimal, years int) decimal.Decimal {
	f := one.Add(pct.Shift(-2))
	if f.Sign() <= 0 {
		return decimal.Zero
	}
	p, _ := f.PowInt32(int32(years)) // a non-negative integer power is exact
	return a.Mul(p)
}

// below: b lies under the lower bound lo, which belongs to c's interval
// (included) when c is positive: half a hundredth rounds away from zero.
func below(b, lo decimal.Decimal, included bool) bool {
	if included {
		return b.LessThan(lo)
	}
	return b.LessThanOrEqual(lo)
}

// above: b lies over the upper bound hi, which belongs to c's interval
// (included) when c is negative.
func above(b, hi decimal.Decimal, included bool) bool {
	if included {
		return b.GreaterThan(hi)
	}
	return b.GreaterThanOrEqual(hi)
}
