package figure

import (
	"nrrlab/calc"
	"nrrlab/calc/lang"
)

// Plain is a cell of one of the shapes most cells of a table hold, read by
// ScanPlain at a fraction of the cost of Scan and Figure: ASCII digits,
// grouped in thousands by commas or dots, with at most two decimals, and a
// minus sign and a dollar sign before them, in either order (48213.07,
// 1,234,567, $1,234.56, -1.234,5). What ScanPlain reads, Scan and Figure
// read the same way, to the cent, with the same Currency, Evidence and
// Ambiguous separator; anything else is left to them.
type Plain struct {
	cents    calc.Money // the amount, unless ambiguous
	whole    uint64     // the digits before the decimal separator
	frac     uint64     // the digits after it, as cents unless ambiguous
	fracLen  int8       // how many: 0 to 2, or 3 when ambiguous
	neg      bool
	sep      byte // the one separator of an ambiguous number, such as "1,200"
	cur      lang.Currency
	evidence Style
}

// maxPlainDigits bounds the integer digits of a plain number, so that its
// cents fit an int64 without a check.
const maxPlainDigits = 16

// ScanPlain reads text when it has one of Plain's shapes, and reports
// false otherwise.
func ScanPlain(text string) (Plain, bool) {
	var p Plain
	ok := p.Scan(text)
	return p, ok
}

// Scan is ScanPlain into p, which a table reader keeps from cell to cell
// rather than copy it out of every call.
func (p *Plain) Scan(text string) bool {
	if p.scanDecimal(text) {
		return true
	}
	*p = Plain{cur: noCurrency}
	i := 0
	for k := 0; k < 2 && i < len(text); k++ {
		switch text[i] {
		case '-':
			if p.neg {
				return false
			}
			p.neg = true
			i++
		case '$':
			if p.cur != noCurrency {
				return false
			}
			p.cur = dollar
			i++
		}
	}
	n := text[i:]
	if n == "" || !isDigit(n[0]) {
		return false
	}
	// One pass, which WebAssembly needs as much as the native code does:
	// the digits before the last separator and after it, the separators,
	// and the lengths of the runs of digits between them.
	var before, after uint64
	dots, commas, last := 0, 0, -1
	first, run, digits := 0, 0, 0
	middle := true // every run between two separators has three digits
	for j := 0; j < len(n); j++ {
		c := n[j]
		if isDigit(c) {
			if digits++; digits > maxPlainDigits+3 {
				return false // beyond uint64, and the cents' int64
			}
			after = after*10 + uint64(c-'0')
			run++
			continue
		}
		switch c {
		case '.':
			dots++
		case ',':
			commas++
		default:
			return false
		}
		if last < 0 {
			first = run
		} else if run != 3 {
			middle = false
		}
		before = before*pow10u[run] + after
		after, run, last = 0, 0, j
	}
	// Which separator marks decimals, as decide says, and the evidence of
	// the column's style, as Evidence says.
	switch {
	case last < 0:
		p.whole = after
	case dots > 0 && commas > 0:
		// The last marks decimals, once; the others group thousands.
		if (n[last] == '.' && dots > 1) || (n[last] == ',' && commas > 1) || first > 3 || !middle || run > 2 {
			return false
		}
		p.whole, p.frac, p.fracLen = before, after*pow10u[2-run], int8(run)
		p.evidence = StyleCommaDecimal
		if n[last] == '.' {
			p.evidence = StyleDotDecimal
		}
	case dots+commas > 1:
		// Several of one kind group thousands.
		if first > 3 || !middle || run != 3 {
			return false
		}
		p.whole = before*1000 + after
		p.evidence = StyleCommaDecimal
		if commas > 1 {
			p.evidence = StyleDotDecimal
		}
	default:
		// One separator: decimals, unless it could group thousands.
		p.evidence = StyleCommaDecimal
		if n[last] == '.' {
			p.evidence = StyleDotDecimal
		}
		if run == 3 && first <= 3 {
			p.evidence = StyleAuto
			if before != 0 {
				// "1,200": thousands or decimals, as the style says.
				p.whole, p.frac, p.fracLen, p.sep = before, after, 3, n[last]
				return true
			}
		}
		if run > 2 {
			return false // rounded to the cent: Figure decides how
		}
		p.whole, p.frac, p.fracLen = before, after*pow10u[2-run], int8(run)
	}
	if p.whole >= maxPlainWhole {
		return false
	}
	p.cents = calc.Money(p.whole*100 + p.frac)
	if p.neg {
		p.cents = -p.cents
	}
	return true
}

