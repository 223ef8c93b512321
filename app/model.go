package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/engine/api"
	"nrrlab/calc"
	"nrrlab/calc/lang"
)

// Model is the user's working state: every field as typed, word for word,
// and the last valid value of each figure derived from them. It is a plain
// value, so it can be saved, restored and shared as it is.
type Model struct {
	// Texts are the fields as typed, by field key.
	Texts map[string]string
	// Figures are the last valid calculator figures: every result on every
	// page is computed from them, so an unreadable field never blanks a
	// figure.
	Figures calc.Totals
	// Years is the last valid projection horizon.
	Years int
	// NewARR is the last valid new-logo ARR per year.
	NewARR calc.Money
	// Scenarios are the what-ifs, in the order the user added them.
	Scenarios []ScenarioInput
	// Added counts the scenarios ever added, so that a new one gets a number
	// no other has had.
	Added int
	// Lang is the language the user reads the site in.
	Lang lang.Lang
	// Currency is the currency amounts are shown in.
	Currency lang.Currency
	// DataName names the table of the data page, which the data engine keeps
	// in the browser's storage; "" when there is none.
	DataName string
	// Data are the data page's choices: column roles, readings,
	// conventions.
	Data api.Settings
}

// ScenarioInput is one what-if as the user defined it.
type ScenarioInput struct {
	// Number names the scenario until the user gives it a name.
	Number int
	Texts  map[string]string
	// Good is the scenario as last read without error.
	Good calc.Scenario
}

// modelState is the go-app state key of the Model.
const modelState = "nrrlab.model"

// defaultYears is the projection horizon of a first visit.
const defaultYears = 5

// sampleTexts is what a first visit shows: SPEC.md's first worked example,
// S $10M, E $2M, C $500K, X $1M, for an NRR of 105.0%.
var sampleTexts = map[string]string{
	keyStart:       "$10M",
	keyExpansion:   "$2M",
	keyContraction: "$500K",
	keyChurn:       "$1M",
	keyYears:       "5",
	keyTargetARR:   "$20M",
	keyInYears:     "3",
	keyTargetNRR:   "120%",
	keyQuarters:    "8",
	keyGrowth:      "40%",
}

// sampleModel returns the built-in sample with its figures read.
func sampleModel() Model {
	m := Model{Texts: make(map[string]string, len(sampleTexts)), Years: defaultYears}
	for k, v := range sampleTexts {
		m.Texts[k] = v
	}
	if p := readCalculator(&m); len(p) > 0 {
		panic("the built-in sample does not read: " + p.first())
	}
	return m
}

// modelPage is what every page shares: the working state, the built-in
// sample until saved work is read on mount (so the pre-rendered page and a
// first visit show the sample), and saving on every change.
type modelPage struct {
	goapp.Compo
	model Model
}

func (p *modelPage) OnInit() {
	if p.model.Texts == nil {
		p.model = sampleModel()
	}
}

func (p *modelPage) OnMount(ctx goapp.Context) {
	if saved, ok := loadModel(ctx); ok {
		p.model = saved
	}
}

// set returns the input handler of a field: it stores the text and saves.
func (p *modelPage) set(key string) func(goapp.Context, string) {
	return func(ctx goapp.Context, v string) {
		p.model.Texts[key] = v
		saveModel(ctx, p.model)
	}
}

// printer writes sentences, numbers and money in the page's language and
// the user's currency.
func (p *modelPage) printer() lang.Printer {
	return lang.Printer{Lang: p.model.Lang, Currency: p.model.Currency}
}

// pathIn returns the path of a page in a language: /scenarios, /id/scenarios.
func pathIn(l lang.Lang, path string) string {
	if l == lang.English {
		return path
	}
	return "/" + l.Code() + path
}
