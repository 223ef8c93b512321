package ingest

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"nrrlab/calc"
)

// Style is how a number groups thousands and marks decimals.
type Style uint8

const (
	// StyleAuto decides from the text itself: its currency, its separators
	// and, in a table, the rest of its column.
	StyleAuto Style = iota
	// StyleDotDecimal is 1,234,567.89 (US, UK, Malaysia, Singapore).
	StyleDotDecimal
	// StyleCommaDecimal is 1.234.567,89 (Indonesia, much of Europe).
	StyleCommaDecimal
)

// Figure is one value read from text: an exact amount, or a rate when the
// text ended in a percent sign.
type Figure struct {
	// Amount is the exact amount, when !Percent.
	Amount calc.Money
	// Percent says the text was a rate such as "105%"; Rate holds it.
	Percent bool
	// Rate is the rate as a fraction: "105%" is 1.05.
	Rate float64
	// Note says how an ambiguous text was read, in words; "" when there was
	// nothing to decide.
	Note string
}

// FigureError says why a text is not a figure. Its Error reads as a sentence
// for the user, naming the text, what is wrong with it and what was expected.
type FigureError struct {
	Text     string
	Problem  string
	Expected string
}

func (e *FigureError) Error() string {
	s := strconv.Quote(e.Text) + " is not an amount"
	if e.Problem != "" {
		s += " (" + e.Problem + ")"
	}
	return s + ": expected " + e.Expected
}

// ParseFigure reads one figure as a user types it into a field: digits
// grouped by commas, dots, spaces or apostrophes; a decimal comma or dot; a
// currency before or after (such as $, US$, Rp, RM, S$, €, £ or their codes);
// a magnitude such as K, M, jt, juta, miliar or bn; a minus sign or
// parentheses for a negative; a percent sign for a rate. With rupiah, M means
// miliar (10⁹), as Indonesians write it. Where the text alone cannot tell a
// decimal from a thousands separator ("1.200"), style decides, and Note says
// which reading was used.
func ParseFigure(text string, style Style) (Figure, error) {
	r, perr := scan(text)
	if perr != "" {
		return Figure{}, &FigureError{Text: text, Problem: perr, Expected: expectAmount}
	}
	f, err := r.figure(style)
	if err != "" {
		return Figure{}, &FigureError{Text: text, Problem: err, Expected: expectAmount}
	}
	if r.note != noteNone {
		f.Note = r.describe(text)
	}
	return f, nil
}

// currency is a currency a figure names.
type currency uint8

const (
	noCurrency currency = iota
	dollar              // $ and US$: dot decimals
	rupiah              // Rp, IDR: comma decimals, M is miliar
	ringgit             // RM, MYR
	singapore           // S$, SGD
	euro                // €, EUR: comma decimals in most of its countries
	pound               // £, GBP
)

// currencyTokens are matched longest first, letters without regard to case.
var currencyTokens = []struct {
	token string
	cur   currency
}{
	{"US$", dollar}, {"USD", dollar}, {"IDR", rupiah}, {"MYR", ringgit}, {"SGD", singapore},
	{"EUR", euro}, {"GBP", pound}, {"Rp.", rupiah}, {"S$", singapore}, {"Rp", rupiah}, {"RM", ringgit},
	{"$", dollar}, {"€", euro}, {"£", pound},
}

// magnitudes map a magnitude word, in lower case, to its power of ten.
var magnitudes = map[string]int{
	"k": 3, "rb": 3, "ribu": 3, "thousand": 3,
	"m": 6, "mn": 6, "mm": 6, "mio": 6, "million": 6, "jt": 6, "juta": 6, "j": 6,
	"b": 9, "bn": 9, "billion": 9, "miliar": 9, "milyar": 9, "bilion": 9,
	"t": 12, "tn": 12, "trillion": 12, "triliun": 12, "trilion": 12,
}

// noteKind is what a reading had to decide, formatted only when asked.
type noteKind uint8

const (
	noteNone noteKind = iota
	noteAsGrouping
	noteAsDecimal
	noteAsMiliar
	noteAsRounded
)

// reading is a scanned figure: its parts, before the number is decided.
type reading struct {
	neg      bool
	percent  bool
	cur      currency
	number   string // digits and separators only
	mag      int    // power of ten of the magnitude word
	magWord  string
	note     noteKind
	sep      byte // the separator a note is about
	value    string
	hasGroup bool // spaces or apostrophes group the digits
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\u00a0', '\u2009', '\u202f', '\u2007':
		return true
	}
	return false
}

