package sql

import (
	"time"

	"nrrlab/calc"
	"nrrlab/calc/monthly"
)

// A reference in Go for the conventions of subscription periods and invoice
// lines, written from the conventions in the package doc with the plainest
// algorithm (every customer, every month, every row), so that the queries'
// change-point arithmetic is checked against something that shares none of
// it.

// day is a calendar date.
type day struct {
	y int
	m time.Month
	d int
}

func dayOf(s string) day {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return day{t.Year(), t.Month(), t.Day()}
}

func (a day) String() string { return a.time().Format(time.DateOnly) }

func (a day) time() time.Time { return time.Date(a.y, a.m, a.d, 0, 0, 0, 0, time.UTC) }

func (a day) before(b day) bool { return a.time().Before(b.time()) }

func (a day) month() monthly.Month { return monthly.MonthOf(a.y, a.m) }

func (a day) next() day {
	t := a.time().AddDate(0, 0, 1)
	return day{t.Year(), t.Month(), t.Day()}
}

func daysIn(y int, m time.Month) int { return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day() }

// addMonths keeps the day, clamped to the month's length.
func (a day) addMonths(n int) day {
	m := a.month() + monthly.Month(n)
	return day{m.Year(), m.Month(), min(a.d, daysIn(m.Year(), m.Month()))}
}

func lastDay(m monthly.Month) day { return day{m.Year(), m.Month(), daysIn(m.Year(), m.Month())} }

func firstDayOf(m monthly.Month) day { return day{m.Year(), m.Month(), 1} }

func daysBetweenRef(a, b day) int64 { return int64(b.time().Sub(a.time()).Hours() / 24) }

// rha is a/b rounded half away from zero, for b > 0.
func rha(a, b int64) int64 {
	if a < 0 {
		return -((-2*a + b) / (2 * b))
	}
	return (2*a + b) / (2 * b)
}

// period is one row of a subscriptions or invoices table, read.
type period struct {
	customer   string
	start, end day
	running    bool  // no end date
	cents      int64 // amount in cents
	months     int64 // the interval in months (subscriptions); 0 counts nothing
	quantity   int64
	currency   string
}

// series turns per-customer amounts by month into a Series over
// [first, last], flooring each customer-month at zero.
func referenceSeries(first, last monthly.Month, order []string, amounts map[string]map[monthly.Month]int64) *monthly.Series {
	s := &monthly.Series{Start: first, Months: int(last-first) + 1}
	if s.Months < 1 {
		s.Months = 0
		return s
	}
	for _, c := range order {
		s.Customers = append(s.Customers, c)
		for m := first; m <= last; m++ {
			s.Amounts = append(s.Amounts, calc.Money(max(amounts[c][m], 0)))
		}
	}
	return s
}

func readable(p period) bool { return p.customer != "" && (p.running || p.start.before(p.end)) }

// bounds are the series' months: from the earliest start to the latest
// date in the start or end columns, capped at asOf.
func bounds(rows []period, asOf time.Time) (first, last monthly.Month, ok bool) {
	for _, p := range rows {
		if !readable(p) {
			continue
		}
		hi := p.start.month()
		if !p.running {
			hi = max(hi, p.end.month())
		}
		if !ok {
			first, last, ok = p.start.month(), hi, true
		}
		first, last = min(first, p.start.month()), max(last, hi)
	}
	if !asOf.IsZero() {
		last = min(last, monthly.MonthOf(asOf.Year(), asOf.Month()))
	}
	return first, last, ok
}

// referenceSubscriptions is the customer × month MRR of subscription
// periods: a period counts in a month when it is active on the month's last
// day.
func referenceSubscriptions(rows []period, conv Conventions) *monthly.Series {
	first, last, ok := bounds(rows, conv.AsOf)
	if !ok {
		return &monthly.Series{}
	}
	amounts := map[string]map[monthly.Month]int64{}
	var order []string
	for _, p := range rows {
		if !readable(p) {
			continue
		}
		if amounts[p.customer] == nil {
			amounts[p.customer] = map[monthly.Month]int64{}
			order = append(order, p.customer)
		}
		if p.months <= 0 {
			continue
		}
		mrr := rha(p.cents*p.quantity, p.months)
		for m := first; m <= last; m++ {
			ld := lastDay(m)
			if ld.before(p.start) {
				continue
			}
			active := p.running || ld.before(p.end) || (conv.EndInclusive && ld == p.end)
			if active {
				amounts[p.customer][m] += mrr
			}
		}
	}
	return referenceSeries(first, last, order, amounts)
}

// referenceInvoices spreads each line over its service period's months.
func referenceInvoices(all []period, conv Conventions) *monthly.Series {
	var rows []period
	for _, p := range all {
		if !p.running {
			rows = append(rows, p)
		}
	}
	first, last, ok := bounds(rows, conv.AsOf)
	if !ok {
		return &monthly.Series{}
	}
	amounts := map[string]map[monthly.Month]int64{}
	var order []string
	for _, p := range rows {
		if !readable(p) {
			continue
		}
		if amounts[p.customer] == nil {
			amounts[p.customer] = map[monthly.Month]int64{}
			order = append(order, p.customer)
		}
		end := p.end
		if conv.EndInclusive {
			end = end.next()
		}
		// Whole months: from day d to day d, n months later, clamped.
		n := int(end.month() - p.start.month())
		whole := n >= 1 && p.start.addMonths(n) == end
		var months []monthly.Month
		var cum []int64
		var total int64
		if whole {
			total = int64(n)
			for k := 0; k < n; k++ {
				months = append(months, p.start.month()+monthly.Month(k))
				cum = append(cum, int64(k+1))
			}
		} else {
			total = daysBetweenRef(p.start, end)
			for m := p.start.month(); ; m++ {
				lo := firstDayOf(m)
				if !lo.before(end) {
					break
				}
				hi := firstDayOf(m + 1)
				if end.before(hi) {
					hi = end
				}
				months = append(months, m)
				cum = append(cum, daysBetweenRef(p.start, hi))
			}
		}
		for k, m := range months {
			share := rha(p.cents*cum[k], total) - rha(p.cents*prevCum(cum, k), total)
			if m <= last {
				amounts[p.customer][m] += share
			}
		}
	}
	return referenceSeries(first, last, order, amounts)
}

func prevCum(cum []int64, k int) int64 {
	if k == 0 {
		return 0
	}
	return cum[k-1]
}
