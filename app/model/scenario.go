package model

import (
	"strconv"

	"nrrlab/calc"
	"nrrlab/calc/lang"
)

// MaxScenarios keeps the comparison readable on a projector.
const MaxScenarios = 6

// Levers a scenario can be defined by.
const (
	LeverAmounts = "amounts"
	LeverRates   = "rates"
	LeverNRR     = "nrr"
)

// AddScenario appends a scenario that starts as a copy of the baseline: its
// amounts as typed, its rates and NRR as computed. It reports false when
// there are MaxScenarios already or the baseline has no NRR.
func (m *Model) AddScenario(p lang.Printer) bool {
	if len(m.Scenarios) >= MaxScenarios {
		return false
	}
	r, err := calc.Retain(m.Figures)
	if err != nil {
		return false
	}
	m.Added++
	m.Scenarios = append(m.Scenarios, Scenario{
		Number: m.Added,
		Texts: map[string]string{
			KeyLever:           LeverAmounts,
			KeyExpansion:       m.Texts[KeyExpansion],
			KeyContraction:     m.Texts[KeyContraction],
			KeyChurn:           m.Texts[KeyChurn],
			KeyExpansionRate:   p.Percent(r.ExpansionRate),
			KeyContractionRate: p.Percent(r.ContractionRate),
			KeyChurnRate:       p.Percent(r.ChurnRate),
			KeyNRR:             p.Percent(r.AnnualNRR),
			KeyNewARR:          m.Texts[KeyNewARR],
		},
		// The baseline's last good figures, until the copied texts are
		// read: they may hold a field the calculator could not read.
		Good: calc.Scenario{Lever: calc.ByAmounts, Expansion: m.Figures.Expansion, Contraction: m.Figures.Contraction,
			Churn: m.Figures.Churn, NewARR: m.NewARR},
	})
	return true
}

// RemoveScenario drops the scenario numbered n.
func (m *Model) RemoveScenario(n int) {
	for i := range m.Scenarios {
		if m.Scenarios[i].Number == n {
			m.Scenarios = append(m.Scenarios[:i:i], m.Scenarios[i+1:]...)
			return
		}
	}
}

// ReadScenario parses a scenario's fields for its lever and, when they read,
// makes them its last good definition.
func ReadScenario(in *Scenario, start calc.Money, p lang.Printer) Problems {
	r := Read(p)
	sc := calc.Scenario{Name: ScenarioName(*in, p)}
	ok := true
	switch in.Texts[KeyLever] {
	case LeverRates:
		sc.Lever = calc.ByRates
		for _, f := range []struct {
			key string
			dst *float64
		}{{KeyExpansionRate, &sc.ExpansionRate}, {KeyContractionRate, &sc.ContractionRate}, {KeyChurnRate, &sc.ChurnRate}} {
			v, good := r.Percentage(f.key, in.Texts[f.key])
			*f.dst, ok = v, ok && good
		}
	case LeverNRR:
		sc.Lever = calc.ByNRR
		sc.NRR, ok = r.Percentage(KeyNRR, in.Texts[KeyNRR])
	default:
		sc.Lever = calc.ByAmounts
		for _, f := range []struct {
			key string
			dst *calc.Money
		}{{KeyExpansion, &sc.Expansion}, {KeyContraction, &sc.Contraction}, {KeyChurn, &sc.Churn}} {
			v, good := r.Amount(f.key, in.Texts[f.key], false)
			*f.dst, ok = v, ok && good
		}
	}
	newARR, good := r.Amount(KeyNewARR, in.Texts[KeyNewARR], true)
	sc.NewARR = newARR
	if !ok || !good {
		return r.Problems
	}
	if _, err := sc.Rate(start); err != nil {
		key := KeyNRR
		if ie, ok := err.(*calc.InputError); ok {
			key = scenarioKeyOf(sc.Lever, ie.Field)
		}
		r.Problems[key] = p.Error(err)
		return r.Problems
	}
	in.Good = sc
	return r.Problems
}

// scenarioKeyOf maps a calc field to the scenario field that shows it.
func scenarioKeyOf(lever calc.Lever, f lang.Key) string {
	keys := map[lang.Key]string{calc.FieldExpansion: KeyExpansion, calc.FieldContraction: KeyContraction, calc.FieldChurn: KeyChurn, calc.FieldNRR: KeyNRR}
	if lever == calc.ByRates {
		keys = map[lang.Key]string{calc.FieldExpansion: KeyExpansionRate, calc.FieldContraction: KeyContractionRate, calc.FieldChurn: KeyChurnRate}
	}
	if k, ok := keys[f]; ok {
		return k
	}
	return KeyNRR
}

// ScenarioName is the name the user gave, or "Scenario N".
func ScenarioName(in Scenario, p lang.Printer) string {
	if n := in.Texts[KeyName]; n != "" {
		return n
	}
	return p.Text("Scenario %d", in.Number)
}

// milestonePrefix keys the target path's edited milestones.
const milestonePrefix = "milestone-"

// MilestoneKey is the field key of quarter q's milestone.
func MilestoneKey(q int) string { return milestonePrefix + strconv.Itoa(q) }

// ResetPath drops the edited milestones, back to equal steps.
func (m *Model) ResetPath() {
	for k := range m.Texts {
		if len(k) > len(milestonePrefix) && k[:len(milestonePrefix)] == milestonePrefix {
			delete(m.Texts, k)
		}
	}
}