func trimSpaces(s string) string {
	return strings.TrimFunc(s, isSpace)
}

// scan splits text into sign, currency, number, magnitude and percent. It
// returns a problem in words when the text has no such shape.
func scan(text string) (reading, string) {
	var r reading
	s := trimSpaces(text)
	if s == "" {
		return r, problemEmpty
	}
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		r.neg = true
		s = trimSpaces(s[1 : len(s)-1])
	}
	signs, minus := 0, false
	// Prefixes: sign and currency, in either order, with spaces between.
	for {
		if rest, neg, ok := cutSign(s); ok {
			signs++
			minus = minus || neg
			s = trimSpaces(rest)
			continue
		}
		if rest, cur, ok := cutCurrencyPrefix(s); ok && r.cur == noCurrency {
			r.cur = cur
			s = trimSpaces(rest)
			continue
		}
		break
	}
	// Suffixes: percent, currency and magnitude, from the end.
	for s != "" {
		last, size := utf8.DecodeLastRuneInString(s)
		switch {
		case last == '%' && !r.percent:
			r.percent = true
			s = trimSpaces(s[:len(s)-size])
			continue
		case last == '€' || last == '£' || last == '$':
			if r.cur != noCurrency {
				return r, fmt.Sprintf(problemUnknownWord, string(last))
			}
			r.cur = map[rune]currency{'€': euro, '£': pound, '$': dollar}[last]
			s = trimSpaces(s[:len(s)-size])
			continue
		case isLetter(last):
			i := len(s)
			for i > 0 && isLetter(rune(s[i-1])) {
				i--
			}
			word := s[i:]
			if cur, ok := currencyWord(word); ok && r.cur == noCurrency {
				r.cur = cur
			} else if p, ok := magnitudes[strings.ToLower(word)]; ok && r.mag == 0 {
				r.mag, r.magWord = p, word
			} else {
				return r, fmt.Sprintf(problemUnknownWord, word)
			}
			s = trimSpaces(s[:i])
			continue
		}
		break
	}
	if rest, neg, ok := cutSign(s); ok {
		signs++
		minus = minus || neg
		s = trimSpaces(rest)
	}
	if signs > 1 || (signs == 1 && r.neg) {
		return r, problemTwoSigns
	}
	r.neg = r.neg || minus
	if r.percent && r.cur != noCurrency {
		return r, problemPercentMoney
	}
	if s == "" {
		return r, problemNoDigits
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9', c == '.', c == ',':
		case c == ' ' || c == '\'':
			r.hasGroup = true
		case c >= 0x80:
			// Non-breaking, thin and figure spaces group digits too.
			rn, size := utf8.DecodeRuneInString(s[i:])
			if !isSpace(rn) && rn != '’' {
				return r, problemNoDigits
			}
			r.hasGroup = true
			i += size - 1
		default:
			return r, problemNoDigits
		}
	}
	r.number = s
	return r, ""
}

func isLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// cutSign removes a leading sign: a hyphen, a minus (U+2212), an en dash or
// a plus.
func cutSign(s string) (rest string, neg, ok bool) {
	switch {
	case strings.HasPrefix(s, "-"):
		return s[1:], true, true
	case strings.HasPrefix(s, "+"):
		return s[1:], false, true
	case strings.HasPrefix(s, "−"), strings.HasPrefix(s, "–"):
		return s[len("−"):], true, true
	}
	return s, false, false
}

func cutCurrencyPrefix(s string) (string, currency, bool) {
	if s == "" || isDigit(s[0]) {
		return s, noCurrency, false
	}
	for _, t := range currencyTokens {
		if t.token[0]|0x20 != s[0]|0x20 {
			continue
		}
		if len(s) >= len(t.token) && strings.EqualFold(s[:len(t.token)], t.token) {
			rest := s[len(t.token):]
			// A code glued to letters is a word, not a currency: "RMB".
			if r, _ := utf8.DecodeRuneInString(rest); isLetter(r) && isLetter(rune(t.token[len(t.token)-1])) {
				continue
			}
			return rest, t.cur, true
		}
	}
	return s, noCurrency, false
}

