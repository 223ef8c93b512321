package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

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
	lines := []line{{name: "Existing base at " + percent(proj.NRR) + " NRR", values: base}}
	if withNew {
		lines = append(lines, line{name: "With new-logo ARR", values: total})
	}
	lines = append(lines, line{name: "World-class 120% NRR", values: world, reference: true})
	summary := "Projection: the existing base grows from " + shortMoney(proj.Points[0].ARR) + " to " +
		shortMoney(last.FromBase) + " in " + strconv.Itoa(last.Period) + " years at " + percent(proj.NRR) +
		" NRR; at a world-class 120% it would reach " + shortMoney(ref.Points[len(ref.Points)-1].ARR) + "."
	return el("div").Body(
		goapp.Raw(lineChart(summary, years, lines, func(v float64) string { return compact(v, false) }, true)),
		el("div").Class("table-wrap").Body(
			el("table").ID("projection").Body(
				el("caption").Text("Projection"),
				el("thead").Body(el("tr").Body(
					el("th").Attr("scope", "col").Text("Year"),
					el("th").Attr("scope", "col").Text("ARR from the existing base"),
					el("th").Attr("scope", "col").Text("Growth that year"),
					goapp.If(withNew, func() goapp.UI { return el("th").Attr("scope", "col").Text("ARR with new logos") }),
				)),
				el("tbody").Body(
					goapp.Range(proj.Points[1:]).Slice(func(i int) goapp.UI {
						pt := proj.Points[i+1]
						return el("tr").Body(
							el("th").Attr("scope", "row").Text(strconv.Itoa(pt.Period)),
							moneyCell(pt.FromBase),
							el("td").Text(signedShort(pt.Growth)),
							goapp.If(withNew, func() goapp.UI { return moneyCell(pt.ARR) }),
						)
					}),
				),
			),
		),
		el("p").Class("method").Text(proj.Method),
	)
}

// moneyCell shows an amount the short way, with the exact figure on hover.
func moneyCell(m calc.Money) goapp.UI {
	return el("td").Title(exactMoney(m)).Text(shortMoney(m))
}
