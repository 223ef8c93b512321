package lang

import (
	"math"
	"strconv"
	"testing"
)

func TestPlainWritesFiguresAsASpreadsheetReadsThem(t *testing.T) {
	for _, c := range []struct {
		scenario string
		got      string
		want     string
	}{
		{"dollars, in major units with cents", USD.Plain(10_500_000_000), "105000000.00"},
		{"a loss, with the ASCII minus", USD.Plain(-120_000_000), "-1200000.00"},
		{"cents under ten keep their zero", USD.Plain(-105), "-1.05"},
		{"zero", EUR.Plain(0), "0.00"},
		{"plain numbers have cents too", None.Plain(123_456), "1234.56"},
		{"the rupiah has no minor digits", IDR.Plain(120_000_000), "1200000"},
		{"the rupiah rounds half away from zero, as the page shows it", IDR.Plain(120_000_050), "1200001"},
		{"and so does a negative rupiah amount", IDR.Plain(-120_000_050), "-1200001"},
		{"a negative amount that rounds to nothing has no sign", IDR.Plain(-40), "0"},
		{"the largest amount", USD.Plain(math.MaxInt64), "92233720368547758.07"},
		{"the smallest amount", USD.Plain(math.MinInt64), "-92233720368547758.08"},
		{"a count", PlainInt(-1234567), "-1234567"},
		{"a ratio is the core's float, not the page's rounding", PlainRatio(1.05), "1.05"},
		{"a ratio of a third keeps every digit", PlainRatio(1.0 / 3), "0.3333333333333333"},
		{"a negative ratio", PlainRatio(-0.25), "-0.25"},
		{"negative zero is zero", PlainRatio(math.Copysign(0, -1)), "0"},
		{"an undefined rate is an empty cell", PlainRatio(math.NaN()), ""},
		{"an infinite rate is an empty cell", PlainRatio(math.Inf(1)), ""},
		{"a tiny ratio has no exponent", PlainRatio(1e-7), "0.0000001"},
		{"Indonesian pastes a decimal comma", Indonesian.Pasted("-1200000.50"), "-1200000,50"},
		{"Malay pastes a decimal point", Malay.Pasted("-1200000.50"), "-1200000.50"},
		{"English pastes a decimal point", English.Pasted("1.05"), "1.05"},
		{"a whole number pastes as it is", Indonesian.Pasted("1200000"), "1200000"},
	} {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.scenario, c.got, c.want)
		}
	}
}

// Every amount written plainly reads back, as a spreadsheet reads it, as
// the figure Money shows, to the currency's minor unit.
func TestPlainAmountsReadBackAsTheAmountShown(t *testing.T) {
	for _, cents := range []int64{0, 1, -1, 49, 50, -50, 99, 100, 12_345_678_901, -98_765_432_149, 1_234_567_890_123} {
		for _, c := range Currencies {
			s := c.Plain(cents)
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				t.Fatalf("%s %d: %q does not read as a number: %v", c.Code(), cents, s, err)
			}
			p := Printer{Currency: c}
			back := int64(math.Round(v * 100))
			if p.Money(back) != p.Money(cents) {
				t.Errorf("%s %d: %q reads back as %s, the page shows %s", c.Code(), cents, s, p.Money(back), p.Money(cents))
			}
		}
	}
}
