// Package model is the in-memory budget document: exact money, the functional
// and economic classification trees, projects with their performance
// indicators, “三公” costs, and every recognised table with its source lines.
// It is pure: no I/O, no parsing of files.
package model

import (
	"strings"
	"unicode"

	"github.com/shopspring/decimal"
	"golang.org/x/text/width"
)

// Money is an exact amount in 万元 (ten thousand yuan). The zero value is 0.
// It never goes through float64.
type Money struct{ d decimal.Decimal }

// Zero is 0.00 万元.
var Zero = Money{}

// NewMoney wraps a decimal that is already in 万元.
func NewMoney(d decimal.Decimal) Money { return Money{d} }

// MustMoney parses a plain decimal literal in 万元; it panics on bad input and is
// meant for tests and constants only.
func MustMoney(s string) Money {
	m, ok := ParseAmount(s)
	if !ok {
		panic("model.MustMoney: bad amount " + s)
	}
	return m
}

// Yuan converts an amount in 元 to 万元 exactly (a shift of four places, never rounded).
func Yuan(d decimal.Decimal) Money { return Money{d.Shift(-4)} }

// Decimal returns the underlying decimal in 万元.
func (m Money) Decimal() decimal.Decimal { return m.d }

// Add returns m + o.
func (m Money) Add(o Money) Money { return Money{m.d.Add(o.d)} }

// Sub returns m − o.
func (m Money) Sub(o Money) Money { return Money{m.d.Sub(o.d)} }

// Neg returns −m.
func (m Money) Neg() Money { return Money{m.d.Neg()} }

// Abs returns |m|.
func (m Money) Abs() Money { return Money{m.d.Abs()} }

// Equal compares exactly: 1.5 equals 1.50.
func (m Money) Equal(o Money) bool { return m.d.Equal(o.d) }

// Cmp returns -1, 0 or +1.
func (m Money) Cmp(o Money) int { return m.d.Cmp(o.d) }

// IsZero reports m == 0.
func (m Money) IsZero() bool { return m.d.IsZero() }

// Sign returns -1, 0 or +1.
func (m Money) Sign() int { return m.d.Sign() }

// String prints at least two decimals and every further significant one
// (287.8025), never rounding.
func (m Money) String() string {
	if m.d.Exponent() >= -2 {
		return m.d.StringFixed(2)
	}
	s := m.d.String() // exact, trailing zeros dropped
	if i := strings.IndexByte(s, '.'); i < 0 || len(s)-i-1 < 2 {
		return m.d.StringFixed(2)
	}
	return s
}

// Grouped prints like String with thousands separators (37,188.34), for display.
func (m Money) Grouped() string {
	s := m.String()
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	b.WriteString(frac)
	return b.String()
}

// MarshalJSON encodes as a quoted exact decimal string ("287.8025", "0.00").
func (m Money) MarshalJSON() ([]byte, error) { return []byte(`"` + m.String() + `"`), nil }

// UnmarshalJSON accepts a quoted or bare decimal.
func (m *Money) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	d, err := decimal.NewFromString(s)
	if err != nil {
		return err
	}
	m.d = d
	return nil
}

// Percent returns part/whole×100 rounded half-up to places decimals, and false
// when whole is zero.
func Percent(part, whole Money, places int32) (decimal.Decimal, bool) {
	if whole.IsZero() {
		return decimal.Decimal{}, false
	}
	return part.d.Mul(decimal.NewFromInt(100)).DivRound(whole.d, places+4).Round(places), true
}

// Sum adds amounts. The result is the one Add gives, exponent included
// (the finest of 0 and the amounts'); amounts as printed are added in int64,
// which allocates once rather than once per amount (a table's sums are the
// bulk of a parse).
func Sum(ms ...Money) Money {
	if t, ok := sumSmall(ms); ok {
		return t
	}
	var t Money
	for _, m := range ms {
		t = t.Add(m)
	}
	return t
}

// sumSmall adds amounts of at most 15 digits at the finest exponent, when
// each still has at most 15 digits there: fewer than 9,000 of them cannot
// overflow an int64.
func sumSmall(ms []Money) (Money, bool) {
	if len(ms) == 0 || len(ms) >= 9000 {
		return Money{}, len(ms) == 0
	}
	exp := int32(0)
	for _, m := range ms {
		exp = min(exp, m.d.Exponent())
	}
	var sum int64
	for _, m := range ms {
		k := m.d.Exponent() - exp
		if k > 15 || m.d.NumDigits()+int(k) > 15 {
			return Money{}, false
		}
		sum += m.d.CoefficientInt64() * int64(pow10[k])
	}
	return Money{decimal.New(sum, exp)}, true
}

// pow10[k] is 10^k for the scalings sumSmall allows.
var pow10 = [16]int64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// ParseAmount reads an amount as printed in budget tables: full-width digits,
// thousands separators, surrounding spaces, a trailing 万元/元 and negatives in
// parentheses are accepted. Blank, "-", "—" and "/" are no amount (ok=false),
// as is anything that is not a number. The value is returned as printed: unit
// conversion is the caller's, who knows the table's unit.
func ParseAmount(s string) (Money, bool) {
	d, ok := ParseDecimal(s)
	return Money{d}, ok
}

