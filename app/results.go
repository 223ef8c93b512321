package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/markup"

	"nrrlab/calc"
	"nrrlab/calc/benchmark"
)

// retentionCard shows the headline figures of a period.
func retentionCard(r calc.Retention, stale bool) goapp.UI {
	monthly := r.Period == calc.Monthly
	return el("section").Class("card results").Aria("labelledby", "results-title").Body(
		el("h2").ID("results-title").Text("Retention"),
		goapp.If(stale, func() goapp.UI {
			return el("p").Class("stale").Text("Showing the figures of the last complete inputs: correct the marked field to update them.")
		}),
		el("div").Class("metrics").Body(
			bandMetric("nrr", "Net revenue retention", percent(r.NRR), "nrr-overall", r.AnnualNRR),
			bandMetric("grr", "Gross revenue retention", percent(r.GRR), "grr-health", r.AnnualGRR),
			goapp.If(r.HasLogos, func() goapp.UI {
				return metric("logos", "Logo retention", percent(r.LogoRetention), "")
			}),
			goapp.If(monthly, func() goapp.UI {
				return metric("annual-nrr", "Annualised NRR", percent(r.AnnualNRR), "NRR compounded over 12 months")
			}),
			goapp.If(monthly, func() goapp.UI {
				return metric("annual-grr", "Annualised GRR", percent(r.AnnualGRR), "GRR compounded over 12 months")
			}),
		),
		el("dl").Class("rates").Body(
			rate("Expansion rate", percent(r.ExpansionRate)),
			rate("Contraction rate", percent(r.ContractionRate)),
			rate("Churn rate", percent(r.ChurnRate)),
			rate("Net expansion", signedShort(r.NetExpansion)),
		),
		el("p").Class("method").Text(r.Method),
	)
}

func rate(label, value string) goapp.UI {
	return el("div").Body(el("dt").Text(label), el("dd").Text(value))
}

// signedShort writes a change with its sign: +$500K, −$1.2M.
func signedShort(m calc.Money) string {
	if m > 0 {
		return "+" + shortMoney(m)
	}
	return shortMoney(m)
}

// metric renders one headline figure. Its value is an output whose
// accessible name is the visible label.
func metric(id, label, value, note string) goapp.UI {
	return el("div").Class("metric").Body(
		el("span").Class("metric-label").ID(id+"-label").Text(label),
		el("output").Class("metric-value").ID(id).Aria("labelledby", id+"-label").Aria("live", "off").Text(value),
		goapp.If(note != "", func() goapp.UI {
			return el("span").Class("metric-note").Text(note)
		}),
	)
}

// bandMetric is a headline figure with the band its annual equivalent falls
// in on a benchmark set, by name.
func bandMetric(id, label, value, set string, annual float64) goapp.UI {
	p, err := benchmark.ByID(set).Place(annual)
	return el("div").Class("metric").Body(
		el("span").Class("metric-label").ID(id+"-label").Text(label),
		el("output").Class("metric-value").ID(id).Aria("labelledby", id+"-label").Aria("live", "off").Text(value),
		goapp.If(err == nil, func() goapp.UI {
			return el("span").Class("metric-note").ID(id + "-band").Body(verdictPill(p.BandOf()))
		}),
	)
}

// gaugeCard places the period's NRR and GRR (annual equivalents) on the
// overall bands, with a link to every other benchmark.
func gaugeCard(r calc.Retention) goapp.UI {
	var gauges []goapp.UI
	for _, g := range []struct {
		set, what string
		x         float64
	}{{"nrr-overall", "NRR", r.AnnualNRR}, {"grr-health", "GRR", r.AnnualGRR}} {
		p, err := benchmark.ByID(g.set).Place(g.x)
		if err != nil {
			continue
		}
		band := p.BandOf()
		gauges = append(gauges, goapp.Raw(markup.Gauge(g.what+" "+percent(g.x)+" is "+band.Name+" on the "+p.Set.Title+
			" ("+bandNames(p.Set)+").", p, g.what+" "+percent(g.x), bandNamesOf(p.Set))))
	}
	return el("section").Class("card").Aria("labelledby", "gauge-title").Body(
		append([]goapp.UI{el("h2").ID("gauge-title").Text("Against the benchmarks")}, append(gauges,
			el("p").Body(el("a").Attr("href", href("/benchmarks")).Text("See every benchmark for your segment, stage and industry")))...)...,
	)
}

// bandNamesOf returns the names of a set's bands, in order.
func bandNamesOf(s *benchmark.Set) []string {
	names := make([]string, len(s.Bands))
	for i, b := range s.Bands {
		names[i] = b.Name
	}
	return names
}

// bandNames lists a set's bands with their ranges, for a gauge's summary.
func bandNames(s *benchmark.Set) string {
	out := ""
	for i, b := range s.Bands {
		if i > 0 {
			out += "; "
		}
		out += b.Name + " " + bandRange(s, i)
	}
	return out
}

// bridgeCard shows the ARR bridge as a waterfall, with its figures exact in
// a table.
func bridgeCard(r calc.Retention) goapp.UI {
	steps := []struct {
		label string
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
	rows := make([][]cell, len(steps))
	bars := make([]markup.Bar, len(steps))
	for i, s := range steps {
		v := s.value.Float()
		if s.sign == "−" {
			v = -v
		}
		bars[i] = markup.Bar{Label: s.label, Value: v, Total: s.total, Text: s.sign + shortMoney(s.value)}
		rows[i] = []cell{{Text: s.label}, {Text: s.sign + exactMoney(s.value)}}
	}
	summary := "ARR bridge: " + shortMoney(r.Start) + " at the start, plus " + shortMoney(r.Expansion) +
		" expansion, minus " + shortMoney(r.Contraction) + " contraction and " + shortMoney(r.Churn) +
		" churn, gives " + shortMoney(r.End) + " at the end."
	return el("section").Class("card").Aria("labelledby", "bridge-title").Body(
		el("h2").ID("bridge-title").Text("ARR bridge"),
		goapp.Raw(markup.Waterfall(summary, bars, func(v float64) string { return compact(v, false) })),
		dataTable("bridge", "ARR bridge", []string{"Step", "Amount"}, rows),
	)
}
