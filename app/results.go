package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/markup"
	"nrrlab/calc"
	"nrrlab/calc/benchmark"
	"nrrlab/calc/lang"
)

// retentionCard shows the headline figures of a period.
type retentionCard struct {
	goapp.Compo
	R     calc.Retention
	Stale bool
	P     lang.Printer
}

func (c *retentionCard) Render() goapp.UI {
	p, r := c.P, c.R
	h := `<div class="metrics">` + bandMetric("nrr", p.Text("Net revenue retention"), p.Percent(r.NRR), "nrr-overall", r.AnnualNRR, p) +
		bandMetric("grr", p.Text("Gross revenue retention"), p.Percent(r.GRR), "grr-health", r.AnnualGRR, p)
	if r.HasLogos {
		h += markup.Metric("logos", p.Text("Logo retention"), p.Percent(r.LogoRetention), "")
	}
	if r.Period == calc.Monthly {
		h += markup.Metric("annual-nrr", p.Text("Annualised NRR"), p.Percent(r.AnnualNRR), markup.Escape(p.Text("NRR compounded over 12 months"))) +
			markup.Metric("annual-grr", p.Text("Annualised GRR"), p.Percent(r.AnnualGRR), markup.Escape(p.Text("GRR compounded over 12 months")))
	}
	h += `</div><dl class="rates">`
	for _, d := range []struct {
		label lang.Key
		value string
	}{
		{"Expansion rate", p.Percent(r.ExpansionRate)}, {"Contraction rate", p.Percent(r.ContractionRate)},
		{"Churn rate", p.Percent(r.ChurnRate)}, {"Net expansion", signed(p, r.NetExpansion)},
	} {
		h += `<div><dt>` + markup.Escape(p.Text(d.label)) + `</dt><dd>` + markup.Escape(d.value) + `</dd></div>`
	}
	h += `</dl><p class="method">` + markup.Escape(p.Text(lang.Key(r.Method))) + `</p>`
	return el("section").Class("card results").Aria("labelledby", "results-title").Body(
		el("h2").ID("results-title").Text(p.Text("Retention")),
		goapp.If(c.Stale, func() goapp.UI {
			return el("p").Class("stale").Text(p.Text("Showing the figures of the last complete inputs: correct the marked field to update them."))
		}),
		goapp.Raw(`<div>`+h+`</div>`),
	)
}

// signed writes a change with its sign: +$500K, −$1.2M.
func signed(p lang.Printer, m calc.Money) string {
	if m > 0 {
		return "+" + p.Short(int64(m))
	}
	return p.Short(int64(m))
}

// bandMetric is a headline figure with the band its annual equivalent falls
// in on a benchmark set, by name.
func bandMetric(id, label, value, set string, annual float64, p lang.Printer) string {
	note := ""
	if pl, err := benchmark.ByID(set).Place(annual); err == nil {
		b := pl.BandOf()
		note = `<span id="` + id + `-band">` + markup.Pill(b.Verdict.String(), p.Text(lang.Key(b.Name))) + `</span>`
	}
	return markup.Metric(id, label, value, note)
}

// gaugeCard places the period's NRR and GRR (annual equivalents) on the
// overall bands, with a link to every other benchmark.
type gaugeCard struct {
	goapp.Compo
	NRR, GRR   float64
	P          lang.Printer
	Benchmarks string
}

func (c *gaugeCard) Render() goapp.UI {
	p := c.P
	h := `<section class="card" aria-labelledby="gauge-title"><h2 id="gauge-title">` + markup.Escape(p.Text("Against the benchmarks")) + `</h2>`
	for _, g := range []struct {
		set, what string
		x         float64
	}{{"nrr-overall", "NRR", c.NRR}, {"grr-health", "GRR", c.GRR}} {
		pl, err := benchmark.ByID(g.set).Place(g.x)
		if err != nil {
			continue
		}
		s := pl.Set
		summary := p.Text("%s %s is %s on the %s (%s).", g.what, p.Percent(g.x), p.Text(lang.Key(pl.BandOf().Name)), p.Text(lang.Key(s.Title)), markup.Bands(s, p))
		h += markup.Gauge(summary, pl, g.what+" "+p.Percent(g.x), markup.BandNames(s, p))
	}
	h += `<p><a href="` + markup.Escape(c.Benchmarks) + `">` + markup.Escape(p.Text("See every benchmark for your segment, stage and industry")) + `</a></p></section>`
	return goapp.Raw(h)
}

// bridgeCard shows the ARR bridge as a waterfall, with its figures exact in
// a table.
type bridgeCard struct {
	goapp.Compo
	R calc.Retention
	P lang.Printer
}

func (c *bridgeCard) Render() goapp.UI {
	p, r := c.P, c.R
	steps := []struct {
		label lang.Key
		value calc.Money
		sign  string
		total bool
	}{
		{"Starting ARR", r.Start, "", true},
		{"Expansion", r.Expansion, "+", false},
		{"Contraction", r.Contraction, "−", false},
		{"Churn", r.Churn, "−", false},
		{"Ending ARR", r.End, "", true},
	}
	rows := make([][]markup.Cell, len(steps))
	bars := make([]markup.Bar, len(steps))
	for i, s := range steps {
		v := s.value.Float()
		if s.sign == "−" {
			v = -v
		}
		bars[i] = markup.Bar{Label: p.Text(s.label), Value: v, Total: s.total, Text: s.sign + p.Short(int64(s.value))}
		rows[i] = []markup.Cell{{Text: p.Text(s.label)}, {Text: s.sign + p.Money(int64(s.value))}}
	}
	summary := p.Text("ARR bridge: %s at the start, plus %s expansion, minus %s contraction and %s churn, gives %s at the end.",
		lang.ShortAmount(r.Start), lang.ShortAmount(r.Expansion), lang.ShortAmount(r.Contraction), lang.ShortAmount(r.Churn), lang.ShortAmount(r.End))
	return goapp.Raw(`<section class="card" aria-labelledby="bridge-title"><h2 id="bridge-title">` + markup.Escape(p.Text("ARR bridge")) + `</h2>` +
		markup.Waterfall(summary, bars, p.ShortNumber) + markup.Table("bridge", p.Text("ARR bridge"), []string{p.Text("Step"), p.Text("Amount")}, rows) + `</section>`)
}
