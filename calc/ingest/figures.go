package ingest

import "nrrlab/calc/figure"

// The figure reader lives in calc/figure, so that the calculator page links
// it without the table readers; these names keep their callers here.

// Style is how a number groups thousands and marks decimals: figure.Style.
type Style = figure.Style

const (
	// StyleAuto decides from the text itself: its currency, its separators
	// and, in a table, the rest of its column.
	StyleAuto = figure.StyleAuto
	// StyleDotDecimal is 1,234,567.89 (US, UK, Malaysia, Singapore).
	StyleDotDecimal = figure.StyleDotDecimal
	// StyleCommaDecimal is 1.234.567,89 (Indonesia, much of Europe).
	StyleCommaDecimal = figure.StyleCommaDecimal
)

// Figure is one value read from text, an exact amount or a rate:
// figure.Figure.
type Figure = figure.Figure

// FigureError says why a text is not a figure, as a sentence for the user:
// figure.FigureError.
type FigureError = figure.FigureError

// ParseFigure reads one figure as a user types or pastes it into a field,
// as figure.ParseFigure does.
func ParseFigure(text string, style Style) (Figure, error) {
	return figure.ParseFigure(text, style)
}
