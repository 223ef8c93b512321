package engine

import (
	"strings"

	"nrrlab/app/engine/api"
	"nrrlab/app/markup"
	"nrrlab/app/model"
	"nrrlab/calc"
	"nrrlab/calc/benchmark"
	"nrrlab/calc/lang"
)

// benchmarks places the user's NRR, GRR and logo retention on every band
// set of the source articles that applies to their segment, stage and
// industry.
func (g *page) benchmarks() api.Page {
	g.problems = model.ReadCalculator(g.m, g.p)
	filter := benchmark.Filter{Segment: g.m.Texts[model.KeySegment], Stage: g.m.Texts[model.KeyStage], Industry: g.m.Texts[model.KeyIndustry]}
	r, err := calc.Retain(g.m.Figures)
	sz := g.readSize()
	facets := func(key string, label lang.Key, cs []benchmark.Choice) api.Field {
		f := api.Field{ID: key, Kind: "select", Label: g.t(label), Value: g.m.Texts[key], Options: []api.Option{{Value: "", Label: g.t("Any (show all)")}}}
		for _, c := range cs {
			l := g.t(c.Label)
			if usd, ok := benchmark.SizeOf(c.Key); ok && key == model.KeyStage {
				l = sz.label(l, usd)
			}
			f.Options = append(f.Options, api.Option{Value: c.Key, Label: l})
		}
		return f
	}
	lede := g.t("Figures from the calculator, placed on every benchmark of the source articles. Choose what applies to narrow the sets.")
	if err == nil && !r.HasLogos {
		lede += " " + g.t("Enter customers at start and retained on the calculator to place logo retention too.")
	}
	company := card("facets", g.t("Your company"), lede, row(
		facets(model.KeySegment, "Segment", benchmark.Segments),
		facets(model.KeyStage, "Stage", benchmark.Stages),
		facets(model.KeyIndustry, "Industry", benchmark.Industries),
	))
	if sz.field != nil {
		// The sizes of the articles are in US dollars: the rate they are
		// compared at, and what they are in the user's currency.
		company.Blocks = append(company.Blocks, row(*sz.field))
		for _, c := range benchmark.Stages {
			if usd, ok := benchmark.SizeOf(c.Key); ok {
				company.Blocks = append(company.Blocks, html(sz.note(usd)))
			}
		}
	}
	blocks := []api.Block{company}
	if err != nil {
		blocks = append(blocks, card("problem", "", "", problem(g.p.Error(err))))
		return api.Page{Heading: g.t("Benchmarks"), Blocks: blocks}
	}
	monthly := r.Period == calc.Monthly
	title := func(k lang.Key) string {
		if monthly {
			return g.t("%s (annualised from the month)", g.t(k))
		}
		return g.t(k)
	}
	blocks = append(blocks,
		g.placementGroup("nrr", title("Net revenue retention"), "NRR", benchmark.NRR, r.AnnualNRR, filter, sz),
		g.placementGroup("grr", title("Gross revenue retention"), "GRR", benchmark.GRR, r.AnnualGRR, filter, sz),
	)
	if r.HasLogos {
		logos := r.LogoRetention
		if monthly {
			logos = calc.Annualise(logos)
		}
		blocks = append(blocks, g.placementGroup("logos", title("Logo retention"), g.t("logo retention"), benchmark.LogoRetention, logos, filter, sz))
	}
	if monthly {
		blocks = append(blocks, g.placementGroup("expansion", g.t("Monthly expansion rate"), g.t("monthly expansion rate"), benchmark.MonthlyExpansionRate, r.ExpansionRate, filter, sz))
	}
	return api.Page{Heading: g.t("Benchmarks"), Blocks: blocks}
}

// placementGroup shows one figure on every set of its metric; a set for a
// stage of a size says what the size is in the user's currency.
func (g *page) placementGroup(id, title, what string, m benchmark.Metric, x float64, f benchmark.Filter, sz size) api.Block {
	ps, err := benchmark.Lookup(m, x, f)
	var h strings.Builder
	h.WriteString(`<section class="placement-group" aria-labelledby="group-` + id + `"><h2 id="group-` + id + `">` + markup.Escape(title+": "+g.p.Percent(x)) + `</h2>`)
	if err != nil {
		h.WriteString(`<p class="problem">` + markup.Escape(g.p.Error(err)) + `</p>`)
	}
	h.WriteString(`<div class="placements">`)
	for _, p := range ps {
		note := ""
		if usd, ok := benchmark.SizeOf(p.Set.Key); ok && p.Set.Facet == benchmark.Stage {
			note = sz.note(usd)
		}
		h.WriteString(markup.Placement(p, what, x, g.p, note))
	}
	h.WriteString(`</div></section>`)
	return api.Block{ID: "group-" + id, HTML: h.String()}
}
