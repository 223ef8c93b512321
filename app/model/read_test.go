package model

import (
	"strings"
	"testing"

	"nrrlab/calc"
	"nrrlab/calc/lang"
)

func TestReadCalculatorKeepsTheLastGoodFigures(t *testing.T) {
	m := Sample()
	good := m.Figures
	for _, c := range []struct {
		scenario, key, text, problem string
	}{
		{"unreadable expansion", KeyExpansion, "abc", `“abc” is not an amount`},
		{"zero starting ARR", KeyStart, "0", "NRR needs starting revenue"},
		{"losses above the start", KeyChurn, "$20M", "cannot exceed starting ARR"},
		{"negative amount", KeyContraction, "-5", "ARR cannot be negative"},
		{"a rate in a money field", KeyExpansion, "12%", "is a rate, not an amount"},
		{"retained without a start count", KeyCustomersRetained, "5", "needs the number of customers at the start"},
		{"customers not a number", KeyCustomersStart, "many", "is not a number of customers"},
		{"years out of range", KeyYears, "99", "not a number from 1 to 50"},
	} {
		m := Sample()
		m.Texts[c.key] = c.text
		p := ReadCalculator(&m, lang.Printer{})
		if !strings.Contains(p[c.key], c.problem) {
			t.Errorf("%s: problem %q, want %q", c.scenario, p[c.key], c.problem)
		}
		if m.Figures != good || m.Years != DefaultYears {
			t.Errorf("%s: figures changed to %+v", c.scenario, m.Figures)
		}
	}
	m.Texts[KeyExpansion] = "3M"
	m.Texts[KeyCustomersStart], m.Texts[KeyCustomersRetained] = "100", "85"
	m.Texts[KeyPeriod] = "monthly"
	if p := ReadCalculator(&m, lang.Printer{}); len(p) != 0 {
		t.Fatalf("problems %v", p)
	}
	if m.Figures.Expansion != calc.MustUnits(3_000_000) || m.Figures.Logos == nil || m.Figures.Logos.Retained != 85 || m.Figures.Period != calc.Monthly {
		t.Errorf("figures %+v", m.Figures)
	}
}

