package figure

import (
	"errors"
	"math"
	"strings"
	"testing"

	"nrrlab/calc"
	"nrrlab/calc/lang"
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
		{"0.500", StyleAuto, 50, ""},
		{"0,500", StyleDotDecimal, 50, ""},
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
		if (c.note == "") != (f.Note == nil) || !strings.Contains(noteOf(f), c.note) {
			t.Errorf("%q (style %d): note %q, want one with %q", c.text, c.style, noteOf(f), c.note)
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
		{"１２％", 0.12},
		{"0.07%", 0.0007},
		{"(5)%", -0.05},
		{"\u200b110 %\u200b", 1.1},
	} {
		f, err := ParseFigure(c.text, StyleAuto)
		if err != nil || !f.Percent || f.Rate != c.rate {
			t.Errorf("%q = %+v, %v; want rate %v", c.text, f, err, c.rate)
		}
	}
}

func TestParseFigureRejectsWithTheReason(t *testing.T) {
	for _, c := range []struct {
		scenario, text string
		problem        lang.Key
	}{
		{"nothing typed", "", ProblemEmpty},
		{"only spaces", "   ", ProblemEmpty},
		{"only invisible characters", "\u200b\ufeff\u200e", ProblemEmpty},
		{"a word", "abc", `is not a currency or a magnitude`},
		{"a currency alone", "$", problemNoDigits},
		{"a minus alone", "-", problemNoDigits},
		{"a magnitude alone", "K", problemNoDigits},
		{"a word after the number", "12 apples", `“apples” is not a currency`},
		{"an unknown magnitude", "5KM", `“KM” is not a currency`},
		{"two decimal marks", "1.2.3,4,5", problemSeparators},
		{"groups of one", "1,2,3.4", problemGroups},
		{"Indian lakh grouping", "12,34,567", problemGroups},
		{"a space in the wrong place", "1 23", problemGroups},
		{"two dots after a comma", "1,234.5.6", problemSeparators},
		{"a separator alone", ". 5", problemSeparators},
		{"two minus signs", "--5", problemTwoSigns},
		{"a plus and a minus", "+-5", problemTwoSigns},
		{"a minus outside brackets", "-(5)", problemSignAndBrackets},
		{"a minus inside brackets", "(-5)", problemSignAndBrackets},
		{"brackets inside brackets", "((5))", problemBracketsTwice},
		{"an unclosed bracket", "(5", problemBracketUnclosed},
		{"a bracket never opened", "5)", problemBracketUnopened},
		{"a bracket after the number", "5 (3)", problemBracketPlace},
		{"a trailing minus", "5-", problemSignAfter},
		{"a trailing plus", "5+", problemSignAfter},
		{"a range", "1-2", problemSignAfter},
		{"a currency written twice", "$$5", problemCurrencyTwice},
		{"a currency at both ends", "$5$", problemCurrencyTwice},
		{"two currencies", "$5 EUR", "It names two currencies, $ and EUR"},
		{"digits after k", "1k5", `Digits follow the magnitude “k”`},
		{"digits after M", "1M1", `Digits follow the magnitude “M”`},
		{"juta then ribu", "2jt500", `Digits follow the magnitude “jt”`},
		{"two magnitudes", "5 K M", `It has two magnitudes, “K” and “M”`},
		{"a magnitude first", "K5", problemMagnitudePlace},
		{"a magnitude and a percent sign", "1.2M%", problemMagnitudePercent},
		{"ribu as a rate", "50 rb%", problemMagnitudePercent},
		{"a percent sign first", "%5", problemPercentPlace},
		{"two percent signs", "5%%", problemTwoPercents},
		{"a currency and a percent sign", "$5%", problemPercentMoney},
		{"two numbers", "5 $ 5", problemTwoNumbers},
		{"a stray character", "12#4", `“#” cannot be part of a number`},
		{"an equals sign from a formula", "=5", `“=” cannot be part of a number`},
		{"quotes around it", `“5”`, "““” cannot be part of a number"},
		{"a yen sign", "¥5", "NRR Lab does not read amounts in ¥"},
		{"a fullwidth yen sign", "￥１２３", "NRR Lab does not read amounts in ￥"},
		{"a fullwidth won sign", "￦５", "NRR Lab does not read amounts in ￦"},
		{"an Australian dollar code", "AUD 500", "NRR Lab does not read amounts in AUD"},
		{"a Hong Kong dollar sign", "HK$ 5", "NRR Lab does not read amounts in HK$"},
		{"renminbi", "RMB 5", "NRR Lab does not read amounts in RMB"},
		{"an Arabic-Indic digit", "٥", `“٥” is a digit NRR Lab does not read`},
		{"a ten-thousand sign", "5万", `“万” is not a currency`},
		{"more digits than int64", "99999999999999999999", ProblemTooLarge},
		{"past the largest amount", "92233720368547758.08", ProblemTooLarge},
		{"past the largest amount by magnitude", "100000000T", ProblemTooLarge},
		{"an invalid byte", "5\xff", "“\uFFFD” cannot be part of a number"},
	} {
		_, err := ParseFigure(c.text, StyleAuto)
		var fe *FigureError
		if !errors.As(err, &fe) {
			t.Errorf("%s: %q: error = %v, want a *FigureError", c.scenario, c.text, err)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, string(c.problem)) || !strings.Contains(msg, string(ExpectAmount)) || fe.Text != c.text {
			t.Errorf("%s: %q: %q, want the text, %q and what was expected", c.scenario, c.text, msg, c.problem)
		}
	}
}

