package markup

import (
	"nrrlab/calc"
	"nrrlab/calc/benchmark"
	"nrrlab/calc/lang"
)

// The calculator's results as HTML, which the calculator shows and the
// printed report repeats.

// Signed writes a change compactly with its sign: +$500K, −$1.2M.
func Signed(p lang.Printer, m calc.Money) string {
	if m > 0 {
		return "+" + p.Short(int64(m))
	}
	return p.Short(int64(m))
}

// BandMetric is a headline figure with the band its annual equivalent falls
// in on a benchmark set, by name.
func BandMetric(p lang.Printer, id, label, value, set string, annual float64) string {
	note := ""
	if pl, err := benchmark.ByID(set).Place(annual); err == nil {
		b := pl.BandOf()
		note = `<span id="` + id + `-band">` + Pill(b.Verdict.String(), p.Text(b.Name)) + `</span>`
	}
	return Metric(id, label, value, note)
}

// Retention writes a period's headline figures, its rates and how they
// were computed.
func Retention(p lang.Printer, r calc.Retention) string {
	h := `<div class="metrics">` + BandMetric(p, "nrr", p.Text("Net revenue retention"), p.Percent(r.NRR), "nrr-overall", r.AnnualNRR) +
		BandMetric(p, "grr", p.Text("Gross revenue retention"), p.Percent(r.GRR), "grr-health", r.AnnualGRR)
	if r.HasLogos {
		h += Metric("logos", p.Text("Logo retention"), p.Percent(r.LogoRetention), "")
	}
	if r.Period == calc.Monthly {
		h += Metric("annual-nrr", p.Text("Annualised NRR"), p.Percent(r.AnnualNRR), Escape(p.Text("NRR compounded over 12 months"))) +
			Metric("annual-grr", p.Text("Annualised GRR"), p.Percent(r.AnnualGRR), Escape(p.Text("GRR compounded over 12 months")))
	}
	h += `</div><dl class="rates">`
	for _, d := range []struct {
		label lang.Key
		value string
	}{
		{"Expansion rate", p.Percent(r.ExpansionRate)}, {"Contraction rate", p.Percent(r.ContractionRate)},
		{"Churn rate", p.Percent(r.ChurnRate)}, {"Net expansion", Signed(p, r.NetExpansion)},
	} {
		h += `<div><dt>` + Escape(p.Text(d.label)) + `</dt><dd>` + Escape(d.value) + `</dd></div>`
	}
	return `<div>` + h + `</dl><p class="method">` + Escape(p.Sentences(r.Method...)) + `</p></div>`
}

// Gauges places NRR and GRR (annual equivalents) on the overall bands.
func Gauges(p lang.Printer, nrr, grr float64) string {
	h := ""
	for _, g := range []struct {
		set, what string
		x         float64
	}{{"nrr-overall", "NRR", nrr}, {"grr-health", "GRR", grr}} {
		pl, err := benchmark.ByID(g.set).Place(g.x)
		if err != nil {
			continue
		}
		s := pl.Set
		summary := p.Text("%s %s is %s on the %s (%s).", g.what, p.Percent(g.x), p.Text(pl.BandOf().Name), p.Text(s.Title), Bands(s, p))
		h += Gauge(p, summary, pl, g.what+" "+p.Percent(g.x), BandNames(s, p))
	}
	return h
}