func currencyWord(w string) (currency, bool) {
	for _, t := range currencyTokens {
		if strings.EqualFold(w, t.token) {
			return t.cur, true
		}
	}
	return noCurrency, false
}

// defaultStyle is the style a currency implies, for StyleAuto.
func (c currency) defaultStyle() Style {
	switch c {
	case rupiah, euro:
		return StyleCommaDecimal
	case dollar, ringgit, singapore, pound:
		return StyleDotDecimal
	}
	return StyleAuto
}

// figure decides the number of a reading and computes it exactly.
func (r *reading) figure(style Style) (Figure, string) {
	if style == StyleAuto {
		style = r.cur.defaultStyle()
	}
	mantissa, scale, problem := r.decide(style)
	if problem != "" {
		return Figure{}, problem
	}
	mag := r.mag
	if r.cur == rupiah && (r.magWord == "M" || r.magWord == "m") {
		mag = 9
		r.note = noteAsMiliar
	}
	if r.percent {
		rate := float64(mantissa) * math.Pow10(mag-scale) / 100
		if r.neg {
			rate = -rate
		}
		return Figure{Percent: true, Rate: rate}, ""
	}
	cents, rounded, ok := toCents(mantissa, mag+2-scale)
	if !ok {
		return Figure{}, problemTooLarge
	}
	if rounded && r.note == noteNone {
		r.note = noteAsRounded
		r.value = calc.Money(cents).String()
	}
	if r.neg {
		cents = -cents
	}
	return Figure{Amount: calc.Money(cents)}, ""
}

// toCents returns mantissa × 10^exp rounded half away from zero, whether it
// was rounded, and false when it does not fit.
func toCents(mantissa uint64, exp int) (int64, bool, bool) {
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
		return 0, mantissa != 0, true
	}
	div := uint64(1)
	for ; exp < 0; exp++ {
		div *= 10
	}
	q, rem := mantissa/div, mantissa%div
	if rem*2 >= div {
		q++
	}
	if q > math.MaxInt64 {
		return 0, false, false
	}
	return int64(q), rem != 0, true
}

// decide reads the digits of r.number under style: which separator groups
// thousands and which marks decimals. It returns the digits as an integer and
// the number of decimals.
func (r *reading) decide(style Style) (mantissa uint64, scale int, problem string) {
	n := r.number
	dots, commas := strings.Count(n, "."), strings.Count(n, ",")
	var decimal byte // 0: none
	switch {
	case dots > 0 && commas > 0:
		// The one that comes last, once, marks decimals.
		li := strings.LastIndexAny(n, ".,")
		decimal = n[li]
		if (decimal == '.' && dots > 1) || (decimal == ',' && commas > 1) {
			return 0, 0, problemSeparators
		}
	case dots+commas > 1:
		if dots > 0 && commas > 0 {
			return 0, 0, problemSeparators
		}
		// Several of one kind group thousands.
	case dots+commas == 1:
		sep := byte('.')
		if commas == 1 {
			sep = ','
		}
		i := strings.IndexByte(n, sep)
		after := len(n) - i - 1
		before := i
		if j := strings.LastIndexAny(n[:i], " '\u00a0"); j >= 0 {
			before = i - j - 1
		}
		switch {
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
		i := strings.LastIndexByte(n, decimal)
		intPart, frac = n[:i], n[i+1:]
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
			if c >= 0x80 {
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
			return 0, 0, problemTooLarge
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
			return 0, 0, problemTooLarge
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

// describe formats the note of a reading of text.
func (r *reading) describe(text string) string {
	sep := "comma"
	if r.sep == '.' {
		sep = "dot"
	}
	switch r.note {
	case noteAsGrouping:
		f, _ := r.figure(StyleAuto)
		return fmt.Sprintf(noteGrouping, text, trimAmount(f.Amount), sep)
	case noteAsDecimal:
		f, _ := r.figure(StyleDotDecimal)
		if r.sep == ',' {
			f, _ = r.figure(StyleCommaDecimal)
		}
		return fmt.Sprintf(noteDecimal, text, trimAmount(f.Amount), sep)
	case noteAsMiliar:
		return fmt.Sprintf(noteMiliar, text)
	case noteAsRounded:
		return fmt.Sprintf(noteRounded, text, r.value)
	}
	return ""
}

// trimAmount writes an amount without cents when it has none: 1200.
func trimAmount(m calc.Money) string {
	return strings.TrimSuffix(m.String(), ".00")
}
