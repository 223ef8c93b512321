package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/calc"
)

// retentionCard shows the headline figures of a period.
func retentionCard(r calc.Retention, stale bool) goapp.UI {
	monthly := r.Period == calc.Monthly
	return goapp.Section().Class("card results").Aria("labelledby", "results-title").Body(
		goapp.H2().ID("results-title").Text("Retention"),
		goapp.If(stale, func() goapp.UI {
			return goapp.P().Class("stale").Text("Showing the figures of the last complete inputs: correct the marked field to update them.")
		}),
		goapp.Div().Class("metrics").Body(
			metric("nrr", "Net revenue retention", percent(r.NRR), ""),
			metric("grr", "Gross revenue retention", percent(r.GRR), ""),
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
		goapp.Dl().Class("rates").Body(
			rate("Expansion rate", percent(r.ExpansionRate)),
			rate("Contraction rate", percent(r.ContractionRate)),
			rate("Churn rate", percent(r.ChurnRate)),
			rate("Net expansion", signedShort(r.NetExpansion)),
		),
		goapp.P().Class("method").Text(r.Method),
	)
}

func rate(label, value string) goapp.UI {
	return goapp.Div().Body(goapp.Dt().Text(label), goapp.Dd().Text(value))
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
	return goapp.Div().Class("metric").Body(
		goapp.Span().Class("metric-label").ID(id+"-label").Text(label),
		goapp.Output().Class("metric-value").ID(id).Aria("labelledby", id+"-label").Aria("live", "off").Text(value),
		goapp.If(note != "", func() goapp.UI {
			return goapp.Span().Class("metric-note").Text(note)
		}),
	)
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
	bars := make([]bar, len(steps))
	for i, s := range steps {
		v := s.value.Float()
		if s.sign == "−" {
			v = -v
		}
		bars[i] = bar{label: s.label, value: v, total: s.total, text: s.sign + shortMoney(s.value)}
	}
	summary := "ARR bridge: " + shortMoney(r.Start) + " at the start, plus " + shortMoney(r.Expansion) +
		" expansion, minus " + shortMoney(r.Contraction) + " contraction and " + shortMoney(r.Churn) +
		" churn, gives " + shortMoney(r.End) + " at the end."
	return goapp.Section().Class("card").Aria("labelledby", "bridge-title").Body(
		goapp.H2().ID("bridge-title").Text("ARR bridge"),
		goapp.Raw(waterfall(summary, bars)),
		goapp.Div().Class("table-wrap").Body(
			goapp.Table().Body(
				goapp.Caption().Text("ARR bridge"),
				goapp.THead().Body(goapp.Tr().Body(goapp.Th().Scope("col").Text("Step"), goapp.Th().Scope("col").Text("Amount"))),
				goapp.TBody().Body(
					goapp.Range(steps).Slice(func(i int) goapp.UI {
						s := steps[i]
						return goapp.Tr().Body(goapp.Th().Scope("row").Text(s.label), goapp.Td().Text(s.sign+exactMoney(s.value)))
					}),
				),
			),
		),
	)
}
