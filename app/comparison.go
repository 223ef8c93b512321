package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/calc"
)

// comparisonCard shows every scenario's ARR year by year against the
// baseline, as a chart and as a table captioned "Scenario comparison".
func comparisonCard(c calc.Comparison) goapp.UI {
	points := c.Baseline.Projection.Points
	years := make([]string, len(points))
	for i := range points {
		years[i] = "Year " + strconv.Itoa(i)
	}
	years[0] = "Today"
	outcomes := append([]calc.Outcome{c.Baseline}, c.Scenarios...)
	lines := make([]line, len(outcomes))
	for k, o := range outcomes {
		values := make([]float64, len(o.Projection.Points))
		for i, pt := range o.Projection.Points {
			values[i] = pt.ARR.Float()
		}
		lines[k] = line{name: o.Scenario.Name + " (" + percent(o.Projection.NRR) + " NRR)", values: values}
	}
	last := len(points) - 1
	summary := "Scenario comparison over " + strconv.Itoa(last) + " years: baseline reaches " + shortMoney(points[last].ARR)
	for _, o := range c.Scenarios {
		summary += "; " + o.Scenario.Name + " reaches " + shortMoney(o.Projection.Points[last].ARR) +
			" (" + deltaMoney(o.Difference[last]) + ")"
	}
	summary += "."

	head := []goapp.UI{el("th").Attr("scope", "col").Text("Year"), el("th").Attr("scope", "col").Text("Baseline")}
	for _, o := range c.Scenarios {
		head = append(head, el("th").Attr("scope", "col").Text(o.Scenario.Name), el("th").Attr("scope", "col").Text(o.Scenario.Name+" vs baseline"))
	}
	rows := make([]goapp.UI, len(points))
	for i := range points {
		cells := []goapp.UI{el("th").Attr("scope", "row").Text(years[i]), moneyCell(points[i].ARR)}
		for _, o := range c.Scenarios {
			cells = append(cells, moneyCell(o.Projection.Points[i].ARR),
				el("td").Title(exactMoney(o.Difference[i])).Text(deltaMoney(o.Difference[i])))
		}
		rows[i] = el("tr").Body(cells...)
	}
	return el("section").Class("card").Aria("labelledby", "comparison-title").Body(
		el("h2").ID("comparison-title").Text("Comparison"),
		goapp.Raw(lineChart(summary, years, lines, func(v float64) string { return compact(v, false) }, true)),
		el("div").Class("table-wrap").Body(
			el("table").ID("comparison").Body(
				el("caption").Text("Scenario comparison"),
				el("thead").Body(el("tr").Body(head...)),
				el("tbody").Body(rows...),
			),
		),
		el("p").Class("method").Text(c.Baseline.Projection.Method),
	)
}
