package figure

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"nrrlab/calc/lang"
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
	exp      int32         // the exponent, when sci
	mag      int8          // power of ten of the magnitude word
	digits   int8          // significant digits of a scientific mantissa, up to 20
	cur      lang.Currency // noCurrency until the text names one
	// dollarSign says the currency is named by a dollar sign alone, which
	// the Singapore and Australian dollars write too.
	dollarSign bool
	note       noteKind
	sep        byte // the separator a note is about
	neg        bool
	percent    bool
	hasGroup   bool // spaces or apostrophes group the digits
	noCents    bool // the number ended in ",-" or ".-": its separator marks decimals
	sci        bool // the number had an exponent, as in 1.2E+6
}

// Scan splits text into sign, brackets, currency, number, magnitude and
// percent, as ParseFigure does. It returns what is wrong when the text has
// no such shape; the zero Problem when it has.
func Scan(text string) (Reading, Problem) {
	var sc scanner
	p := sc.scan(text)
	return sc.r, p
}

// scanner walks a text once, left to right, and fills a Reading.
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
	late Problem
}

// scan is Scan into sc.r: ParseFigure reads it there, without a copy.
func (sc *scanner) scan(text string) Problem {
	s := text
	if !isASCII(s) {
		s = plain(s)
	}
	sc.s = s
	sc.r.cur = noCurrency // not the zero lang.Currency, which is USD
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
		var p Problem
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
				sc.lateProblem(Problem{key: problemBracketPlace})
			} else if sc.open {
				sc.lateProblem(Problem{key: problemBracketsTwice})
			}
			sc.open = true
			i++
		case c == ')':
			if !sc.found || !sc.open || sc.closed {
				sc.lateProblem(Problem{key: problemBracketUnopened})
			}
			sc.closed = true
			i++
		case c == '%':
			if !sc.found {
				sc.lateProblem(Problem{key: problemPercentPlace})
			} else if sc.r.percent {
				sc.lateProblem(Problem{key: problemTwoPercents})
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
			sc.lateProblem(Problem{key: problemSeparators})
			i++
		default:
			p = problemOf(problemStray, s[i:i+1])
		}
		if p.key != "" {
			return p
		}
	}
	if tokens == 0 {
		return Problem{key: ProblemEmpty}
	}
	return sc.finish()
}

func (sc *scanner) lateProblem(p Problem) {
	if sc.late.key == "" {
		sc.late = p
	}
}

// finish checks the parts against each other, once all are known.
func (sc *scanner) finish() Problem {
	r := &sc.r
	switch {
	case !sc.found:
		return Problem{key: problemNoDigits}
	case sc.late.key != "":
		return sc.late
	case sc.open && !sc.closed:
		return Problem{key: problemBracketUnclosed}
	case sc.signs > 1:
		return Problem{key: problemTwoSigns}
	case sc.signs == 1 && sc.open:
		return Problem{key: problemSignAndBrackets}
	case r.percent && r.cur != noCurrency:
		return Problem{key: problemPercentMoney}
	case r.percent && r.mag != 0:
		return Problem{key: problemMagnitudePercent}
	case r.sci && r.mag != 0:
		return Problem{key: problemScientificMagnitude}
	}
	r.neg = sc.minus || sc.open
	return Problem{}
}

// number reads the number that starts at s[i]: digits, separators, an
// apostrophe or a space between two digits, then ",-" for no cents or an
// exponent. It returns where the number ends.
func (sc *scanner) number(i int) (int, Problem) {
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
			sc.lateProblem(problemOf(problemDigitsAfterMagnitude, sc.r.magWord))
		} else {
			sc.lateProblem(Problem{key: problemTwoNumbers})
		}
		return i, Problem{}
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
			return j, Problem{}
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
			return j, Problem{}
		}
	}
	return i, Problem{}
}

// sign reads a plus or minus sign.
func (sc *scanner) sign(minus bool) Problem {
	if sc.found {
		return Problem{key: problemSignAfter}
	}
	sc.signs++
	sc.minus = sc.minus || minus
	return Problem{}
}

// currency takes a currency written as token.
func (sc *scanner) currency(cur lang.Currency, token string) {
	switch {
	case sc.r.cur == noCurrency:
		sc.r.cur, sc.token = cur, token
		sc.r.dollarSign = token == "$"
	case strings.EqualFold(token, sc.token):
		sc.lateProblem(Problem{key: problemCurrencyTwice})
	case cur != sc.r.cur:
		sc.lateProblem(currencyProblem(problemTwoCurrencies, sc.token, token))
	default:
		// "$1,200 USD" says which dollar its sign is.
		sc.r.dollarSign = false
	}
	// "$1,200 USD" and "USD $1,200" name one currency in two ways: fine.
}

// word reads the letters that start at s[i], or the one character there
// that is neither a letter nor ASCII: a currency, a magnitude, or a problem.
func (sc *scanner) word(i int) (int, Problem) {
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
			return i + size, currencyProblem(problemOtherCurrency, s[i:i+size])
		case unicode.IsDigit(r):
			return i + size, problemOf(problemOtherDigit, s[i:i+size])
		default:
			return i + size, problemOf(problemStray, s[i:i+size])
		}
		return i + size, Problem{}
	}
	w := s[start:i]
	// US$ and S$ are letters and a dollar sign; Rp. has a dot.
	if i < len(s) && s[i] == '$' {
		if cur, ok := currencyWord(s[start : i+1]); ok {
			sc.currency(cur, s[start:i+1])
			return i + 1, Problem{}
		}
	}
	if i < len(s) && s[i] == '.' && strings.EqualFold(w, "Rp") {
		sc.currency(rupiah, s[start:i+1])
		return i + 1, Problem{}
	}
	if cur, ok := currencyWord(w); ok {
		sc.currency(cur, w)
		return i, Problem{}
	}
	if i < len(s) && s[i] == '$' && isOtherDollar(w) {
		return i + 1, currencyProblem(problemOtherCurrency, s[start:i+1])
	}
	if isOtherCurrencyCode(w) {
		return i, currencyProblem(problemOtherCurrency, w)
	}
	if p, ok := magnitude(w); ok {
		switch {
		case !sc.found:
			sc.lateProblem(Problem{key: problemMagnitudePlace})
		case sc.r.mag != 0:
			sc.lateProblem(problemOf(problemTwoMagnitudes, sc.r.magWord, w))
		default:
			sc.r.mag, sc.r.magWord = int8(p), w
		}
		return i, Problem{}
	}
	if strings.TrimSpace(s[:start]) == "" && strings.TrimSpace(s[i:]) == "" {
		// The text is this word alone, which its message quotes already.
		return i, Problem{key: problemNotAWordWeKnow}
	}
	return i, problemOf(problemUnknownWord, w)
}
