package calc

import "nrrlab/calc/lang"

// Lever is how a Scenario sets its retention.
type Lever uint8

const (
	// ByAmounts sets expansion, contraction and churn as amounts on the
	// baseline's starting ARR.
	ByAmounts Lever = iota
	// ByRates sets them as rates of the starting ARR.
	ByRates
	// ByNRR sets the NRR directly.
	ByNRR
)

// Scenario is a what-if: a retention and a yearly new-logo ARR, projected from
// the baseline's starting ARR and compared with the baseline.
type Scenario struct {
	Name  string
	Lever Lever

	// Used with ByAmounts.
	Expansion, Contraction, Churn Money
	// Used with ByRates, as fractions of the starting ARR (0.2 is 20%).
	ExpansionRate, ContractionRate, ChurnRate float64
	// Used with ByNRR, as a fraction (1.1 is 110%).
	NRR float64

	// NewARR is the new-logo ARR landing every period.
	NewARR Money
}

// Rate returns the NRR the scenario implies on starting ARR start:
// (S + E − C − X) / S by amounts, 1 + e − c − x by rates, or its NRR.
func (s Scenario) Rate(start Money) (float64, error) {
	switch s.Lever {
	case ByAmounts:
		r, err := Retain(Totals{Start: start, Expansion: s.Expansion, Contraction: s.Contraction, Churn: s.Churn})
		return r.NRR, err
	case ByRates:
		for _, f := range []struct {
			name lang.Key
			r    float64
			msg  lang.Key
		}{{FieldExpansion, s.ExpansionRate, msgExpansionRate}, {FieldContraction, s.ContractionRate, msgContractionRate}, {FieldChurn, s.ChurnRate, msgChurnRate}} {
			if !validRate(f.r) {
				return 0, inputError(f.name, f.msg)
			}
		}
		if s.ContractionRate+s.ChurnRate > 1 {
			return 0, inputError(FieldChurn, msgLossRatesExceedAll)
		}
		return 1 + s.ExpansionRate - s.ContractionRate - s.ChurnRate, nil
	case ByNRR:
		if !validRate(s.NRR) {
			return 0, inputError(FieldNRR, msgNRRRate)
		}
		return s.NRR, nil
	}
	return 0, lang.M(msgLever, int(s.Lever))
}

// Comparison is a baseline and its scenarios projected over the same periods.
type Comparison struct {
	Baseline  Outcome
	Scenarios []Outcome
}

// Outcome is one scenario's projection and its difference from the baseline.
type Outcome struct {
	Scenario   Scenario
	Projection Projection
	// Difference[t] is this scenario's ARR minus the baseline's after t
	// periods, exact to the cent (both are rounded first).
	Difference []Money
}

// ScenarioError says which scenario of a comparison is wrong.
type ScenarioError struct {
	Index int // 0 for the baseline, 1.. for the scenarios
	Name  string
	Err   error
}

// Error writes the error in English.
func (e *ScenarioError) Error() string { return e.Localize(lang.Printer{}) }

// Localize writes which scenario cannot be computed, then why, in p's
// language.
func (e *ScenarioError) Localize(p lang.Printer) string {
	which := lang.M(msgScenario, lang.Quote(e.Name))
	switch {
	case e.Name != "":
	case e.Index == 0:
		which = lang.M(msgBaselineUnnamed)
	default:
		which = lang.M(msgScenarioUnnamed, e.Index)
	}
	return p.Msg(which) + " " + p.Error(e.Err)
}

// Unwrap returns why the scenario cannot be computed.
func (e *ScenarioError) Unwrap() error { return e.Err }

// Compare projects the baseline and every scenario from start for periods
// periods and gives each scenario's difference from the baseline.
func Compare(start Money, baseline Scenario, scenarios []Scenario, periods int) (Comparison, error) {
	var c Comparison
	var err error
	if c.Baseline, err = outcome(start, baseline, periods); err != nil {
		return Comparison{}, &ScenarioError{Index: 0, Name: baseline.Name, Err: err}
	}
	c.Scenarios = make([]Outcome, len(scenarios))
	for i, s := range scenarios {
		o, err := outcome(start, s, periods)
		if err != nil {
			return Comparison{}, &ScenarioError{Index: i + 1, Name: s.Name, Err: err}
		}
		o.Difference = make([]Money, len(o.Projection.Points))
		for t, p := range o.Projection.Points {
			if o.Difference[t], err = p.ARR.Sub(c.Baseline.Projection.Points[t].ARR); err != nil {
				return Comparison{}, &ScenarioError{Index: i + 1, Name: s.Name, Err: err}
			}
		}
		c.Scenarios[i] = o
	}
	return c, nil
}

func outcome(start Money, s Scenario, periods int) (Outcome, error) {
	nrr, err := s.Rate(start)
	if err != nil {
		return Outcome{}, err
	}
	var newARR []Money
	if s.NewARR != 0 {
		newARR = []Money{s.NewARR}
	}
	p, err := Project(start, nrr, periods, newARR)
	return Outcome{Scenario: s, Projection: p}, err
}
