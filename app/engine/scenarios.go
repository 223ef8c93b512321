package engine

import (
	"strconv"

	"nrrlab/app/engine/api"
	"nrrlab/app/markup"
	"nrrlab/app/model"
	"nrrlab/calc"
	"nrrlab/calc/lang"
)

// scenarios is the what-if page: the calculator's figures are the baseline,
// and each scenario changes retention or new-logo ARR; a chart and a table
// compare them year by year. Goal seek, the target path and the share of
// growth from existing customers are here too.
func (g *page) scenarios(ev *api.Event) (api.Page, bool) {
	// What was typed is read into the scenarios' figures, which are kept.
	changed := ev != nil && ev.Kind == api.EventInput
	if ev != nil && ev.Kind == api.EventClick {
		switch {
		case ev.Target == "add-scenario":
			changed = g.m.AddScenario(g.p)
		case ev.Target == "reset-path":
			g.m.ResetPath()
			changed = true
		case len(ev.Target) > 7 && ev.Target[:7] == "remove:":
			if n, err := strconv.Atoi(ev.Target[7:]); err == nil {
				g.m.RemoveScenario(n)
				changed = true
			}
		}
	}
	g.problems = model.ReadCalculator(g.m, g.p)
	scenarioProblems := make([]model.Problems, len(g.m.Scenarios))
	for i := range g.m.Scenarios {
		scenarioProblems[i] = model.ReadScenario(&g.m.Scenarios[i], g.m.Figures.Start, g.p)
	}
	base := calc.Scenario{Name: g.t("Baseline"), Lever: calc.ByAmounts, Expansion: g.m.Figures.Expansion,
		Contraction: g.m.Figures.Contraction, Churn: g.m.Figures.Churn, NewARR: g.m.NewARR}
	if g.m.Figures.Period == calc.Monthly {
		r, _ := calc.Retain(g.m.Figures)
		base = calc.Scenario{Name: g.t("Baseline"), Lever: calc.ByNRR, NRR: r.AnnualNRR, NewARR: g.m.NewARR}
	}
	var list []calc.Scenario
	for _, in := range g.m.Scenarios {
		sc := in.Good
		sc.Name = model.ScenarioName(in, g.p)
		list = append(list, sc)
	}
	cmp, err := calc.Compare(g.m.Figures.Start, base, list, g.m.Years)

	cards := []api.Block{g.baseline()}
	list2 := card("scenarios", g.t("Scenarios"), g.t("Each scenario changes this period's retention, by amounts, by rates or by NRR directly, and may add new-logo ARR each year. Figures start as a copy of the baseline."))
	for i := range g.m.Scenarios {
		list2.Blocks = append(list2.Blocks, g.scenario(i, scenarioProblems[i]))
	}
	if len(g.m.Scenarios) < model.MaxScenarios {
		list2.Blocks = append(list2.Blocks, api.Block{Class: "no-print", Fields: []api.Field{{ID: "add-scenario", Kind: "button", Label: g.t("Add scenario"), Action: "add-scenario"}}})
	} else {
		list2.Blocks = append(list2.Blocks, hint(g.t("Six scenarios at most, so the comparison stays readable.")))
	}
	cards = append(cards, list2)
	if err != nil {
		cards = append(cards, card("comparison", "", "", problem(g.p.Error(err))))
	} else {
		cards = append(cards, g.comparison(cmp))
	}
	cards = append(cards, g.goalSeek(), g.targetPath(), g.growthShare())
	return api.Page{Heading: g.t("What-if scenarios"), Blocks: cards}, changed
}

// baseline says what the scenarios are compared with, and the horizon.
func (g *page) baseline() api.Block {
	r, err := calc.Retain(g.m.Figures)
	summary := g.t("Enter figures on the calculator first.")
	if err == nil {
		if g.m.NewARR > 0 {
			summary = g.t("Starting ARR %s at %s NRR (from the calculator), with %s of new-logo ARR a year.", lang.ShortAmount(r.Start), lang.Percent(r.AnnualNRR), lang.ShortAmount(g.m.NewARR))
		} else {
			summary = g.t("Starting ARR %s at %s NRR (from the calculator).", lang.ShortAmount(r.Start), lang.Percent(r.AnnualNRR))
		}
	}
	return card("baseline", g.t("Baseline"), "",
		html(`<p>`+markup.Escape(summary)+` <a href="`+markup.Escape(g.href("/"))+`">`+markup.Escape(g.t("Change the baseline"))+`</a></p>`),
		row(g.text(model.KeyYears, "Years", g.t("from 1 to 50"))),
	)
}

