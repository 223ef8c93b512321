package lang

import (
	"math"
	"strconv"
	"strings"
)

// The symbols of each language's numbers, from CLDR: English and Malay
// write 1,234.5; Indonesian writes 1.234,5.
func (l Lang) decimal() byte {
	if l == Indonesian {
		return ','
	}
	return '.'
}

func (l Lang) group() byte {
	if l == Indonesian {
		return '.'
	}
	return ','
}

// minus is the sign of a negative figure: the typographic minus, which
// screen readers read as "minus" (CLDR's is the hyphen-minus).
const minus = "−"

// Int writes a whole number with the language's grouping: 1,234,567 or
// 1.234.567.
func (p Printer) Int(n int64) string {
	neg := n < 0
	digits := strconv.FormatUint(absU(n), 10)
	s := p.Lang.groupDigits(digits)
	if neg {
		return minus + s
	}
	return s
}

func absU(n int64) uint64 {
	if n < 0 {
		return uint64(-(n + 1)) + 1
	}
	return uint64(n)
}

// groupDigits inserts the group separator every three digits from the right.
func (l Lang) groupDigits(digits string) string {
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	b.Grow(len(digits) + len(digits)/3)
	for i := 0; i < len(digits); i++ {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(l.group())
		}
		b.WriteByte(digits[i])
	}
	return b.String()
}

// Decimal writes v with exactly decimals digits after the language's decimal
// mark and grouped thousands. NaN and infinities are "—".
func (p Printer) Decimal(v float64, decimals int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "—"
	}
	s := strconv.FormatFloat(math.Abs(v), 'f', decimals, 64)
	whole, frac, _ := strings.Cut(s, ".")
	out := p.Lang.groupDigits(whole)
	if frac != "" {
		out += string(p.Lang.decimal()) + frac
	}
	if v < 0 && strings.ContainsAny(s, "123456789") {
		return minus + out
	}
	return out
}

// Percent is a rate as a fraction (1.05 is 105%), written with one decimal.
type Percent float64

// Percent writes a fraction as a percentage with one decimal: 1.05 is
// "105.0%" in English and Malay, "105,0%" in Indonesian.
func (p Printer) Percent(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "—"
	}
	return p.Decimal(f*100, 1) + "%"
}
