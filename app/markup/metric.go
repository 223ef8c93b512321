package markup

// Metric writes one headline figure: its label, its value as an output named
// by the label (so a screen reader reads "Net revenue retention 105.0%"),
// and an optional note, which is HTML (such as a Pill).
func Metric(id, label, value, noteHTML string) string {
	s := `<div class="metric"><span class="metric-label" id="` + Escape(id) + `-label">` + Escape(label) +
		`</span><output class="metric-value" id="` + Escape(id) + `" aria-labelledby="` + Escape(id) + `-label" aria-live="off">` + Escape(value) + `</output>`
	if noteHTML != "" {
		s += `<span class="metric-note">` + noteHTML + `</span>`
	}
	return s + `</div>`
}

// Pill writes a verdict as its band's name on its colour ("green", "yellow"
// or "red"): the name says it, the colour repeats it.
func Pill(verdict, name string) string {
	return `<span class="verdict verdict-` + Escape(verdict) + `">` + Escape(name) + `</span>`
}
