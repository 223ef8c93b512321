package lang

import "testing"

func TestMoneyInEachLanguageAndCurrency(t *testing.T) {
	// Expected values are what Chromium's Intl.NumberFormat prints for the
	// same locale and currency (currencyDisplay "symbol" for the dollars,
	// "narrowSymbol" for the others), with the typographic minus.
	for _, c := range []struct {
		name  string
		p     Printer
		cents int64
		want  string
	}{
		{"dollars in English", Printer{English, USD}, 120000050, "$1,200,000.50"},
		{"a negative in English", Printer{English, USD}, -123450, "−$1,234.50"},
		{"rupiah in Indonesian drop the cents", Printer{Indonesian, IDR}, 120000050, "Rp\u00a01.200.001"},
		{"rupiah in English", Printer{English, IDR}, 120000000, "Rp\u00a01,200,000"},
		{"a negative rupiah", Printer{Indonesian, IDR}, -123450, "−Rp\u00a01.235"},
		{"ringgit in Malay", Printer{Malay, MYR}, 120000050, "RM\u00a01,200,000.50"},
		{"dollars in Indonesian", Printer{Indonesian, USD}, 120000050, "US$1.200.000,50"},
		{"dollars in Malay", Printer{Malay, USD}, 120000050, "USD\u00a01,200,000.50"},
		{"Singapore dollars", Printer{English, SGD}, 120000050, "SGD\u00a01,200,000.50"},
		{"euros in Indonesian", Printer{Indonesian, EUR}, 120000050, "€1.200.000,50"},
		{"Australian dollars in Indonesian", Printer{Indonesian, AUD}, 120000050, "AU$1.200.000,50"},
		{"rupees", Printer{English, INR}, 120000050, "₹1,200,000.50"},
		{"plain numbers", Printer{Indonesian, None}, 120000050, "1.200.000,50"},
		{"zero", Printer{English, USD}, 0, "$0.00"},
		{"the smallest amount", Printer{English, None}, -9223372036854775808, "−92,233,720,368,547,758.08"},
	} {
		if got := c.p.Money(c.cents); got != c.want {
			t.Errorf("%s: Money(%d) = %q, want %q", c.name, c.cents, got, c.want)
		}
	}
}

func TestShortAmounts(t *testing.T) {
	for _, c := range []struct {
		name  string
		p     Printer
		cents int64
		want  string
	}{
		{"millions in English", Printer{English, USD}, 120000000, "$1.2M"},
		{"two decimals at most", Printer{English, USD}, 173_456_700, "$1.73M"},
		{"thousands", Printer{English, USD}, 85_000_000, "$850K"},
		{"under a thousand", Printer{English, USD}, 94_000, "$940"},
		{"rounding carries into the next magnitude", Printer{English, USD}, 99_999_960, "$1M"},
		{"miliar in Indonesian", Printer{Indonesian, IDR}, 120_000_000_000, "Rp\u00a01,2 miliar"},
		{"juta in Malay", Printer{Malay, MYR}, 120_000_000, "RM\u00a01.2 juta"},
		{"bilion in Malay", Printer{Malay, MYR}, 125_000_000_000, "RM\u00a01.25 bilion"},
		{"ribu in Indonesian", Printer{Indonesian, None}, 1_250_000, "12,5 ribu"},
		{"a negative", Printer{English, USD}, -120000000, "−$1.2M"},
		{"zero", Printer{English, USD}, 0, "$0"},
		{"triliun in Indonesian", Printer{Indonesian, IDR}, 340_000_000_000_000, "Rp\u00a03,4 triliun"},
	} {
		if got := c.p.Short(c.cents); got != c.want {
			t.Errorf("%s: Short(%d) = %q, want %q", c.name, c.cents, got, c.want)
		}
	}
}

