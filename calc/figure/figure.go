// Package figure reads one figure as people type or paste it: an amount of
// money, exactly, in cents, or a rate. It is all the calculator page needs of
// the readers of pasted data, so that the page links none of the table
// readers of calc/ingest, which read every cell of a table through this
// package's scanner.
package figure

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"nrrlab/calc"
	"nrrlab/calc/lang"
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
	// Currency is the currency the text names, such as IDR for "Rp 15 juta"
	// or USD for "$1.2M"; lang.None when it names none, as with plain digits
	// and rates.
	Currency lang.Currency
	// Percent says the text was a rate such as "105%"; Rate holds it.
	Percent bool
	// Rate is the rate as a fraction: "105%" is 1.05. It is the float64
	// nearest the rate as written, and never NaN or infinite.
	Rate float64
	// Note says how an ambiguous text was read, in words; "" when there was
	// nothing to decide.
	Note string
}

// FigureError says why a text is not a figure. Its Error reads as a sentence
// for the user, naming the text (its first 40 characters), what is wrong
// with it and what was expected.
type FigureError struct {
	// Text is the whole text, however long; Error quotes its start.
	Text string
	// Problem says what is wrong with the text, in words; "" when nothing
	// more can be said than that it is not an amount.
	Problem string
	// Expected says what would have been read, with an example.
	Expected string
}

func (e *FigureError) Error() string {
	if e.Problem == "" {
		return fmt.Sprintf(errFigure, shorten(e.Text), e.Expected)
	}
	return fmt.Sprintf(errFigureProblem, shorten(e.Text), e.Problem, e.Expected)
}

// quoteLimit is how many characters of a text a message quotes: enough to
// recognise a cell, never a whole paste.
const quoteLimit = 40

// shorten returns the first quoteLimit characters of s, with an ellipsis
// when there were more, for a message to quote.
func shorten(s string) string {
	if len(s) <= quoteLimit {
		return s
	}
	n := 0
	for i := range s {
		if n == quoteLimit {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// ParseFigure reads one figure as a user types or pastes it into a field:
// digits grouped by commas, dots, spaces or apostrophes; a decimal comma or
// dot; a currency before or after (such as $, US$, Rp, RM, S$, €, £ or their
// codes); a magnitude such as K, M, jt, juta, miliar or bn; a minus sign or
// brackets for a negative; a percent sign for a rate; "Rp 5.000,-" for an
// amount without cents; scientific notation such as 1.23457E+11, as
// spreadsheets write large numbers. With rupiah, M means miliar (10⁹), as
// Indonesians write it. Characters that come invisibly with a copy from a
// web page or a PDF (zero-width spaces, direction marks, soft hyphens) are
// ignored, and fullwidth digits and signs read as their ASCII twins. Where
// the text alone cannot tell a decimal from a thousands separator ("1.200"),
// style decides, and Note says which reading was used.
func ParseFigure(text string, style Style) (Figure, error) {
	var sc scanner
	r := &sc.r
	if perr := sc.scan(text); perr != "" {
		return noFigure, &FigureError{Text: text, Problem: perr, Expected: expectAmount}
	}
	f, err := r.figure(style)
	if err != "" {
		return noFigure, &FigureError{Text: text, Problem: err, Expected: expectAmount}
	}
	if r.note != noteNone {
		f.Note = r.describe(text, f)
	}
	return f, nil
}

// noFigure is what ParseFigure returns with an error: no amount, and no
// currency, since the zero lang.Currency is USD.
var noFigure = Figure{Currency: lang.None}

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

// currencyTokens are the ways a figure names its currency, letters without
// regard to case.
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
	noteAsScientific
)

// Reading is a text scanned into the parts of a figure (sign, brackets,
// currency, number, magnitude, percent), before the number is decided. A
// table reader scans each cell once: what its cells show decides the
// column's style, and each cell is then read in that style, without a
// second scan.
type Reading struct {
	number   string // digits and separators only
	magWord  string
	shown    uint64 // the number as read, shown × 10^shownExp, for a note
	shownExp int32
	exp      int32 // the exponent, when sci
	mag      int8  // power of ten of the magnitude word
	digits   int8  // significant digits of a scientific mantissa, up to 20
	cur      currency
	note     noteKind
	sep      byte // the separator a note is about
	neg      bool
	percent  bool
	hasGroup bool // spaces or apostrophes group the digits
	noCents  bool // the number ended in ",-" or ".-": its separator marks decimals
	sci      bool // the number had an exponent, as in 1.2E+6
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\u00a0', '\u2009', '\u202f', '\u2007':
		return true
	}
	return false
}

func isLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isASCII reports whether s is plain ASCII, the case where nothing needs
// mapping.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// hidden reports whether r is a character that is invisible on screen and
// has no place in a figure, so that a copy from a web page or a PDF brings
// it along unseen.
func hidden(r rune) bool {
	switch r {
	case '\u00ad', // soft hyphen
		'\u200b', '\u200c', '\u200d', // zero-width space, non-joiner, joiner
		'\u200e', '\u200f', // left-to-right and right-to-left marks
		'\u202a', '\u202b', '\u202c', '\u202d', '\u202e', // embeddings and overrides
		'\u2060',                               // word joiner
		'\u2066', '\u2067', '\u2068', '\u2069', // isolates
		'\ufeff': // byte order mark, zero-width no-break space
		return true
	}
	return false
}

// plainRune maps a rune to the rune the scanner reads: -1 for a hidden one,
// the ASCII twin of a fullwidth form (as East Asian input methods and some
// PDFs type them), and the rune itself otherwise.
func plainRune(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		return r - 0xFF01 + '!'
	case r == '\uffe1':
		return '£'
	case hidden(r):
		return -1
	}
	return r
}

