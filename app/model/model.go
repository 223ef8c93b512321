// Package model is the user's working state, the same on every page and in
// the data page's engine: every field as typed, the last good figures read
// from them, the what-if scenarios, the language, the currency and the data
// page's choices. It is a plain value, so it can be saved, restored and
// shared as it is, and it reads its own fields (read.go) in the user's
// language.
package model

import (
	"strconv"
	"strings"

	"nrrlab/calc"
	"nrrlab/calc/lang"
)

// Model is the user's working state.
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
	Scenarios []Scenario
	// Added counts the scenarios ever added, so that a new one gets a number
	// no other has had.
	Added int
	// Lang is the language the user reads the site in.
	Lang lang.Lang
	// Currency is the currency amounts are shown in.
	Currency lang.Currency
	// DataName names the data page's table, which the engine keeps in the
	// browser's storage; "" when there is none.
	DataName string
	// Data are the data page's choices: column roles, readings,
	// conventions, by key.
	Data map[string]string
	// DataSummary is what the data page's table gave, kept so that a share
	// link can carry the results without the table.
	DataSummary *DataSummary `json:",omitempty"`
	// Opened names the saved model the working state was opened from or
	// saved as; "" for unsaved work.
	Opened string `json:",omitempty"`
}

// DataSummary is the data page's results in figures: the ARR bridge of its
// table (or of two months of a monthly one) and, for monthly data, the
// latest trailing retention. Amounts are cents of ARR.
type DataSummary struct {
	Name                                           string
	Period                                         string
	Start, Expansion, Contraction, Churn, New, End int64
	Customers, Retained                            int
	NRR, GRR, Logos                                float64
	TrailingNRR, TrailingGRR                       float64
}

func langOf(n int) lang.Lang {
	if n < 0 || n >= len(lang.All) {
		return lang.Lang(255)
	}
	return lang.Lang(n)
}

func currencyOf(n int) lang.Currency {
	if n < 0 || n >= len(lang.Currencies) {
		return lang.Currency(255)
	}
	return lang.Currency(n)
}

// Scenario is one what-if as the user defined it.
type Scenario struct {
	// Number names the scenario until the user gives it a name.
	Number int
	Texts  map[string]string
	// Good is the scenario as last read without error.
	Good calc.Scenario
}

// Field keys: stable names for the fields in the Model, whatever their
// labels.
const (
	KeyStart             = "start"
	KeyExpansion         = "expansion"
	KeyContraction       = "contraction"
	KeyChurn             = "churn"
	KeyCustomersStart    = "customersStart"
	KeyCustomersRetained = "customersRetained"
	KeyPeriod            = "period"
	KeyYears             = "years"
	KeyNewARR            = "newARR"
	KeyName              = "name"
	KeyLever             = "lever"
	KeyExpansionRate     = "expansionRate"
	KeyContractionRate   = "contractionRate"
	KeyChurnRate         = "churnRate"
	KeyNRR               = "nrr"
	KeyTargetARR         = "targetARR"
	KeyInYears           = "inYears"
	KeyTargetNRR         = "targetNRR"
	KeyQuarters          = "quarters"
	KeyGrowth            = "growth"
	KeySegment           = "segment"
	KeyStage             = "stage"
	KeyIndustry          = "industry"
)

// DefaultYears is the projection horizon of a first visit.
const DefaultYears = 5

// sampleTexts is what a first visit shows: SPEC.md's first worked example,
// S $10M, E $2M, C $500K, X $1M, for an NRR of 105.0%.
var sampleTexts = map[string]string{
	KeyStart:       "$10M",
	KeyExpansion:   "$2M",
	KeyContraction: "$500K",
	KeyChurn:       "$1M",
	KeyYears:       "5",
	KeyTargetARR:   "$20M",
	KeyInYears:     "3",
	KeyTargetNRR:   "120%",
	KeyQuarters:    "8",
	KeyGrowth:      "40%",
}

