package figure

import (
	"strings"
	"testing"
)

// A table reader scans a cell once and reads it in its column's style: what
// it reads is what ParseFigure reads, and Ambiguous says when ParseFigure's
// note would say which way a separator was read.
func TestScanThenFigureReadsAsParseFigure(t *testing.T) {
	texts := []string{
		"1234567", "48213.07", "10,000,000", "$1.2M", "Rp 15.000.000", "(1,234.50)", "105%",
		"1\u00a0234\u00a0567,89", "1.234,56 €", "1.200", "1,200", "$1.200", "Rp 1.200", "1,200%",
		"Rp 1,2 M", "1234.5678", "1.23457E+11", "Rp 5.000,-", "＄１２３", "１２３，４５６", "-2.5E+3",
		"", "abc", "--5", "1,2,3.4", "AUD 500", "1.5E-3", "99999999999999999999", "$5%",
	}
	for _, text := range texts {
		for _, style := range []Style{StyleAuto, StyleDotDecimal, StyleCommaDecimal} {
			want, err := ParseFigure(text, style)
			rd, problem := Scan(text)
			got := noFigure
			if problem.None() {
				got, problem = rd.Figure(style)
			}
			if err != nil {
				if problem.None() || problem.Msg().String() != err.(*FigureError).Problem.String() || got != noFigure {
					t.Errorf("%q (style %d): scanned %+v, %q; ParseFigure: %v", text, style, got, problem, err)
				}
				continue
			}
			ambiguous := strings.Contains(noteOf(want), "groups thousands") || strings.Contains(noteOf(want), "marks decimals")
			want.Note = nil
			if !problem.None() || got != want || (rd.Ambiguous() != 0) != ambiguous {
				t.Errorf("%q (style %d): scanned %+v, %q, ambiguous %q; ParseFigure: %+v, ambiguous %v", text, style, got, problem, rd.Ambiguous(), want, ambiguous)
			}
		}
	}
}

func TestEvidenceIsTheStyleSeparatorsProve(t *testing.T) {
	for _, c := range []struct {
		scenario, text string
		want           Style
	}{
		{"a comma, then a dot", "1,234.56", StyleDotDecimal},
		{"a dot, then a comma", "1.234,56", StyleCommaDecimal},
		{"two commas", "1,234,567", StyleDotDecimal},
		{"two dots", "1.234.567", StyleCommaDecimal},
		{"two decimals after a dot", "12.50", StyleDotDecimal},
		{"two decimals after a comma", "12,50", StyleCommaDecimal},
		{"four digits before a dot", "1234.567", StyleDotDecimal},
		{"three digits after a comma", "1,200", StyleAuto},
		{"three digits after a dot", "1.200", StyleAuto},
		{"three digits after a dot, with a magnitude", "1.200K", StyleDotDecimal},
		{"no separator", "1200", StyleAuto},
		{"spaces group", "1 200", StyleAuto},
	} {
		rd, problem := Scan(c.text)
		if !problem.None() || rd.Evidence() != c.want {
			t.Errorf("%s: %q: evidence %d (%q), want %d", c.scenario, c.text, rd.Evidence(), problem, c.want)
		}
	}
}

func TestIsNumberTellsFiguresFromOtherCells(t *testing.T) {
	for _, c := range []struct {
		scenario, text string
		want           bool
	}{
		{"an amount", "$1,234.50", true},
		{"a rate", "105%", true},
		{"a magnitude", "2,5 jt", true},
		{"scientific notation", "1.23457E+11", true},
		{"too large for cents, still a number", "100000000T", true},
		{"groups of one", "1,2,3.4", false},
		{"two decimal marks", "1.2.3,4,5", false},
		{"more digits than int64", "99999999999999999999", false},
	} {
		rd, problem := Scan(c.text)
		if got := problem.None() && rd.IsNumber(); got != c.want {
			t.Errorf("%s: %q: %v (%q), want %v", c.scenario, c.text, got, problem, c.want)
		}
	}
}