// plain returns s with every rune mapped by plainRune, or s itself when
// none changes, as with most text: it runs on every cell of a table.
// Bytes that are not UTF-8 stay as they were, so that an error quotes them.
func plain(s string) string {
	i := 0
	for i < len(s) {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError && plainRune(r) != r {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch p := plainRune(r); {
		case r == utf8.RuneError:
			b.WriteString(s[i : i+size])
		case p >= 0:
			b.WriteRune(p)
		}
		i += size
	}
	return b.String()
}

// spaceAt returns the size of the space at s[i], 0 for none: ASCII ones,
// and the no-break, thin, narrow and other spaces that group digits in
// French or Swiss style, or that a web page puts between Rp and the number.
func spaceAt(s string, i int) int {
	switch c := s[i]; {
	case c == ' ' || c == '\t' || c == '\r' || c == '\n':
		return 1
	case c < utf8.RuneSelf:
		return 0
	}
	switch r, size := utf8.DecodeRuneInString(s[i:]); r {
	case '\u00a0', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008',
		'\u2009', '\u200a', '\u202f', '\u205f', '\u3000':
		return size
	}
	return 0
}

// dashAt returns the size of the minus sign or dash at s[i], 0 for none:
// the hyphen, and the minus sign, hyphens and dashes that word processors
// and PDFs put in its place.
func dashAt(s string, i int) int {
	switch c := s[i]; {
	case c == '-':
		return 1
	case c < utf8.RuneSelf:
		return 0
	}
	switch r, size := utf8.DecodeRuneInString(s[i:]); r {
	case '\u2212', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\ufe63':
		return size
	}
	return 0
}

// groupAt returns the size of the character at s[i] that groups digits,
// when it stands between two: a space as spaceAt knows them (but a line
// break or tab), or an apostrophe, straight or typographic.
func groupAt(s string, i int) int {
	size := 0
	switch c := s[i]; {
	case c == ' ' || c == '\'':
		size = 1
	case c == '\t' || c == '\r' || c == '\n':
		return 0
	case strings.HasPrefix(s[i:], "’"):
		size = len("’")
	default:
		size = spaceAt(s, i)
	}
	if size == 0 || i == 0 || !isDigit(s[i-1]) || i+size >= len(s) || !isDigit(s[i+size]) {
		return 0
	}
	return size
}

// scanner walks a text once, left to right, and fills a reading.
type scanner struct {
	r      Reading
	s      string
	signs  int
	minus  bool
	open   bool // a bracket opened before the number
	closed bool
	found  bool   // a number was read
	token  string // how the currency was written, first time
	// late is the first problem of the figure's shape, such as "%5" or
	// "K5"; it counts only when the text has a number at all.
	late string
}

// Scan splits text into sign, brackets, currency, number, magnitude and
// percent, as ParseFigure does. It returns the problem in words, for a
// message, when the text has no such shape; "" when it has.
func Scan(text string) (Reading, string) {
	var sc scanner
	p := sc.scan(text)
	return sc.r, p
}

// Figure decides the number of a scanned text in style and computes it
// exactly, as ParseFigure does, but for the note: Note stays "", and
// Ambiguous says what the note would have been about. It returns the
// problem in words, for a message, when the number cannot be read; "" when
// it can.
func (r *Reading) Figure(style Style) (Figure, string) { return r.figure(style) }

// Ambiguous returns, once Figure has read r, the separator (',' or '.')
// that could group thousands or mark decimals, as in "1,200", so that the
// style decided; 0 when the text alone told.
func (r *Reading) Ambiguous() byte {
	if r.note == noteAsGrouping || r.note == noteAsDecimal {
		return r.sep
	}
	return 0
}

// Currency is the currency the scanned text names: lang.None for none.
func (r *Reading) Currency() lang.Currency { return r.cur.lang() }

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

// scan is scan into sc.r: ParseFigure reads it there, without a copy.
func (sc *scanner) scan(text string) string {
	s := text
	if !isASCII(s) {
		s = plain(s)
	}
	sc.s = s
	tokens := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' {
			i++
			continue
		}
		if c < '0' || c >= utf8.RuneSelf {
			if n := spaceAt(s, i); n > 0 {
				i += n
				continue
			}
		}
		tokens++
		var p string
		switch {
		case isDigit(c) || (c == '.' || c == ',') && i+1 < len(s) && isDigit(s[i+1]):
			i, p = sc.number(i)
		case c == '+':
			p = sc.sign(false)
			i++
		case c == '-' || c >= utf8.RuneSelf && dashAt(s, i) > 0:
			p = sc.sign(true)
			i += dashAt(s, i)
		case c == '(':
			if sc.found {
				sc.lateProblem(problemBracketPlace)
			} else if sc.open {
				sc.lateProblem(problemBracketsTwice)
			}
			sc.open = true
			i++
		case c == ')':
			if !sc.found || !sc.open || sc.closed {
				sc.lateProblem(problemBracketUnopened)
			}
			sc.closed = true
			i++
		case c == '%':
			if !sc.found {
				sc.lateProblem(problemPercentPlace)
			} else if sc.r.percent {
				sc.lateProblem(problemTwoPercents)
			}
			sc.r.percent = true
			i++
		case c == '$':
			sc.currency(dollar, "$")
			i++
		case isLetter(rune(c)) || c >= utf8.RuneSelf:
			i, p = sc.word(i)
		case c == '.' || c == ',':
			// A separator with no digit after it, away from any number.
			sc.lateProblem(problemSeparators)
			i++
		default:
			p = fmt.Sprintf(problemStray, s[i:i+1])
		}
		if p != "" {
			return p
		}
	}
	if tokens == 0 {
		return problemEmpty
	}
	return sc.finish()
}

