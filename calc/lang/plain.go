package lang

import (
	"math"
	"strconv"
	"strings"
)

// Plain numbers are figures as a spreadsheet or a program reads them, for
// exports: no currency symbol, no grouping, the ASCII minus "-", a decimal
// point. A table's cells carry them beside the text they show, and a CSV
// file writes them as they are.

// Plain writes cents as a plain number in major units with the currency's
// minor digits: 105000000.00, -1200000.50, or 1200001 for the rupiah,
// rounded half away from zero as Money rounds it, so that the number is the
// amount the page shows.
func (c Currency) Plain(cents int64) string {
	u := absU(cents)
	whole, frac := u/100, u%100
	var s string
	if c.Digits() == 0 {
		if frac >= 50 {
			whole++
		}
		s = strconv.FormatUint(whole, 10)
	} else {
		s = strconv.FormatUint(whole, 10) + "." + strconv.FormatUint(100+frac, 10)[1:]
	}
	if cents < 0 && strings.ContainsAny(s, "123456789") {
		return "-" + s
	}
	return s
}

// PlainInt writes a whole number plainly: 1234567, -12.
func PlainInt(n int64) string { return strconv.FormatInt(n, 10) }

// PlainRatio writes a rate as the ratio the core computed (1.05 is 105%),
// in the fewest digits that read back as the same float64: the figure
// itself, not the one decimal the page rounds it to. A spreadsheet shows it
// as 105% once the column is formatted as a percentage, which is how it
// stores percentages. A rate that is not defined (NaN, an infinity) is
// written as nothing, which a spreadsheet reads as an empty cell rather than
// as text.
func PlainRatio(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return ""
	}
	if f == 0 {
		return "0" // and not "-0"
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// Pasted writes a plain number with the language's decimal mark and still
// no grouping, for text pasted into a spreadsheet: a spreadsheet reads a
// paste with its user's locale, so a sheet set to Indonesian reads
// "1200000,50" as a number and "1200000.50" as text, or worse, as
// 120000050. Malay, like English, writes a decimal point (CLDR's ms), so
// its numbers are pasted as they are. Leaving out the grouping keeps the
// paste from being read as a decimal in the other convention: "1.200" is
// twelve hundred in Jakarta and one point two in Kuala Lumpur.
func (l Lang) Pasted(plain string) string {
	if d := l.decimal(); d != '.' {
		return strings.Replace(plain, ".", string(d), 1)
	}
	return plain
}
