package app

import (
	"nrrlab/calc"
)

// Model is the user's working state: what they typed, word for word, and
// the last set of figures that was complete and valid. It is a plain value,
// so it can be saved, restored and shared as it is.
type Model struct {
	// Texts are the calculator's fields as typed, by field label.
	Texts map[string]string
	// Figures are the last valid calculator figures: every result on every
	// page is computed from them, so an unreadable field never blanks a
	// figure.
	Figures calc.Totals
}

// modelState is the go-app state key of the Model.
const modelState = "nrrlab.model"

// sampleModel is what a first visit shows: SPEC.md's first worked example,
// S $10M, E $2M, C $500K, X $1M, for an NRR of 105.0%.
func sampleModel() Model {
	texts := map[string]string{
		calc.FieldStart:       "$10M",
		calc.FieldExpansion:   "$2M",
		calc.FieldContraction: "$500K",
		calc.FieldChurn:       "$1M",
	}
	return Model{Texts: texts, Figures: mustFigures(texts)}
}