// sampleFigures are what the sample's texts read to (a test reads them):
// written out, so that the page, which never reads a figure itself, does
// not link the figure reader.
var sampleFigures = calc.Totals{Start: 10_000_000_00, Expansion: 2_000_000_00, Contraction: 500_000_00, Churn: 1_000_000_00}

// Sample returns the built-in sample with its figures.
func Sample() Model {
	m := Model{Texts: make(map[string]string, len(sampleTexts)), Years: DefaultYears, Figures: sampleFigures}
	for k, v := range sampleTexts {
		m.Texts[k] = v
	}
	return m
}

// Field IDs name the inputs of every page. A field whose ID is a Texts key
// holds that text; "s<number>-<key>" a scenario's text; "data-<key>" a data
// page choice.
const (
	scenarioPrefix = "s"
	dataPrefix     = "data-"
)

// ScenarioField is the ID of a scenario's field.
func ScenarioField(number int, key string) string {
	return scenarioPrefix + strconv.Itoa(number) + "-" + key
}

// DataField is the ID of a data page choice.
func DataField(key string) string { return dataPrefix + key }

// RateKey is the field key of the user's exchange rate for currency c: how
// many units of c one US dollar is worth, as typed. Each currency keeps its
// own, so that a move to another currency and back keeps the user's rate;
// an empty or missing text is the default rate (calc.DefaultRateOf), so
// that a saved model or a link carries a rate only when the user typed one.
func RateKey(c lang.Currency) string {
	code := c.Code()
	if code == "" {
		code = "none"
	}
	return rateKeyPrefix + code
}

const rateKeyPrefix = "usdRate-"

// FieldCurrency is the ID of the currency choice, which every page shares.
const FieldCurrency = "currency"

// Set stores what the user typed or chose in field id. It reports false
// when id names no field of the model.
func (m *Model) Set(id, value string) bool {
	if id == FieldCurrency {
		c, ok := lang.ParseCurrency(value)
		if ok {
			m.Currency = c
		}
		return ok
	}
	if key, ok := strings.CutPrefix(id, dataPrefix); ok {
		if m.Data == nil {
			m.Data = map[string]string{}
		}
		m.Data[key] = value
		return true
	}
	if rest, ok := strings.CutPrefix(id, scenarioPrefix); ok {
		num, key, found := strings.Cut(rest, "-")
		if n, err := strconv.Atoi(num); err == nil && found {
			for i := range m.Scenarios {
				if m.Scenarios[i].Number == n {
					m.Scenarios[i].Texts[key] = value
					return true
				}
			}
			return false
		}
	}
	if m.Texts == nil {
		m.Texts = map[string]string{}
	}
	m.Texts[id] = value
	return true
}

// Get returns the text a field id holds, as Set stored it, and whether the
// model holds one.
func (m *Model) Get(id string) (string, bool) {
	if id == FieldCurrency {
		return "", false
	}
	if key, ok := strings.CutPrefix(id, dataPrefix); ok {
		v, ok := m.Data[key]
		return v, ok
	}
	if rest, ok := strings.CutPrefix(id, scenarioPrefix); ok {
		num, key, found := strings.Cut(rest, "-")
		if n, err := strconv.Atoi(num); err == nil && found {
			for _, sc := range m.Scenarios {
				if sc.Number == n {
					v, ok := sc.Texts[key]
					return v, ok
				}
			}
			return "", false
		}
	}
	v, ok := m.Texts[id]
	return v, ok
}

// Printer writes in the model's language and currency.
func (m *Model) Printer() lang.Printer {
	return lang.Printer{Lang: m.Lang, Currency: m.Currency}
}

// LangOf is the language of an address, PathIn's inverse: /id/… and /id
// are Indonesian, any other English.
func LangOf(path string) lang.Lang {
	first, _, _ := strings.Cut(strings.TrimPrefix(path, "/"), "/")
	if l, ok := lang.Parse(first); ok && first == l.Code() {
		return l
	}
	return lang.English
}

// PathIn is the path of a page in a language: /scenarios, /id/scenarios.
func PathIn(l lang.Lang, path string) string {
	if l == lang.English {
		return path
	}
	return "/" + l.Code() + path
}
