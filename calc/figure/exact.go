package figure

import (
	"math"
	"strconv"

	"nrrlab/calc"
	"nrrlab/calc/lang"
)

// Figure decides the number of a scanned text in style and computes it
// exactly, as ParseFigure does, but for the note: Note stays nil, and
// Ambiguous says what the note would have been about. It returns what is
// wrong when the number cannot be read; the zero Problem when it can.
func (r *Reading) Figure(style Style) (Figure, Problem) {
	if style == StyleAuto {
		style = CurrencyStyle(r.cur)
	}
	mantissa, scale, problem := r.decide(style)
	if problem != "" {
		return noFigure, Problem{key: problem}
	}
	mag := int(r.mag)
	if r.cur == rupiah && (r.magWord == "M" || r.magWord == "m") {
		mag = 9
		r.note = noteAsMiliar
	}
	if r.sci && mantissa != 0 {
		r.note = noteAsScientific
	}
	if r.percent {
		r.shown, r.shownExp = mantissa, int32(mag-scale)
		rate, ok := decimalFloat(mantissa, mag-scale-2)
		if !ok {
			return noFigure, Problem{key: ProblemTooLarge}
		}
		if r.neg {
			rate = -rate
		}
		return Figure{Currency: lang.None, Percent: true, Rate: rate}, Problem{}
	}
	cents, rounded, ok := toCents(mantissa, mag+2-scale)
	if !ok {
		return noFigure, Problem{key: ProblemTooLarge}
	}
	if rounded && r.sci {
		return noFigure, Problem{key: problemScientificCents}
	}
	if rounded && r.note == noteNone {
		r.note = noteAsRounded
	}
	if r.neg {
		cents = -cents
	}
	return Figure{Amount: calc.Money(cents), Currency: r.cur, DollarSign: r.dollarSign}, Problem{}
}

// pow10 holds the powers of ten a float64 holds exactly.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// decimalFloat returns the float64 nearest m × 10^exp, and false when it is
// beyond float64.
func decimalFloat(m uint64, exp int) (float64, bool) {
	if m == 0 {
		return 0, true
	}
	// Both operands exact, one rounding: the nearest float64.
	if m < 1<<53 && exp >= 0 && exp < len(pow10) {
		return float64(m) * pow10[exp], true
	}
	if m < 1<<53 && exp < 0 && -exp < len(pow10) {
		return float64(m) / pow10[-exp], true
	}
	f, err := strconv.ParseFloat(strconv.FormatUint(m, 10)+"e"+strconv.Itoa(exp), 64)
	if err != nil && (math.IsInf(f, 0) || math.IsNaN(f)) {
		return 0, false
	}
	return f, true
}

// toCents returns mantissa × 10^exp rounded half away from zero, whether it
// was rounded, and false when it does not fit.
func toCents(mantissa uint64, exp int) (int64, bool, bool) {
	if mantissa == 0 {
		return 0, false, true
	}
	if exp >= 0 {
		for ; exp > 0; exp-- {
			if mantissa > math.MaxInt64/10 {
				return 0, false, false
			}
			mantissa *= 10
		}
		if mantissa > math.MaxInt64 {
			return 0, false, false
		}
		return int64(mantissa), false, true
	}
	if exp < -19 {
		return 0, true, true
	}
	div := uint64(1)
	for ; exp < 0; exp++ {
		div *= 10
	}
	q, rem := mantissa/div, mantissa%div
	if rem >= div-rem {
		q++
	}
	if q > math.MaxInt64 {
		return 0, false, false
	}
	return int64(q), rem != 0, true
}

// ParseScaled reads a number as ParseFigure reads an amount, in style
// (StyleAuto: the style of the currency the text names, or else its
// separators), and returns it in units of 10^-decimals, rounded half away
// from zero, with the currency the text names: "16.650" read with six
// decimals in StyleCommaDecimal is 16_650_000_000. It is for numbers that
// need more decimals than a cent, such as exchange rates; it reports false
// for a text that is no number, a percentage, or a number beyond int64.
func ParseScaled(text string, decimals int, style Style) (int64, lang.Currency, bool) {
	var sc scanner
	r := &sc.r
	if p := sc.scan(text); !p.None() || r.percent || decimals < 0 || decimals > 18 {
		return 0, lang.None, false
	}
	if style == StyleAuto {
		style = CurrencyStyle(r.cur)
	}
	mantissa, scale, problem := r.decide(style)
	if problem != "" {
		return 0, lang.None, false
	}
	mag := int(r.mag)
	if r.cur == rupiah && (r.magWord == "M" || r.magWord == "m") {
		mag = 9
	}
	v, _, ok := toCents(mantissa, mag+decimals-scale)
	if !ok {
		return 0, lang.None, false
	}
	if r.neg {
		v = -v
	}
	return v, r.cur, true
}
