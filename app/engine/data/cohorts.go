package data

import (
	"strconv"
	"strings"

	"nrrlab/app/markup"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// cohorts writes the cohort heatmap: a row per cohort, a column per age,
// each cell its retention as text and as colour (a class per tenth, so the
// page's stylesheet colours it and no inline style is needed).
func (e *Page) cohorts() string {
	p := e.s.p
	cs, err := monthly.Cohorts(e.series, e.s.cohort)
	if err != nil {
		return `<section class="card"><p class="problem">` + markup.Escape(e.message(err)) + `</p></section>`
	}
	caption := p.Text("Cohort revenue retention")
	if e.s.logos {
		caption = p.Text("Cohort logo retention")
	}
	ages := 0
	for _, c := range cs {
		ages = max(ages, len(c.Revenue))
	}
	var h strings.Builder
	h.WriteString(`<section class="card" aria-labelledby="cohorts-title"><h2 id="cohorts-title">` + markup.Escape(p.Text("Cohorts")) + `</h2>`)
	h.WriteString(`<p class="lede">` + markup.Escape(p.Text(groupingNote[e.s.cohort])) + `</p>`)
	h.WriteString(`<div class="table-wrap heatmap"><table id="data-cohorts"><caption>` + markup.Escape(caption) + `</caption><thead><tr>` +
		markup.ColumnHead(p, p.Text("Cohort"), markup.Words) + markup.ColumnHead(p, p.Text("Customers"), markup.Count))
	for a := 0; a < ages; a++ {
		h.WriteString(markup.ColumnHead(p, strconv.Itoa(a), markup.Ratio))
	}
	h.WriteString(`</tr></thead><tbody>`)
	for _, c := range cs {
		if c.Customers == 0 {
			continue
		}
		h.WriteString(`<tr><th scope="row">` + markup.Escape(e.cohortLabel(c)) + `</th>` + td(markup.CountCell(p, int64(c.Customers))))
		for a := 0; a < ages; a++ {
			if a >= len(c.Revenue) || (!e.s.logos && !c.RetentionDefined) {
				h.WriteString(`<td class="empty"></td>`)
				continue
			}
			v := c.RevenueRetention[a]
			if e.s.logos {
				v = c.LogoRetention[a]
			}
			h.WriteString(`<td class="heat h` + strconv.Itoa(heatClass(v)) + `" data-value="` + lang.PlainRatio(v) + `">` + markup.Escape(p.Decimal(v*100, 0)) + `%</td>`)
		}
		h.WriteString(`</tr>`)
	}
	h.WriteString(`</tbody></table>` + markup.TableTools(p, caption, "export:csv:data-cohorts", "export:tsv:data-cohorts") + `</div></section>`)
	return h.String()
}

// groupingNote says what a cohort's ages are, per grouping.
var groupingNote = [...]lang.Key{
	monthly.ByMonth:   "Each row is the customers who first paid in that month; each column is how many months later, as a share of what they paid in their first month.",
	monthly.ByQuarter: "Each row is the customers who first paid in that quarter; each column is how many quarters later, as a share of what they paid at the end of their first quarter.",
	monthly.ByYear:    "Each row is the customers who first paid in that year; each column is how many years later, as a share of what they paid at the end of their first year.",
}

// cohortLabel names a cohort in the user's language: Mar 2024, Q1 2024 or
// 2024.
func (e *Page) cohortLabel(c monthly.Cohort) string {
	switch e.s.cohort {
	case monthly.ByQuarter:
		return "Q" + strconv.Itoa(int(c.Start.Month()-1)/3+1) + " " + strconv.Itoa(c.Start.Year())
	case monthly.ByYear:
		return strconv.Itoa(c.Start.Year())
	}
	return e.monthName(c.Start)
}

// heatClass is the colour step of a retention: one per tenth from 0 to 150%.
func heatClass(v float64) int {
	if !(v > 0) {
		return 0
	}
	return min(15, int(v*10))
}
