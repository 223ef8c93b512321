package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/markup"
	"nrrlab/app/model"
	"nrrlab/calc"
	"nrrlab/calc/lang"
)

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
	h, err := markup.Projection(v.P, v.Start, v.NRR, v.Years, v.NewARR)
	if err != nil {
		return el("p").Class("problem").Text(v.P.Msg(lang.Of(err)))
	}
	return goapp.Raw(h)
}
