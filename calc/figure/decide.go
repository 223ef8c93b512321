package figure

import (
	"strings"

	"nrrlab/calc/lang"
	"unicode/utf8"
)

// decide reads the digits of r.number under style: which separator groups
// thousands and which marks decimals. It returns the digits as an integer and
// the number of decimals.
func (r *Reading) decide(style Style) (mantissa uint64, scale int, problem lang.Key) {
	if r.sci {
		return r.decideScientific()
	}
	n := r.number
	dots, commas, last := 0, 0, -1
	for i := 0; i < len(n); i++ {
		switch n[i] {
		case '.':
			dots++
			last = i
		case ',':
			commas++
			last = i
		}
	}
	var decimal byte // 0: none
	switch {
	case r.noCents, dots > 0 && commas > 0:
		// The one that comes last, once, marks decimals; before ",-" it
		// does whatever the style.
		decimal = n[last]
		if (decimal == '.' && dots > 1) || (decimal == ',' && commas > 1) {
			return 0, 0, problemSeparators
		}
	case dots+commas > 1:
		// Several of one kind group thousands.
	case dots+commas == 1:
		sep, i := n[last], last
		after := utf8.RuneCountInString(n[i+1:])
		before := i
		for j := i - 1; j >= 0; j-- {
			if !isDigit(n[j]) {
				// A space or an apostrophe groups the digits before sep.
				before = i - j - 1
				break
			}
		}
		switch {
		case strings.Trim(n[:i], "0") == "":
			// "0.500": no thousands start with a zero.
			decimal = sep
		case after == 3 && before >= 1 && before <= 3 && r.mag == 0:
			// "1.200" or "1,200": thousands or decimals; the style decides.
			grouping := style == StyleAuto || (style == StyleDotDecimal) == (sep == ',')
			if grouping {
				r.note, r.sep = noteAsGrouping, sep
			} else {
				decimal = sep
				r.note, r.sep = noteAsDecimal, sep
			}
		default:
			decimal = sep
		}
	}
	intPart, frac := n, ""
	if decimal != 0 {
		intPart, frac = n[:last], n[last+1:]
	}
	// Any separator left in the integer part groups thousands: a first
	// group of one to three digits, then groups of exactly three.
	run, runs, digits := 0, 0, 0
	for i := 0; i < len(intPart); i++ {
		c := intPart[i]
		if c < '0' || c > '9' {
			if (runs == 0 && (run < 1 || run > 3)) || (runs > 0 && run != 3) {
				return 0, 0, problemGroups
			}
			runs++
			run = 0
			if c >= utf8.RuneSelf {
				_, size := utf8.DecodeRuneInString(intPart[i:])
				i += size - 1
			}
			continue
		}
		run++
		if digits == 0 && c == '0' {
			continue
		}
		if digits >= 19 {
			return 0, 0, ProblemTooLarge
		}
		mantissa = mantissa*10 + uint64(c-'0')
		digits++
	}
	if runs > 0 && run != 3 {
		return 0, 0, problemGroups
	}
	for k := 0; k < len(frac); k++ {
		c := frac[k]
		if c < '0' || c > '9' {
			return 0, 0, problemSeparators
		}
		if digits >= 19 {
			// Decimals beyond what can be held are below a cent: drop them.
			if k > 0 {
				break
			}
			return 0, 0, ProblemTooLarge
		}
		mantissa = mantissa*10 + uint64(c-'0')
		if mantissa != 0 {
			digits++
		}
		scale++
	}
	if intPart == "" && frac == "" {
		return 0, 0, problemNoDigits
	}
	return mantissa, scale, ""
}

// decideScientific reads a mantissa such as 1.23457 or 1,2: digits with at
// most one separator, which marks decimals in any style, since scientific
// notation never groups thousands. The exponent moves the scale.
func (r *Reading) decideScientific() (mantissa uint64, scale int, problem lang.Key) {
	n := r.number
	if r.hasGroup || strings.Count(n, ".")+strings.Count(n, ",") > 1 {
		return 0, 0, problemScientificForm
	}
	// zeros are the zeros after the last non-zero digit, not yet in the
	// mantissa: trailing ones only move the scale.
	digits, zeros, decimals, seen := 0, 0, false, false
	lastScale, over := 0, false
	for i := 0; i < len(n); i++ {
		c := n[i]
		if c == '.' || c == ',' {
			decimals = true
			continue
		}
		seen = true
		if decimals {
			scale++
		}
		switch {
		case c == '0' && digits == 0:
			// A leading zero.
		case c == '0':
			zeros++
		case digits+zeros+1 > 19:
			over, lastScale = true, scale
			digits += zeros + 1
			zeros = 0
		default:
			for ; zeros > 0; zeros-- {
				mantissa *= 10
				digits++
			}
			mantissa = mantissa*10 + uint64(c-'0')
			digits++
		}
	}
	if !seen {
		return 0, 0, problemNoDigits
	}
	r.digits = int8(min(digits+zeros, 100))
	if over {
		// More significant digits than an int64 of cents holds: either
		// the last of them is below a cent, or the amount is too large.
		if lastScale-int(r.exp) > 2 {
			return 0, 0, problemScientificCents
		}
		return 0, 0, ProblemTooLarge
	}
	return mantissa, scale - zeros - int(r.exp), ""
}

// Ambiguous returns the separator (',' or '.') whose meaning the style
// decided, once Figure has read r: the comma of "1,200", which could group
// thousands or mark decimals. It returns 0 when the text itself told.
func (r *Reading) Ambiguous() byte {
	if r.note == noteAsGrouping || r.note == noteAsDecimal {
		return r.sep
	}
	return 0
}

// Evidence returns the style the separators of the scanned number prove,
// or StyleAuto when they could be read either way ("1,200") or there is
// none: a table reader counts it over a column to decide the column's style.
func (r *Reading) Evidence() Style {
	n := r.number
	dots, commas := strings.Count(n, "."), strings.Count(n, ",")
	switch {
	case dots > 0 && commas > 0:
		if n[strings.LastIndexAny(n, ".,")] == '.' {
			return StyleDotDecimal
		}
		return StyleCommaDecimal
	case dots > 1:
		return StyleCommaDecimal
	case commas > 1:
		return StyleDotDecimal
	case dots+commas == 1:
		sep := byte('.')
		if commas == 1 {
			sep = ','
		}
		i := strings.IndexByte(n, sep)
		if len(n)-i-1 == 3 && i >= 1 && i <= 3 && r.mag == 0 {
			return StyleAuto
		}
		if sep == '.' {
			return StyleDotDecimal
		}
		return StyleCommaDecimal
	}
	return StyleAuto
}

// IsNumber reports whether the digits and separators of the scanned text
// make a number in some style, whatever its magnitude: detection asks it of
// the cells it samples, to tell columns of figures from the others.
func (r *Reading) IsNumber() bool {
	_, _, problem := r.decide(StyleAuto)
	return problem == ""
}
