package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/calc"
	"nrrlab/calc/benchmark"
)

const (
	keySegment  = "segment"
	keyStage    = "stage"
	keyIndustry = "industry"
)

// anyChoice leaves a facet open: every set of it is shown.
var anyChoice = choice{"", "Any (show all)"}

func facetChoices(cs []benchmark.Choice) []choice {
	out := []choice{anyChoice}
	for _, c := range cs {
		out = append(out, choice{c.Key, c.Label})
	}
	return out
}

// benchmarks places the user's NRR, GRR and logo retention on every band set
// of the source articles that applies to their segment, stage and industry.
type benchmarks struct {
	modelPage
}

func (b *benchmarks) Render() goapp.UI {
	filter := benchmark.Filter{Segment: b.model.Texts[keySegment], Stage: b.model.Texts[keyStage], Industry: b.model.Texts[keyIndustry]}
	r, err := calc.Retain(b.model.Figures)
	var groups []goapp.UI
	if err == nil {
		note := ""
		if r.Period == calc.Monthly {
			note = " (annualised from the month)"
		}
		groups = append(groups,
			placementGroup("nrr", "Net revenue retention"+note, "NRR", benchmark.NRR, r.AnnualNRR, filter),
			placementGroup("grr", "Gross revenue retention"+note, "GRR", benchmark.GRR, r.AnnualGRR, filter),
		)
		if r.HasLogos {
			logos := r.LogoRetention
			if r.Period == calc.Monthly {
				logos = calc.Annualise(logos)
			}
			groups = append(groups, placementGroup("logos", "Logo retention"+note, "logo retention", benchmark.LogoRetention, logos, filter))
		}
		if r.Period == calc.Monthly {
			groups = append(groups, placementGroup("expansion", "Monthly expansion rate", "monthly expansion rate", benchmark.MonthlyExpansionRate, r.ExpansionRate, filter))
		}
	}
	return layout("/benchmarks",
		el("h1").Text("Benchmarks"),
		el("section").Class("card").Aria("labelledby", "facets-title").Body(
			el("h2").ID("facets-title").Text("Your company"),
			el("p").Class("lede").Body(
				goapp.Text("Figures from the calculator, placed on every benchmark of the source articles. Choose what applies to narrow the sets. "),
				goapp.If(err == nil && !r.HasLogos, func() goapp.UI {
					return el("span").Text("Enter customers at start and retained on the calculator to place logo retention too.")
				}),
			),
			el("div").Class("field-row").Body(
				selectField(fieldID(keySegment), "", "Segment", filter.Segment, facetChoices(benchmark.Segments), b.set(keySegment)),
				selectField(fieldID(keyStage), "", "Stage", filter.Stage, facetChoices(benchmark.Stages), b.set(keyStage)),
				selectField(fieldID(keyIndustry), "", "Industry", filter.Industry, facetChoices(benchmark.Industries), b.set(keyIndustry)),
			),
		),
		goapp.If(err != nil, func() goapp.UI {
			return el("section").Class("card").Body(el("p").Class("problem").Text(err.Error()))
		}),
		el("div").Body(groups...),
	)
}

// placementGroup shows one figure on every set of its metric.
func placementGroup(id, title, what string, m benchmark.Metric, x float64, f benchmark.Filter) goapp.UI {
	ps, err := benchmark.Lookup(m, x, f)
	cards := make([]goapp.UI, 0, len(ps))
	for _, p := range ps {
		cards = append(cards, placementCard(p, what, x))
	}
	return el("section").Class("placement-group").Aria("labelledby", "group-"+id).Body(
		el("h2").ID("group-"+id).Text(title+": "+percent(x)),
		goapp.If(err != nil, func() goapp.UI { return el("p").Class("problem").Text(err.Error()) }),
		el("div").Class("placements").Body(cards...),
	)
}
