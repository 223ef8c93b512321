package data

import (
	"nrrlab/app/engine/api"
	"nrrlab/app/markup"
	"nrrlab/app/model"
	"nrrlab/calc"
)

// Summary is what the table gave, in figures, for a share link to carry
// without the table: the bridge's totals and rates, and the latest trailing
// retention of monthly data. Nil when nothing was analysed.
func (e *Page) Summary() *model.DataSummary {
	b := e.bridge
	if b == nil {
		return nil
	}
	s := &model.DataSummary{Name: e.displayName(), Period: e.bridgeTitle(),
		Start: int64(b.Start), Expansion: int64(b.Expansion), Contraction: int64(b.Contraction), Churn: int64(b.Churn),
		New: int64(b.New), End: int64(b.End), Customers: b.Customers(), Retained: b.Customers() - b.Counts[calc.Churned]}
	if b.RetentionErr == nil {
		s.NRR, s.GRR, s.Logos = b.Retention.NRR, b.Retention.GRR, b.Retention.LogoRetention
	}
	if a := e.analysis; a != nil && len(a.Trailing) > 0 {
		if t := a.Trailing[len(a.Trailing)-1]; t.Defined {
			s.TrailingNRR, s.TrailingGRR = t.NRR, t.GRR
		}
	}
	return s
}

// shared shows the results a share link carried, when the page has no
// table of its own: the figures, without the table they came from.
func (e *Page) shared(s *model.DataSummary) api.Block {
	p := e.s.p
	h := `<div class="metrics">` +
		markup.Metric("shared-nrr", p.Text("Net revenue retention"), p.Percent(s.NRR), "") +
		markup.Metric("shared-grr", p.Text("Gross revenue retention"), p.Percent(s.GRR), "") +
		markup.Metric("shared-logos", p.Text("Logo retention"), p.Percent(s.Logos), "")
	if s.TrailingNRR > 0 {
		h += markup.Metric("shared-trailing-nrr", p.Text("Trailing 12-month NRR"), p.Percent(s.TrailingNRR), "") +
			markup.Metric("shared-trailing-grr", p.Text("Trailing 12-month GRR"), p.Percent(s.TrailingGRR), "")
	}
	rows := [][]markup.Cell{
		{{Text: p.Text("Starting ARR")}, markup.AmountCell(p, p.Money(s.Start), s.Start)},
		{{Text: p.Text("Expansion")}, markup.AmountCell(p, "+"+p.Money(s.Expansion), s.Expansion)},
		{{Text: p.Text("Contraction")}, markup.AmountCell(p, "−"+p.Money(s.Contraction), -s.Contraction)},
		{{Text: p.Text("Churn")}, markup.AmountCell(p, "−"+p.Money(s.Churn), -s.Churn)},
		{{Text: p.Text("New")}, markup.AmountCell(p, "+"+p.Money(s.New), s.New)},
		{{Text: p.Text("Ending ARR")}, markup.AmountCell(p, p.Money(s.End), s.End)},
	}
	h += `</div>` + markup.Table(p, "shared-bridge", s.Period, []string{p.Text("Step"), p.Text("Amount")}, rows)
	return api.Block{ID: "shared", Card: true, Heading: p.Text("Results shared from %s", s.Name),
		Lede:   p.Text("These figures came with the link; the table they were computed from did not. %d customers at the start, %d of them still paying at the end.", s.Customers, s.Retained),
		Blocks: []api.Block{{HTML: h}}}
}