// ParseDecimal is ParseAmount returning the bare decimal.
func ParseDecimal(s string) (decimal.Decimal, bool) {
	var b strings.Builder
	neg, ok := scanAmount(s, &b)
	if !ok {
		return decimal.Decimal{}, false
	}
	d, err := decimal.NewFromString(b.String())
	if err != nil {
		return decimal.Decimal{}, false
	}
	if neg {
		d = d.Neg()
	}
	return d, true
}

// IsAmount reports whether ParseAmount reads s, without building the
// decimal: the readers ask it of every cell of every table.
func IsAmount(s string) bool {
	_, ok := scanAmount(s, nil)
	return ok
}

// scanAmount applies the amount grammar to s: full-width digits, a 元 or
// 万元 suffix, thousands separators, a sign or parentheses for negatives.
// With b, it writes the plain digits and point there. The digits and at most
// one point it accepts always make a decimal (".5" and "5." included).
func scanAmount(s string, b *strings.Builder) (neg, ok bool) {
	if !isASCII(s) {
		if !mayBeNumber(s) {
			return false, false // words: no allocation for the common case
		}
		s = width.Narrow.String(s) // full-width digits ２６１８．３９
	}
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, "万元")
	s = strings.TrimSuffix(s, "元")
	s = strings.TrimSpace(s)
	if s == "" {
		return false, false
	}
	if strings.IndexByte(s, ' ') > 0 && gluedFigures(s) {
		return false, false // two columns' figures side by side, not one amount
	}
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		neg, s = true, s[1:len(s)-1]
	}
	digits, dots := 0, 0
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '.':
			dots++
		case r == ',' || r == ' ':
			continue // thousands separators; a stray space from wrapped layout text
		case (r == '-' || r == '+') && i == 0:
			if r == '-' {
				neg = !neg
			}
			continue
		default:
			return false, false
		}
		if b != nil {
			b.WriteRune(r)
		}
	}
	return neg, digits > 0 && dots <= 1
}

// gluedFigures: the space-separated parts of s hold two or more complete
// figures ("134,339,860 134,339,860", "247.25 247.25", "123456 789012"): a
// layout that lost the gap between two columns, not one amount with a stray
// space ("350,034.4 2" and "96 .66" are a figure broken over two lines).
//
// A lone "0" is a zero of its own column beside a complete figure or an
// integer, or before digits ("6000 0", "697.82 0", "8 0", "0 0", "0 6000"):
// no printed figure starts with 0 before a digit, and a figure broken over
// two lines breaks in its digits, not before a last lone zero.
func gluedFigures(s string) bool {
	fields := strings.Fields(s)
	alone := make([]bool, len(fields))
	for i, f := range fields {
		alone[i] = alone[i] || completeFigure(f)
		if f != "0" {
			continue
		}
		if i+1 < len(fields) && fields[i+1][0] >= '0' && fields[i+1][0] <= '9' {
			alone[i], alone[i+1] = true, true
		}
		if i > 0 && (alone[i-1] || strings.Trim(fields[i-1], "0123456789") == "") {
			alone[i-1], alone[i] = true, true
		}
	}
	complete := 0
	for _, a := range alone {
		if a {
			complete++
		}
	}
	return complete >= 2
}

// completeFigure: a figure that stands on its own: digits before any point,
// and a thousands separator, a decimal part, or four digits or more.
func completeFigure(f string) bool {
	f = strings.TrimLeft(f, "-+(")
	if f == "" || f[0] < '0' || f[0] > '9' {
		return false
	}
	digits := 0
	for i := 0; i < len(f); i++ {
		switch c := f[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == ',':
			return true
		case c == '.':
			return i+1 < len(f)
		}
	}
	return digits >= 4
}

// AmountTokens splits a cell holding several figures side by side (see
// gluedFigures) into them, in order; ok is false unless every part reads as
// an amount.
func AmountTokens(s string) ([]decimal.Decimal, bool) {
	if !mayBeFigures(s) {
		return nil, false // words, or one token: most cells, and no width transform for them
	}
	if !isASCII(s) {
		s = width.Narrow.String(s)
	}
	fields := strings.Fields(s)
	if len(fields) < 2 || !gluedFigures(s) {
		return nil, false
	}
	out := make([]decimal.Decimal, 0, len(fields))
	for _, f := range fields {
		d, ok := ParseDecimal(f)
		if !ok {
			return nil, false
		}
		out = append(out, d)
	}
	return out, true
}

// IsBlankAmount reports a cell that stands for no amount: empty, or a dash.
func IsBlankAmount(s string) bool {
	s = strings.TrimFunc(s, unicode.IsSpace)
	switch s {
	case "", "-", "--", "—", "——", "－", "/", "／", "0", "0.00":
		return true
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// mayBeNumber: every non-ASCII rune is a full-width form (digits, point,
// comma, minus, brackets), a space, or the unit 万元/元 — else the text is
// words, not an amount.
// mayBeFigures: a cell AmountTokens can split holds a space between
// characters an amount may contain (mayBeNumber's).
func mayBeFigures(s string) bool {
	spaced := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			spaced = true
		case r < 0x80, r >= 0xFF01 && r <= 0xFF5E, r == '万', r == '元':
		default:
			return false
		}
	}
	return spaced
}

func mayBeNumber(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x80:
		case r >= 0xFF01 && r <= 0xFF5E, r == 0x3000, r == '万', r == '元':
		default:
			return false
		}
	}
	return true
}