// Bridge draws a period's ARR bridge as a waterfall, with its figures exact
// in a table.
func Bridge(p lang.Printer, r calc.Retention) string {
	steps := []struct {
		label lang.Key
		value calc.Money
		sign  string
		total bool
	}{
		{"Starting ARR", r.Start, "", true},
		{"Expansion", r.Expansion, "+", false},
		{"Contraction", r.Contraction, "−", false},
		{"Churn", r.Churn, "−", false},
		{"Ending ARR", r.End, "", true},
	}
	rows := make([][]Cell, len(steps))
	bars := make([]Bar, len(steps))
	for i, s := range steps {
		v := s.value.Float()
		if s.sign == "−" {
			v = -v
		}
		bars[i] = Bar{Label: p.Text(s.label), Value: v, Total: s.total, Text: s.sign + p.Short(int64(s.value))}
		cents := int64(s.value)
		if s.sign == "−" {
			cents = -cents
		}
		rows[i] = []Cell{{Text: p.Text(s.label)}, AmountCell(p, s.sign+p.Money(int64(s.value)), cents)}
	}
	summary := p.Text("ARR bridge: %s at the start, plus %s expansion, minus %s contraction and %s churn, gives %s at the end.",
		lang.ShortAmount(r.Start), lang.ShortAmount(r.Expansion), lang.ShortAmount(r.Contraction), lang.ShortAmount(r.Churn), lang.ShortAmount(r.End))
	return Waterfall(p, summary, bars, p.ShortNumber) + Table(p, "bridge", p.Text("ARR bridge"), []string{p.Text("Step"), p.Text("Amount")}, rows)
}

// worldClassNRR is the line projections are drawn against: SPEC.md's
// world-class NRR.
const worldClassNRR = 1.20

// Projection shows how an NRR compounds a starting ARR over the years,
// with new-logo ARR each year when not zero, against the world-class 120%
// line: a chart, a table and how it was computed.
func Projection(p lang.Printer, start calc.Money, nrr float64, years int, newARR calc.Money) (string, error) {
	var added []calc.Money
	if newARR > 0 {
		added = []calc.Money{newARR}
	}
	proj, err := calc.Project(start, nrr, years, added)
	if err != nil {
		return "", err
	}
	ref, err := calc.Project(start, worldClassNRR, years, nil)
	if err != nil {
		return "", err
	}
	withNew := newARR > 0
	labels := make([]string, len(proj.Points))
	base := make([]float64, len(proj.Points))
	total := make([]float64, len(proj.Points))
	world := make([]float64, len(ref.Points))
	for i, pt := range proj.Points {
		labels[i] = p.Text("Year %d", pt.Period)
		base[i] = pt.FromBase.Float()
		total[i] = pt.ARR.Float()
		world[i] = ref.Points[i].ARR.Float()
	}
	labels[0] = p.Text("Today")
	last := proj.Points[len(proj.Points)-1]
	lines := []Line{{Name: p.Text("Existing base at %s NRR", lang.Percent(proj.NRR)), Values: base}}
	if withNew {
		lines = append(lines, Line{Name: p.Text("With new-logo ARR"), Values: total})
	}
	lines = append(lines, Line{Name: p.Text("World-class 120% NRR"), Values: world, Reference: true})
	summary := p.Text("Projection: the existing base grows from %s to %s in %d years at %s NRR; at a world-class 120%% it would reach %s.",
		lang.ShortAmount(proj.Points[0].ARR), lang.ShortAmount(last.FromBase), last.Period, lang.Percent(proj.NRR), lang.ShortAmount(ref.Points[len(ref.Points)-1].ARR))
	head := []string{p.Text("Year"), p.Text("ARR from the existing base"), p.Text("Growth that year")}
	if withNew {
		head = append(head, p.Text("ARR with new logos"))
	}
	rows := make([][]Cell, 0, len(proj.Points)-1)
	for _, pt := range proj.Points[1:] {
		row := []Cell{CountCell(p, int64(pt.Period)), ShortCell(p, p.Short(int64(pt.FromBase)), int64(pt.FromBase)),
			ShortCell(p, Signed(p, pt.Growth), int64(pt.Growth))}
		if withNew {
			row = append(row, ShortCell(p, p.Short(int64(pt.ARR)), int64(pt.ARR)))
		}
		rows = append(rows, row)
	}
	return `<div>` + LineChart(p, summary, labels, lines, p.ShortNumber, true) + Table(p, "projection", p.Text("Projection"), head, rows) +
		`<p class="method">` + Escape(p.Msg(proj.Method)) + `</p></div>`, nil
}
