package ingest

import (
	"strings"
	"time"

	"nrrlab/calc/monthly"
)

// Date is a calendar day, counted from 1 March of year 0 in the Gregorian
// calendar, so that dates order and subtract like integers: the number of
// days from a to b is b − a. Dates carry no time of day and no time zone: a
// timestamp such as 2024-01-31 23:10:00 is the day 2024-01-31 wherever it
// was written. The zero Date is no date.
type Date int32

// DateOf returns the Date of a year, month and day; the day is not checked
// against the month's length (31 April is 1 May).
func DateOf(year int, month time.Month, day int) Date {
	y := year
	if month <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (int(month) + 9) % 12 // March is 0
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return Date(era*146097 + doe)
}

// DateFromTime returns the calendar day of t in t's own location, such as
// today for the as-of date.
func DateFromTime(t time.Time) Date {
	y, m, d := t.Date()
	return DateOf(y, m, d)
}

// Civil returns the year, month and day of d.
func (d Date) Civil() (year int, month time.Month, day int) {
	z := int(d)
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	year = yoe + era*400
	if m <= 2 {
		year++
	}
	return year, time.Month(m), day
}

// Month returns the calendar month d falls in.
func (d Date) Month() monthly.Month {
	y, m, _ := d.Civil()
	return monthly.MonthOf(y, m)
}

// String writes d as 2024-01-31.
func (d Date) String() string {
	y, m, day := d.Civil()
	b := make([]byte, 0, 10)
	b = appendDigits(b, y, 4)
	b = append(b, '-')
	b = appendDigits(b, int(m), 2)
	b = append(b, '-')
	return string(appendDigits(b, day, 2))
}

