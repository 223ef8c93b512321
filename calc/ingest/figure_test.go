package ingest

import (
	"errors"
	"strings"
	"testing"

	"nrrlab/calc"
)

func TestParseFigureReadsEveryFormat(t *testing.T) {
	for _, c := range []struct {
		text  string
		style Style
		cents int64
		note  string // a part of the note, "" for none
	}{
		// SPEC.md's list of inputs the product must accept.
		{"10000000", StyleAuto, 10_000_000_00, ""},
		{"10,000,000", StyleAuto, 10_000_000_00, ""},
		{"$10M", StyleAuto, 10_000_000_00, ""},
		{"$1.2M", StyleAuto, 1_200_000_00, ""},
		{"500K", StyleAuto, 500_000_00, ""},
		{"$500k", StyleAuto, 500_000_00, ""},
		{"1.200.000", StyleAuto, 1_200_000_00, ""},
		{"1.200.000,50", StyleAuto, 1_200_000_50, ""},
		{"Rp 15.000.000", StyleAuto, 15_000_000_00, ""},
		{"RM 12,500", StyleAuto, 12_500_00, "comma groups thousands"},
		{"10 juta", StyleAuto, 10_000_000_00, ""},
		{"2,5 jt", StyleAuto, 2_500_000_00, ""},
		{"$10J", StyleAuto, 10_000_000_00, ""},
		{"(1,234)", StyleAuto, -1_234_00, "comma groups thousands"},
		// Grouping: spaces, non-breaking and thin spaces, apostrophes.
		{"1 234 567", StyleAuto, 1_234_567_00, ""},
		{"1\u00a0234\u00a0567,89", StyleAuto, 1_234_567_89, ""},
		{"1\u2009234\u2009567.89", StyleAuto, 1_234_567_89, ""},
		{"1'234'567.89", StyleAuto, 1_234_567_89, ""},
		{"1,234.56", StyleAuto, 1_234_56, ""},
		{"$1,234.56", StyleAuto, 1_234_56, ""},
		{"1.234,56", StyleAuto, 1_234_56, ""},
		// Currencies before and after, symbols and codes.
		{"US$ 2,000,000", StyleAuto, 2_000_000_00, ""},
		{"USD 1.5M", StyleAuto, 1_500_000_00, ""},
		{"1.5M USD", StyleAuto, 1_500_000_00, ""},
		{"IDR 15.000.000", StyleAuto, 15_000_000_00, ""},
		{"Rp. 2.500.000", StyleAuto, 2_500_000_00, ""},
		{"Rp15jt", StyleAuto, 15_000_000_00, ""},
		{"MYR 3.2 million", StyleAuto, 3_200_000_00, ""},
		{"S$ 1.2M", StyleAuto, 1_200_000_00, ""},
		{"SGD 800K", StyleAuto, 800_000_00, ""},
		{"€1.234,56", StyleAuto, 1_234_56, ""},
		{"1.234,56 €", StyleAuto, 1_234_56, ""},
		{"EUR 2.000,00", StyleAuto, 2_000_00, ""},
		{"£950", StyleAuto, 950_00, ""},
		{"GBP 1,250.75", StyleAuto, 1_250_75, ""},
		// Magnitudes in English, Indonesian and Malay.
		{"2 ribu", StyleAuto, 2_000_00, ""},
		{"750rb", StyleAuto, 750_000_00, ""},
		{"3 thousand", StyleAuto, 3_000_00, ""},
		{"1.5mn", StyleAuto, 1_500_000_00, ""},
		{"4mm", StyleAuto, 4_000_000_00, ""},
		{"2 million", StyleAuto, 2_000_000_00, ""},
		{"1.25B", StyleAuto, 1_250_000_000_00, ""},
		{"3bn", StyleAuto, 3_000_000_000_00, ""},
		{"2 billion", StyleAuto, 2_000_000_000_00, ""},
		{"4 miliar", StyleAuto, 4_000_000_000_00, ""},
		{"5 bilion", StyleAuto, 5_000_000_000_00, ""},
		{"1T", StyleAuto, 1_000_000_000_000_00, ""},
		{"2 triliun", StyleAuto, 2_000_000_000_000_00, ""},
		{"3 trilion", StyleAuto, 3_000_000_000_000_00, ""},
		// With rupiah, M is miliar.
		{"Rp 1,2 M", StyleAuto, 1_200_000_000_00, "miliar"},
		{"Rp 5M", StyleAuto, 5_000_000_000_00, "miliar"},
		// Negatives: hyphen, minus sign, parentheses, sign after currency.
		{"-1,234.50", StyleAuto, -1_234_50, ""},
		{"−250K", StyleAuto, -250_000_00, ""},
		{"$-75", StyleAuto, -75_00, ""},
		{"-$75", StyleAuto, -75_00, ""},
		{"($1.5M)", StyleAuto, -1_500_000_00, ""},
		{"+500", StyleAuto, 500_00, ""},
		// The ambiguous "1.200" and "1,200": style decides, and says so.
		{"1.200", StyleAuto, 1_200_00, "dot groups thousands"},
		{"1,200", StyleAuto, 1_200_00, "comma groups thousands"},
		{"1.200", StyleDotDecimal, 1_20, "dot marks decimals"},
		{"1,200", StyleDotDecimal, 1_200_00, "comma groups thousands"},
		{"1.200", StyleCommaDecimal, 1_200_00, "dot groups thousands"},
		{"1,200", StyleCommaDecimal, 1_20, "comma marks decimals"},
		{"Rp 1.200", StyleAuto, 1_200_00, "dot groups thousands"},
		{"$1.200", StyleAuto, 1_20, "dot marks decimals"},
		{"$1.200M", StyleAuto, 1_200_000_00, ""},
		// Decimals: up to a cent exact, beyond rounded with a note.
		{"0.05", StyleAuto, 5, ""},
		{"12.5", StyleAuto, 12_50, ""},
		{"1234.5678", StyleAuto, 1_234_57, "more decimals than a cent"},
		{"$1.23456K", StyleAuto, 1_234_56, ""},
		{"007", StyleAuto, 7_00, ""},
		{"  \t 42 ", StyleAuto, 42_00, ""},
	} {
		f, err := ParseFigure(c.text, c.style)
		if err != nil {
			t.Errorf("%q (style %d): %v", c.text, c.style, err)
			continue
		}
		if f.Percent || f.Amount != calc.Money(c.cents) {
			t.Errorf("%q (style %d) = %v (percent %v), want %v", c.text, c.style, f.Amount, f.Percent, calc.Money(c.cents))
		}
		if (c.note == "") != (f.Note == "") || !strings.Contains(f.Note, c.note) {
			t.Errorf("%q (style %d): note %q, want one with %q", c.text, c.style, f.Note, c.note)
		}
	}
}

