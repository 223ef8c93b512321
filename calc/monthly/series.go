package monthly

import (
	"fmt"
	"time"

	"nrrlab/calc"
)

// Month is a calendar month counted from year 0: year×12 + (month−1). It
// orders and subtracts like an integer.
type Month int32

// MonthOf returns the Month of a year and a calendar month.
func MonthOf(year int, m time.Month) Month { return Month(year*12 + int(m) - 1) }

// Year returns the calendar year of m.
func (m Month) Year() int { return int(m) / 12 }

// Month returns the calendar month of m.
func (m Month) Month() time.Month { return time.Month(int(m)%12 + 1) }

// String writes m as "2024-01".
func (m Month) String() string { return fmt.Sprintf("%04d-%02d", m.Year(), int(m.Month())) }

// Unit says whether the amounts of a Series are monthly (MRR) or annual (ARR)
// recurring revenue. Rates do not depend on it; amounts are reported in it.
type Unit uint8

const (
	MRR Unit = iota
	ARR
)

// Series is recurring revenue per customer and month: the customer × month
// matrix of a monthly sheet. Amounts are stored row-major in one slice, so
// Amount(c, m) is Amounts[c*Months+m], for cache-friendly passes over
// hundreds of thousands of customers.
type Series struct {
	Start     Month    // the month of column 0
	Months    int      // number of consecutive months
	Customers []string // one name per row
	Amounts   []calc.Money
	Unit      Unit
}

// Amount returns customer c's revenue in month index m (0 is Start).
func (s *Series) Amount(c, m int) calc.Money { return s.Amounts[c*s.Months+m] }
