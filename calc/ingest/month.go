package ingest

import (
	"strings"
	"time"

	"nrrlab/calc/monthly"
)

// monthNames maps month names and abbreviations in English, Indonesian and
// Malay, in lower case, to their month.
var monthNames = map[string]time.Month{
	"jan": 1, "january": 1, "januari": 1,
	"feb": 2, "february": 2, "februari": 2, "peb": 2,
	"mar": 3, "march": 3, "maret": 3, "mac": 3,
	"apr": 4, "april": 4,
	"may": 5, "mei": 5,
	"jun": 6, "june": 6, "juni": 6,
	"jul": 7, "july": 7, "juli": 7, "julai": 7,
	"aug": 8, "august": 8, "agustus": 8, "agu": 8, "ags": 8, "agt": 8, "ogos": 8, "ogo": 8,
	"sep": 9, "sept": 9, "september": 9,
	"oct": 10, "october": 10, "okt": 10, "oktober": 10,
	"nov": 11, "november": 11, "nop": 11, "nopember": 11,
	"dec": 12, "december": 12, "des": 12, "desember": 12, "dis": 12, "disember": 12,
}

// dateOrder is how a column writes numeric dates such as 03/04/2024.
type dateOrder uint8

const (
	dayFirst   dateOrder = iota // 03/04/2024 is 3 April, as in Indonesia and Malaysia
	monthFirst                  // 03/04/2024 is 4 March, as in the US
)

// ParseMonth reads a month as spreadsheets and billing systems write it:
// 2024-01, 2024/01, 01/2024, Jan 2024, Jan-24, January 2024, Januari 2024,
// Mei 2024, Ogos 2024, or a date such as 2024-01-31 or 31/01/2024, which
// stands for its month. Numeric day/month dates are read day first.
func ParseMonth(s string) (monthly.Month, bool) {
	return parseMonth(s, dayFirst)
}

func parseMonth(s string, order dateOrder) (monthly.Month, bool) {
	s = trimSpaces(s)
	if s == "" || len(s) > 40 {
		return 0, false
	}
	// Split into runs of letters and of digits; everything else separates.
	var parts [4]string
	n := 0
	for i := 0; i < len(s); {
		j := i
		switch {
		case isDigit(s[i]):
			for j < len(s) && isDigit(s[j]) {
				j++
			}
		case isLetter(rune(s[i])):
			for j < len(s) && isLetter(rune(s[j])) {
				j++
			}
		default:
			i++
			continue
		}
		if n == len(parts) {
			return 0, false
		}
		parts[n] = s[i:j]
		n++
		i = j
	}
	switch n {
	case 2:
		a, b := parts[0], parts[1]
		if m, ok := monthNames[strings.ToLower(a)]; ok { // Jan 2024, Jan-24
			return monthOf(b, m)
		}
		if m, ok := monthNames[strings.ToLower(b)]; ok { // 2024 Jan
			return monthOf(a, m)
		}
		if len(a) == 4 { // 2024-01
			return monthOf(a, numMonth(b))
		}
		if len(b) == 4 { // 01/2024
			return monthOf(b, numMonth(a))
		}
	case 3:
		// A date stands for its month only when the part left is a day:
		// "2024 1A" is no month.
		a, b, c := parts[0], parts[1], parts[2]
		if m, ok := monthNames[strings.ToLower(b)]; ok && isDay(a) { // 31 Jan 2024
			return monthOf(c, m)
		}
		if m, ok := monthNames[strings.ToLower(a)]; ok && isDay(b) { // Jan 31, 2024
			return monthOf(c, m)
		}
		if len(a) == 4 && isDay(c) { // 2024-01-31
			return monthOf(a, numMonth(b))
		}
		if len(c) == 4 || len(c) == 2 { // 31/01/2024 or 01/31/2024
			if order == monthFirst && isDay(b) {
				return monthOf(c, numMonth(a))
			}
			if order == dayFirst && isDay(a) {
				return monthOf(c, numMonth(b))
			}
		}
	}
	return 0, false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isDigitString(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// isDay reports whether s is a day of a month, 1 to 31, in one or two
// digits.
func isDay(s string) bool {
	if !isDigitString(s) || len(s) > 2 {
		return false
	}
	d := int(s[0] - '0')
	if len(s) == 2 {
		d = d*10 + int(s[1]-'0')
	}
	return d >= 1 && d <= 31
}

// numMonth reads a month number 1–12, or 0.
func numMonth(s string) time.Month {
	if !isDigitString(s) || len(s) > 2 {
		return 0
	}
	m := 0
	for i := 0; i < len(s); i++ {
		m = m*10 + int(s[i]-'0')
	}
	if m < 1 || m > 12 {
		return 0
	}
	return time.Month(m)
}

// monthOf combines a year (four digits, or two meaning 20xx) and a month.
func monthOf(year string, m time.Month) (monthly.Month, bool) {
	if m == 0 || !isDigitString(year) {
		return 0, false
	}
	y := 0
	for i := 0; i < len(year); i++ {
		y = y*10 + int(year[i]-'0')
	}
	switch len(year) {
	case 2:
		y += 2000
	case 4:
		if y < 1900 || y > 2200 {
			return 0, false
		}
	default:
		return 0, false
	}
	return monthly.MonthOf(y, m), true
}

// dateEvidence says which order a numeric date implies: a first part above
// 12 is a day, a second part above 12 is a day.
func dateEvidence(s string) (dayFirstSeen, monthFirstSeen bool) {
	parts := strings.FieldsFunc(trimSpaces(s), func(r rune) bool { return r == '/' || r == '-' || r == '.' })
	if len(parts) != 3 || len(parts[0]) > 2 || !isDigitString(parts[0]) || !isDigitString(parts[1]) {
		return false, false
	}
	a, b := atoi2(parts[0]), atoi2(parts[1])
	return a > 12 && b <= 12, b > 12 && a <= 12
}

func atoi2(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 3; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
