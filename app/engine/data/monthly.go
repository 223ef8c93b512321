package data

import (
	"strconv"
	"strings"

	"nrrlab/app/markup"
	"nrrlab/calc"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// movementKinds are the monthly movements, in the columns' order, with
// their drill-down keys.
var movementKinds = []struct {
	key   string
	label lang.Key
}{{"new", "New"}, {"expansion", "Expansion"}, {"contraction", "Contraction"}, {"churn", "Churn"}, {"reactivation", "Reactivation"}}

// monthlyResults writes what a monthly table gives, a section each: the latest month's
// retention on its bands, the movements of every month (each figure opens
// its customers), charts of movements, MRR and retention, and cohorts.
func (e *Page) monthlyResults() []string {
	sections := []string{e.latest(), e.movementsTable(), e.monthlyCharts()}
	if e.series != nil {
		return append(sections, e.cohorts())
	}
	return append(sections, `<section class="card"><h2>`+markup.Escape(e.s.p.Text("Cohorts and trailing NRR"))+`</h2><p>`+
		markup.Escape(e.s.p.Text("A report of movements gives each month's totals, not each customer's revenue: the trailing 12-month NRR, which follows the customers paying a year earlier, and cohorts need them. Paste a monthly sheet, subscriptions or invoice lines, or run the customers query in your warehouse for two months a year apart."))+`</p></section>`)
}

// unitKey is what the series' amounts are called.
func (e *Page) unitKey() lang.Key {
	if e.series != nil && e.series.Unit == monthly.ARR {
		return "ARR"
	}
	return "MRR"
}

// latest writes the last month's figures: revenue, customers, monthly and
// trailing retention with their bands, and the annualised comparison.
func (e *Page) latest() string {
	p, a := e.s.p, e.analysis
	last := len(a.Movements) - 1
	mv := a.Movements[last]
	month := e.monthName(mv.Month)
	var h strings.Builder
	h.WriteString(`<section class="card" aria-labelledby="latest-title"><h2 id="latest-title">` + markup.Escape(p.Text("Retention in %s", month)) + `</h2><div class="metrics">`)
	h.WriteString(e.plainMetric("data-mrr", p.Text("%s in %s", p.Text(e.unitKey()), month), p.Short(int64(mv.Total))))
	if mv.Paying > 0 {
		h.WriteString(e.plainMetric("data-paying", p.Text("Paying customers"), p.Int(int64(mv.Paying))))
	}
	if t := a.Trailing[last]; t.Defined {
		h.WriteString(e.metric("data-trailing-nrr", "Trailing 12-month NRR", p.Percent(t.NRR), "nrr-overall", t.NRR))
		h.WriteString(e.metric("data-trailing-grr", "Trailing 12-month GRR", p.Percent(t.GRR), "grr-health", t.GRR))
	}
	if r := a.Monthly[last]; r.Defined {
		h.WriteString(e.plainMetric("data-monthly-nrr", p.Text("Monthly NRR"), p.Percent(r.NRR)))
		h.WriteString(e.plainMetric("data-monthly-grr", p.Text("Monthly GRR"), p.Percent(r.GRR)))
	}
	if an := a.Annualised[last]; e.series == nil && an.Defined {
		h.WriteString(e.plainMetric("data-compounded", p.Text("Twelve monthly NRRs, compounded"), p.Percent(an.Compounded)))
	}
	h.WriteString(`</div>`)
	for _, m := range [][]lang.Msg{a.Trailing[last].Method, a.Monthly[last].Method, a.Annualised[last].Method} {
		if len(m) > 0 {
			h.WriteString(`<p class="method">` + markup.Escape(p.Sentences(m...)) + `</p>`)
		}
	}
	if an := a.Annualised[last]; an.Defined && an.Differs {
		h.WriteString(`<p class="note">` + markup.Escape(p.Text("The compounded monthly NRR and the trailing 12-month NRR are not the same figure: compounding follows each month's payers, while the trailing figure follows the customers who were paying a year ago. Board decks usually report the trailing figure.")) + `</p>`)
	}
	h.WriteString(`</section>`)
	return h.String()
}

// plainMetric writes a headline figure without a benchmark.
func (e *Page) plainMetric(id, label, value string) string {
	return markup.Metric(id, label, value, "")
}

// starting is the revenue a month starts from: the month before's.
func (e *Page) starting(m int) calc.Money {
	if v, ok := e.startingOf(m); ok {
		return calc.Money(v)
	}
	if m == 0 {
		return e.analysis.Movements[0].Total - e.openingNew()
	}
	return e.analysis.Movements[m-1].Total
}

// openingNew is the first month's new revenue: its whole revenue when the
// opening month counts as new, else nothing.
func (e *Page) openingNew() calc.Money {
	return e.analysis.Movements[0].New
}

// movementsTable writes every month's movements. Each row reconciles
// exactly: starting + new + expansion + reactivation − contraction − churn
// = ending. Every movement figure is a button that opens its customers; the
// core's sentence under the table says how the movements were counted.
func (e *Page) movementsTable() string {
	p, a := e.s.p, e.analysis
	unit := p.Text(e.unitKey())
	var h strings.Builder
	caption := p.Text("Monthly %s movements", unit)
	h.WriteString(`<section class="card"><div class="table-wrap"><table id="data-monthly"><caption>` + markup.Escape(caption) + `</caption><thead><tr>`)
	h.WriteString(markup.ColumnHead(p, p.Text("Month"), markup.Words) + markup.ColumnHead(p, p.Text("Starting %s", unit), markup.Amount))
	for _, k := range movementKinds {
		h.WriteString(markup.ColumnHead(p, p.Text(k.label), markup.Amount))
	}
	h.WriteString(markup.ColumnHead(p, p.Text("Ending %s", unit), markup.Amount) + markup.ColumnHead(p, p.Text("Paying customers"), markup.Count))
	h.WriteString(`</tr></thead><tbody>`)
	for m, mv := range a.Movements {
		month := e.monthName(mv.Month)
		start := int64(e.starting(m))
		h.WriteString(`<tr><th scope="row">` + markup.Escape(month) + `</th>` + td(markup.AmountCell(p, p.Money(start), start)))
		values := []calc.Money{mv.New, mv.Expansion, mv.Contraction, mv.Churn, mv.Reactivation}
		counts := []int{mv.NewCount, mv.ExpansionCount, mv.ContractionCount, mv.ChurnCount, mv.ReactivationCount}
		for k, kind := range movementKinds {
			// Contraction and churn are losses: shown and exported negative.
			v := int64(values[k])
			if k == 2 || k == 3 {
				v = -v
			}
			c := markup.AmountCell(p, p.Money(v), v)
			if counts[k] > 0 && (e.series != nil || e.movements != nil && len(e.movements.Customers) > 0) {
				h.WriteString(`<td` + c.Attrs() + `>` + drillButton("m:"+strconv.Itoa(m)+":"+kind.key, c.Text,
					p.Text("%s in %s: %s from %d customer; show them|%s in %s: %s from %d customers; show them", p.Text(kind.label), month, p.Money(int64(values[k])), counts[k])) + `</td>`)
			} else {
				h.WriteString(td(c))
			}
		}
		h.WriteString(td(markup.AmountCell(p, p.Money(int64(mv.Total)), int64(mv.Total))) + td(markup.CountCell(p, int64(mv.Paying))) + `</tr>`)
	}
	h.WriteString(`</tbody></table>` + markup.TableTools(p, caption, "export:csv:data-monthly", "export:tsv:data-monthly") + `</div>`)
	if len(a.MovementsMethod) > 0 {
		h.WriteString(`<p class="method">` + markup.Escape(p.Sentences(a.MovementsMethod...)) + `</p>`)
	}
	h.WriteString(`</section>`)
	return h.String()
}

// monthlyCharts draws the movements, the revenue and the retention of every
// month.
func (e *Page) monthlyCharts() string {
	p, a := e.s.p, e.analysis
	n := len(a.Movements)
	months := make([]string, n)
	gains := [][]float64{make([]float64, n), make([]float64, n), make([]float64, n)}
	losses := [][]float64{make([]float64, n), make([]float64, n)}
	total := make([]float64, n)
	monthlyNRR, trailingNRR, trailingGRR, world := make([]float64, n), make([]float64, n), make([]float64, n), make([]float64, n)
	nan := func() float64 { var z float64; return z / z }
	for m, mv := range a.Movements {
		months[m] = e.monthName(mv.Month)
		gains[0][m], gains[1][m], gains[2][m] = mv.New.Float(), mv.Expansion.Float(), mv.Reactivation.Float()
		losses[0][m], losses[1][m] = mv.Contraction.Float(), mv.Churn.Float()
		total[m] = mv.Total.Float()
		monthlyNRR[m], trailingNRR[m], trailingGRR[m], world[m] = nan(), nan(), nan(), 1.2
		if r := a.Monthly[m]; r.Defined {
			monthlyNRR[m] = r.NRR
		}
		if r := a.Trailing[m]; r.Defined {
			trailingNRR[m], trailingGRR[m] = r.NRR, r.GRR
		}
	}
	unit := p.Text(e.unitKey())
	short := func(v float64) string { return p.ShortNumber(v) }
	last := a.Movements[n-1]
	var h strings.Builder
	h.WriteString(`<section class="card" aria-labelledby="charts-title"><h2 id="charts-title">` + markup.Escape(p.Text("Month by month")) + `</h2>`)
	h.WriteString(markup.Movements(p, p.Text("%s movements per month: gains above the line (new, expansion, reactivation), losses below (contraction, churn), and the net change.", unit),
		months, gains, losses, []string{p.Text("New"), p.Text("Expansion"), p.Text("Reactivation"), p.Text("Contraction"), p.Text("Churn"), p.Text("Net change")}, short))
	h.WriteString(markup.LineChart(p, p.Text("%s over time: %s in %s, %s in %s.", unit, p.Short(int64(a.Movements[0].Total)), months[0], p.Short(int64(last.Total)), months[n-1]),
		months, []markup.Line{{Name: unit, Values: total}}, short, true))
	h.WriteString(markup.LineChart(p, p.Text("Monthly NRR, trailing 12-month NRR and GRR over time, against the world-class 120% line."),
		months, []markup.Line{{Name: p.Text("Monthly NRR"), Values: monthlyNRR}, {Name: p.Text("Trailing 12-month NRR"), Values: trailingNRR},
			{Name: p.Text("Trailing 12-month GRR"), Values: trailingGRR}, {Name: p.Text("World-class 120% NRR"), Values: world, Reference: true}},
		func(v float64) string { return p.Percent(v) }, false))
	h.WriteString(`</section>`)
	return h.String()
}

// movementOf classifies customer c's change into month m as the analysis
// does: "new", "reactivation" (paid before, then nothing, now again),
// "expansion", "contraction", "churn", or "" when nothing moved.
func (e *Page) movementOf(c, m int, prev, cur calc.Money) string {
	switch {
	case prev == 0 && cur > 0:
		for k := 0; k < m-1; k++ {
			if e.series.Amount(c, k) > 0 && !e.s.reactivationAsNew {
				return "reactivation"
			}
		}
		return "new"
	case prev > 0 && cur == 0:
		return "churn"
	case cur > prev:
		return "expansion"
	case cur < prev:
		return "contraction"
	}
	return ""
}