func TestParseFigureReadsWhatPeoplePaste(t *testing.T) {
	for _, c := range []struct {
		scenario string
		text     string
		style    Style
		cents    int64
		note     string // a part of the note, "" for none
	}{
		// ",-" where the cents would be: a price in rupiah without cents.
		{"rupiah without cents", "Rp 5.000,-", StyleAuto, 5_000_00, ""},
		{"no cents without a currency", "5.000,-", StyleAuto, 5_000_00, ""},
		{"no cents glued to Rp", "Rp5.000,-", StyleAuto, 5_000_00, ""},
		{"no cents after Rp.", "Rp. 1.250.000,-", StyleAuto, 1_250_000_00, ""},
		{"no cents with two dashes", "Rp 10.000,--", StyleAuto, 10_000_00, ""},
		{"no cents with an em dash", "€ 25,—", StyleAuto, 25_00, ""},
		{"no cents in a dot-decimal column", "5.000,-", StyleDotDecimal, 5_000_00, ""},
		{"no cents on a small price", "5,-", StyleAuto, 5_00, ""},
		{"no cents with a currency after", "5.000,- IDR", StyleAuto, 5_000_00, ""},
		{"ringgit without cents", "RM 12,500.-", StyleAuto, 12_500_00, ""},
		{"Swiss francs without cents", "5.–", StyleAuto, 5_00, ""},
		{"a negative without cents", "(Rp 5.000,-)", StyleAuto, -5_000_00, ""},
		// Invisible characters from web pages and PDFs.
		{"zero-width space inside", "1\u200b234\u200b567", StyleAuto, 1_234_567_00, ""},
		{"zero-width joiners", "\u200c12\u200d500\u200c", StyleAuto, 12_500_00, ""},
		{"word joiner", "$\u20601,500", StyleAuto, 1_500_00, "comma groups thousands"},
		{"byte order mark", "\ufeff1,234.50", StyleAuto, 1_234_50, ""},
		{"direction marks around", "\u200e-5\u200f", StyleAuto, -5_00, ""},
		{"embedding controls", "\u202aRp 15.000\u202c", StyleAuto, 15_000_00, "dot groups thousands"},
		{"overrides and isolates", "\u202d\u20661,200.00\u2069\u202e", StyleAuto, 1_200_00, ""},
		{"soft hyphen", "12\u00ad345", StyleAuto, 12_345_00, ""},
		{"narrow no-break spaces group", "1\u202f234\u202f567", StyleAuto, 1_234_567_00, ""},
		{"French grouping with decimals", "1\u202f234\u202f567,89 €", StyleAuto, 1_234_567_89, ""},
		{"thin spaces group", "1\u2009234\u2009567", StyleAuto, 1_234_567_00, ""},
		{"figure spaces group", "12\u2007500", StyleAuto, 12_500_00, ""},
		{"a typographic apostrophe groups", "1’234’567.50", StyleAuto, 1_234_567_50, ""},
		{"a minus sign from a PDF", "\u22121,250.00", StyleAuto, -1_250_00, ""},
		// Scientific notation, as spreadsheets write large numbers.
		{"Excel's scientific notation", "1.23457E+11", StyleAuto, 123_457_000_000_00, "6 significant digits"},
		{"lower-case e", "1.2e6", StyleAuto, 1_200_000_00, "2 significant digits"},
		{"comma-decimal mantissa", "1,2E+6", StyleCommaDecimal, 1_200_000_00, "scientific notation"},
		{"comma-decimal mantissa in a dot column", "1,2E+6", StyleDotDecimal, 1_200_000_00, "scientific notation"},
		{"two-digit exponent", "1E+06", StyleAuto, 1_000_000_00, "1 significant digit,"},
		{"a negative exponent to cents", "5E-2", StyleAuto, 5, "scientific notation"},
		{"zero in scientific notation", "0.00E+00", StyleAuto, 0, ""},
		{"a negative in scientific notation", "-2.5E+3", StyleAuto, -2_500_00, "was read as -2500"},
		{"a currency and scientific notation", "$1.5E+7", StyleAuto, 15_000_000_00, "scientific notation"},
		{"trailing zeros in the mantissa", "1.50000E+05", StyleAuto, 150_000_00, "6 significant digits"},
		// Fullwidth digits and signs, as input methods type them.
		{"fullwidth digits", "１２３", StyleAuto, 123_00, ""},
		{"fullwidth dollar", "＄１２３", StyleAuto, 123_00, ""},
		{"fullwidth comma", "１２３，４５６", StyleAuto, 123_456_00, "comma groups thousands"},
		{"fullwidth minus", "－５", StyleAuto, -5_00, ""},
		{"fullwidth brackets", "（１２３）", StyleAuto, -123_00, ""},
		{"fullwidth letters", "ＲＭ　１２．５Ｋ", StyleAuto, 12_500_00, ""},
		{"fullwidth pound", "￡９５０", StyleAuto, 950_00, ""},
		// Brackets and currencies as accounting formats write them.
		{"currency outside brackets", "$(1,234.50)", StyleAuto, -1_234_50, ""},
		{"currency inside brackets", "($ 1,234.50)", StyleAuto, -1_234_50, ""},
		{"a symbol and its code", "$1,200.00 USD", StyleAuto, 1_200_00, ""},
		{"a code and its symbol", "USD $1,200.00", StyleAuto, 1_200_00, ""},
		{"a line break after a paste", "42\r\n", StyleAuto, 42_00, ""},
	} {
		f, err := ParseFigure(c.text, c.style)
		if err != nil {
			t.Errorf("%s: %q: %v", c.scenario, c.text, err)
			continue
		}
		if f.Percent || f.Amount != calc.Money(c.cents) {
			t.Errorf("%s: %q = %v (percent %v), want %v", c.scenario, c.text, f.Amount, f.Percent, calc.Money(c.cents))
		}
		if (c.note == "") != (f.Note == nil) || !strings.Contains(noteOf(f), c.note) {
			t.Errorf("%s: %q: note %q, want one with %q", c.scenario, c.text, noteOf(f), c.note)
		}
	}
}

