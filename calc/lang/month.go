package lang

import "strconv"

// Month is a calendar month as an argument of a sentence: the year times
// twelve plus the month from zero (January 2024 is 2024*12). It is written
// as "Mar 2024" with the language's name of the month.
type Month int

// MonthOf returns the Month of a year and a month from 1 to 12.
func MonthOf(year, month int) Month { return Month(year*12 + month - 1) }

// monthNames are the months as a sentence writes them, in English; the
// catalogues translate them.
var monthNames = [12]Key{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// Month writes m as "Mar 2024" in p's language.
func (p Printer) Month(m Month) string {
	y, i := int(m)/12, int(m)%12
	if i < 0 {
		y, i = y-1, i+12
	}
	return p.Text(monthNames[i]) + " " + strconv.Itoa(y)
}
