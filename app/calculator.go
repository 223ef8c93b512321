package app

import (
	"errors"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/calc"
)

// amountFields are the calculator's money fields, in order.
var amountFields = []string{calc.FieldStart, calc.FieldExpansion, calc.FieldContraction, calc.FieldChurn}

// calculator is the first screen: the four amounts of a period's starting
// cohort and, as the user types, NRR, GRR and where NRR sits.
type calculator struct {
	goapp.Compo
	model Model
	// problems holds a message per field label that cannot be used.
	problems map[string]string
}

// OnInit shows the built-in sample until the user's saved work, if any, is
// read on mount: the pre-rendered page and a first visit show the sample.
func (c *calculator) OnInit() {
	c.model = sampleModel()
	c.problems = readFigures(&c.model)
}

func (c *calculator) OnMount(ctx goapp.Context) {
	var saved Model
	ctx.GetState(modelState, &saved)
	if saved.Texts != nil {
		c.model = saved
		c.problems = readFigures(&c.model)
	}
}

func (c *calculator) onInput(label string) func(goapp.Context, string) {
	return func(ctx goapp.Context, value string) {
		c.model.Texts[label] = value
		c.problems = readFigures(&c.model)
		ctx.SetState(modelState, c.model).Persist()
	}
}

// readFigures parses every field of m and, when all of them are readable and
// valid together, makes them m's Figures. It returns a message per field
// that is not; the figures then keep their last good values.
func readFigures(m *Model) map[string]string {
	problems := map[string]string{}
	amounts := make(map[string]calc.Money, len(amountFields))
	for _, label := range amountFields {
		v, err := parseAmount(m.Texts[label])
		if err != nil {
			problems[label] = err.Error()
			continue
		}
		amounts[label] = v
	}
	if len(problems) > 0 {
		return problems
	}
	t := m.Figures
	t.Start, t.Expansion, t.Contraction, t.Churn = amounts[calc.FieldStart], amounts[calc.FieldExpansion], amounts[calc.FieldContraction], amounts[calc.FieldChurn]
	if err := t.Validate(); err != nil {
		var ie *calc.InputError
		if errors.As(err, &ie) {
			problems[ie.Field] = err.Error()
		} else {
			problems[calc.FieldStart] = err.Error()
		}
		return problems
	}
	m.Figures = t
	return problems
}

// mustFigures reads texts known to be valid, such as the built-in sample.
func mustFigures(texts map[string]string) calc.Totals {
	m := Model{Texts: texts}
	if p := readFigures(&m); len(p) > 0 {
		panic(p)
	}
	return m.Figures
}

func (c *calculator) Render() goapp.UI {
	r, err := calc.Retain(c.model.Figures)
	return layout("/",
		goapp.H1().Text("NRR calculator"),
		goapp.Div().Class("calculator").Body(
			goapp.Section().Class("card inputs").Aria("labelledby", "inputs-title").Body(
				goapp.H2().ID("inputs-title").Text("This period"),
				goapp.P().Class("lede").Text("ARR of the customers paying at the start of the period. New customers are left out."),
				goapp.Range(amountFields).Slice(func(i int) goapp.UI {
					label := amountFields[i]
					return textField(label, c.model.Texts[label], amountHint, c.problems[label], c.onInput(label))
				}),
			),
			goapp.Section().Class("card results").Aria("labelledby", "results-title").Body(
				goapp.H2().ID("results-title").Text("Retention"),
				goapp.If(len(c.problems) > 0, func() goapp.UI {
					return goapp.P().Class("stale").Text("Showing the figures of the last complete inputs: correct the marked field to update them.")
				}),
				goapp.If(err != nil, func() goapp.UI {
					return goapp.P().Class("problem").Text(err.Error())
				}).Else(func() goapp.UI {
					return goapp.Div().Class("metrics").Body(
						metric("nrr", "Net revenue retention", percent(r.NRR), ""),
						metric("grr", "Gross revenue retention", percent(r.GRR), ""),
					)
				}),
				goapp.P().Class("method").Text(r.Method),
			),
		),
	)
}

// metric renders one headline figure. Its value is an output whose
// accessible name is the visible label.
func metric(id, label, value, note string) goapp.UI {
	return goapp.Div().Class("metric").Body(
		goapp.Span().Class("metric-label").ID(id+"-label").Text(label),
		goapp.Output().Class("metric-value").ID(id).Aria("labelledby", id+"-label").Aria("live", "off").Text(value),
		goapp.If(note != "", func() goapp.UI {
			return goapp.Span().Class("metric-note").Text(note)
		}),
	)
}
