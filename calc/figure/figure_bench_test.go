package figure

import "testing"

// BenchmarkParseFigureKinds measures the figures cells hold most, and the
// rarer ones pasted from web pages, PDFs and input methods, one by one.
func BenchmarkParseFigureKinds(b *testing.B) {
	for _, c := range []struct{ name, text string }{
		{"plain digits", "1234567"},
		{"dot decimals", "48213.07"},
		{"comma groups", "10,000,000"},
		{"dollar magnitude", "$1.2M"},
		{"rupiah", "Rp 15.000.000"},
		{"negative brackets", "(1,234.50)"},
		{"rate", "105%"},
		{"non-breaking spaces", "1\u00a0234\u00a0567,89"},
		{"euro suffix", "1.234,56 €"},
		{"zero-width spaces", "\u200b1,234,567.89\u200b"},
		{"fullwidth", "＄１，２３４．５６"},
		{"rupiah without cents", "Rp 15.000.000,-"},
		{"scientific", "1.23457E+11"},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ParseFigure(c.text, StyleAuto); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkParseFigure(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseFigure("Rp 1.234.567,89", StyleAuto); err != nil {
			b.Fatal(err)
		}
	}
}
