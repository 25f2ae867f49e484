package trend

import "github.com/shopspring/decimal"

var (
	sparkBlocks = []rune("▁▂▃▄▅▆▇█")
	sparkASCII  = []rune("_.-~=*#@")
)

// Spark draws a row's totals one character a year, eight heights between
// its smallest and largest amount, a space for a year it is absent; all
// equal amounts draw the middle height. ascii draws with ASCII characters,
// for terminals that draw block characters badly.
func Spark(values []*Value, ascii bool) string {
	glyphs := sparkBlocks
	if ascii {
		glyphs = sparkASCII
	}
	var lo, hi decimal.Decimal
	seen := false
	for _, v := range values {
		if v == nil {
			continue
		}
		d := v.Total.Decimal()
		if !seen || d.LessThan(lo) {
			lo = d
		}
		if !seen || d.GreaterThan(hi) {
			hi = d
		}
		seen = true
	}
	out := make([]rune, len(values))
	top := decimal.NewFromInt(int64(len(glyphs) - 1))
	span := hi.Sub(lo)
	for i, v := range values {
		switch {
		case v == nil:
			out[i] = ' '
		case span.IsZero():
			out[i] = glyphs[len(glyphs)/2-1]
		default:
			// the height is a display, not an amount: truncation is fine
			h := v.Total.Decimal().Sub(lo).Mul(top).DivRound(span, 0).IntPart()
			out[i] = glyphs[h]
		}
	}
	return string(out)
}