// scenario is one scenario's fieldset: its name, its lever and the figures
// the lever takes.
func (g *page) scenario(i int, p model.Problems) api.Block {
	in := g.m.Scenarios[i]
	legend := "scenario-" + strconv.Itoa(in.Number)
	title := g.t("Scenario %d", in.Number)
	f := func(key string, label lang.Key, hint lang.Key) api.Field {
		id := model.ScenarioField(in.Number, key)
		return api.Field{ID: id, Label: g.t(label), Value: in.Texts[key], Hint: p.Hint(key, g.t(hint)), Problem: p[key], Group: legend + "-legend"}
	}
	lever := in.Texts[model.KeyLever]
	name := f(model.KeyName, "Name", "optional, such as Upsell push")
	by := api.Field{ID: model.ScenarioField(in.Number, model.KeyLever), Kind: "select", Label: g.t("Defined by"), Value: lever, Group: legend + "-legend",
		Options: []api.Option{{Value: model.LeverAmounts, Label: g.t("Amounts")}, {Value: model.LeverRates, Label: g.t("Rates")}, {Value: model.LeverNRR, Label: "NRR"}}}
	var figures []api.Field
	switch lever {
	case model.LeverRates:
		figures = []api.Field{f(model.KeyExpansionRate, "Expansion rate", model.HintPercent), f(model.KeyContractionRate, "Contraction rate", model.HintPercent), f(model.KeyChurnRate, "Churn rate", model.HintPercent)}
	case model.LeverNRR:
		figures = []api.Field{f(model.KeyNRR, "NRR", model.HintPercent)}
	default:
		figures = []api.Field{f(model.KeyExpansion, "Expansion", model.HintAmount), f(model.KeyContraction, "Contraction", model.HintAmount), f(model.KeyChurn, "Churn", model.HintAmount)}
	}
	figures = append(figures, f(model.KeyNewARR, "New-logo ARR per year", model.HintOptional))
	return api.Block{ID: legend, Legend: title, Class: "scenario", Blocks: []api.Block{
		row(name, by),
		row(figures...),
		{Class: "no-print", Fields: []api.Field{{ID: "remove-" + strconv.Itoa(in.Number), Kind: "button", Label: g.t("Remove"), Name: g.t("Remove %s", title),
			Action: "remove:" + strconv.Itoa(in.Number), Class: "secondary"}}},
	}}
}

// years labels a projection's points: Today, Year 1, Year 2…
func (g *page) years(n int) []string {
	years := make([]string, n)
	years[0] = g.t("Today")
	for i := 1; i < n; i++ {
		years[i] = g.t("Year %d", i)
	}
	return years
}

// comparison shows every scenario's ARR year by year against the baseline,
// as a chart and as a table captioned "Scenario comparison".
func (g *page) comparison(c calc.Comparison) api.Block {
	p := g.p
	points := c.Baseline.Projection.Points
	years := g.years(len(points))
	outcomes := append([]calc.Outcome{c.Baseline}, c.Scenarios...)
	lines := make([]markup.Line, len(outcomes))
	for k, o := range outcomes {
		values := make([]float64, len(o.Projection.Points))
		for i, pt := range o.Projection.Points {
			values[i] = pt.ARR.Float()
		}
		lines[k] = markup.Line{Name: g.t("%s (%s NRR)", o.Scenario.Name, lang.Percent(o.Projection.NRR)), Values: values}
	}
	last := len(points) - 1
	summary := g.t("Scenario comparison over %d years: baseline reaches %s.", last, lang.ShortAmount(points[last].ARR))
	for _, o := range c.Scenarios {
		summary += " " + g.t("%s reaches %s (%s).", o.Scenario.Name, lang.ShortAmount(o.Projection.Points[last].ARR), p.Delta(int64(o.Difference[last])))
	}
	head := []string{g.t("Year"), g.t("Baseline")}
	for _, o := range c.Scenarios {
		head = append(head, o.Scenario.Name, g.t("%s vs baseline", o.Scenario.Name))
	}
	rows := make([][]markup.Cell, len(points))
	for i := range points {
		r := []markup.Cell{{Text: years[i]}, g.cell(points[i].ARR)}
		for _, o := range c.Scenarios {
			r = append(r, g.cell(o.Projection.Points[i].ARR), markup.ShortCell(p, p.Delta(int64(o.Difference[i])), int64(o.Difference[i])))
		}
		rows[i] = r
	}
	return card("comparison", g.t("Comparison"), "",
		html(markup.LineChart(p, summary, years, lines, p.ShortNumber, true)),
		html(markup.Table(p, "comparison-table", g.t("Scenario comparison"), head, rows)),
		method(p.Msg(c.Baseline.Projection.Method)),
	)
}

// cell shows an amount compactly, with the exact figure on hover.
func (g *page) cell(m calc.Money) markup.Cell {
	return markup.ShortCell(g.p, g.p.Short(int64(m)), int64(m))
}

// href is the address of a page in the page's language, under the site's
// base path.
func (g *page) href(path string) string { return g.base + model.PathIn(g.m.Lang, path) }
