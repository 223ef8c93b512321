package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/markup"
	"nrrlab/calc"
	"nrrlab/calc/lang"
)

// The calculator's results, each a component whose fields are its figures:
// a keystroke re-renders only the cards whose figures changed. Their HTML
// is markup's, which the printed report shares.

// retentionCard shows the headline figures of a period.
type retentionCard struct {
	goapp.Compo
	R     calc.Retention
	Stale bool
	P     lang.Printer
}

func (c *retentionCard) Render() goapp.UI {
	p := c.P
	return el("section").Class("card results").Aria("labelledby", "results-title").Body(
		el("h2").ID("results-title").Text(p.Text("Retention")),
		goapp.If(c.Stale, func() goapp.UI {
			return el("p").Class("stale").Text(p.Text("Showing the figures of the last complete inputs: correct the marked field to update them."))
		}),
		goapp.Raw(markup.Retention(p, c.R)),
	)
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
	return goapp.Raw(`<section class="card" aria-labelledby="gauge-title"><h2 id="gauge-title">` + markup.Escape(p.Text("Against the benchmarks")) + `</h2>` +
		markup.Gauges(p, c.NRR, c.GRR) + `<p><a href="` + markup.Escape(c.Benchmarks) + `">` +
		markup.Escape(p.Text("See every benchmark for your segment, stage and industry")) + `</a></p></section>`)
}

// bridgeCard shows the ARR bridge as a waterfall, with its figures exact in
// a table.
type bridgeCard struct {
	goapp.Compo
	R calc.Retention
	P lang.Printer
}

func (c *bridgeCard) Render() goapp.UI {
	p := c.P
	return goapp.Raw(`<section class="card" aria-labelledby="bridge-title"><h2 id="bridge-title">` + markup.Escape(p.Text("ARR bridge")) + `</h2>` +
		markup.Bridge(p, c.R) + `</section>`)
}