func appendDigits(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 || i == len(buf) {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	for k := len(buf) - i; k < width; k++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// daysIn returns the number of days of a month.
func daysIn(m monthly.Month) int {
	switch m.Month() {
	case time.April, time.June, time.September, time.November:
		return 30
	case time.February:
		if y := m.Year(); y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 31
}

// firstDay returns the first day of month m.
func firstDay(m monthly.Month) Date { return DateOf(m.Year(), m.Month(), 1) }

// lastDay returns the last day of month m, the day a month-end snapshot is
// taken.
func lastDay(m monthly.Month) Date { return firstDay(m+1) - 1 }

// addMonths returns d moved n months on, its day clamped to the length of
// the month it lands in: 31 January and one month is 29 February 2024.
func addMonths(d Date, n int) Date {
	_, _, day := d.Civil()
	m := d.Month() + monthly.Month(n)
	return firstDay(m) + Date(min(day, daysIn(m))-1)
}

// Years a date may have: the range of billing data, with room for long
// contracts.
const (
	minYear = 1900
	maxYear = 2200
)

// Excel's 1900 date system counts days from 31 December 1899 as 1, and
// counts a 29 February 1900 that never was: from serial 61 (1 March 1900)
// on, serial n is 30 December 1899 plus n days. A serial is read as a date
// only between 1 January 1970 and 31 December 2099, so that an amount or an
// id is not taken for one.
const (
	serialMin = 25569 // 1970-01-01
	serialMax = 73050 // 2099-12-31
)

// serialDate returns the day of an Excel serial number such as 45292 or
// 45292.75 (a time of day), or false when s is not one in the plausible
// range.
func serialDate(s string) (Date, bool) {
	whole, frac, dot := strings.Cut(s, ".")
	if len(whole) != 5 || !isDigitString(whole) || (dot && !isDigitString(frac)) {
		return 0, false
	}
	n := 0
	for i := 0; i < len(whole); i++ {
		n = n*10 + int(whole[i]-'0')
	}
	if n < serialMin || n > serialMax {
		return 0, false
	}
	return DateOf(1899, time.December, 30) + Date(n), true
}

// weekdays are day names a date may start with, in English, Indonesian and
// Malay; they are checked against nothing and dropped.
var weekdays = map[string]bool{
	"mon": true, "monday": true, "tue": true, "tues": true, "tuesday": true, "wed": true, "wednesday": true,
	"thu": true, "thur": true, "thurs": true, "thursday": true, "fri": true, "friday": true,
	"sat": true, "saturday": true, "sun": true, "sunday": true,
	"senin": true, "selasa": true, "rabu": true, "kamis": true, "jumat": true, "sabtu": true, "minggu": true,
	"isnin": true, "khamis": true, "jumaat": true, "ahad": true,
}

// dateParts is a date as written, before a column's order decides which of
// two numbers is the day: year, then the parts in the order written.
type dateParts struct {
	year int
	a, b int
	// numeric says a and b are both numbers in a day/month or month/day
	// date such as 03/04/2024, whose order the column decides; otherwise a
	// is the month and b the day.
	numeric bool
}

// ParseDate reads a day as spreadsheets and billing systems write it:
// 2024-01-31, 2024-01-31T10:00:00Z, 2024-01-31 10:00:00, 31/01/2024,
// 31-01-2024, 31.01.2024, 30-Apr-13, 30 Apr 2013, Apr 30, 2013, 30 Mei 2024
// or 1 Ogos 2024. Numeric dates such as 03/04/2024 are read day first, as in
// Indonesia and Malaysia; a table decides per column instead. Two-digit
// years follow spreadsheets: 00–29 are 2000–2029 and 30–99 are 1930–1999.
// Years run from 1900 to 2200.
func ParseDate(s string) (Date, bool) {
	p, ok := scanDate(s)
	if !ok {
		return 0, false
	}
	return p.date(dayFirst)
}

// date returns the day p stands for when numeric dates are in order.
func (p dateParts) date(order dateOrder) (Date, bool) {
	month, day := p.a, p.b
	if p.numeric && order == dayFirst {
		month, day = p.b, p.a
	}
	if month < 1 || month > 12 || day < 1 {
		return 0, false
	}
	m := monthly.MonthOf(p.year, time.Month(month))
	if day > daysIn(m) {
		return 0, false
	}
	return firstDay(m) + Date(day-1), true
}

// scanDate splits a date into year, month and day, leaving the order of a
// numeric day and month undecided.
func scanDate(s string) (dateParts, bool) {
	s = trimSpaces(s)
	if s == "" || len(s) > 64 {
		return dateParts{}, false
	}
	s, ok := cutTime(s)
	if !ok {
		return dateParts{}, false
	}
	// Runs of digits and of letters; '-', '/', '.', ',' and spaces separate.
	var parts [4]string
	n := 0
	for i := 0; i < len(s); {
		j := i
		switch c := s[i]; {
		case isDigit(c):
			for j < len(s) && isDigit(s[j]) {
				j++
			}
		case isLetter(rune(c)):
			for j < len(s) && isLetter(rune(s[j])) {
				j++
			}
		case c == '-' || c == '/' || c == '.' || c == ',' || c == ' ':
			i++
			continue
		default:
			return dateParts{}, false
		}
		if n == len(parts) {
			return dateParts{}, false
		}
		parts[n] = s[i:j]
		n++
		i = j
	}
	if n == 4 && weekdays[strings.ToLower(parts[0])] {
		parts[0], parts[1], parts[2] = parts[1], parts[2], parts[3]
		n = 3
	}
	if n != 3 {
		return dateParts{}, false
	}
	a, b, c := parts[0], parts[1], parts[2]
	switch {
	case isDigitString(a) && isDigitString(b) && isDigitString(c):
		if len(a) == 4 { // 2024-01-31
			return partsOf(a, b, c, false)
		}
		if len(a) <= 2 && len(b) <= 2 && (len(c) == 4 || len(c) == 2) { // 31/01/2024
			return partsOf(c, a, b, true)
		}
	case isDigitString(a) && isDigitString(c) && !isDigitString(b):
		m, ok := monthNames[strings.ToLower(b)]
		if !ok {
			return dateParts{}, false
		}
		if len(a) == 4 { // 2024-Jan-31
			return partsOf(a, itoa(int(m)), c, false)
		}
		if len(a) <= 2 { // 31 Jan 2024, 30-Apr-13
			return partsOf(c, itoa(int(m)), a, false)
		}
	case !isDigitString(a) && isDigitString(b) && isDigitString(c):
		m, ok := monthNames[strings.ToLower(a)]
		if ok && len(b) <= 2 { // Apr 30, 2013
			return partsOf(c, itoa(int(m)), b, false)
		}
	}
	return dateParts{}, false
}

// partsOf reads a year (four digits, or two by the spreadsheet rule) and two
// numbers of at most two digits.
func partsOf(year, a, b string, numeric bool) (dateParts, bool) {
	if len(a) > 2 || len(b) > 2 {
		return dateParts{}, false
	}
	y := atoi2(year)
	switch len(year) {
	case 4:
		y = atoi2(year[:2])*100 + atoi2(year[2:])
		if y < minYear || y > maxYear {
			return dateParts{}, false
		}
	case 2:
		if y < 30 {
			y += 2000
		} else {
			y += 1900
		}
	default:
		return dateParts{}, false
	}
	return dateParts{year: y, a: atoi2(a), b: atoi2(b), numeric: numeric}, true
}

func itoa(n int) string { return string(appendDigits(nil, n, 1)) }

// cutTime removes a time of day after a date: T10:00:00Z, 10:00, 10:00:00.000,
// 10:00 AM, 10:00:00+07:00, 10:00:00 UTC. The date stays as written: no time
// zone moves it to another day.
func cutTime(s string) (string, bool) {
	colon := strings.IndexByte(s, ':')
	if colon < 0 {
		return s, true
	}
	// The time starts at the digits before the first colon.
	i := colon
	for i > 0 && isDigit(s[i-1]) {
		i--
	}
	if i == 0 || colon-i < 1 || colon-i > 2 {
		return s, false
	}
	date := s[:i]
	switch {
	case date[len(date)-1] == 'T' || date[len(date)-1] == 't':
		date = date[:len(date)-1]
		if date == "" || !isDigit(date[len(date)-1]) {
			return s, false
		}
	case date[len(date)-1] == ' ':
		date = strings.TrimRight(date, " ")
	default:
		return s, false
	}
	if !isTime(s[i:]) {
		return s, false
	}
	return strings.TrimRight(date, ", "), true
}

// isTime reports whether s is a time of day with an optional zone.
func isTime(s string) bool {
	// hh:mm, then :ss, then .fraction.
	k := 0
	digits := func(max int) int {
		n := 0
		for k < len(s) && isDigit(s[k]) && n < max {
			k++
			n++
		}
		return n
	}
	if digits(2) == 0 || k >= len(s) || s[k] != ':' {
		return false
	}
	k++
	if digits(2) != 2 {
		return false
	}
	if k < len(s) && s[k] == ':' {
		k++
		if digits(2) != 2 {
			return false
		}
		if k < len(s) && (s[k] == '.' || s[k] == ',') {
			k++
			if digits(9) == 0 {
				return false
			}
		}
	}
	rest := strings.ToUpper(trimSpaces(s[k:]))
	for _, suffix := range []string{"AM", "PM"} {
		if strings.HasPrefix(rest, suffix) {
			rest = trimSpaces(rest[len(suffix):])
			break
		}
	}
	for _, zone := range []string{"UTC", "GMT", "WIB", "MYT", "Z"} {
		if strings.HasPrefix(rest, zone) {
			rest = rest[len(zone):]
			break
		}
	}
	if rest == "" {
		return true
	}
	// An offset: +07:00, +0700, +07, -05:00.
	if rest[0] != '+' && rest[0] != '-' {
		return false
	}
	rest = strings.Replace(rest[1:], ":", "", 1)
	return (len(rest) == 2 || len(rest) == 4) && isDigitString(rest)
}