func TestReadScenarioByEachLever(t *testing.T) {
	start := calc.MustUnits(100_000_000)
	for _, c := range []struct {
		scenario string
		texts    map[string]string
		nrr      float64
		problem  string
	}{
		{"by NRR", map[string]string{KeyLever: "nrr", KeyNRR: "110%"}, 1.10, ""},
		{"by NRR without a sign", map[string]string{KeyLever: "nrr", KeyNRR: "110"}, 1.10, ""},
		{"by rates", map[string]string{KeyLever: "rates", KeyExpansionRate: "20%", KeyContractionRate: "5%", KeyChurnRate: "10%"}, 1.05, ""},
		{"by amounts", map[string]string{KeyLever: "amounts", KeyExpansion: "$5M", KeyContraction: "0", KeyChurn: "0"}, 1.05, ""},
		{"losses above 100%", map[string]string{KeyLever: "rates", KeyExpansionRate: "0", KeyContractionRate: "60%", KeyChurnRate: "50%"}, 0, "cannot exceed"},
		{"unreadable NRR", map[string]string{KeyLever: "nrr", KeyNRR: "lots"}, 0, "is not a rate"},
	} {
		in := Scenario{Number: 1, Texts: c.texts}
		p := ReadScenario(&in, start, lang.Printer{})
		got, err := in.Good.Rate(start)
		switch {
		case c.problem == "" && (len(p) != 0 || err != nil || !near(got, c.nrr)):
			t.Errorf("%s: NRR %v, %v, problems %v", c.scenario, got, err, p)
		case c.problem != "" && !strings.Contains(strings.Join(values(p), " "), c.problem):
			t.Errorf("%s: problems %v, want %q", c.scenario, p, c.problem)
		}
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

func values(p Problems) []string {
	var out []string
	for _, v := range p {
		out = append(out, v)
	}
	return out
}

// A rate is read as people write it in either style, the separator that
// could go either way decided by the default rate; an empty field is the
// default, and a text that is no rate above zero says so at its field.
func TestReadRate(t *testing.T) {
	for _, c := range []struct {
		scenario string
		cur      lang.Currency
		text     string
		want     calc.ExchangeRate
		problem  string
	}{
		{"empty: the default", lang.IDR, "", calc.DefaultRateOf(lang.IDR).Rate, ""},
		{"rupiah with a dot grouping", lang.IDR, "16.000", 16_000_000_000, ""},
		{"rupiah with a comma grouping", lang.IDR, "16,000", 16_000_000_000, ""},
		{"rupiah with its symbol", lang.IDR, "Rp 15.900,50", 15_900_500_000, ""},
		{"ringgit with three decimals", lang.MYR, "4.150", 4_150_000, ""},
		{"ringgit with a decimal comma", lang.MYR, "4,2", 4_200_000, ""},
		{"euros to the ten-thousandth", lang.EUR, "0.8612", 861_200, ""},
		{"rupees", lang.INR, "88.25", 88_250_000, ""},
		{"plain numbers", lang.None, "1,000", 1_000_000_000, ""},
		{"zero", lang.IDR, "0", calc.DefaultRateOf(lang.IDR).Rate, "is not an exchange rate"},
		{"negative", lang.MYR, "-4", calc.DefaultRateOf(lang.MYR).Rate, "is not an exchange rate"},
		{"a word", lang.SGD, "bank rate", calc.DefaultRateOf(lang.SGD).Rate, "“bank rate” is not an exchange rate: expected a number above zero, such as 1.3."},
	} {
		r := Read(lang.Printer{})
		got, ok := r.Rate("rate", c.text, c.cur)
		if got != c.want || ok != (c.problem == "") || !strings.Contains(r.Problems["rate"], c.problem) {
			t.Errorf("%s: Rate(%q) = %d, %v, problem %q; want %d, problem %q", c.scenario, c.text, got, ok, r.Problems["rate"], c.want, c.problem)
		}
	}
	if k := RateKey(lang.IDR); k != "usdRate-IDR" || RateKey(lang.None) != "usdRate-none" {
		t.Errorf("rate keys %q, %q", k, RateKey(lang.None))
	}
}

// A figure typed in another currency than the one shown is read as it is
// and its field says so, in the user's language, after any note on how it
// was read; one in the shown currency, or in none, has no such note.
func TestAFigureInAnotherCurrencyIsNotedNotConverted(t *testing.T) {
	for _, c := range []struct {
		scenario string
		p        lang.Printer
		text     string
		note     string
	}{
		{"dollars while rupiah is shown", lang.Printer{Lang: lang.English, Currency: lang.IDR}, "$2M", "Typed in US dollars; NRR Lab shows rupiah and does not convert."},
		{"rupiah while dollars are shown", lang.Printer{Lang: lang.English, Currency: lang.USD}, "Rp 5 juta", "Typed in rupiah; NRR Lab shows US dollars and does not convert."},
		{"in Indonesian", lang.Printer{Lang: lang.Indonesian, Currency: lang.IDR}, "US$2 jt", "Diketik dalam dolar AS; NRR Lab menampilkan rupiah dan tidak mengonversinya."},
		{"in Malay", lang.Printer{Lang: lang.Malay, Currency: lang.MYR}, "S$5K", "Ditaip dalam dolar Singapura; NRR Lab menunjukkan ringgit dan tidak menukarkannya."},
		{"after the note on its reading", lang.Printer{Lang: lang.English, Currency: lang.MYR}, "€1.200", "“€1.200” was read as 1200: the dot groups thousands. Typed in euros; NRR Lab shows ringgit and does not convert."},
		{"a dollar sign while Singapore dollars are shown", lang.Printer{Lang: lang.English, Currency: lang.SGD}, "$2M", ""},
		{"US dollars named while Australian dollars are shown", lang.Printer{Lang: lang.English, Currency: lang.AUD}, "US$2M", "Typed in US dollars; NRR Lab shows Australian dollars and does not convert."},
		{"the shown currency", lang.Printer{Lang: lang.English, Currency: lang.IDR}, "Rp 2 miliar", ""},
		{"no currency", lang.Printer{Lang: lang.English, Currency: lang.IDR}, "2,000,000", ""},
		{"plain numbers shown", lang.Printer{Lang: lang.English, Currency: lang.None}, "$2M", ""},
	} {
		r := Read(c.p)
		v, ok := r.Amount(KeyStart, c.text, false)
		if !ok || v == 0 {
			t.Errorf("%s: %q not read", c.scenario, c.text)
		}
		if got := r.Hint(KeyStart, ""); got != c.note {
			t.Errorf("%s: note %q, want %q", c.scenario, got, c.note)
		}
	}
	// The figure is the one typed, not converted.
	m := Sample()
	m.Currency = lang.IDR
	if p := ReadCalculator(&m, m.Printer()); m.Figures != Sample().Figures || p.Hint(KeyStart, "") == "" {
		t.Errorf("the sample in rupiah: figures %+v, note %q", m.Figures, p.Hint(KeyStart, ""))
	}
}
