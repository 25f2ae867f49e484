package audit

import "github.com/shopspring/decimal"

// A percentage in the narrative is computed by the department from its
// amounts before they were rounded for print. So a printed percentage that
// the printed amounts do not give exactly is not wrong while some amounts
// that round to the printed ones give it: then it is only worth a note
// (info), and beyond that it is wrong (error). Everything here is exact
// decimal arithmetic, with no division.

// whyRounded is said of a percentage that amounts rounding to the printed
// ones give.
const whyRounded = "（在所印金额四舍五入的范围内，应是按四舍五入前的金额算出）"

// pctWithinRounding reports whether pct, as printed, is 100·a/(b + k·a) for
// some a and b that round to the printed a and b. k is 0 for a share (a of
// b) or a change against a stated last-year figure b, −1 when last year's
// figure is this year's b less an increase a, +1 when it is b plus a
// decrease a. pct itself may have been rounded or truncated to its places.
func pctWithinRounding(pct, a, b decimal.Decimal, k int64) bool {
	pu := unitOf(pct)
	half := decimal.New(5, -1)
	lo := pct.Sub(pu.Mul(half)) // rounded half up or down
	hi := pct.Add(pu)           // truncated
	hundred := decimal.NewFromInt(100)
	kd := decimal.NewFromInt(k)
	below, above := false, false // some corner's ratio ≤ hi, some ≥ lo
	for _, av := range bounds(a) {
		for _, bv := range bounds(b) {
			den := bv.Add(kd.Mul(av))
			if den.Sign() <= 0 || av.Sign() < 0 {
				return true // no claim on a base that may be nothing
			}
			num := hundred.Mul(av)
			below = below || num.LessThanOrEqual(hi.Mul(den))
			above = above || num.GreaterThanOrEqual(lo.Mul(den))
		}
	}
	// The ratio is monotone in a and in b (for positive a and base), so its
	// range over the box of a and b is spanned by the corners' values.
	return below && above
}

// bounds are the least and greatest amounts (万元) that round to x as
// printed. An amount is taken as known to the fen (0.01 万元) at least, as
// the tables print it: the narrative drops trailing zeros (“40.5万元” is the
// tables' 40.50), not precision. Only an amount in 亿元 (a positive
// exponent after the shift to 万元) is as coarse as printed.
func bounds(x decimal.Decimal) [2]decimal.Decimal {
	u := unitOf(x)
	if fen := decimal.New(1, -2); x.Exponent() <= 0 && u.GreaterThan(fen) {
		u = fen
	}
	h := u.Mul(decimal.New(5, -1))
	return [2]decimal.Decimal{x.Sub(h), x.Add(h)}
}

// unitOf is one unit of the last printed place of x (0.01 for 12.34, 1 for
// 1996, 1000 for 1.2亿元, read as 12000万元).
func unitOf(x decimal.Decimal) decimal.Decimal {
	return decimal.New(1, x.Exponent())
}