func TestParseFigureReadsRates(t *testing.T) {
	for _, c := range []struct {
		text string
		rate float64
	}{
		{"105%", 1.05},
		{"12.5%", 0.125},
		{"12,5 %", 0.125},
		{"-3%", -0.03},
		{"0%", 0},
	} {
		f, err := ParseFigure(c.text, StyleAuto)
		if err != nil || !f.Percent || f.Rate != c.rate {
			t.Errorf("%q = %+v, %v; want rate %v", c.text, f, err, c.rate)
		}
	}
}

func TestParseFigureRejectsWithTheReason(t *testing.T) {
	for _, c := range []struct {
		text, problem string
	}{
		{"", problemEmpty},
		{"   ", problemEmpty},
		{"abc", `"abc" is not a currency or a magnitude`},
		{"$", problemNoDigits},
		{"12 apples", `"apples" is not a currency`},
		{"1.2.3,4,5", problemSeparators},
		{"1,2,3.4", problemGroups},
		{"12,34,567", problemGroups},
		{"1 23", problemGroups},
		{"1,234.5.6", problemSeparators},
		{"--5", problemTwoSigns},
		{"-(5)", problemNoDigits},
		{"$5%", problemPercentMoney},
		{"99999999999999999999", problemTooLarge},
		{"92233720368547758.08", problemTooLarge},
		{"100000000T", problemTooLarge},
		{"1e6", problemNoDigits},
		{"12#4", problemNoDigits},
		{"K", problemNoDigits},
		{"5KM", `"KM" is not a currency`},
	} {
		_, err := ParseFigure(c.text, StyleAuto)
		var fe *FigureError
		if !errors.As(err, &fe) {
			t.Errorf("%q: error = %v, want a *FigureError", c.text, err)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, c.problem) || !strings.Contains(msg, "expected "+expectAmount) || fe.Text != c.text {
			t.Errorf("%q: %q, want the text, %q and what was expected", c.text, msg, c.problem)
		}
	}
}
