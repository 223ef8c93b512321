package app

import (
	"strconv"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/markup"

	"nrrlab/calc/benchmark"
)

// formatFor writes a figure of a metric the way its benchmark does: a
// percentage, a multiple, dollars per dollar or a score.
func formatFor(m benchmark.Metric) func(float64) string {
	switch m {
	case benchmark.ExpansionCoverage:
		return func(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) + "×" }
	case benchmark.ExpansionCAC:
		return func(v float64) string { return "$" + strconv.FormatFloat(v, 'f', 2, 64) }
	case benchmark.ReadinessScore, benchmark.HealthScore:
		return func(v float64) string { return strconv.FormatFloat(v*100, 'f', 0, 64) }
	}
	return percent
}

// bandRange describes the figures of band i of s: "below 90.0%",
// "90.0% to 100.0%", "120.0% and above".
func bandRange(s *benchmark.Set, i int) string {
	f := formatFor(s.Metric)
	b := s.Bands[i]
	switch {
	case i == 0:
		next := s.Bands[1]
		if next.FromExclusive {
			return f(next.From) + " or less"
		}
		return "below " + f(next.From)
	case i == len(s.Bands)-1:
		if b.FromExclusive {
			return "above " + f(b.From)
		}
		return f(b.From) + " and above"
	}
	lo := f(b.From)
	if b.FromExclusive {
		lo = "above " + lo
	}
	hi := s.Bands[i+1]
	if hi.FromExclusive {
		return lo + " to " + f(hi.From)
	}
	return lo + " to under " + f(hi.From)
}

// verdictPill shows a verdict as its band's name on its colour: the name
// says it, the colour repeats it.
func verdictPill(b benchmark.Band) goapp.UI {
	return el("span").Class("verdict verdict-" + b.Verdict.String()).Text(b.Name)
}

// placementCard shows where a figure sits on one set: the sentence, the
// gauge and every band with its range, the user's marked.
func placementCard(p benchmark.Placement, what string, x float64) goapp.UI {
	s := p.Set
	f := formatFor(s.Metric)
	band := p.BandOf()
	id := "set-" + s.ID
	sentence := "Your " + what + " of " + f(x) + " is " + band.Name + ": " + band.Meaning + "."
	return el("section").Class("card placement").Aria("labelledby", id).Body(
		el("h3").ID(id).Text(s.Title),
		el("p").Class("placement-sentence").Body(
			goapp.Text("Your "+what+" of "+f(x)+" is "),
			verdictPill(band),
			goapp.Text(": "+band.Meaning+"."),
		),
		goapp.Raw(markup.Gauge(sentence, p, f(x), bandNamesOf(p.Set))),
		goapp.Raw(bandList(p, what)),
		el("p").Class("source").Text("Source: "+s.Source.Article+", “"+s.Source.Section+"”."),
	)
}

// bandList lists every band of a placement's set with its range and verdict
// in words, the user's band marked, as one piece of HTML.
func bandList(p benchmark.Placement, what string) string {
	var b strings.Builder
	b.WriteString(`<ul class="bands">`)
	for i, band := range p.Set.Bands {
		b.WriteString(`<li class="verdict-edge-` + band.Verdict.String())
		if i == p.Band {
			b.WriteString(` current" aria-current="true`)
		}
		b.WriteString(`"><strong>` + escape(band.Name) + `</strong> (` + escape(bandRange(p.Set, i)) + ", " + band.Verdict.String() + ")")
		if i == p.Band {
			b.WriteString(`<span class="you"> ← your ` + escape(what) + `</span>`)
		}
		b.WriteString(`</li>`)
	}
	b.WriteString(`</ul>`)
	return b.String()
}