func (sc *scanner) lateProblem(p string) {
	if sc.late == "" {
		sc.late = p
	}
}

// finish checks the parts against each other, once all are known.
func (sc *scanner) finish() string {
	r := &sc.r
	switch {
	case !sc.found:
		return problemNoDigits
	case sc.late != "":
		return sc.late
	case sc.open && !sc.closed:
		return problemBracketUnclosed
	case sc.signs > 1:
		return problemTwoSigns
	case sc.signs == 1 && sc.open:
		return problemSignAndBrackets
	case r.percent && r.cur != noCurrency:
		return problemPercentMoney
	case r.percent && r.mag != 0:
		return problemMagnitudePercent
	case r.sci && r.mag != 0:
		return problemScientificMagnitude
	}
	r.neg = sc.minus || sc.open
	return ""
}

// number reads the number that starts at s[i]: digits, separators, an
// apostrophe or a space between two digits, then ",-" for no cents or an
// exponent. It returns where the number ends.
func (sc *scanner) number(i int) (int, string) {
	s, start := sc.s, i
	for i < len(s) {
		c := s[i]
		if isDigit(c) || c == '.' || c == ',' {
			i++
			continue
		}
		if n := groupAt(s, i); n > 0 {
			sc.r.hasGroup = true
			i += n
			continue
		}
		break
	}
	if sc.found {
		if sc.r.mag != 0 {
			sc.lateProblem(fmt.Sprintf(problemDigitsAfterMagnitude, sc.r.magWord))
		} else {
			sc.lateProblem(problemTwoNumbers)
		}
		return i, ""
	}
	sc.found = true
	sc.r.number = s[start:i]
	// "5.000,-" and "12,500.-": a dash, or two, where the cents would be.
	if last := s[i-1]; (last == ',' || last == '.') && i < len(s) && dashAt(s, i) > 0 {
		j := i + dashAt(s, i)
		if j < len(s) && dashAt(s, j) > 0 {
			j += dashAt(s, j)
		}
		if j == len(s) || !isDigit(s[j]) {
			sc.r.noCents = true
			return j, ""
		}
	}
	// An exponent: E, an optional sign, and digits, glued to the number.
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		neg := false
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			neg = s[j] == '-'
			j++
		}
		if j < len(s) && isDigit(s[j]) {
			exp := 0
			for ; j < len(s) && isDigit(s[j]); j++ {
				// Past ten thousand, any figure but zero is out of range
				// either way: stop counting so that the exponent stays small.
				if exp < 10_000 {
					exp = exp*10 + int(s[j]-'0')
				}
			}
			if neg {
				exp = -exp
			}
			sc.r.sci, sc.r.exp = true, int32(exp)
			return j, ""
		}
	}
	return i, ""
}

