// Package figure reads one figure as people type or paste it: an amount of
// money, exactly, in cents, or a rate. It is all the calculator page needs of
// the readers of pasted data, so that the page links none of the table
// readers of calc/ingest, which read every cell of a table through this
// package's scanner.
package figure

import (
	"fmt"

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

// Error is the sentence the user reads: the text quoted, what is wrong with
// it when that can be said, and what was expected.
func (e *FigureError) Error() string {
	if e.Problem == "" {
		return fmt.Sprintf(errFigure, shorten(e.Text), e.Expected)
	}
	return fmt.Sprintf(errFigureProblem, shorten(e.Text), e.Problem, e.Expected)
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
	f, err := r.Figure(style)
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
