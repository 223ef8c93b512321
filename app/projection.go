package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/markup"
	"nrrlab/app/model"
	"nrrlab/calc"
	"nrrlab/calc/lang"
)

// worldClassNRR is the line projections are drawn against: SPEC.md's
// world-class NRR.
const worldClassNRR = 1.20

// projection shows how the period's NRR compounds over the years, with
// optional new-logo ARR each year, against the world-class 120% line.
func (c *calculator) projection(r calc.Retention) goapp.UI {
	p := c.printer()
	return el("section").Class("card").Aria("labelledby", "projection-title").Body(
		el("h2").ID("projection-title").Text(p.Text("Compounding")),
		el("div").Class("field-row").Body(
			c.field(model.KeyYears, "Years", p.Text("from 1 to 50")),
			c.field(model.KeyNewARR, "New-logo ARR per year", p.Text(model.HintOptional)),
		),
		&projectionView{Start: r.Start, NRR: r.AnnualNRR, Years: c.model.Years, NewARR: c.model.NewARR, P: p},
	)
}

// projectionView is the projection's chart and table: it renders again only
// when one of its figures changes.
type projectionView struct {
	goapp.Compo
	Start  calc.Money
	NRR    float64
	Years  int
	NewARR calc.Money
	P      lang.Printer
}

func (v *projectionView) Render() goapp.UI {
	p := v.P
	var newARR []calc.Money
	if v.NewARR > 0 {
		newARR = []calc.Money{v.NewARR}
	}
	proj, err := calc.Project(v.Start, v.NRR, v.Years, newARR)
	if err == nil {
		var ref calc.Projection
		if ref, err = calc.Project(v.Start, worldClassNRR, v.Years, nil); err == nil {
			return goapp.Raw(v.html(proj, ref))
		}
	}
	return el("p").Class("problem").Text(p.Msg(lang.Of(err)))
}

func (v *projectionView) html(proj, ref calc.Projection) string {
	p := v.P
	withNew := v.NewARR > 0
	years := make([]string, len(proj.Points))
	base := make([]float64, len(proj.Points))
	total := make([]float64, len(proj.Points))
	world := make([]float64, len(ref.Points))
	for i, pt := range proj.Points {
		years[i] = p.Text("Year %d", pt.Period)
		base[i] = pt.FromBase.Float()
		total[i] = pt.ARR.Float()
		world[i] = ref.Points[i].ARR.Float()
	}
	years[0] = p.Text("Today")
	last := proj.Points[len(proj.Points)-1]
	lines := []markup.Line{{Name: p.Text("Existing base at %s NRR", lang.Percent(proj.NRR)), Values: base}}
	if withNew {
		lines = append(lines, markup.Line{Name: p.Text("With new-logo ARR"), Values: total})
	}
	lines = append(lines, markup.Line{Name: p.Text("World-class 120% NRR"), Values: world, Reference: true})
	summary := p.Text("Projection: the existing base grows from %s to %s in %d years at %s NRR; at a world-class 120%% it would reach %s.",
		lang.ShortAmount(proj.Points[0].ARR), lang.ShortAmount(last.FromBase), last.Period, lang.Percent(proj.NRR), lang.ShortAmount(ref.Points[len(ref.Points)-1].ARR))
	head := []string{p.Text("Year"), p.Text("ARR from the existing base"), p.Text("Growth that year")}
	if withNew {
		head = append(head, p.Text("ARR with new logos"))
	}
	rows := make([][]markup.Cell, 0, len(proj.Points)-1)
	for _, pt := range proj.Points[1:] {
		row := []markup.Cell{{Text: p.Int(int64(pt.Period))}, {Text: p.Short(int64(pt.FromBase)), Title: p.Money(int64(pt.FromBase))},
			{Text: signed(p, pt.Growth), Title: p.Money(int64(pt.Growth))}}
		if withNew {
			row = append(row, markup.Cell{Text: p.Short(int64(pt.ARR)), Title: p.Money(int64(pt.ARR))})
		}
		rows = append(rows, row)
	}
	return `<div>` + markup.LineChart(summary, years, lines, p.ShortNumber, true) + markup.Table("projection", p.Text("Projection"), head, rows) +
		`<p class="method">` + markup.Escape(p.Text(lang.Key(proj.Method))) + `</p></div>`
}