// sign reads a plus or minus sign.
func (sc *scanner) sign(minus bool) string {
	if sc.found {
		return problemSignAfter
	}
	sc.signs++
	sc.minus = sc.minus || minus
	return ""
}

// currency takes a currency written as token.
func (sc *scanner) currency(cur currency, token string) {
	switch {
	case sc.r.cur == noCurrency:
		sc.r.cur, sc.token = cur, token
	case strings.EqualFold(token, sc.token):
		sc.lateProblem(problemCurrencyTwice)
	case cur != sc.r.cur:
		sc.lateProblem(fmt.Sprintf(problemTwoCurrencies, sc.token, token))
	}
	// "$1,200 USD" and "USD $1,200" name one currency in two ways: fine.
}

// word reads the letters that start at s[i], or the one character there
// that is neither a letter nor ASCII: a currency, a magnitude, or a problem.
func (sc *scanner) word(i int) (int, string) {
	s, start := sc.s, i
	for i < len(s) {
		if isLetter(rune(s[i])) {
			i++
			continue
		}
		if s[i] < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	if i == start {
		// One character, not a letter, outside ASCII.
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '€':
			sc.currency(euro, "€")
		case r == '£':
			sc.currency(pound, "£")
		case r != utf8.RuneError && unicode.Is(unicode.Sc, r):
			return i + size, fmt.Sprintf(problemOtherCurrency, s[i:i+size])
		case unicode.IsDigit(r):
			return i + size, fmt.Sprintf(problemOtherDigit, s[i:i+size])
		default:
			return i + size, fmt.Sprintf(problemStray, s[i:i+size])
		}
		return i + size, ""
	}
	w := s[start:i]
	// US$ and S$ are letters and a dollar sign; Rp. has a dot.
	if i < len(s) && s[i] == '$' {
		if cur, ok := currencyWord(s[start : i+1]); ok {
			sc.currency(cur, s[start:i+1])
			return i + 1, ""
		}
	}
	if i < len(s) && s[i] == '.' && strings.EqualFold(w, "Rp") {
		sc.currency(rupiah, s[start:i+1])
		return i + 1, ""
	}
	if cur, ok := currencyWord(w); ok {
		sc.currency(cur, w)
		return i, ""
	}
	if i < len(s) && s[i] == '$' && isOtherDollar(w) {
		return i + 1, fmt.Sprintf(problemOtherCurrency, s[start:i+1])
	}
	if isOtherCurrencyCode(w) {
		return i, fmt.Sprintf(problemOtherCurrency, w)
	}
	if p, ok := magnitude(w); ok {
		switch {
		case !sc.found:
			sc.lateProblem(problemMagnitudePlace)
		case sc.r.mag != 0:
			sc.lateProblem(fmt.Sprintf(problemTwoMagnitudes, sc.r.magWord, w))
		default:
			sc.r.mag, sc.r.magWord = int8(p), w
		}
		return i, ""
	}
	return i, fmt.Sprintf(problemUnknownWord, shorten(w))
}

