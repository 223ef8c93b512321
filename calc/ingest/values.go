package ingest

import (
	"strings"
	"unicode"
)

// interval is a billing interval as a length in months, num/den: a month is
// 1/1, a year 12/1, a week 12/52 (52 weeks make 12 months) and a day 12/365.
type interval struct{ num, den uint64 }

// intervalWords map an interval's name, in English, Indonesian and Malay,
// to its length.
var intervalWords = map[string]interval{
	"month": {1, 1}, "months": {1, 1}, "monthly": {1, 1}, "mo": {1, 1}, "mos": {1, 1}, "mth": {1, 1}, "mths": {1, 1},
	"bulan": {1, 1}, "bulanan": {1, 1}, "perbulan": {1, 1}, "sebulan": {1, 1},
	"quarter": {3, 1}, "quarters": {3, 1}, "quarterly": {3, 1}, "qtr": {3, 1}, "triwulan": {3, 1}, "triwulanan": {3, 1},
	"kuartal": {3, 1}, "kuartalan": {3, 1}, "suku tahun": {3, 1}, "suku tahunan": {3, 1},
	"half year": {6, 1}, "half yearly": {6, 1}, "semiannual": {6, 1}, "semi annual": {6, 1}, "semi annually": {6, 1},
	"semester": {6, 1}, "semesteran": {6, 1}, "setengah tahun": {6, 1}, "enam bulanan": {6, 1},
	"year": {12, 1}, "years": {12, 1}, "yearly": {12, 1}, "annual": {12, 1}, "annually": {12, 1}, "yr": {12, 1}, "yrs": {12, 1},
	"tahun": {12, 1}, "tahunan": {12, 1}, "pertahun": {12, 1}, "setahun": {12, 1},
	"week": {12, 52}, "weeks": {12, 52}, "weekly": {12, 52}, "wk": {12, 52}, "minggu": {12, 52}, "mingguan": {12, 52}, "seminggu": {12, 52},
	"day": {12, 365}, "days": {12, 365}, "daily": {12, 365}, "hari": {12, 365}, "harian": {12, 365},
}

// wordBreaks turns the joins of words in a cell into spaces.
var wordBreaks = strings.NewReplacer("-", " ", "_", " ", "/", " ")

// parseInterval reads a billing interval: a word (month, year, quarter,
// week, day, bulanan, tahunan), a count and a word (3 months, 2 years,
// every 6 months), or a bare number of months (12).
func parseInterval(s string) (interval, bool) {
	s = strings.ToLower(trimSpaces(s))
	if iv, ok := intervalWords[s]; ok {
		return iv, true
	}
	words := strings.Fields(wordBreaks.Replace(s))
	if len(words) > 0 {
		switch words[0] {
		case "every", "per", "each", "setiap", "tiap", "billed":
			words = words[1:]
		}
	}
	count := uint64(1)
	if len(words) > 0 && isDigitString(words[0]) {
		if len(words[0]) > 4 {
			return interval{}, false
		}
		count = uint64(atoi4(words[0]))
		words = words[1:]
		if count == 0 {
			return interval{}, false
		}
		if len(words) == 0 { // a bare number of months
			return interval{count, 1}, true
		}
	}
	iv, ok := intervalWords[strings.Join(words, " ")]
	if !ok {
		return interval{}, false
	}
	iv.num *= count
	return iv, true
}

func atoi4(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 4; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// parseYesNo reads a flag as exports write it: True/TRUE/true/1/yes/ya/y
// and their opposites; a blank cell is no.
func parseYesNo(s string) (value, ok bool) {
	switch strings.ToLower(trimSpaces(s)) {
	case "true", "t", "1", "yes", "y", "ya", "benar", "betul", "x", "✓":
		return true, true
	case "", "false", "f", "0", "no", "n", "tidak", "tak", "bukan", "salah", "-":
		return false, true
	}
	return false, false
}

// revenueKind is what a revenue-type cell says about an amount.
type revenueKind uint8

const (
	revenueDefault      revenueKind = iota // blank: the column's unit and interval decide
	revenueMonthly                         // MRR: a monthly amount
	revenueAnnual                          // ARR: an annual amount
	revenueRecurring                       // recurring, period not said
	revenueNonRecurring                    // one-off: not recurring revenue
)

var revenueWords = map[string]revenueKind{
	"mrr": revenueMonthly, "monthly": revenueMonthly, "monthly recurring": revenueMonthly,
	"arr": revenueAnnual, "annual": revenueAnnual, "annual recurring": revenueAnnual,
	"recurring": revenueRecurring, "subscription": revenueRecurring, "langganan": revenueRecurring, "berulang": revenueRecurring,
	"non recurring": revenueNonRecurring, "nonrecurring": revenueNonRecurring, "one time": revenueNonRecurring,
	"onetime": revenueNonRecurring, "one off": revenueNonRecurring, "once": revenueNonRecurring, "setup": revenueNonRecurring,
	"sekali": revenueNonRecurring, "sekali bayar": revenueNonRecurring, "tidak berulang": revenueNonRecurring,
	"nrr": revenueNonRecurring, "services": revenueNonRecurring, "professional services": revenueNonRecurring,
}

// parseRevenueKind reads a revenue type such as MRR, ARR, Non-recurring,
// one_time or subscription.
func parseRevenueKind(s string) (revenueKind, bool) {
	s = strings.ToLower(trimSpaces(s))
	if s == "" {
		return revenueDefault, true
	}
	if k, ok := revenueWords[s]; ok {
		return k, true
	}
	s = strings.Join(strings.Fields(wordBreaks.Replace(s)), " ")
	k, ok := revenueWords[s]
	return k, ok
}

// currencySymbols are currency signs written in a currency column in place
// of the code.
var currencySymbols = map[string]string{
	"$": "USD", "US$": "USD", "RP": "IDR", "RP.": "IDR", "RM": "MYR", "S$": "SGD", "€": "EUR", "£": "GBP",
}

// currencyCode returns a currency cell as an upper-case code: "usd" is USD
// and "Rp" is IDR.
func currencyCode(s string) string {
	c := strings.ToUpper(trimSpaces(s))
	if code, ok := currencySymbols[c]; ok {
		return code
	}
	return c
}

// isPlaceholder reports whether a name is a stand-in for none: "-", "N/A",
// "[Business Name]", "null", "(blank)".
func isPlaceholder(s string) bool {
	s = strings.ToLower(trimSpaces(s))
	if s == "" {
		return true
	}
	if (s[0] == '[' && s[len(s)-1] == ']') || (s[0] == '<' && s[len(s)-1] == '>') {
		return true
	}
	switch s {
	case "n/a", "na", "n.a.", "none", "null", "nil", "unknown", "(blank)", "(none)", "tidak ada", "tiada", "-":
		return true
	}
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
