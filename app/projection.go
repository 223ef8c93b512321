package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/markup"

	"nrrlab/calc"
)

// worldClassNRR is the line projections are drawn against: SPEC.md's
// world-class NRR.
const worldClassNRR = 1.20

// projectionCard shows how the period's NRR compounds over the years, with
// optional new-logo ARR each year, against the world-class 120% line.
func projectionCard(m Model, r calc.Retention, p problems, set func(string) func(goapp.Context, string)) goapp.UI {
	var newARR []calc.Money
	if m.NewARR > 0 {
		newARR = []calc.Money{m.NewARR}
	}
	proj, err := calc.Project(r.Start, r.AnnualNRR, m.Years, newARR)
	ref, refErr := calc.Project(r.Start, worldClassNRR, m.Years, nil)
	return el("section").Class("card").Aria("labelledby", "projection-title").Body(
		el("h2").ID("projection-title").Text("Compounding"),
		el("div").Class("field-row").Body(
			textField(keyYears, "Years", m.Texts[keyYears], "from 1 to 50", p[keyYears], set(keyYears)),
			textField(keyNewARR, "New-logo ARR per year", m.Texts[keyNewARR], p.hint(keyNewARR, hintOptional), p[keyNewARR], set(keyNewARR)),
		),
		goapp.If(err != nil || refErr != nil, func() goapp.UI {
			return el("p").Class("problem").Text(firstError(err, refErr).Error())
		}).Else(func() goapp.UI {
			return projectionView(proj, ref, m.NewARR > 0)
		}),
	)
}

func firstError(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func projectionView(proj, ref calc.Projection, withNew bool) goapp.UI {
	years := make([]string, len(proj.Points))
	base := make([]float64, len(proj.Points))
	total := make([]float64, len(proj.Points))
	world := make([]float64, len(ref.Points))
	for i, pt := range proj.Points {
		years[i] = "Year " + strconv.Itoa(pt.Period)
		base[i] = pt.FromBase.Float()
		total[i] = pt.ARR.Float()
		world[i] = ref.Points[i].ARR.Float()
	}
	years[0] = "Today"
	last := proj.Points[len(proj.Points)-1]
	lines := []markup.Line{{Name: "Existing base at " + percent(proj.NRR) + " NRR", Values: base}}
	if withNew {
		lines = append(lines, markup.Line{Name: "With new-logo ARR", Values: total})
	}
	lines = append(lines, markup.Line{Name: "World-class 120% NRR", Values: world, Reference: true})
	summary := "Projection: the existing base grows from " + shortMoney(proj.Points[0].ARR) + " to " +
		shortMoney(last.FromBase) + " in " + strconv.Itoa(last.Period) + " years at " + percent(proj.NRR) +
		" NRR; at a world-class 120% it would reach " + shortMoney(ref.Points[len(ref.Points)-1].ARR) + "."
	head := []string{"Year", "ARR from the existing base", "Growth that year"}
	if withNew {
		head = append(head, "ARR with new logos")
	}
	rows := make([][]cell, 0, len(proj.Points)-1)
	for _, pt := range proj.Points[1:] {
		row := []cell{{Text: strconv.Itoa(pt.Period)}, moneyCell(pt.FromBase), {Text: signedShort(pt.Growth), Title: exactMoney(pt.Growth)}}
		if withNew {
			row = append(row, moneyCell(pt.ARR))
		}
		rows = append(rows, row)
	}
	return el("div").Body(
		goapp.Raw(markup.LineChart(summary, years, lines, func(v float64) string { return compact(v, false) }, true)),
		dataTable("projection", "Projection", head, rows),
		el("p").Class("method").Text(proj.Method),
	)
}
