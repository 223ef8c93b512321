package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/model"
	"nrrlab/calc"
	"nrrlab/calc/lang"
)

// calculator is the home page: a period's starting cohort in, and as the user
// types, its retention, bridge, benchmark placement and compounding out. It
// is the one page rendered in app.wasm itself, so that the first screen
// works the moment the app starts. Each card of results is a component of
// its own whose fields are its figures: a keystroke re-renders only the
// cards whose figures changed.
type calculator struct {
	modelPage
	problems model.Problems
}

func (c *calculator) OnInit() {
	c.modelPage.OnInit()
	c.problems = model.ReadCalculator(&c.model, c.printer())
}

func (c *calculator) OnMount(ctx goapp.Context) {
	c.modelPage.OnMount(ctx)
	c.problems = model.ReadCalculator(&c.model, c.printer())
}

// set stores a field's new text, reads the calculator again and saves.
func (c *calculator) set(key string) func(goapp.Context, string) {
	return func(ctx goapp.Context, value string) {
		c.model.Set(key, value)
		c.problems = model.ReadCalculator(&c.model, c.printer())
		saveModel(c.model)
	}
}

// amountFields are the calculator's money fields, in order, with their
// labels.
var amountFields = []struct {
	key   string
	label lang.Key
}{
	{model.KeyStart, "Starting ARR"},
	{model.KeyExpansion, "Expansion"},
	{model.KeyContraction, "Contraction"},
	{model.KeyChurn, "Churn"},
}

func (c *calculator) Render() goapp.UI {
	p := c.printer()
	r, err := calc.Retain(c.model.Figures)
	stale := false
	for _, k := range []string{model.KeyStart, model.KeyExpansion, model.KeyContraction, model.KeyChurn, model.KeyCustomersStart, model.KeyCustomersRetained} {
		stale = stale || c.problems[k] != ""
	}
	inputs := []goapp.UI{
		el("h2").ID("inputs-title").Text(p.Text("This period")),
		el("p").Class("lede").Text(p.Text("ARR of the customers paying at the start of the period. New customers are left out.")),
		radioGroup(model.KeyPeriod, p.Text("Period"), c.period(), []choice{{"annual", p.Text("Annual")}, {"monthly", p.Text("Monthly")}}, c.set(model.KeyPeriod)),
	}
	for _, f := range amountFields {
		inputs = append(inputs, c.field(f.key, f.label, p.Text(model.HintAmount)))
	}
	inputs = append(inputs,
		c.field(model.KeyCustomersStart, "Customers at start", p.Text(model.HintCount)),
		c.field(model.KeyCustomersRetained, "Customers retained", p.Text(model.HintCount)),
		selectField("currency", "", p.Text("Show amounts in"), c.model.Currency.Code(), currencyChoices(p), c.setCurrency),
		el("p").Body(el("a").Attr("href", href(model.PathIn(c.model.Lang, "/data"))).Text(p.Text("Use my own data"))),
	)
	var outputs goapp.UI
	if err != nil {
		outputs = el("section").Class("card").Body(el("p").Class("problem").Text(p.Msg(lang.Of(err))))
	} else {
		outputs = el("div").Body(
			&retentionCard{R: r, Stale: stale, P: p},
			&gaugeCard{NRR: r.AnnualNRR, GRR: r.AnnualGRR, P: p, Benchmarks: href(model.PathIn(c.model.Lang, "/benchmarks"))},
			&bridgeCard{R: r, P: p},
			c.projection(r),
		)
	}
	return layout(p, "/",
		el("h1").Text(p.Text("NRR calculator")),
		el("div").Class("calculator").Body(
			el("section").Class("card inputs").Aria("labelledby", "inputs-title").Body(inputs...),
			el("div").Class("outputs").OnClick(func(ctx goapp.Context, e goapp.Event) { export(p, actionOf(e)) }).Body(outputs),
		),
	)
}

// field is one text field of the calculator, with its problem or note.
func (c *calculator) field(key string, label lang.Key, hint string) goapp.UI {
	return field{id: fieldID(key), label: c.printer().Text(label), value: c.model.Texts[key], hint: c.problems.Hint(key, hint),
		problem: c.problems[key], onInput: c.set(key)}.render()
}

func (c *calculator) period() string {
	if p := c.model.Texts[model.KeyPeriod]; p != "" {
		return p
	}
	return "annual"
}

// setCurrency changes the currency amounts are shown in.
func (c *calculator) setCurrency(ctx goapp.Context, v string) {
	c.model.Set(model.FieldCurrency, v)
	c.problems = model.ReadCalculator(&c.model, c.printer())
	saveModel(c.model)
}

// currencyChoices lists the currencies with their symbols, and plain
// numbers.
func currencyChoices(p lang.Printer) []choice {
	out := make([]choice, 0, len(lang.Currencies))
	for _, cur := range lang.Currencies {
		if cur == lang.None {
			out = append(out, choice{"none", p.Text("No currency: plain numbers")})
			continue
		}
		out = append(out, choice{cur.Code(), cur.Code() + " " + cur.Symbol(p.Lang)})
	}
	return out
}
