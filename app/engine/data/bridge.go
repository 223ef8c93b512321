package data

import (
	"iter"
	"math"
	"slices"
	"strings"

	"nrrlab/app/markup"
	"nrrlab/calc"
	"nrrlab/calc/benchmark"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// movementNames are the bridge's movements as the page names them.
var movementNames = [...]lang.Key{
	calc.Flat: "Flat", calc.Expanded: "Expanded", calc.Contracted: "Contracted", calc.Churned: "Churned", calc.New: "New",
	calc.Inactive: "No revenue",
}

// bridgeTitle names the bridge: of the table, or between two months of a
// monthly one.
func (e *Page) bridgeTitle() string {
	if e.series == nil {
		return e.s.p.Text("ARR bridge")
	}
	return e.s.p.Text("ARR bridge from %s to %s", e.monthName(e.series.Start+monthly.Month(e.from)), e.monthName(e.series.Start+monthly.Month(e.to)))
}

// bridgeResults writes the per-customer results: the headline rates on
// their benchmark bands, the waterfall, the customers per movement, the
// bridge by segment, and the biggest expansions and losses.
func (e *Page) bridgeResults() string {
	p, b := e.s.p, e.bridge
	var h strings.Builder
	h.WriteString(`<section class="card" aria-labelledby="bridge-title"><h2 id="bridge-title">` + markup.Escape(e.bridgeTitle()) + `</h2>`)
	if b.RetentionErr != nil {
		h.WriteString(`<p class="problem">` + markup.Escape(e.message(b.RetentionErr)) + `</p>`)
	} else {
		r := b.Retention
		h.WriteString(`<div class="metrics">`)
		h.WriteString(e.metric("bridge-nrr", "Net revenue retention", p.Percent(r.NRR), "nrr-overall", r.NRR))
		h.WriteString(e.metric("bridge-grr", "Gross revenue retention", p.Percent(r.GRR), "grr-health", r.GRR))
		h.WriteString(e.metric("bridge-logos", "Logo retention", p.Percent(r.LogoRetention), "logo-health", r.LogoRetention))
		h.WriteString(`</div><dl class="rates">`)
		for _, d := range []struct {
			label lang.Key
			value string
		}{
			{"Expansion rate", p.Percent(r.ExpansionRate)}, {"Contraction rate", p.Percent(r.ContractionRate)},
			{"Churn rate", p.Percent(r.ChurnRate)}, {"New ARR", p.Short(int64(b.New))},
		} {
			h.WriteString(`<div><dt>` + markup.Escape(p.Text(d.label)) + `</dt><dd>` + markup.Escape(d.value) + `</dd></div>`)
		}
		h.WriteString(`</dl>`)
	}
	h.WriteString(e.waterfall())
	h.WriteString(e.movementCounts())
	h.WriteString(`<p class="method">` + markup.Escape(p.Sentences(b.Retention.Method...)) + `</p></section>`)
	if len(b.Segments) > 0 {
		h.WriteString(e.segmentTable())
	}
	h.WriteString(e.biggest())
	return h.String()
}

// metric writes one headline figure with its band on a benchmark set.
func (e *Page) metric(id string, label lang.Key, value, set string, x float64) string {
	note := ""
	if pl, err := benchmark.ByID(set).Place(x); err == nil {
		b := pl.BandOf()
		note = markup.Pill(b.Verdict.String(), e.s.p.Text(b.Name))
	}
	return markup.Metric(id, e.s.p.Text(label), value, note)
}

// waterfall draws the bridge: Start + Expansion − Contraction − Churn + New
// = End.
func (e *Page) waterfall() string {
	p, b := e.s.p, e.bridge
	steps := []struct {
		label lang.Key
		v     calc.Money
		sign  float64
		total bool
	}{
		{"Starting ARR", b.Start, 1, true}, {"Expansion", b.Expansion, 1, false}, {"Contraction", b.Contraction, -1, false},
		{"Churn", b.Churn, -1, false}, {"New", b.New, 1, false}, {"Ending ARR", b.End, 1, true},
	}
	bars := make([]markup.Bar, len(steps))
	rows := make([][]markup.Cell, len(steps))
	for i, s := range steps {
		sign := ""
		if !s.total {
			sign = "+"
			if s.sign < 0 {
				sign = "−"
			}
		}
		bars[i] = markup.Bar{Label: p.Text(s.label), Value: s.sign * s.v.Float(), Total: s.total, Text: sign + p.Short(int64(s.v))}
		cents := int64(s.v)
		if s.sign < 0 {
			cents = -cents
		}
		rows[i] = []markup.Cell{{Text: p.Text(s.label)}, markup.AmountCell(p, sign+p.Money(int64(s.v)), cents)}
	}
	summary := p.Text("ARR bridge: %s at the start, plus %s expansion, minus %s contraction and %s churn, plus %s new, gives %s at the end.",
		p.Short(int64(b.Start)), p.Short(int64(b.Expansion)), p.Short(int64(b.Contraction)), p.Short(int64(b.Churn)), p.Short(int64(b.New)), p.Short(int64(b.End)))
	return markup.Waterfall(p, summary, bars, func(v float64) string { return p.ShortNumber(v) }) +
		markup.Table(p, "data-bridge", p.Text("ARR bridge"), []string{p.Text("Step"), p.Text("Amount")}, rows)
}

// movementCounts writes how many customers moved each way and their ARR;
// each count opens the customers behind it.
func (e *Page) movementCounts() string {
	p, b := e.s.p, e.bridge
	var h strings.Builder
	h.WriteString(`<div class="table-wrap"><table id="data-movements"><caption>` + markup.Escape(p.Text("Customers by movement")) + `</caption><thead><tr>` +
		markup.ColumnHead(p, p.Text("Movement"), markup.Words) + markup.ColumnHead(p, p.Text("Customers"), markup.Count) +
		markup.ColumnHead(p, p.Text("ARR at start"), markup.Amount) + markup.ColumnHead(p, p.Text("ARR at end"), markup.Amount) + `</tr></thead><tbody>`)
	for _, mv := range []calc.Movement{calc.Expanded, calc.Flat, calc.Contracted, calc.Churned, calc.New} {
		var start, end calc.Money
		for i := range b.Rows {
			if r := &b.Rows[i]; r.Movement == mv {
				start += r.Start
				end += r.End
			}
		}
		count := markup.CountCell(p, int64(b.Counts[mv]))
		h.WriteString(`<tr><th scope="row">` + markup.Escape(p.Text(movementNames[mv])) + `</th><td` + count.Attrs() + `>` +
			drillButton("b:"+mv.String(), count.Text, p.Text("Show the %d customer: %s|Show the %d customers: %s", b.Counts[mv], p.Text(movementNames[mv]))) +
			`</td>` + td(markup.AmountCell(p, p.Money(int64(start)), int64(start))) + td(markup.AmountCell(p, p.Money(int64(end)), int64(end))) + `</tr>`)
	}
	h.WriteString(`</tbody></table></div>`)
	return h.String()
}

// td writes a cell of a table the page writes by hand.
func td(c markup.Cell) string {
	return `<td` + c.Attrs() + `>` + markup.Escape(c.Text) + `</td>`
}

// drillButton writes a figure that opens the customers behind it.
func drillButton(key, text, label string) string {
	return `<button type="button" class="drill" data-action="drill:` + markup.Escape(key) + `" aria-label="` + markup.Escape(label) + `">` + markup.Escape(text) + `</button>`
}

// segmentTable writes the bridge of each segment.
func (e *Page) segmentTable() string {
	p, b := e.s.p, e.bridge
	head := []string{p.Text("Segment"), p.Text("Start"), p.Text("Expansion"), p.Text("Contraction"), p.Text("Churn"), p.Text("New"), p.Text("End"), "NRR", "GRR"}
	rows := make([][]markup.Cell, 0, len(b.Segments))
	for _, s := range b.Segments {
		nan := math.NaN()
		nrr, grr := markup.RateCell(p, nan), markup.RateCell(p, nan)
		if s.RetentionErr == nil {
			nrr, grr = markup.RateCell(p, s.Retention.NRR), markup.RateCell(p, s.Retention.GRR)
		}
		rows = append(rows, []markup.Cell{{Text: s.Segment}, e.cell(s.Start), e.cell(s.Expansion), e.cell(s.Contraction), e.cell(s.Churn),
			e.cell(s.New), e.cell(s.End), nrr, grr})
	}
	return `<section class="card">` + markup.Table(p, "data-segments", p.Text("ARR bridge by segment"), head, rows) + `</section>`
}

// cell shows an amount compactly, with the exact figure on hover.
func (e *Page) cell(m calc.Money) markup.Cell {
	return markup.ShortCell(e.s.p, e.s.p.Short(int64(m)), int64(m))
}

// biggestCount is how many expansions and losses the page lists.
const biggestCount = 10

// biggest writes the ten biggest expansions and the ten biggest losses
// (contraction and churn).
func (e *Page) biggest() string {
	p, b := e.s.p, e.bridge
	// The rows that moved so, by index, without a list of them: a million
	// customers' would take 40 MB.
	rows := func(moved func(calc.Movement) bool) iter.Seq[int] {
		return func(yield func(int) bool) {
			for i := range b.Rows {
				if moved(b.Rows[i].Movement) && !yield(i) {
					return
				}
			}
		}
	}
	change := func(i int) calc.Money { return b.Rows[i].End - b.Rows[i].Start }
	gains := top(rows(func(m calc.Movement) bool { return m == calc.Expanded }), biggestCount, func(x, y int) bool { return change(x) > change(y) })
	losses := top(rows(func(m calc.Movement) bool { return m == calc.Contracted || m == calc.Churned }), biggestCount,
		func(x, y int) bool { return change(x) < change(y) })
	table := func(id string, caption lang.Key, idx []int) string {
		head := []string{p.Text("Customer"), p.Text("ARR at start"), p.Text("ARR at end"), p.Text("Change")}
		rows := make([][]markup.Cell, len(idx))
		for k, i := range idx {
			r := &b.Rows[i]
			rows[k] = []markup.Cell{{Text: r.Customer}, e.cell(r.Start), e.cell(r.End), markup.ShortCell(p, signed(p, change(i)), int64(change(i)))}
		}
		return markup.Table(p, id, p.Text(caption), head, rows)
	}
	return `<section class="card two-tables">` + table("data-gains", "Ten biggest expansions", gains) + table("data-losses", "Ten biggest losses", losses) + `</section>`
}

// top returns the first n of idx in the order before gives, those equal
// in the order they came: what a stable sort would put first, in one pass
// over idx instead of a sort of all of it.
func top(idx iter.Seq[int], n int, before func(x, y int) bool) []int {
	best := make([]int, 0, n+1)
	for i := range idx {
		if len(best) == n && !before(i, best[n-1]) {
			continue
		}
		at := len(best)
		for at > 0 && before(i, best[at-1]) {
			at--
		}
		best = slices.Insert(best, at, i)
		if len(best) > n {
			best = best[:n]
		}
	}
	return best
}

// signed writes a change compactly with its sign: +$500K, −$1.2M.
func signed(p lang.Printer, m calc.Money) string {
	if m > 0 {
		return "+" + p.Short(int64(m))
	}
	return p.Short(int64(m))
}