func TestParseFigureRefusesScientificNotationItCannotReadExactly(t *testing.T) {
	for _, c := range []struct {
		scenario, text string
		problem        lang.Key
	}{
		{"past the largest amount", "1e308", ProblemTooLarge},
		{"a huge exponent", "1E+99999999999999", ProblemTooLarge},
		{"below a cent", "1.5E-3", problemScientificCents},
		{"a fraction of a cent", "1.234E+0", problemScientificCents},
		{"more digits than an int64, in cents", "12345678901234567890E-18", problemScientificCents},
		{"more digits than an int64, whole", "123456789012345678901E+0", ProblemTooLarge},
		{"grouped digits", "1,234.5E+3", problemScientificForm},
		{"with a magnitude", "1.2E+6K", problemScientificMagnitude},
		{"an E and nothing after", "1e", `“e” is not a currency`},
		{"an E and a sign", "1E+", `“E” is not a currency`},
		{"hexadecimal", "0x1E", `“x” is not a currency`},
		{"letters after the exponent", "1e5a", `“a” is not a currency`},
		{"two exponents", "1E1E1", `“E” is not a currency`},
		{"hex words", "deadbeef", `is not a currency`},
	} {
		_, err := ParseFigure(c.text, StyleAuto)
		if err == nil || !strings.Contains(err.Error(), string(c.problem)) {
			t.Errorf("%s: %q: error %v, want one with %q", c.scenario, c.text, err, c.problem)
		}
	}
}

func TestParseFigureNotesShowWhatWasRead(t *testing.T) {
	for _, c := range []struct {
		scenario, text string
		style          Style
		note           string
	}{
		{"a rate with grouped thousands", "1,200%", StyleAuto, `“1,200%” was read as 1200%: the comma groups thousands`},
		{"a rate with a decimal dot", "1.200%", StyleDotDecimal, `“1.200%” was read as 1.200%: the dot marks decimals`},
		{"a negative rounded", "-1234.5678", StyleAuto, `“-1234.5678” has more decimals than a cent and was read as -1234.57`},
		{"a negative grouped", "(1,234)", StyleAuto, `“(1,234)” was read as -1234: the comma groups thousands`},
		{"a rate in scientific notation", "1.5E+1%", StyleAuto, `“1.5E+1%” was read as 15%`},
	} {
		f, err := ParseFigure(c.text, c.style)
		if err != nil || !strings.HasPrefix(noteOf(f), c.note) {
			t.Errorf("%s: %q: note %q (%v), want %q", c.scenario, c.text, noteOf(f), err, c.note)
		}
	}
}

