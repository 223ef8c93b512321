package app

import (
	"strconv"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/calc"
)

// maxScenarios keeps the comparison readable on a projector.
const maxScenarios = 6

var leverChoices = []choice{{"amounts", "Amounts"}, {"rates", "Rates"}, {"nrr", "NRR"}}

// scenarios is the what-if page: the calculator's figures are the baseline,
// and each scenario changes retention or new-logo ARR; tables and a chart
// compare them year by year. Goal seek, the target path and the share of
// growth from existing customers are here too.
type scenarios struct {
	modelPage
	problems problems
	// scenarioProblems holds the field problems of each scenario, by index.
	scenarioProblems []problems
}

func (s *scenarios) OnInit() {
	s.modelPage.OnInit()
	s.read()
}

func (s *scenarios) OnMount(ctx goapp.Context) {
	s.modelPage.OnMount(ctx)
	s.read()
}

// read parses every field of the page, keeping last good values.
func (s *scenarios) read() {
	s.problems = readCalculator(&s.model)
	s.scenarioProblems = make([]problems, len(s.model.Scenarios))
	for i := range s.model.Scenarios {
		s.scenarioProblems[i] = readScenario(&s.model.Scenarios[i], s.model.Figures.Start)
	}
}

func (s *scenarios) save(ctx goapp.Context) {
	s.read()
	saveModel(ctx, s.model)
}

func (s *scenarios) set(key string) func(goapp.Context, string) {
	return func(ctx goapp.Context, v string) {
		s.model.Texts[key] = v
		s.save(ctx)
	}
}

func (s *scenarios) setScenario(i int, key string) func(goapp.Context, string) {
	return func(ctx goapp.Context, v string) {
		s.model.Scenarios[i].Texts[key] = v
		s.save(ctx)
	}
}

// add appends a scenario that starts as a copy of the baseline.
func (s *scenarios) add(ctx goapp.Context, e goapp.Event) {
	if len(s.model.Scenarios) >= maxScenarios {
		return
	}
	r, err := calc.Retain(s.model.Figures)
	if err != nil {
		return
	}
	s.model.Added++
	s.model.Scenarios = append(s.model.Scenarios, ScenarioInput{
		Number: s.model.Added,
		Texts: map[string]string{
			keyLever:           "amounts",
			keyExpansion:       s.model.Texts[keyExpansion],
			keyContraction:     s.model.Texts[keyContraction],
			keyChurn:           s.model.Texts[keyChurn],
			keyExpansionRate:   percent(r.ExpansionRate),
			keyContractionRate: percent(r.ContractionRate),
			keyChurnRate:       percent(r.ChurnRate),
			keyNRR:             percent(r.AnnualNRR),
			keyNewARR:          s.model.Texts[keyNewARR],
		},
		// The baseline's last good figures, until the copied texts are read:
		// they may hold a field the calculator could not read.
		Good: calc.Scenario{Lever: calc.ByAmounts, Expansion: s.model.Figures.Expansion, Contraction: s.model.Figures.Contraction,
			Churn: s.model.Figures.Churn, NewARR: s.model.NewARR},
	})
	s.save(ctx)
}

// resetPath drops the edited milestones, back to equal steps.
func (s *scenarios) resetPath(ctx goapp.Context, e goapp.Event) {
	for k := range s.model.Texts {
		if strings.HasPrefix(k, "milestone-") {
			delete(s.model.Texts, k)
		}
	}
	s.save(ctx)
}

func (s *scenarios) remove(i int) func(goapp.Context, goapp.Event) {
	return func(ctx goapp.Context, e goapp.Event) {
		s.model.Scenarios = append(s.model.Scenarios[:i:i], s.model.Scenarios[i+1:]...)
		s.save(ctx)
	}
}

// readScenario parses a scenario's fields for its lever and, when they read,
// makes them its last good definition.
func readScenario(in *ScenarioInput, start calc.Money) problems {
	p := problems{}
	sc := calc.Scenario{Name: scenarioName(*in)}
	ok := true
	switch in.Texts[keyLever] {
	case "rates":
		sc.Lever = calc.ByRates
		for _, f := range []struct {
			key string
			dst *float64
		}{{keyExpansionRate, &sc.ExpansionRate}, {keyContractionRate, &sc.ContractionRate}, {keyChurnRate, &sc.ChurnRate}} {
			v, good := p.percentage(f.key, in.Texts[f.key])
			*f.dst, ok = v, ok && good
		}
	case "nrr":
		sc.Lever = calc.ByNRR
		sc.NRR, ok = p.percentage(keyNRR, in.Texts[keyNRR])
	default:
		sc.Lever = calc.ByAmounts
		for _, f := range []struct {
			key string
			dst *calc.Money
		}{{keyExpansion, &sc.Expansion}, {keyContraction, &sc.Contraction}, {keyChurn, &sc.Churn}} {
			v, good := p.amount(f.key, in.Texts[f.key], false)
			*f.dst, ok = v, ok && good
		}
	}
	newARR, good := p.amount(keyNewARR, in.Texts[keyNewARR], true)
	sc.NewARR = newARR
	if !ok || !good {
		return p
	}
	if _, err := sc.Rate(start); err != nil {
		key := keyNRR
		if ie, ok := err.(*calc.InputError); ok {
			key = scenarioKeyOf(sc.Lever, ie.Field)
		}
		p[key] = err.Error()
		return p
	}
	in.Good = sc
	return p
}

// scenarioKeyOf maps a calc field to the scenario field that shows it.
func scenarioKeyOf(lever calc.Lever, f string) string {
	keys := map[string]string{calc.FieldExpansion: keyExpansion, calc.FieldContraction: keyContraction, calc.FieldChurn: keyChurn, calc.FieldNRR: keyNRR}
	if lever == calc.ByRates {
		keys = map[string]string{calc.FieldExpansion: keyExpansionRate, calc.FieldContraction: keyContractionRate, calc.FieldChurn: keyChurnRate}
	}
	if k, ok := keys[f]; ok {
		return k
	}
	return keyNRR
}

