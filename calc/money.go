package calc

import (
	"math"
	"math/bits"
	"strconv"

	"nrrlab/calc/lang"
)

// Money is an exact amount of a currency in hundredths of its unit (cents,
// sen). Sums of Money are exact; operations that would leave the int64 range
// report ErrOverflow instead of wrapping around.
type Money int64

// Cents is the number of Money units in one whole unit of currency.
const Cents = 100

// MaxMoney is the largest amount Money can hold, about 92 quadrillion units.
const MaxMoney Money = math.MaxInt64

// ErrOverflow reports an amount too large to be held exactly.
var ErrOverflow error = lang.Sentence(msgAmountTooLarge)

// Units returns u whole units of currency as Money, or ErrOverflow.
func Units(u int64) (Money, error) {
	if u > math.MaxInt64/Cents || u < math.MinInt64/Cents {
		return 0, ErrOverflow
	}
	return Money(u * Cents), nil
}

// MustUnits is Units for constants known to fit, such as test fixtures and
// built-in samples; it panics on overflow.
func MustUnits(u int64) Money {
	m, err := Units(u)
	if err != nil {
		panic(err)
	}
	return m
}

// Add returns m + n, or ErrOverflow.
func (m Money) Add(n Money) (Money, error) {
	s := m + n
	if (n > 0 && s < m) || (n < 0 && s > m) {
		return 0, ErrOverflow
	}
	return s, nil
}

// Sub returns m − n, or ErrOverflow.
func (m Money) Sub(n Money) (Money, error) {
	d := m - n
	if (n > 0 && d > m) || (n < 0 && d < m) {
		return 0, ErrOverflow
	}
	return d, nil
}

// Neg returns −m, or ErrOverflow for the one amount whose negation does not
// fit.
func (m Money) Neg() (Money, error) {
	if m == math.MinInt64 {
		return 0, ErrOverflow
	}
	return -m, nil
}

// Float returns m in whole units as a float64, for rates and charts; it is
// exact up to about 90 trillion units.
func (m Money) Float() float64 { return float64(m) / Cents }

// FromFloat rounds a float64 amount in whole units to the nearest cent, half
// away from zero. NaN, infinities and amounts beyond MaxMoney are ErrOverflow.
func FromFloat(units float64) (Money, error) {
	c := math.Round(units * Cents)
	// 2^63 is exactly representable; anything at or past it does not fit.
	if math.IsNaN(c) || c >= 1<<63 || c < -(1<<63) {
		return 0, ErrOverflow
	}
	return Money(c), nil
}

// Ratio returns m / d as a float64 fraction. The caller checks d ≠ 0.
func (m Money) Ratio(d Money) float64 { return float64(m) / float64(d) }

// String writes m exactly in whole units with two decimals and no grouping,
// such as "-1234567.89"; it is the form used in exports and tests.
func (m Money) String() string {
	return string(m.AppendText(nil))
}

// AppendText appends the String form of m to b.
func (m Money) AppendText(b []byte) []byte {
	u := uint64(m)
	if m < 0 {
		b = append(b, '-')
		u = -u
	}
	b = strconv.AppendUint(b, u/Cents, 10)
	c := u % Cents
	return append(b, '.', byte('0'+c/10), byte('0'+c%10))
}

// Sum adds amounts exactly, or returns ErrOverflow.
func Sum(amounts ...Money) (Money, error) {
	var t Money
	for _, a := range amounts {
		var err error
		if t, err = t.Add(a); err != nil {
			return 0, err
		}
	}
	return t, nil
}

// MulDivRound returns a × num / den rounded half away from zero, computed
// exactly in 128 bits, or false when the result does not fit or den is 0.
func MulDivRound(a int64, num, den uint64) (int64, bool) {
	if den == 0 {
		return 0, false
	}
	neg := a < 0
	ua := uint64(a)
	if neg {
		ua = -ua
	}
	hi, lo := bits.Mul64(ua, num)
	if hi >= den {
		return 0, false
	}
	q, r := bits.Div64(hi, lo, den)
	if r >= den-r {
		q++ // q < 2^64 − 1 here, as hi < den
	}
	if q > math.MaxInt64 {
		return 0, false
	}
	if neg {
		return -int64(q), true
	}
	return int64(q), true
}
