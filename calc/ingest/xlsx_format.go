package ingest

import (
	"encoding/xml"
	"math"
	"strconv"
	"strings"
	"time"
)

// formatKind is what a number format makes of a number, as far as its text
// in a Table is concerned.
type formatKind uint8

const (
	kindGeneral  formatKind = iota
	kindDate                // 2024-01-31
	kindDateTime            // 2024-01-31 13:45:00
	kindTime                // 13:45:00
	kindElapsed             // [h]:mm:ss, hours beyond a day: 36:00:00
	kindPercent             // 105%
)

// builtinKind is the kind of the number formats Excel knows by number
// without writing them in the file: 9–10 percentages, 14–22 and 45–47
// dates and times, and 27–36 and 50–58, the dates and times of Chinese,
// Japanese and Korean versions.
func builtinKind(id int) formatKind {
	switch {
	case id == 9 || id == 10:
		return kindPercent
	case id >= 14 && id <= 17, id >= 27 && id <= 31, id >= 34 && id <= 36, id >= 50 && id <= 58:
		return kindDate
	case id >= 18 && id <= 21, id == 32 || id == 33, id == 45 || id == 47:
		return kindTime
	case id == 22:
		return kindDateTime
	case id == 46:
		return kindElapsed
	}
	return kindGeneral
}

// formatCodeKind reads a custom format code such as yyyy-mm-dd, d/m/yy h:mm
// or 0.0%. Letters for dates and times count outside quoted text, [brackets]
// (colours, conditions, locales), escaped characters and the padding and
// fill characters after _ and *; m means minutes after h or before s, and
// months otherwise.
func formatCodeKind(code string) formatKind {
	if strings.EqualFold(code, "General") {
		return kindGeneral
	}
	var letters []byte // the date and time letters, one per run
	percent, elapsed := false, false
	for i := 0; i < len(code); i++ {
		c := code[i]
		switch c {
		case '"':
			for i++; i < len(code) && code[i] != '"'; i++ {
			}
		case '[':
			j := strings.IndexByte(code[i:], ']')
			if j < 0 {
				j = len(code) - i
			}
			// [h], [mm] and [ss] count time beyond a day.
			if inner := strings.ToLower(code[i+1 : i+j]); inner != "" && strings.Trim(inner, "hms") == "" {
				elapsed = true
				letters = append(letters, inner[0])
			}
			i += j
		case '\\', '_', '*':
			i++
		case '%':
			percent = true
		default:
			if len(code)-i >= 5 && strings.EqualFold(code[i:i+5], "AM/PM") {
				i += 4
				continue
			}
			if len(code)-i >= 3 && strings.EqualFold(code[i:i+3], "A/P") {
				i += 2
				continue
			}
			l := c | 0x20
			switch l {
			case 'd', 'm', 'y', 'h', 's':
				if i == 0 || code[i-1]|0x20 != l {
					letters = append(letters, l)
				}
			}
		}
	}
	date, clock := false, false
	for i, l := range letters {
		switch l {
		case 'd', 'y':
			date = true
		case 'h', 's':
			clock = true
		case 'm':
			if (i > 0 && letters[i-1] == 'h') || (i+1 < len(letters) && letters[i+1] == 's') {
				clock = true
			} else {
				date = true
			}
		}
	}
	switch {
	case date && clock:
		return kindDateTime
	case date:
		return kindDate
	case elapsed:
		return kindElapsed
	case clock:
		return kindTime
	case percent:
		return kindPercent
	}
	return kindGeneral
}

// styles reads the number format of every cell style (cellXfs) of the
// workbook.
func (p *pkg) styles(name string) ([]formatKind, error) {
	codes := map[int]string{}
	var xfs []int
	inCellXfs := false
	_, err := p.walk(name, func(se xml.StartElement) {
		switch se.Name.Local {
		case "numFmt":
			if id, err := strconv.Atoi(attr(se, "numFmtId")); err == nil {
				codes[id] = attr(se, "formatCode")
			}
		case "cellXfs":
			inCellXfs = true
		case "xf":
			if inCellXfs {
				id, _ := strconv.Atoi(attr(se, "numFmtId"))
				xfs = append(xfs, id)
			}
		}
	}, func(ee xml.EndElement) {
		if ee.Name.Local == "cellXfs" {
			inCellXfs = false
		}
	})
	if err != nil {
		return nil, err
	}
	kinds := make([]formatKind, len(xfs))
	for i, id := range xfs {
		if code, ok := codes[id]; ok {
			kinds[i] = formatCodeKind(code)
		} else {
			kinds[i] = builtinKind(id)
		}
	}
	return kinds, nil
}

