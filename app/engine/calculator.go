package engine

import (
	"nrrlab/app/engine/api"
	"nrrlab/app/markup"
	"nrrlab/app/model"
	"nrrlab/calc"
	"nrrlab/calc/lang"
)

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

// calculator is the home page: a period's starting cohort in, and, as the
// user types, its retention, bridge, benchmark placement and compounding
// out. A field that cannot be read says why at the field, and every figure
// keeps its last good value.
func (g *page) calculator() api.Page {
	p, m := g.p, g.m
	g.problems = model.ReadCalculator(m, p)
	stale := false
	for _, k := range []string{model.KeyStart, model.KeyExpansion, model.KeyContraction, model.KeyChurn, model.KeyCustomersStart, model.KeyCustomersRetained} {
		stale = stale || g.problems[k] != ""
	}
	period := m.Texts[model.KeyPeriod]
	if period == "" {
		period = "annual"
	}
	inputs := api.Block{ID: "inputs", Card: true, Class: "inputs", Heading: g.t("This period"),
		Lede: g.t("ARR of the customers paying at the start of the period. New customers are left out."),
		Fields: []api.Field{{ID: model.KeyPeriod, Kind: "radio", Label: g.t("Period"), Value: period,
			Options: []api.Option{{Value: "annual", Label: g.t("Annual")}, {Value: "monthly", Label: g.t("Monthly")}}}}}
	for _, f := range amountFields {
		inputs.Fields = append(inputs.Fields, g.text(f.key, f.label, g.t(model.HintAmount)))
	}
	currencies := make([]api.Option, 0, len(lang.Currencies))
	for _, c := range lang.Currencies {
		o := api.Option{Value: c.Code(), Label: c.Code() + " " + c.Symbol(p.Lang)}
		if c == lang.None {
			o = api.Option{Value: "none", Label: g.t("No currency: plain numbers")}
		}
		currencies = append(currencies, o)
	}
	current := m.Currency.Code()
	if current == "" {
		current = "none"
	}
	inputs.Fields = append(inputs.Fields,
		g.text(model.KeyCustomersStart, "Customers at start", g.t(model.HintCount)),
		g.text(model.KeyCustomersRetained, "Customers retained", g.t(model.HintCount)),
		api.Field{ID: model.FieldCurrency, Kind: "select", Label: g.t("Show amounts in"), Value: current, Options: currencies},
	)
	inputs.Blocks = []api.Block{html(`<p><a href="` + markup.Escape(g.href("/data")) + `">` + markup.Escape(g.t("Use my own data")) + `</a></p>`)}

	var outputs []api.Block
	r, err := calc.Retain(m.Figures)
	if err != nil {
		outputs = []api.Block{card("results", "", "", problem(p.Msg(lang.Of(err))))}
	} else {
		results := card("results", g.t("Retention"), "")
		results.Class = "results"
		if stale {
			results.Blocks = append(results.Blocks, html(`<p class="stale">`+markup.Escape(g.t("Showing the figures of the last complete inputs: correct the marked field to update them."))+`</p>`))
		}
		results.Blocks = append(results.Blocks, html(markup.Retention(p, r)))
		projection := card("projection", g.t("Compounding"), "",
			row(g.text(model.KeyYears, "Years", g.t("from 1 to 50")), g.text(model.KeyNewARR, "New-logo ARR per year", g.t(model.HintOptional))))
		if h, err := markup.Projection(p, r.Start, r.AnnualNRR, m.Years, m.NewARR); err != nil {
			projection.Blocks = append(projection.Blocks, problem(p.Msg(lang.Of(err))))
		} else {
			projection.Blocks = append(projection.Blocks, html(h))
		}
		outputs = []api.Block{
			results,
			card("gauges", g.t("Against the benchmarks"), "", html(markup.Gauges(p, r.AnnualNRR, r.AnnualGRR)+
				`<p><a href="`+markup.Escape(g.href("/benchmarks"))+`">`+markup.Escape(g.t("See every benchmark for your segment, stage and industry"))+`</a></p>`)),
			card("bridge-card", g.t("ARR bridge"), "", html(markup.Bridge(p, r))),
			projection,
		}
	}
	return api.Page{Heading: g.t("NRR calculator"), Blocks: []api.Block{{Class: "calculator", Blocks: []api.Block{
		inputs,
		{Class: "outputs", Blocks: outputs},
	}}}}
}
