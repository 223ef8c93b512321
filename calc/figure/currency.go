package figure

import (
	"strings"

	"nrrlab/calc/lang"
)

// The currencies a figure names, by the reader's names for them. Each is
// lang's, so that a Figure names its currency as the rest of NRR Lab does,
// with no lookup on every cell of a table.
const (
	noCurrency = lang.None
	dollar     = lang.USD // $ and US$: dot decimals
	rupiah     = lang.IDR // Rp, IDR: comma decimals, M is miliar
	ringgit    = lang.MYR // RM, MYR
	singapore  = lang.SGD // S$, SGD
	euro       = lang.EUR // €, EUR: comma decimals in most of its countries
	pound      = lang.GBP // £, GBP
)

// currencyTokens are the ways a figure names its currency, letters without
// regard to case.
var currencyTokens = []struct {
	token string
	cur   lang.Currency
}{
	{"US$", dollar}, {"USD", dollar}, {"IDR", rupiah}, {"MYR", ringgit}, {"SGD", singapore},
	{"EUR", euro}, {"GBP", pound}, {"Rp.", rupiah}, {"S$", singapore}, {"Rp", rupiah}, {"RM", ringgit},
	{"$", dollar}, {"€", euro}, {"£", pound},
}

// currencyWord returns the currency w names, when it is one of the tokens.
func currencyWord(w string) (lang.Currency, bool) {
	for _, t := range currencyTokens {
		if len(w) == len(t.token) && strings.EqualFold(w, t.token) {
			return t.cur, true
		}
	}
	return noCurrency, false
}

// otherCurrencyCodes are the ISO 4217 codes of the currencies NRR Lab does
// not read, and RMB, so that "AUD 500" is told the truth: the currency is
// known, and not read.
const otherCurrencyCodes = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL " +
	"BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB FJD FKP " +
	"GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW " +
	"KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MZN NAD " +
	"NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RMB RON RSD RUB RWF SAR SBD SCR SDG SEK " +
	"SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX UYU UZS VES VND " +
	"VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL"

// isOtherCurrencyCode reports whether w is, in capitals, the code of a
// currency NRR Lab does not read.
func isOtherCurrencyCode(w string) bool {
	if len(w) != 3 || !isUpper(w) {
		return false
	}
	for i := 0; i+3 <= len(otherCurrencyCodes); i += 4 {
		if otherCurrencyCodes[i:i+3] == w {
			return true
		}
	}
	return false
}

// isOtherDollar reports whether w before a dollar sign names the dollar
// (or real, or peso) of a country whose currency NRR Lab does not read.
func isOtherDollar(w string) bool {
	switch w {
	case "A", "AU", "C", "CA", "HK", "NZ", "NT", "R", "MX", "Z", "B", "BZ", "J", "TT", "EC":
		return true
	}
	return false
}

// Currency is the currency the scanned text names: lang.None for none.
func (r *Reading) Currency() lang.Currency { return r.cur }

// CurrencyStyle is the style amounts in currency c are written in when
// nothing else tells: comma decimals for IDR and EUR, as in Indonesia and
// most of the euro's countries; dot decimals for USD, MYR, SGD and GBP;
// StyleAuto for the others and None, whose amounts the text itself decides.
func CurrencyStyle(c lang.Currency) Style {
	switch c {
	case lang.IDR, lang.EUR:
		return StyleCommaDecimal
	case lang.USD, lang.MYR, lang.SGD, lang.GBP:
		return StyleDotDecimal
	}
	return StyleAuto
}

// IsDash reports whether text is a dash alone, with or without a currency
// before it, as the accounting format of spreadsheets shows zero: "-",
// "$ -", "Rp -". ParseFigure does not read it as a figure: a table reader
// decides what a dash in its column means.
func IsDash(text string) bool {
	s := text
	for _, t := range currencyTokens {
		if len(s) > len(t.token) && strings.EqualFold(s[:len(t.token)], t.token) {
			s = strings.TrimFunc(s[len(t.token):], isSpace)
			break
		}
	}
	switch s {
	case "-", "–", "—", "−":
		return true
	}
	return false
}

// magnitudes map a magnitude word, in lower case, to its power of ten.
var magnitudes = map[string]int{
	"k": 3, "rb": 3, "ribu": 3, "thousand": 3,
	"m": 6, "mn": 6, "mm": 6, "mio": 6, "million": 6, "jt": 6, "juta": 6, "j": 6,
	"b": 9, "bn": 9, "billion": 9, "miliar": 9, "milyar": 9, "bilion": 9,
	"t": 12, "tn": 12, "trillion": 12, "triliun": 12, "trilion": 12,
}

// magnitude looks a magnitude word up without regard to case, and without
// allocating: it runs on every cell of a table.
func magnitude(w string) (int, bool) {
	var buf [8]byte
	if len(w) > len(buf) {
		return 0, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	p, ok := magnitudes[string(buf[:len(w)])]
	return p, ok
}
