package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/markup"

	"nrrlab/calc"
)

// milestoneKey is the field key of quarter q's milestone.
func milestoneKey(q int) string { return "milestone-" + strconv.Itoa(q) }

// targetPathCard lays out quarterly NRR milestones from today's NRR to a
// target: a straight line by default, each milestone editable.
func targetPathCard(m Model, p problems, set func(string) func(goapp.Context, string), reset func(goapp.Context, goapp.Event)) goapp.UI {
	r, err := calc.Retain(m.Figures)
	target, okT := p.percentage(keyTargetNRR, m.Texts[keyTargetNRR])
	quarters, okQ := p.whole(keyQuarters, m.Texts[keyQuarters], 1, calc.MaxQuarters)
	var body goapp.UI = el("p").Class("hint").Text("Enter a target NRR and a number of quarters.")
	edited := false
	if err == nil && okT && okQ {
		path, perr := calc.TargetPath(r.AnnualNRR, target, quarters)
		if perr != nil {
			body = el("p").Class("problem").Text(perr.Error())
		} else {
			for i := range path {
				key := milestoneKey(path[i].Quarter)
				if text, ok := m.Texts[key]; ok {
					edited = true
					if v, good := p.percentage(key, text); good {
						path[i].NRR = v
					}
				}
			}
			body = milestoneView(m, r.AnnualNRR, path, p, set)
		}
	}
	return el("section").Class("card").Aria("labelledby", "path-title").Body(
		el("h2").ID("path-title").Text("Target path"),
		el("p").Class("lede").Text("Quarterly NRR milestones from today's NRR to a target, in equal steps until you change one."),
		el("div").Class("field-row").Body(
			textField(keyTargetNRR, "Target NRR", m.Texts[keyTargetNRR], hintPercent, p[keyTargetNRR], set(keyTargetNRR)),
			textField(keyQuarters, "Quarters", m.Texts[keyQuarters], "from 1 to "+strconv.Itoa(calc.MaxQuarters), p[keyQuarters], set(keyQuarters)),
		),
		body,
		goapp.If(edited, func() goapp.UI {
			return el("button").Attr("type", "button").Class("secondary no-print").Text("Back to equal steps").OnClick(reset)
		}),
	)
}

func milestoneView(m Model, today float64, path []calc.Milestone, p problems, set func(string) func(goapp.Context, string)) goapp.UI {
	labels := make([]string, len(path)+1)
	values := make([]float64, len(path)+1)
	labels[0], values[0] = "Today", today
	for i, ms := range path {
		labels[i+1], values[i+1] = "Q"+strconv.Itoa(ms.Quarter), ms.NRR
	}
	summary := "Target path: NRR from " + percent(today) + " today to " + percent(path[len(path)-1].NRR) +
		" in " + strconv.Itoa(len(path)) + " quarters."
	rows := make([]goapp.UI, len(path))
	for i, ms := range path {
		key := milestoneKey(ms.Quarter)
		text, ok := m.Texts[key]
		if !ok {
			text = percent(ms.NRR)
		}
		rows[i] = el("tr").Body(
			el("th").Attr("scope", "row").ID("q"+strconv.Itoa(ms.Quarter)).Text("Q"+strconv.Itoa(ms.Quarter)),
			el("td").Body(field{id: fieldID(key), label: "Q" + strconv.Itoa(ms.Quarter) + " target NRR", value: text,
				hint: "", problem: p[key], onInput: set(key)}.render()),
		)
	}
	return el("div").Body(
		goapp.Raw(markup.LineChart(summary, labels, []markup.Line{{Name: "NRR milestone", Values: values}}, percent, false)),
		el("div").Class("table-wrap").Body(
			el("table").Class("milestones").Body(
				el("caption").Text("Milestones"),
				el("thead").Body(el("tr").Body(el("th").Attr("scope", "col").Text("Quarter"), el("th").Attr("scope", "col").Text("NRR"))),
				el("tbody").Body(rows...),
			),
		),
	)
}

// growthShareCard shows how much of a company's growth comes from its
// existing customers at today's NRR.
func growthShareCard(m Model, p problems, set func(string) func(goapp.Context, string)) goapp.UI {
	r, err := calc.Retain(m.Figures)
	growth, ok := p.percentage(keyGrowth, m.Texts[keyGrowth])
	var body goapp.UI = el("p").Class("hint").Text("Enter an annual growth rate.")
	if err == nil && ok {
		share, serr := calc.GrowthFromBase(growth, r.AnnualNRR)
		if serr != nil {
			body = el("p").Class("problem").Text(serr.Error())
		} else {
			note := "at " + percent(r.AnnualNRR) + " NRR and " + percent(growth) + " growth a year: (NRR − 100%) ÷ growth"
			switch {
			case share > 1:
				note += "; the base alone grows faster than the company, so new logos do not replace what they should"
			case share < 0:
				note += "; the base shrinks, and new logos carry all the growth and more"
			}
			body = el("div").Class("metrics").Body(metric("growth-share", "Share of growth from existing customers", percent(share), note))
		}
	}
	return el("section").Class("card").Aria("labelledby", "share-title").Body(
		el("h2").ID("share-title").Text("Growth from existing customers"),
		textField(keyGrowth, "Annual growth rate", m.Texts[keyGrowth], hintPercent, p[keyGrowth], set(keyGrowth)),
		body,
	)
}
