package markup

import (
	"strings"

	"nrrlab/calc/benchmark"
	"nrrlab/calc/lang"
)

// FormatFor writes a figure of a metric the way its benchmark does, in the
// printer's language: a percentage, a multiple, dollars per dollar (the
// benchmarks' own unit, whatever the currency) or a score.
func FormatFor(m benchmark.Metric, p lang.Printer) func(float64) string {
	switch m {
	case benchmark.ExpansionCoverage:
		return func(v float64) string { return p.Decimal(v, 1) + "×" }
	case benchmark.ExpansionCAC:
		return func(v float64) string { return "$" + p.Decimal(v, 2) }
	case benchmark.ReadinessScore, benchmark.HealthScore:
		return func(v float64) string { return p.Decimal(v*100, 0) }
	}
	return p.Percent
}

// BandRange describes the figures of band i of s: "below 90.0%",
// "90.0% to under 100.0%", "120.0% and above".
func BandRange(s *benchmark.Set, i int, p lang.Printer) string {
	f := FormatFor(s.Metric, p)
	b := s.Bands[i]
	switch {
	case i == 0:
		next := s.Bands[1]
		if next.FromExclusive {
			return p.Text("%s or less", f(next.From))
		}
		return p.Text("below %s", f(next.From))
	case i == len(s.Bands)-1:
		if b.FromExclusive {
			return p.Text("above %s", f(b.From))
		}
		return p.Text("%s and above", f(b.From))
	}
	hi := s.Bands[i+1]
	switch {
	case b.FromExclusive && hi.FromExclusive:
		return p.Text("above %s to %s", f(b.From), f(hi.From))
	case b.FromExclusive:
		return p.Text("above %s to under %s", f(b.From), f(hi.From))
	case hi.FromExclusive:
		return p.Text("%s to %s", f(b.From), f(hi.From))
	}
	return p.Text("%s to under %s", f(b.From), f(hi.From))
}

// BandNames returns the names of a set's bands in the printer's language.
func BandNames(s *benchmark.Set, p lang.Printer) []string {
	names := make([]string, len(s.Bands))
	for i, b := range s.Bands {
		names[i] = p.Text(b.Name)
	}
	return names
}

// Bands lists a set's bands with their ranges, for a gauge's summary:
// "Critical below 90.0%; Needs improvement 90.0% to under 100.0%; …".
func Bands(s *benchmark.Set, p lang.Printer) string {
	names := BandNames(s, p)
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = n + " " + BandRange(s, i, p)
	}
	return strings.Join(parts, "; ")
}

// verdictWords name the verdicts in words, for the band lists.
var verdictWords = map[benchmark.Verdict]lang.Key{benchmark.Green: "green", benchmark.Yellow: "yellow", benchmark.Red: "red"}

// Placement writes where a figure sits on one set, as a card: the sentence,
// the gauge and every band with its range and verdict, the user's marked,
// and the source. what names the figure ("NRR"); note, when not empty, is
// HTML written after the sentence, such as what a size is in the user's
// currency.
func Placement(pl benchmark.Placement, what string, x float64, p lang.Printer, note string) string {
	s := pl.Set
	f := FormatFor(s.Metric, p)
	band := pl.BandOf()
	id := "set-" + s.ID
	name, meaning := p.Text(band.Name), p.Text(band.Meaning)
	sentence := p.Text("Your %s of %s is %s: %s.", what, f(x), name, meaning)
	var b strings.Builder
	b.WriteString(`<section class="card placement" aria-labelledby="` + id + `"><h3 id="` + id + `">` + Escape(p.Text(s.Title)) + `</h3>`)
	b.WriteString(`<p class="placement-sentence">` + Escape(p.Text("Your %s of %s is", what, f(x))) + ` ` + Pill(band.Verdict.String(), name) + `: ` + Escape(meaning) + `.</p>`)
	b.WriteString(note)
	b.WriteString(Gauge(p, sentence, pl, f(x), BandNames(s, p)))
	b.WriteString(`<ul class="bands">`)
	for i, bd := range s.Bands {
		b.WriteString(`<li class="verdict-edge-` + bd.Verdict.String())
		if i == pl.Band {
			b.WriteString(` current" aria-current="true`)
		}
		b.WriteString(`"><strong>` + Escape(p.Text(bd.Name)) + `</strong> (` + Escape(BandRange(s, i, p)) + ", " + Escape(p.Text(verdictWords[bd.Verdict])) + ")")
		if i == pl.Band {
			b.WriteString(`<span class="you"> ← ` + Escape(p.Text("your %s", what)) + `</span>`)
		}
		b.WriteString(`</li>`)
	}
	b.WriteString(`</ul><p class="source">` + Escape(p.Text("Source: %s, “%s”.", p.Text(s.Source.Article), p.Text(s.Source.Section))) + `</p></section>`)
	return b.String()
}