func TestPercentagesAndCounts(t *testing.T) {
	en, id, ms := Printer{Lang: English}, Printer{Lang: Indonesian}, Printer{Lang: Malay}
	for _, c := range []struct{ got, want string }{
		{en.Percent(1.05), "105.0%"},
		{id.Percent(1.05), "105,0%"},
		{ms.Percent(1.05), "105.0%"},
		{en.Percent(-0.0001), "0.0%"},
		{en.Percent(-0.25), "−25.0%"},
		{en.Int(1234567), "1,234,567"},
		{id.Int(1234567), "1.234.567"},
		{id.Decimal(1234.5, 2), "1.234,50"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestMessagesWithNumbersReadNaturally(t *testing.T) {
	const k Key = "%d customer|%d customers"
	Load(Indonesian, map[Key]string{k: "%d pelanggan"})
	Load(Malay, map[Key]string{k: "%d pelanggan"})
	defer Load(Indonesian, compiled[Indonesian])
	defer Load(Malay, compiled[Malay])
	for _, c := range []struct {
		p    Printer
		n    int
		want string
	}{
		{Printer{Lang: English}, 1, "1 customer"},
		{Printer{Lang: English}, 12, "12 customers"},
		{Printer{Lang: English}, 0, "0 customers"},
		{Printer{Lang: English}, 1200, "1,200 customers"},
		{Printer{Lang: Indonesian}, 1, "1 pelanggan"},
		{Printer{Lang: Indonesian}, 1200, "1.200 pelanggan"},
		{Printer{Lang: Malay}, 12, "12 pelanggan"},
	} {
		if got := c.p.Text(k, c.n); got != c.want {
			t.Errorf("%s: %q, want %q", c.p.Lang.Code(), got, c.want)
		}
	}
}

func TestAMissingTranslationShowsTheEnglish(t *testing.T) {
	p := Printer{Lang: Malay}
	if got := p.Text("No such sentence %s", Quote("x")); got != "No such sentence “x”" {
		t.Errorf("got %q", got)
	}
}

func TestQuotesAreCut(t *testing.T) {
	long := "12345678901234567890123456789012345678901234567890"
	if got := (Printer{}).Quote(long); got != "“1234567890123456789012345678901234567890…”" {
		t.Errorf("got %q", got)
	}
	if got := (Printer{}).Quote("Rp 5.000"); got != "“Rp 5.000”" {
		t.Errorf("got %q", got)
	}
}

func TestBrowserLanguages(t *testing.T) {
	for _, c := range []struct {
		tags []string
		want Lang
	}{
		{[]string{"id-ID", "en-US"}, Indonesian},
		{[]string{"in"}, Indonesian},
		{[]string{"ms-MY"}, Malay},
		{[]string{"fr-FR", "ms"}, Malay},
		{[]string{"en-GB", "id"}, English},
		{[]string{"zh-CN"}, English},
		{nil, English},
	} {
		if got := Prefer(c.tags); got != c.want {
			t.Errorf("Prefer(%q) = %s, want %s", c.tags, got.Code(), c.want.Code())
		}
	}
}

func TestDeltasKeepTwoDecimals(t *testing.T) {
	for _, c := range []struct {
		p     Printer
		cents int64
		want  string
	}{
		{Printer{English, USD}, 500_000_000, "+$5.00M"},
		{Printer{English, USD}, 1_075_000_000, "+$10.75M"},
		{Printer{English, USD}, -85_000_000, "−$850.00K"},
		{Printer{English, USD}, 0, "+$0.00"},
		{Printer{Indonesian, IDR}, 50_000_000_000, "+Rp\u00a0500,00 juta"},
	} {
		if got := c.p.Delta(c.cents); got != c.want {
			t.Errorf("Delta(%d) = %q, want %q", c.cents, got, c.want)
		}
	}
}

// A month reads with the language's name for it, and the year in digits.
func TestMonthsReadInTheLanguage(t *testing.T) {
	for _, c := range []struct {
		name string
		l    Lang
		m    Month
		want string
	}{
		{"january in English", English, MonthOf(2024, 1), "Jan 2024"},
		{"december in English", English, MonthOf(2023, 12), "Dec 2023"},
		{"may in Indonesian", Indonesian, MonthOf(2024, 5), "Mei 2024"},
		{"august in Malay", Malay, MonthOf(2024, 8), "Ogo 2024"},
		{"as an argument", English, MonthOf(2025, 3), "from Mar 2025"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := Printer{Lang: c.l}
			got := p.Month(c.m)
			if c.name == "as an argument" {
				got = p.Text("from %s", c.m)
			}
			if got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// An exchange rate is the price of one US dollar in the currency, with the
// decimals it has and no more.
func TestExchangeRatesKeepTheirDecimals(t *testing.T) {
	for _, c := range []struct {
		name       string
		p          Printer
		millionths int64
		want       string
	}{
		{"rupiah in Indonesian", Printer{Indonesian, IDR}, 16_650_000_000, "Rp\u00a016.650"},
		{"rupiah with a decimal", Printer{Indonesian, IDR}, 16_650_500_000, "Rp\u00a016.650,5"},
		{"ringgit in Malay", Printer{Malay, MYR}, 4_150_000, "RM\u00a04.15"},
		{"euros to the millionth", Printer{English, EUR}, 862_125, "€0.862125"},
		{"plain numbers", Printer{English, None}, 1_000_000, "1"},
		{"a negative", Printer{English, GBP}, -760_000, "−£0.76"},
	} {
		if got := c.p.ExchangeRate(c.millionths); got != c.want {
			t.Errorf("%s: ExchangeRate(%d) = %q, want %q", c.name, c.millionths, got, c.want)
		}
	}
}