func TestFigureMessagesQuoteAtMost40Characters(t *testing.T) {
	long := strings.Repeat("x", 1<<20)
	for _, c := range []struct {
		scenario, text, quoted string
	}{
		{"a megabyte of letters", long, `“` + strings.Repeat("x", 40) + `…”`},
		{"a megabyte after a number", "5 " + long, `“5 ` + strings.Repeat("x", 38) + `…”`},
		{"forty characters exactly", strings.Repeat("é", 40), `“` + strings.Repeat("é", 40) + `”`},
		{"forty-one characters", strings.Repeat("é", 41), `“` + strings.Repeat("é", 40) + `…”`},
		{"a megabyte of digits", strings.Repeat("9", 1<<20), `“` + strings.Repeat("9", 40) + `…”`},
	} {
		_, err := ParseFigure(c.text, StyleAuto)
		if err == nil {
			t.Errorf("%s: read", c.scenario)
			continue
		}
		msg := err.Error()
		if !strings.HasPrefix(msg, c.quoted+" is not an amount") || len(msg) > 400 {
			t.Errorf("%s: %d bytes: %.200q", c.scenario, len(msg), msg)
		}
		if fe := err.(*FigureError); fe.Text != c.text {
			t.Errorf("%s: the error lost the text", c.scenario)
		}
	}
	// A note quotes the text as an error does.
	f, err := ParseFigure(strings.Repeat(" ", 1<<20)+"1,200"+strings.Repeat("\u200b", 1<<10), StyleAuto)
	if err != nil || len(noteOf(f)) > 200 || f.Amount != 1_200_00 {
		t.Errorf("note of %d bytes: %.200q (%v)", len(noteOf(f)), noteOf(f), err)
	}
}

func TestParseFigureNotesOfExtremeRatesStayShort(t *testing.T) {
	for _, text := range []string{"1E-9999%", "1E+300%", "1.5E-45%"} {
		f, err := ParseFigure(text, StyleAuto)
		if err != nil || len(noteOf(f)) > 300 || math.IsNaN(f.Rate) || math.IsInf(f.Rate, 0) {
			t.Errorf("%q: rate %v, note of %d bytes (%v)", text, f.Rate, len(noteOf(f)), err)
		}
	}
}

func TestParseFigureNamesOnlyRealCurrenciesItDoesNotRead(t *testing.T) {
	for _, c := range []struct {
		scenario, text string
		problem        lang.Key
	}{
		{"a New Zealand dollar", "NZ$ 1,200", "NRR Lab does not read amounts in NZ$"},
		{"a Brazilian real", "R$ 1.200,00", "NRR Lab does not read amounts in R$"},
		{"letters before a dollar sign", "XA$ 5", `“XA” is not a currency`},
		{"a code in lower case", "aud 5", `“aud” is not a currency`},
	} {
		_, err := ParseFigure(c.text, StyleAuto)
		if err == nil || !strings.Contains(err.Error(), string(c.problem)) {
			t.Errorf("%s: %q: %v, want %q", c.scenario, c.text, err, c.problem)
		}
	}
}

// noteOf is a figure's note in English, "" when it has none.
func noteOf(f Figure) string {
	if f.Note == nil {
		return ""
	}
	return f.Note.String()
}

// A number read to the millionth, as exchange rates are typed: the style
// decides "16.650", the text itself the rest.
func TestParseScaledKeepsTheDecimalsAsked(t *testing.T) {
	for _, c := range []struct {
		text  string
		style Style
		want  int64
		cur   lang.Currency
		ok    bool
	}{
		{"16.650", StyleCommaDecimal, 16_650_000_000, lang.None, true},
		{"16.650", StyleDotDecimal, 16_650_000, lang.None, true},
		{"16,650", StyleDotDecimal, 16_650_000_000, lang.None, true},
		{"Rp 16.650", StyleAuto, 16_650_000_000, lang.IDR, true},
		{"0,8612", StyleAuto, 861_200, lang.None, true},
		{"4.15", StyleAuto, 4_150_000, lang.None, true},
		{"1.23456789", StyleAuto, 1_234_568, lang.None, true},
		{"-2", StyleAuto, -2_000_000, lang.None, true},
		{"1.5K", StyleAuto, 1_500_000_000, lang.None, true},
		{"9999999999999", StyleAuto, 0, lang.None, false},
		{"110%", StyleAuto, 0, lang.None, false},
		{"sixteen", StyleAuto, 0, lang.None, false},
		{"", StyleAuto, 0, lang.None, false},
	} {
		got, cur, ok := ParseScaled(c.text, 6, c.style)
		if got != c.want || cur != c.cur || ok != c.ok {
			t.Errorf("ParseScaled(%q, 6, %d) = %d, %s, %v; want %d, %s, %v", c.text, c.style, got, cur.Code(), ok, c.want, c.cur.Code(), c.ok)
		}
	}
}
