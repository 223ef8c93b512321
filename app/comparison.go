package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/markup"

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
	lines := make([]markup.Line, len(outcomes))
	for k, o := range outcomes {
		values := make([]float64, len(o.Projection.Points))
		for i, pt := range o.Projection.Points {
			values[i] = pt.ARR.Float()
		}
		lines[k] = markup.Line{Name: o.Scenario.Name + " (" + percent(o.Projection.NRR) + " NRR)", Values: values}
	}
	last := len(points) - 1
	summary := "Scenario comparison over " + strconv.Itoa(last) + " years: baseline reaches " + shortMoney(points[last].ARR)
	for _, o := range c.Scenarios {
		summary += "; " + o.Scenario.Name + " reaches " + shortMoney(o.Projection.Points[last].ARR) +
			" (" + deltaMoney(o.Difference[last]) + ")"
	}
	summary += "."

	head := []string{"Year", "Baseline"}
	for _, o := range c.Scenarios {
		head = append(head, o.Scenario.Name, o.Scenario.Name+" vs baseline")
	}
	rows := make([][]cell, len(points))
	for i := range points {
		row := []cell{{Text: years[i]}, moneyCell(points[i].ARR)}
		for _, o := range c.Scenarios {
			row = append(row, moneyCell(o.Projection.Points[i].ARR), cell{Text: deltaMoney(o.Difference[i]), Title: exactMoney(o.Difference[i])})
		}
		rows[i] = row
	}
	return el("section").Class("card").Aria("labelledby", "comparison-title").Body(
		el("h2").ID("comparison-title").Text("Comparison"),
		goapp.Raw(markup.LineChart(summary, years, lines, func(v float64) string { return compact(v, false) }, true)),
		dataTable("comparison", "Scenario comparison", head, rows),
		el("p").Class("method").Text(c.Baseline.Projection.Method),
	)
}