// ScanDecimal reads the commonest cells of a billing export, digits with
// or without a dot and two decimals (48213.07, 1200), in cents, in one loop
// without counting separators and runs, and reports false for anything
// else. What it reads, ScanPlain reads to the same amount in every style,
// with no ambiguous separator, no currency and no sign.
func ScanDecimal(text string) (calc.Money, bool) {
	n := len(text)
	whole := n
	if n >= 4 && text[n-3] == '.' {
		whole = n - 3
	}
	if whole == 0 || whole > maxPlainDigits {
		return 0, false
	}
	var w uint64
	for _, c := range []byte(text[:whole]) {
		if c -= '0'; c > 9 {
			return 0, false
		}
		w = w*10 + uint64(c)
	}
	if whole == n {
		return calc.Money(w * 100), true
	}
	d1, d2 := text[n-2]-'0', text[n-1]-'0'
	if d1 > 9 || d2 > 9 {
		return 0, false
	}
	return calc.Money(w*100 + uint64(d1)*10 + uint64(d2)), true
}

// scanDecimal is Scan for what ScanDecimal reads.
func (p *Plain) scanDecimal(text string) bool {
	c, ok := ScanDecimal(text)
	if !ok {
		return false
	}
	*p = Plain{cents: c, whole: uint64(c) / 100, frac: uint64(c) % 100, cur: noCurrency}
	if n := len(text); n >= 4 && text[n-3] == '.' {
		p.fracLen, p.evidence = 2, StyleDotDecimal
	}
	return true
}

// maxPlainWhole bounds the units of a plain amount: sixteen digits.
const maxPlainWhole = 1e16

// pow10u holds the powers of ten a run of digits of a plain number needs.
var pow10u = [...]uint64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// Currency is the currency the text names: USD for a dollar sign,
// lang.None for none.
func (p *Plain) Currency() lang.Currency { return p.cur }

// Evidence is the style the separators prove, as Reading.Evidence says.
func (p *Plain) Evidence() Style { return p.evidence }

// Amount is the amount in style, as Reading.Figure reads it, and the
// separator whose meaning the style decided, as Reading.Ambiguous says: 0
// when the text itself told.
func (p *Plain) Amount(style Style) (calc.Money, byte) {
	if p.sep != 0 {
		return p.ambiguous(style), p.sep
	}
	return p.cents, 0
}

// ambiguous is the amount of a number such as "1,200" in style.
func (p *Plain) ambiguous(style Style) calc.Money {
	var cents uint64
	switch {
	case groups(p.sep, style, p.cur):
		cents = (p.whole*1000 + p.frac) * 100
	default:
		// Three decimals, rounded half away from zero to the cent.
		cents = p.whole*100 + p.frac/10
		if p.frac%10 >= 5 {
			cents++
		}
	}
	if p.neg {
		return -calc.Money(cents)
	}
	return calc.Money(cents)
}

// groups reports whether the one separator sep of an ambiguous number
// groups thousands in style, as decide says: it does unless the style, or
// the currency's when the style is StyleAuto, marks decimals with it.
func groups(sep byte, style Style, cur lang.Currency) bool {
	if style == StyleAuto {
		style = CurrencyStyle(cur)
	}
	return style == StyleAuto || (style == StyleDotDecimal) == (sep == ',')
}
