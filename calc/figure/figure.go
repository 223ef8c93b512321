// Package figure reads one figure as people type or paste it: an amount of
// money, exactly, in cents, or a rate. It is all the calculator page needs of
// the readers of pasted data, so that the page links none of the table
// readers of calc/ingest, which read every cell of a table through this
// package's scanner.
package figure

import (
	"strings"

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
	// DollarSign says Currency is USD because the text wrote a dollar sign
	// alone ("$1.2M"), which Singaporeans and Australians write for their
	// own dollars too; false for "US$", "USD" and every other currency.
	DollarSign bool
	// Percent says the text was a rate such as "105%"; Rate holds it.
	Percent bool
	// Rate is the rate as a fraction: "105%" is 1.05. It is the float64
	// nearest the rate as written, and never NaN or infinite.
	Rate float64
	// Note says how an ambiguous text was read, as a sentence to write in
	// the user's language; nil when there was nothing to decide.
	Note *lang.Msg
}

// FigureError says why a text is not a figure. It writes itself as
// sentences for the user, in their language: the text (its first 40
// characters) is not an amount, what is wrong with it when that can be
// said, and what was expected.
type FigureError struct {
	// Text is the whole text, however long; the message quotes its start.
	Text string
	// Problem says what is wrong with the text; the zero Msg when nothing
	// more can be said than that it is not an amount.
	Problem lang.Msg
	// Expected says what would have been read, with an example.
	Expected lang.Key
}

// Error is the message in English.
func (e *FigureError) Error() string { return e.Localize(lang.Printer{}) }

// Localize writes the message in p's language: the text quoted, what is
// wrong with it when that can be said, and what was expected.
func (e *FigureError) Localize(p lang.Printer) string {
	what := lang.M(errFigure, Quoted(e.Text))
	if e.Problem.Key == "" {
		return p.Sentences(what, lang.M(e.Expected))
	}
	return p.Sentences(what, e.Problem, lang.M(e.Expected))
}

// Problem is what is wrong with a text, before it is written in a
// language: a sentence and the parts of the text it names. The zero Problem
// is none. Unlike a lang.Msg it can be compared, and costs nothing to
// return when there is none.
type Problem struct {
	key  lang.Key
	a, b string
	// symbols says a and b are currency symbols or codes, written as they
	// are; otherwise they are parts of the text, quoted.
	symbols bool
}

// problemOf is the problem k naming the parts a of the text.
func problemOf(k lang.Key, a ...string) Problem {
	p := Problem{key: k}
	if len(a) > 0 {
		p.a = a[0]
	}
	if len(a) > 1 {
		p.b = a[1]
	}
	return p
}

// currencyProblem is the problem k naming currencies as the text writes
// them.
func currencyProblem(k lang.Key, a ...string) Problem {
	p := problemOf(k, a...)
	p.symbols = true
	return p
}

// None reports whether there is no problem.
func (p Problem) None() bool { return p.key == "" }

// String is the problem in English.
func (p Problem) String() string { return p.Msg().String() }

// Msg is the problem as a sentence, with the parts of the text it names
// quoted; the zero Msg when there is none.
func (p Problem) Msg() lang.Msg {
	switch {
	case p.key == "":
		return lang.Msg{}
	case p.symbols && p.b != "":
		return lang.M(p.key, valid(p.a), valid(p.b))
	case p.symbols:
		return lang.M(p.key, valid(p.a))
	case p.b != "":
		return lang.M(p.key, Quoted(p.a), Quoted(p.b))
	case p.a != "":
		return lang.M(p.key, Quoted(p.a))
	}
	return lang.M(p.key)
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
	if perr := sc.scan(text); !perr.None() {
		return noFigure, &FigureError{Text: text, Problem: perr.Msg(), Expected: ExpectAmount}
	}
	f, err := r.Figure(style)
	if !err.None() {
		return noFigure, &FigureError{Text: text, Problem: err.Msg(), Expected: ExpectAmount}
	}
	if r.note != noteNone {
		f.Note = r.describe(text, f)
	}
	return f, nil
}

// noFigure is what ParseFigure returns with an error: no amount, and no
// currency, since the zero lang.Currency is USD.
var noFigure = Figure{Currency: lang.None}

// Quoted is a text as a message quotes it: its first characters, as many as
// lang.Quote shows, with any byte that is not UTF-8 as �, so that a message
// about a binary paste still reads.
func Quoted(s string) lang.Quote {
	n := 0
	for i := range s {
		if n > lang.MaxQuoted {
			s = s[:i]
			break
		}
		n++
	}
	return lang.Quote(valid(s))
}

// valid is s with any byte that is not UTF-8 as �.
func valid(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }
