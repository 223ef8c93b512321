package figure

import (
	"testing"

	"nrrlab/calc/lang"
)

func TestParseFigureNamesItsCurrency(t *testing.T) {
	for _, c := range []struct {
		scenario, text string
		want           lang.Currency
	}{
		{"rupiah with a magnitude", "Rp 15 juta", lang.IDR},
		{"rupiah with a dot", "Rp. 2.500.000", lang.IDR},
		{"rupiah by its code", "IDR 15.000.000", lang.IDR},
		{"rupiah without cents, negative", "(Rp 5.000,-)", lang.IDR},
		{"ringgit", "RM 12,500", lang.MYR},
		{"ringgit by its code", "MYR 3.2 million", lang.MYR},
		{"a dollar sign", "$1.2M", lang.USD},
		{"US dollars", "US$ 2,000,000", lang.USD},
		{"a code after the number", "1.5M USD", lang.USD},
		{"a symbol and its code", "$1,200.00 USD", lang.USD},
		{"a fullwidth dollar sign", "＄１２３", lang.USD},
		{"Singapore dollars", "S$ 1.2M", lang.SGD},
		{"Singapore dollars by their code", "SGD 800K", lang.SGD},
		{"euros before", "€1.234,56", lang.EUR},
		{"euros after", "1.234,56 €", lang.EUR},
		{"euros by their code", "EUR 2.000,00", lang.EUR},
		{"pounds", "£950", lang.GBP},
		{"a fullwidth pound sign", "￡９５０", lang.GBP},
		{"pounds by their code", "GBP 1,250.75", lang.GBP},
		{"plain digits", "1234567", lang.None},
		{"a magnitude alone", "500K", lang.None},
		{"a rate", "105%", lang.None},
		{"zero in rupiah", "Rp 0", lang.IDR},
	} {
		f, err := ParseFigure(c.text, StyleAuto)
		if err != nil || f.Currency != c.want {
			t.Errorf("%s: %q: currency %v (%v), want %v", c.scenario, c.text, f.Currency.Code(), err, c.want.Code())
		}
	}
}

func TestParseFigureNamesNoCurrencyForWhatItCannotRead(t *testing.T) {
	for _, c := range []struct{ scenario, text string }{
		{"a currency it does not read", "AUD 500"},
		{"a currency alone", "Rp"},
		{"a currency and a rate", "$5%"},
		{"nothing typed", ""},
	} {
		f, err := ParseFigure(c.text, StyleAuto)
		if err == nil || f.Currency != lang.None {
			t.Errorf("%s: %q: %+v, %v; want an error and no currency", c.scenario, c.text, f, err)
		}
	}
}

// The style a currency implies is the one a figure in it is read in: "1.200"
// after Rp is twelve hundred rupiah, after $ twelve dollars.
func TestCurrencyStyleIsHowAFigureInItReads(t *testing.T) {
	for _, c := range []struct {
		prefix string
		cur    lang.Currency
		want   Style
	}{
		{"Rp ", lang.IDR, StyleCommaDecimal},
		{"€", lang.EUR, StyleCommaDecimal},
		{"$", lang.USD, StyleDotDecimal},
		{"RM ", lang.MYR, StyleDotDecimal},
		{"S$", lang.SGD, StyleDotDecimal},
		{"£", lang.GBP, StyleDotDecimal},
		{"", lang.None, StyleAuto},
	} {
		if got := CurrencyStyle(c.cur); got != c.want {
			t.Errorf("%s: style %d, want %d", c.cur.Code(), got, c.want)
		}
		for _, number := range []string{"1.200", "1,200", "12,500", "7.250"} {
			with, err1 := ParseFigure(c.prefix+number, StyleAuto)
			plain, err2 := ParseFigure(number, CurrencyStyle(c.cur))
			if err1 != nil || err2 != nil || with.Amount != plain.Amount || with.Currency != c.cur {
				t.Errorf("%q: %v %v (%v); %q in style %d: %v (%v)", c.prefix+number, with.Amount, with.Currency.Code(), err1, number, CurrencyStyle(c.cur), plain.Amount, err2)
			}
		}
	}
	for _, c := range []lang.Currency{lang.AUD, lang.INR} {
		if got := CurrencyStyle(c); got != StyleAuto {
			t.Errorf("%s, which figures never name: style %d, want StyleAuto", c.Code(), got)
		}
	}
}

func TestIsDashIsZeroAsAccountingFormatsShowIt(t *testing.T) {
	for _, c := range []struct {
		scenario, text string
		want           bool
	}{
		{"a hyphen", "-", true},
		{"an en dash", "–", true},
		{"an em dash", "—", true},
		{"a minus sign", "−", true},
		{"a dollar and a dash", "$ -", true},
		{"a dollar glued to a dash", "$-", true},
		{"rupiah and a dash", "Rp -", true},
		{"rupiah in lower case", "rp -", true},
		{"rupiah with a dot", "Rp. -", true},
		{"a code and a dash", "USD -", true},
		{"a no-break space after the currency", "RM\u00a0-", true},
		{"euros and an en dash", "€ –", true},
		{"a negative number", "-5", false},
		{"two dashes", "--", false},
		{"a currency alone", "$", false},
		{"a dash before the currency", "- $", false},
		{"a currency it does not read", "AUD -", false},
		{"nothing", "", false},
	} {
		if got := IsDash(c.text); got != c.want {
			t.Errorf("%s: IsDash(%q) = %v, want %v", c.scenario, c.text, got, c.want)
		}
	}
}

// A dollar sign alone is US dollars that other dollars write too; a text
// that names the US dollar, or another currency, says which it is.
func TestDollarSignAlone(t *testing.T) {
	for text, want := range map[string]bool{
		"$1.2M": true, "-$500": true, "1,200 $": true,
		"US$1.2M": false, "USD 1,200": false, "$1,200 USD": false, "USD $1,200": false,
		"S$5,000": false, "Rp 5 juta": false, "1,200": false,
	} {
		f, err := ParseFigure(text, StyleAuto)
		if err != nil || f.DollarSign != want {
			t.Errorf("%q: DollarSign %v, %v; want %v", text, f.DollarSign, err, want)
		}
	}
}