// scenarioName is the name the user gave, or "Scenario N".
func scenarioName(in ScenarioInput) string {
	if n := in.Texts[keyName]; n != "" {
		return n
	}
	return "Scenario " + strconv.Itoa(in.Number)
}

func (s *scenarios) Render() goapp.UI {
	base := calc.Scenario{Name: "Baseline", Lever: calc.ByAmounts, Expansion: s.model.Figures.Expansion,
		Contraction: s.model.Figures.Contraction, Churn: s.model.Figures.Churn, NewARR: s.model.NewARR}
	if s.model.Figures.Period == calc.Monthly {
		r, _ := calc.Retain(s.model.Figures)
		base = calc.Scenario{Name: "Baseline", Lever: calc.ByNRR, NRR: r.AnnualNRR, NewARR: s.model.NewARR}
	}
	var list []calc.Scenario
	for _, in := range s.model.Scenarios {
		sc := in.Good
		sc.Name = scenarioName(in)
		list = append(list, sc)
	}
	cmp, err := calc.Compare(s.model.Figures.Start, base, list, s.model.Years)
	return layout("/scenarios",
		el("h1").Text("What-if scenarios"),
		baselineCard(s.model, s.problems, s.set),
		el("section").Class("card").Aria("labelledby", "scenarios-title").Body(
			el("h2").ID("scenarios-title").Text("Scenarios"),
			el("p").Class("lede").Text("Each scenario changes this period's retention, by amounts, by rates or by NRR directly, and may add new-logo ARR each year. Figures start as a copy of the baseline."),
			el("div").Class("scenario-list").Body(
				goapp.Range(s.model.Scenarios).Slice(func(i int) goapp.UI {
					return s.scenarioCard(i)
				}),
			),
			goapp.If(len(s.model.Scenarios) < maxScenarios, func() goapp.UI {
				return el("button").Attr("type", "button").Class("no-print").Text("Add scenario").OnClick(s.add)
			}).Else(func() goapp.UI {
				return el("p").Class("hint").Text("Six scenarios at most, so the comparison stays readable.")
			}),
		),
		goapp.If(err != nil, func() goapp.UI {
			return el("section").Class("card").Body(el("p").Class("problem").Text(err.Error()))
		}).Else(func() goapp.UI {
			return comparisonCard(cmp)
		}),
		goalSeekCard(s.model, s.problems, s.set),
		targetPathCard(s.model, s.problems, s.set, s.resetPath),
		growthShareCard(s.model, s.problems, s.set),
	)
}

// baselineCard shows what the scenarios are compared with, and the horizon.
func baselineCard(m Model, p problems, set func(string) func(goapp.Context, string)) goapp.UI {
	r, err := calc.Retain(m.Figures)
	summary := "Enter figures on the calculator first."
	if err == nil {
		summary = "Starting ARR " + shortMoney(r.Start) + " at " + percent(r.AnnualNRR) + " NRR (from the calculator)"
		if m.NewARR > 0 {
			summary += ", with " + shortMoney(m.NewARR) + " of new-logo ARR a year"
		}
		summary += "."
	}
	return el("section").Class("card").Aria("labelledby", "baseline-title").Body(
		el("h2").ID("baseline-title").Text("Baseline"),
		el("p").Body(goapp.Text(summary+" "), el("a").Attr("href", href("/")).Text("Change the baseline")),
		textField(keyYears, "Years", m.Texts[keyYears], "from 1 to 50", p[keyYears], set(keyYears)),
	)
}

func (s *scenarios) scenarioCard(i int) goapp.UI {
	in := s.model.Scenarios[i]
	p := s.scenarioProblems[i]
	legend := "scenario-" + strconv.Itoa(in.Number)
	title := "Scenario " + strconv.Itoa(in.Number)
	f := func(key, label, hint string) goapp.UI {
		return field{id: legend + "-" + key, label: label, value: in.Texts[key], hint: hint, problem: p[key],
			group: legend, onInput: s.setScenario(i, key)}.render()
	}
	lever := in.Texts[keyLever]
	return el("fieldset").Class("scenario").Body(
		el("legend").ID(legend).Text(title),
		el("div").Class("field-row").Body(
			field{id: legend + "-name", label: "Name", value: in.Texts[keyName], hint: "optional, such as Upsell push",
				group: legend, onInput: s.setScenario(i, keyName)}.render(),
			selectField(legend+"-lever", legend, "Defined by", lever, leverChoices, s.setScenario(i, keyLever)),
		),
		el("div").Class("field-row").Body(
			goapp.If(lever == "rates", func() goapp.UI {
				return el("div").Class("field-row").Body(
					f(keyExpansionRate, "Expansion rate", hintPercent),
					f(keyContractionRate, "Contraction rate", hintPercent),
					f(keyChurnRate, "Churn rate", hintPercent),
				)
			}).ElseIf(lever == "nrr", func() goapp.UI {
				return f(keyNRR, "NRR", hintPercent)
			}).Else(func() goapp.UI {
				return el("div").Class("field-row").Body(
					f(keyExpansion, "Expansion", hintAmount),
					f(keyContraction, "Contraction", hintAmount),
					f(keyChurn, "Churn", hintAmount),
				)
			}),
			f(keyNewARR, "New-logo ARR per year", hintOptional),
		),
		el("button").Attr("type", "button").Class("secondary no-print").Text("Remove").Aria("label", "Remove "+title).OnClick(s.remove(i)),
	)
}