// numberText writes the number v of a cell as ReadXLSX documents it: the
// shortest decimal that reads back to the same float64, a date, a time or
// a percentage.
func numberText(v string, kind formatKind, date1904 bool) string {
	if kind == kindGeneral && isShortest(v) {
		return unambiguous(v)
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return v
	}
	if f == 0 {
		f = 0 // no -0
	}
	if kind != kindGeneral && kind != kindPercent {
		if s, ok := serialText(f, kind, date1904); ok {
			return s
		}
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if kind == kindPercent {
		return unambiguous(shiftPercent(s)) + "%"
	}
	return unambiguous(s)
}

// unambiguous gives a fourth decimal to a number such as 12.375, which the
// figure reader would take for 12,375 written the Indonesian way when the
// rest of its column says so: 12.3750 can only be twelve and a bit.
func unambiguous(s string) string {
	whole, frac, ok := strings.Cut(strings.TrimPrefix(s, "-"), ".")
	if ok && len(frac) == 3 && len(whole) >= 1 && len(whole) <= 3 {
		return s + "0"
	}
	return s
}

// isShortest reports whether v is already written as FormatFloat(f, 'f',
// -1) would write it: at most 15 significant digits, no exponent, no
// leading zero, no trailing zero after a point. Such a decimal is the
// shortest that reads to its float64, so it needs no parsing.
func isShortest(v string) bool {
	if len(v) > 17 {
		return false
	}
	i := 0
	if strings.HasPrefix(v, "-") {
		i = 1
	}
	digits, point, lead := 0, -1, i
	for ; i < len(v); i++ {
		switch c := v[i]; {
		case c >= '0' && c <= '9':
			if digits > 0 || c != '0' {
				digits++
			}
		case c == '.' && point < 0:
			point = i
		default:
			return false
		}
	}
	switch {
	case len(v) == lead, point == lead, point == len(v)-1, digits > 15, digits == 0 && v != "0":
		return false
	case v[lead] == '0' && (point < 0 && len(v) > lead+1 || point > lead+1):
		return false
	case point > 0 && v[len(v)-1] == '0':
		return false
	}
	return true
}

// shiftPercent writes a decimal written by FormatFloat as the number of
// percent it shows, moving the point instead of multiplying, which could
// round: 1.05 is 105, 0.125 is 12.5.
func shiftPercent(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, _ := strings.Cut(s, ".")
	frac += "00"
	whole, frac = whole+frac[:2], frac[2:]
	whole = strings.TrimLeft(whole, "0")
	if whole == "" {
		whole = "0"
	}
	frac = strings.TrimRight(frac, "0")
	if frac != "" {
		whole += "." + frac
	}
	if whole == "0" {
		sign = ""
	}
	return sign + whole
}

// maxSerial is 9999-12-31, the last day a spreadsheet shows.
const maxSerial = 2958465

// serialText writes a date serial number as a date, a time or both: days
// since 1899-12-31 in the 1900 system, which counts a 29 February 1900 that
// never was (serial 60, kept as Excel shows it), or since 1904-01-01.
// Times are rounded to the second.
func serialText(f float64, kind formatKind, date1904 bool) (string, bool) {
	if f < 0 || f > maxSerial+1 {
		return "", false
	}
	days := math.Floor(f)
	secs := int(math.Round((f - days) * 86400))
	if secs == 86400 {
		days, secs = days+1, 0
	}
	b := make([]byte, 0, 20)
	h := secs / 3600
	switch kind {
	case kindElapsed:
		h += int(days) * 24
	case kindDate, kindDateTime:
		b = appendDate(b, int(days), date1904)
		if kind == kindDate {
			return string(b), true
		}
		b = append(b, ' ')
	}
	if h < 10 {
		b = append(b, '0')
	}
	b = strconv.AppendInt(b, int64(h), 10)
	m, s := secs/60%60, secs%60
	b = append(b, ':', byte('0'+m/10), byte('0'+m%10), ':', byte('0'+s/10), byte('0'+s%10))
	return string(b), true
}

// appendDate appends the ISO date of serial day n.
func appendDate(b []byte, n int, date1904 bool) []byte {
	var d time.Time
	switch {
	case date1904:
		d = time.Date(1904, 1, 1+n, 0, 0, 0, 0, time.UTC)
	case n == 60:
		return append(b, "1900-02-29"...)
	case n == 0:
		// Excel shows serial 0 as the day before 1 January 1900.
		return append(b, "1900-01-00"...)
	case n < 60:
		d = time.Date(1899, 12, 31+n, 0, 0, 0, 0, time.UTC)
	default:
		d = time.Date(1899, 12, 30+n, 0, 0, 0, 0, time.UTC)
	}
	y, m, day := d.Date()
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	b = append(b, byte('0'+int(m)/10), byte('0'+int(m)%10), '-')
	return append(b, byte('0'+day/10), byte('0'+day%10))
}

// isoText writes the ISO 8601 date of a cell of type d as a date, with its
// time only when it has one: 2024-01-31T00:00:00Z is 2024-01-31.
func isoText(v string) string {
	v = strings.TrimSpace(v)
	date, clock, ok := strings.Cut(v, "T")
	if !ok {
		return v
	}
	clock = strings.TrimSuffix(clock, "Z")
	if strings.Trim(clock, "0:.") == "" {
		return date
	}
	if i := strings.IndexByte(clock, '.'); i >= 0 {
		clock = clock[:i]
	}
	return date + " " + clock
}
