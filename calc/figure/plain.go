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
	whole    uint64 // the digits before the decimal separator
	frac     uint64 // the digits after it
	fracLen  int8   // how many: 0 to 2, or 3 when ambiguous
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
	// The separators: how many of each, and where the last one is.
	dots, commas, last := 0, 0, -1
	for j := 1; j < len(n); j++ {
		switch c := n[j]; {
		case isDigit(c):
		case c == '.':
			dots++
			last = j
		case c == ',':
			commas++
			last = j
		default:
			return false
		}
	}
	// Which separator marks decimals, as decide says, and the evidence of
	// the column's style, as Evidence says.
	decimal := -1 // index in n of the decimal separator
	switch {
	case dots > 0 && commas > 0:
		if (n[last] == '.' && dots > 1) || (n[last] == ',' && commas > 1) {
			return false
		}
		decimal = last
		p.evidence = StyleCommaDecimal
		if n[last] == '.' {
			p.evidence = StyleDotDecimal
		}
	case dots > 1:
		p.evidence = StyleCommaDecimal
	case commas > 1:
		p.evidence = StyleDotDecimal
	case dots+commas == 1:
		after := len(n) - last - 1
		p.evidence = StyleCommaDecimal
		if n[last] == '.' {
			p.evidence = StyleDotDecimal
		}
		if after == 3 && last <= 3 {
			p.evidence = StyleAuto
			if !allZeros(n[:last]) {
				// "1,200": thousands or decimals, as the style says.
				p.sep = n[last]
				for j := 0; j < len(n); j++ {
					if isDigit(n[j]) {
						p.frac = p.frac*10 + uint64(n[j]-'0')
					}
				}
				p.whole, p.frac, p.fracLen = p.frac/1000, p.frac%1000, 3
				return true
			}
		}
		decimal = last
	}
	whole := n
	if decimal >= 0 {
		whole = n[:decimal]
		frac := n[decimal+1:]
		if len(frac) > 2 {
			return false // rounded to the cent: Figure decides how
		}
		for j := 0; j < len(frac); j++ {
			p.frac = p.frac*10 + uint64(frac[j]-'0')
		}
		p.fracLen = int8(len(frac))
	}
	// The integer part: a first group of one to three digits, then groups
	// of exactly three, when separators group it.
	run, runs, digits := 0, 0, 0
	for j := 0; j < len(whole); j++ {
		c := whole[j]
		if !isDigit(c) {
			if (runs == 0 && run > 3) || (runs > 0 && run != 3) {
				return false
			}
			runs++
			run = 0
			continue
		}
		run++
		if digits == 0 && c == '0' {
			continue
		}
		if digits++; digits > maxPlainDigits {
			return false
		}
		p.whole = p.whole*10 + uint64(c-'0')
	}
	if runs > 0 && run != 3 {
		return false
	}
	return true
}

func allZeros(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '0' {
			return false
		}
	}
	return true
}

// Currency is the currency the text names: USD for a dollar sign,
// lang.None for none.
func (p *Plain) Currency() lang.Currency { return p.cur }

// Evidence is the style the separators prove, as Reading.Evidence says.
func (p *Plain) Evidence() Style { return p.evidence }

// Amount is the amount in style, as Reading.Figure reads it, and the
// separator whose meaning the style decided, as Reading.Ambiguous says: 0
// when the text itself told.
func (p *Plain) Amount(style Style) (calc.Money, byte) {
	var cents uint64
	switch {
	case p.sep == 0:
		cents = p.whole*100 + p.frac
		if p.fracLen == 1 {
			cents += p.frac * 9
		}
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
		return -calc.Money(cents), p.sep
	}
	return calc.Money(cents), p.sep
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
