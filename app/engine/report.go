package engine

import (
	"time"

	"nrrlab/app/engine/api"
	"nrrlab/app/markup"
	"nrrlab/app/model"
	"nrrlab/calc"
	"nrrlab/calc/lang"
)

// fieldReportTitle is the report's title, as the user types it.
const fieldReportTitle = "report-title"

// report is the printable report: a title the user types (company,
// period), the date, the period's figures with their definitions and
// charts, the scenarios when there are any, and the data page's results
// when a table is loaded. The stylesheet lays it out for A4 and Letter.
func (e *Engine) report(g *page, r api.Request) api.Page {
	p, m := g.p, g.m
	g.problems = model.ReadCalculator(m, p)
	title := m.Texts[fieldReportTitle]
	if title == "" {
		title = p.Text("Net revenue retention report")
	}
	date := time.Now()
	if d, err := time.Parse("2006-01-02", r.Today); err == nil {
		date = d
	}
	blocks := []api.Block{{ID: "report-controls", Class: "field-row no-print", Fields: []api.Field{
		{ID: fieldReportTitle, Label: p.Text("Report title"), Value: m.Texts[fieldReportTitle], Hint: p.Text("such as the company and the period: Acme, FY2025")},
		{ID: "print", Kind: "button", Label: p.Text("Print"), Action: "print"},
	}}, html(`<header class="report-head"><p class="report-title">` + markup.Escape(title) + `</p><p class="report-date">` +
		markup.Escape(p.Text("Prepared on %s with NRR Lab: every figure was computed in the browser.", date.Format("2006-01-02"))) + `</p></header>`)}
	ret, err := calc.Retain(m.Figures)
	if err != nil {
		blocks = append(blocks, card("report-retention", p.Text("Retention"), "", problem(p.Msg(lang.Of(err)))))
		return api.Page{Heading: p.Text("Report"), Blocks: blocks}
	}
	blocks = append(blocks,
		card("report-retention", p.Text("Retention"), "", html(markup.Retention(p, ret)), html(markup.Gauges(p, ret.AnnualNRR, ret.AnnualGRR))),
		card("report-definitions", p.Text("Definitions"), "", html(definitions(p))),
		card("report-bridge", p.Text("ARR bridge"), "", html(markup.Bridge(p, ret))),
	)
	if proj, err := markup.Projection(p, ret.Start, ret.AnnualNRR, m.Years, m.NewARR); err == nil {
		blocks = append(blocks, card("report-projection", p.Text("Compounding"), "", html(proj)))
	}
	if len(m.Scenarios) > 0 {
		scen, _ := g.scenarios(nil)
		for _, b := range scen.Blocks {
			if b.ID == "comparison" {
				b.ID = "report-comparison"
				blocks = append(blocks, b)
			}
		}
	}
	if h := e.data.Report(m); h != "" {
		blocks = append(blocks, card("report-data", p.Text("Your data: %s", m.DataName), "", html(h)))
	}
	return api.Page{Heading: p.Text("Report"), Blocks: blocks}
}

// definitions lists how each figure of the report is computed.
func definitions(p lang.Printer) string {
	h := `<dl class="definitions">`
	for _, d := range []struct{ term, def lang.Key }{
		{"Net revenue retention (NRR)", "(starting ARR + expansion − contraction − churn) ÷ starting ARR, over the customers paying at the start; new customers are left out."},
		{"Gross revenue retention (GRR)", "(starting ARR − contraction − churn) ÷ starting ARR: NRR without expansion, never above 100%."},
		{"Logo retention", "customers still paying at the end ÷ customers paying at the start."},
		{"Expansion, contraction and churn rates", "each movement ÷ starting ARR; NRR = GRR + expansion rate."},
		{"Compounding", "ARR each year = previous ARR × NRR + that year's new-logo ARR."},
	} {
		h += `<dt>` + markup.Escape(p.Text(d.term)) + `</dt><dd>` + markup.Escape(p.Text(d.def)) + `</dd>`
	}
	return h + `</dl>`
}