// magnitude looks a magnitude word up without regard to case, and without
// allocating: it runs on every cell of a table.
func magnitude(w string) (int, bool) {
	var buf [8]byte
	if len(w) > len(buf) {
		return 0, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	p, ok := magnitudes[string(buf[:len(w)])]
	return p, ok
}

// otherCurrencyCodes are the ISO 4217 codes of the currencies NRR Lab does
// not read, and RMB, so that "AUD 500" is told the truth: the currency is
// known, and not read.
const otherCurrencyCodes = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL " +
	"BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB FJD FKP " +
	"GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW " +
	"KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MZN NAD " +
	"NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RMB RON RSD RUB RWF SAR SBD SCR SDG SEK " +
	"SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX UYU UZS VES VND " +
	"VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL"

// isOtherCurrencyCode reports whether w is, in capitals, the code of a
// currency NRR Lab does not read.
func isOtherCurrencyCode(w string) bool {
	if len(w) != 3 || !isUpper(w) {
		return false
	}
	for i := 0; i+3 <= len(otherCurrencyCodes); i += 4 {
		if otherCurrencyCodes[i:i+3] == w {
			return true
		}
	}
	return false
}

// isOtherDollar reports whether w before a dollar sign names the dollar
// (or real, or peso) of a country whose currency NRR Lab does not read.
func isOtherDollar(w string) bool {
	switch w {
	case "A", "AU", "C", "CA", "HK", "NZ", "NT", "R", "MX", "Z", "B", "BZ", "J", "TT", "EC":
		return true
	}
	return false
}

func isUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

func currencyWord(w string) (currency, bool) {
	for _, t := range currencyTokens {
		if len(w) == len(t.token) && strings.EqualFold(w, t.token) {
			return t.cur, true
		}
	}
	return noCurrency, false
}

// langCurrency is each currency as the rest of NRR Lab names it.
var langCurrency = [...]lang.Currency{
	noCurrency: lang.None, dollar: lang.USD, rupiah: lang.IDR, ringgit: lang.MYR,
	singapore: lang.SGD, euro: lang.EUR, pound: lang.GBP,
}

func (c currency) lang() lang.Currency { return langCurrency[c] }

// defaultStyle is the style a currency implies, for StyleAuto.
func (c currency) defaultStyle() Style { return CurrencyStyle(c.lang()) }

// CurrencyStyle is the style amounts in currency c are written in when
// nothing else tells: comma decimals for IDR and EUR, as in Indonesia and
// most of the euro's countries; dot decimals for USD, MYR, SGD and GBP;
// StyleAuto for the others and None, whose amounts the text itself decides.
func CurrencyStyle(c lang.Currency) Style {
	switch c {
	case lang.IDR, lang.EUR:
		return StyleCommaDecimal
	case lang.USD, lang.MYR, lang.SGD, lang.GBP:
		return StyleDotDecimal
	}
	return StyleAuto
}

// IsDash reports whether text is a dash alone, with or without a currency
// before it, as the accounting format of spreadsheets shows zero: "-",
// "$ -", "Rp -". ParseFigure does not read it as a figure: a table reader
// decides what a dash in its column means.
func IsDash(text string) bool {
	s := text
	for _, t := range currencyTokens {
		if len(s) > len(t.token) && strings.EqualFold(s[:len(t.token)], t.token) {
			s = strings.TrimFunc(s[len(t.token):], isSpace)
			break
		}
	}
	switch s {
	case "-", "–", "—", "−":
		return true
	}
	return false
}

// figure decides the number of a reading and computes it exactly.
func (r *Reading) figure(style Style) (Figure, string) {
	if style == StyleAuto {
		style = r.cur.defaultStyle()
	}
	mantissa, scale, problem := r.decide(style)
	if problem != "" {
		return noFigure, problem
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
			return noFigure, problemTooLarge
		}
		if r.neg {
			rate = -rate
		}
		return Figure{Currency: lang.None, Percent: true, Rate: rate}, ""
	}
	cents, rounded, ok := toCents(mantissa, mag+2-scale)
	if !ok {
		return noFigure, problemTooLarge
	}
	if rounded && r.sci {
		return noFigure, problemScientificCents
	}
	if rounded && r.note == noteNone {
		r.note = noteAsRounded
	}
	if r.neg {
		cents = -cents
	}
	return Figure{Amount: calc.Money(cents), Currency: r.cur.lang()}, ""
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

// decide reads the digits of r.number under style: which separator groups
// thousands and which marks decimals. It returns the digits as an integer and
// the number of decimals.
func (r *Reading) decide(style Style) (mantissa uint64, scale int, problem string) {
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

// decideScientific reads a mantissa such as 1.23457 or 1,2: digits with at
// most one separator, which marks decimals in any style, since scientific
// notation never groups thousands. The exponent moves the scale.
func (r *Reading) decideScientific() (mantissa uint64, scale int, problem string) {
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
		return 0, 0, problemTooLarge
	}
	return mantissa, scale - zeros - int(r.exp), ""
}

// describe formats the note of a reading of text, read as f.
func (r *Reading) describe(text string, f Figure) string {
	sep := "comma"
	if r.sep == '.' {
		sep = "dot"
	}
	shown := shorten(text)
	switch r.note {
	case noteAsGrouping:
		return fmt.Sprintf(noteGrouping, shown, r.show(f), sep)
	case noteAsDecimal:
		return fmt.Sprintf(noteDecimal, shown, r.show(f), sep)
	case noteAsMiliar:
		return fmt.Sprintf(noteMiliar, shown)
	case noteAsRounded:
		return fmt.Sprintf(noteRounded, shown, f.Amount.String())
	case noteAsScientific:
		return fmt.Sprintf(noteScientific, shown, r.show(f), int(r.digits))
	}
	return ""
}

// show writes a figure as a note shows what was read: an amount without
// cents when it has none (1200), a rate as the percentage it was (1200%).
func (r *Reading) show(f Figure) string {
	if !f.Percent {
		return trimAmount(f.Amount)
	}
	if e := int(r.shownExp); e > quoteLimit || e < -quoteLimit {
		// A rate such as 1E-400%: its digits would not fit a note.
		return strconv.FormatFloat(f.Rate*100, 'g', -1, 64) + "%"
	}
	var b []byte
	if r.neg && r.shown != 0 {
		b = append(b, '-')
	}
	digits := strconv.FormatUint(r.shown, 10)
	switch e := int(r.shownExp); {
	case e >= 0:
		b = append(b, digits...)
		for ; e > 0; e-- {
			b = append(b, '0')
		}
	case -e < len(digits):
		point := len(digits) + e
		b = append(append(append(b, digits[:point]...), '.'), digits[point:]...)
	default:
		b = append(b, "0."...)
		for k := len(digits); k < -e; k++ {
			b = append(b, '0')
		}
		b = append(b, digits...)
	}
	return string(append(b, '%'))
}

// trimAmount writes an amount without cents when it has none: 1200.
func trimAmount(m calc.Money) string {
	return strings.TrimSuffix(m.String(), ".00")
}
