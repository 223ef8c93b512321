package lang

import (
	"math"
	"strconv"
	"strings"
)

// Currency is the currency amounts are shown in, or None for plain numbers.
type Currency uint8

// The currencies the product writes, in the order the currency choice lists
// them.
const (
	USD Currency = iota
	IDR
	MYR
	SGD
	EUR
	GBP
	AUD
	INR
	None
	numCurrencies
)

// Currencies is every choice, in the order the page lists them.
var Currencies = []Currency{USD, IDR, MYR, SGD, EUR, GBP, AUD, INR, None}

var currencyCodes = [numCurrencies]string{"USD", "IDR", "MYR", "SGD", "EUR", "GBP", "AUD", "INR", ""}

// Code is the ISO 4217 code, "" for None.
func (c Currency) Code() string {
	if c >= numCurrencies {
		return ""
	}
	return currencyCodes[c]
}

// ParseCurrency reads an ISO 4217 code, "" or "none" for None.
func ParseCurrency(code string) (Currency, bool) {
	code = strings.ToUpper(strings.TrimSpace(code))
	if code == "" || code == "NONE" {
		return None, true
	}
	for c, k := range currencyCodes {
		if k == code {
			return Currency(c), true
		}
	}
	return None, false
}

// currencyNames are the currencies as a sentence names them: "typed in US
// dollars", "shows rupiah".
var currencyNames = [numCurrencies]Key{"US dollars", "rupiah", "ringgit", "Singapore dollars", "euros", "pounds sterling", "Australian dollars", "Indian rupees", "plain numbers"}

// Name is the currency as a sentence names it, in English: the key of its
// name in the catalogues.
func (c Currency) Name() Key {
	if c >= numCurrencies {
		return currencyNames[None]
	}
	return currencyNames[c]
}

// Digits is how many minor units the currency writes: none for the rupiah,
// whose smallest coins are whole rupiah, as CLDR's cash rounding and
// Chromium's Intl have it; two for the others.
func (c Currency) Digits() int {
	if c == IDR {
		return 0
	}
	return 2
}

// symbol is how a currency is written before an amount in a language, and
// whether a no-break space separates it from the digits (CLDR's currency
// spacing: when the symbol ends in a letter). The symbols are CLDR's
// "narrow" ones where they name one currency (Rp, RM, €, £, ₹) and CLDR's
// standard ones for the dollars, whose narrow "$" would not tell them apart.
func (c Currency) symbol(l Lang) string {
	switch c {
	case USD:
		switch l {
		case Indonesian:
			return "US$"
		case Malay:
			return "USD"
		}
		return "$"
	case IDR:
		return "Rp"
	case MYR:
		return "RM"
	case SGD:
		return "SGD"
	case EUR:
		return "€"
	case GBP:
		return "£"
	case AUD:
		if l == Indonesian {
			return "AU$"
		}
		return "A$"
	case INR:
		return "₹"
	}
	return ""
}

// Symbol is the currency's symbol in the language, as the currency choice
// shows it.
func (c Currency) Symbol(l Lang) string { return c.symbol(l) }

// nbsp separates a lettered symbol from its digits, as CLDR does.
const nbsp = "\u00a0"

// withSymbol puts the currency's symbol before a written number, and the
// sign before both: −Rp 1.235.
func (p Printer) withSymbol(number string) string {
	sym := p.Currency.symbol(p.Lang)
	neg := strings.HasPrefix(number, minus)
	number = strings.TrimPrefix(number, minus)
	if sym != "" {
		last := sym[len(sym)-1]
		if last >= 'A' && last <= 'Z' || last >= 'a' && last <= 'z' {
			sym += nbsp
		}
	}
	if neg {
		return minus + sym + number
	}
	return sym + number
}

// Amount is money in cents, written in full by a Printer: $1,200,000.50.
type Amount int64

// ShortAmount is money in cents, written compactly: $1.2M, Rp 1,2 miliar.
type ShortAmount int64

// Money writes cents in full, as tables show amounts: $1,200,000.50,
// Rp 1.200.001 (rounded half away from zero to the currency's minor unit),
// RM 12,500.00, or 1,200,000.50 for None.
func (p Printer) Money(cents int64) string {
	neg := cents < 0
	u := absU(cents)
	whole, frac := u/100, u%100
	var s string
	if p.Currency.Digits() == 0 {
		if frac >= 50 {
			whole++
		}
		s = p.Lang.groupDigits(strconv.FormatUint(whole, 10))
	} else {
		f := strconv.FormatUint(frac, 10)
		if frac < 10 {
			f = "0" + f
		}
		s = p.Lang.groupDigits(strconv.FormatUint(whole, 10)) + string(p.Lang.decimal()) + f
	}
	if neg && strings.ContainsAny(s, "123456789") {
		s = minus + s
	}
	return p.withSymbol(s)
}

