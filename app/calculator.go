package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/calc"
)

// amountFields are the calculator's money fields, in order, with their
// labels; calc reports errors by these labels.
var amountFields = []struct{ key, label string }{
	{keyStart, calc.FieldStart},
	{keyExpansion, calc.FieldExpansion},
	{keyContraction, calc.FieldContraction},
	{keyChurn, calc.FieldChurn},
}

// keyOfField maps calc's field labels back to field keys, so that a
// validation error shows at its field.
var keyOfField = map[string]string{
	calc.FieldStart:             keyStart,
	calc.FieldExpansion:         keyExpansion,
	calc.FieldContraction:       keyContraction,
	calc.FieldChurn:             keyChurn,
	calc.FieldCustomersStart:    keyCustomersStart,
	calc.FieldCustomersRetained: keyCustomersRetained,
}

var periodChoices = []choice{{"annual", "Annual"}, {"monthly", "Monthly"}}

// calculator is the home page: a period's starting cohort in, and as the user
// types, its retention, bridge, benchmark placement and compounding out.
type calculator struct {
	modelPage
	problems problems
}

func (c *calculator) OnInit() {
	c.modelPage.OnInit()
	c.problems = readCalculator(&c.model)
}

func (c *calculator) OnMount(ctx goapp.Context) {
	c.modelPage.OnMount(ctx)
	c.problems = readCalculator(&c.model)
}

// set stores a field's new text, reads the calculator again and saves.
func (c *calculator) set(key string) func(goapp.Context, string) {
	return func(ctx goapp.Context, value string) {
		c.model.Texts[key] = value
		c.problems = readCalculator(&c.model)
		saveModel(ctx, c.model)
	}
}

// readCalculator parses the calculator's fields of m and, for each group that
// is complete and valid, makes it m's last good value. It returns a message
// per field that is not; the figures then keep their last good values.
func readCalculator(m *Model) problems {
	p := problems{}
	t := calc.Totals{}
	amounts := []*calc.Money{&t.Start, &t.Expansion, &t.Contraction, &t.Churn}
	ok := true
	for i, f := range amountFields {
		v, good := p.amount(f.key, m.Texts[f.key], false)
		*amounts[i] = v
		ok = ok && good
	}
	start, startGiven, ok1 := p.count(keyCustomersStart, m.Texts[keyCustomersStart])
	retained, retainedGiven, ok2 := p.count(keyCustomersRetained, m.Texts[keyCustomersRetained])
	_ = startGiven // customers at start alone give no logo retention
	if retainedGiven {
		t.Logos = &calc.Logos{Start: start, Retained: retained}
	}
	if m.Texts[keyPeriod] == "monthly" {
		t.Period = calc.Monthly
	}
	if ok && ok1 && ok2 {
		if err := t.Validate(); err != nil {
			// Validate returns *calc.InputError itself: a type assertion
			// does, without the reflection errors.As would link in.
			if ie, ok := err.(*calc.InputError); ok {
				p[keyOfField[ie.Field]] = err.Error()
			} else {
				p[keyStart] = err.Error()
			}
		} else {
			m.Figures = t
		}
	}
	if years, good := p.whole(keyYears, m.Texts[keyYears], 1, 50); good {
		m.Years = years
	}
	if n, good := p.amount(keyNewARR, m.Texts[keyNewARR], true); good {
		m.NewARR = n
	}
	return p
}

func (c *calculator) Render() goapp.UI {
	r, err := calc.Retain(c.model.Figures)
	stale := false
	for _, k := range []string{keyStart, keyExpansion, keyContraction, keyChurn, keyCustomersStart, keyCustomersRetained} {
		stale = stale || c.problems[k] != ""
	}
	return layout("/",
		el("h1").Text("NRR calculator"),
		el("div").Class("calculator").Body(
			el("section").Class("card inputs").Aria("labelledby", "inputs-title").Body(
				el("h2").ID("inputs-title").Text("This period"),
				el("p").Class("lede").Text("ARR of the customers paying at the start of the period. New customers are left out."),
				radioGroup(keyPeriod, "Period", c.period(), periodChoices, c.set(keyPeriod)),
				goapp.Range(amountFields).Slice(func(i int) goapp.UI {
					f := amountFields[i]
					return textField(f.key, f.label, c.model.Texts[f.key], c.problems.hint(f.key, hintAmount), c.problems[f.key], c.set(f.key))
				}),
				textField(keyCustomersStart, calc.FieldCustomersStart, c.model.Texts[keyCustomersStart], hintCount, c.problems[keyCustomersStart], c.set(keyCustomersStart)),
				textField(keyCustomersRetained, calc.FieldCustomersRetained, c.model.Texts[keyCustomersRetained], hintCount, c.problems[keyCustomersRetained], c.set(keyCustomersRetained)),
			),
			el("div").Class("outputs").Body(
				goapp.If(err != nil, func() goapp.UI {
					return el("section").Class("card").Body(el("p").Class("problem").Text(err.Error()))
				}).Else(func() goapp.UI {
					return el("div").Body(
						retentionCard(r, stale),
						gaugeCard(r),
						bridgeCard(r),
						projectionCard(c.model, r, c.problems, c.set),
					)
				}),
			),
		),
	)
}

func (c *calculator) period() string {
	if p := c.model.Texts[keyPeriod]; p != "" {
		return p
	}
	return "annual"
}

// loadModel reads the saved working state, if there is one.
func loadModel(ctx goapp.Context) (Model, bool) {
	var saved Model
	ctx.GetState(modelState, &saved)
	if saved.Texts == nil {
		return Model{}, false
	}
	return saved, true
}

// saveModel keeps the working state across pages and reloads.
func saveModel(ctx goapp.Context, m Model) {
	ctx.SetState(modelState, m).Persist()
}