// ExchangeRate writes a rate given in millionths of a unit as the price of
// one US dollar in the currency, with as many decimals as the rate has:
// Rp 16.650, RM 4.15, €0.862, or 1 for None.
func (p Printer) ExchangeRate(millionths int64) string {
	neg := millionths < 0
	u := absU(millionths)
	s := p.Lang.groupDigits(strconv.FormatUint(u/1_000_000, 10))
	if frac := u % 1_000_000; frac != 0 {
		f := strconv.FormatUint(1_000_000+frac, 10)[1:]
		s += string(p.Lang.decimal()) + strings.TrimRight(f, "0")
	}
	if neg {
		s = minus + s
	}
	return p.withSymbol(s)
}

// compact is one magnitude of a compact amount in a language.
type compact struct {
	power int
	word  string
}

// compactWords are CLDR's compact decimal forms: English's short ones (K, M,
// B, T) and the long ones of Indonesian (ribu, juta, miliar, triliun) and
// Malay (ribu, juta, bilion, trilion), which read as people say them.
func (l Lang) compactWords() []compact {
	switch l {
	case Indonesian:
		return []compact{{12, " triliun"}, {9, " miliar"}, {6, " juta"}, {3, " ribu"}}
	case Malay:
		return []compact{{12, " trilion"}, {9, " bilion"}, {6, " juta"}, {3, " ribu"}}
	}
	return []compact{{12, "T"}, {9, "B"}, {6, "M"}, {3, "K"}}
}

// Short writes cents compactly, as charts and cards show amounts, with at
// most two decimals and trailing zeros dropped: $1.73M, $850K, $940,
// Rp 1,2 miliar, RM 1.2 juta.
func (p Printer) Short(cents int64) string {
	return p.withSymbol(p.ShortNumber(float64(cents) / 100))
}

// Delta writes a signed difference compactly with two fixed decimals,
// +$5.00M or −$850.00K, so that a column of differences lines up.
func (p Printer) Delta(cents int64) string {
	s := p.withSymbol(p.compactNumber(float64(cents)/100, true))
	if cents >= 0 {
		return "+" + s
	}
	return s
}

// ShortNumber writes v compactly without a currency: 1.2M, 1,2 juta.
func (p Printer) ShortNumber(v float64) string { return p.compactNumber(v, false) }

// compactNumber writes v with its magnitude's word and two decimals, fixed
// or with trailing zeros dropped.
func (p Printer) compactNumber(v float64, fixed bool) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "—"
	}
	neg := v < 0
	a := math.Abs(v)
	words := p.Lang.compactWords()
	for i := 0; i <= len(words); i++ {
		size, word := 1.0, ""
		if i < len(words) {
			size, word = math.Pow10(words[i].power), words[i].word
			if a < size && !roundsUp(a, size) {
				continue
			}
		}
		decimals := 2
		if word == "" && !fixed {
			decimals = 0
		}
		s := strconv.FormatFloat(a/size, 'f', decimals, 64)
		if !fixed {
			s = trimZeros(s)
		}
		// Rounding can carry into the next magnitude: 999,996 is 1M.
		if i > 0 && (s == "1000" || s == "1000.00") {
			s, word = "1", words[i-1].word
			if fixed {
				s = "1.00"
			}
		}
		s = p.localDecimal(s)
		if neg && strings.ContainsAny(s, "123456789") {
			return minus + s + word
		}
		return s + word
	}
	return "0"
}

// roundsUp reports whether a, just under size, is written as 1 of size's
// magnitude: 999.996K is 1M.
func roundsUp(a, size float64) bool {
	return a >= size*0.999995
}

func trimZeros(s string) string {
	if strings.IndexByte(s, '.') < 0 {
		return s
	}
	return strings.TrimRight(strings.TrimRight(s, "0"), ".")
}

// localDecimal turns a number written with a dot and no grouping into the
// language's writing.
func (p Printer) localDecimal(s string) string {
	whole, frac, found := strings.Cut(s, ".")
	out := p.Lang.groupDigits(whole)
	if found {
		out += string(p.Lang.decimal()) + frac
	}
	return out
}
