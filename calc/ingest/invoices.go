package ingest

import (
	"nrrlab/calc"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// InvoiceSeries reads a table of invoice lines (customer, amount, service
// period start and end, optionally a currency) into monthly MRR per
// customer, by the conventions below, which the SQL that NRR Lab generates
// follows too, so that both give the same MRR to the cent
// (testdata/exports/README.md has them in full):
//
// A line's amount (negative for credits and refunds; amount × quantity when
// the amount is a unit price; divided by 100 in one rounding when in cents)
// is spread over the months its service period covers, the end exclusive
// by default and inclusive with Mapping.EndInclusive (an inclusive end is
// the exclusive end one day earlier):
//   - when the period is a whole number n of months, from day d of one
//     month to day d of the month n later, d clamped to the month's length
//     (31 January to 29 February to 31 March are whole months), each of the
//     n months from the start's month gets an equal share;
//   - otherwise each calendar month gets a share weighted by the number of
//     the period's days that fall in it.
//
// Shares are cut with cumulative rounding so that they add up exactly to the
// line's amount: share_k = round(amount × W_k / W) − round(amount × W_(k−1) /
// W), rounding half away from zero, where W_k is the weight (months or days)
// through the k-th month and W the whole weight. A line whose period lies in
// one month puts its whole amount there. A line with no service period, such
// as a Xero or Mekari Jurnal line that only has an invoice date, counts in
// full in the month of its date, with one notice.
//
// A month's MRR of a customer is the sum of its lines' shares, floored at
// zero with one notice. The series runs from the month of the earliest start
// to the month of the latest start or end date, never later than
// Mapping.AsOf; shares after it are left out. Customers, currencies, trial
// and non-recurring lines (ChartMogul's one_time) are read as
// SubscriptionSeries reads them.
//
// With errors, it returns no series unless m.SkipBadRows; the report lists
// every cell that could not be read.
func (t *Table) InvoiceSeries(m Mapping) (*monthly.Series, Report) {
	var rep Report
	p, ok := t.newPeriodReader(m, &rep)
	if !ok {
		return nil, rep
	}
	centsDiv := uint64(1)
	if m.Cents {
		centsDiv = 100
	}
	noPeriod, noPeriodRow := 0, 0
	t.periodRows(m, &rep, func(r int) {
		errs := rowErrors{rep: &rep}
		row, amount, quantity, _ := p.readCommon(r, &errs)
		neg := quantity < 0
		if neg {
			quantity = -quantity
		}
		line, fits := calc.MulDivRound(int64(amount), uint64(quantity), 100*centsDiv)
		if !fits {
			errs.add(p.cellError(r, m.Amount, lang.M(expectAmount), problemTooLarge))
		}
		if errs.bad {
			rep.Skipped++
			if amount > 0 {
				rep.SkippedAmount += amount
			}
			return
		}
		row.amount = calc.Money(line)
		if neg {
			row.amount = -row.amount
		}
		if row.end == 0 && row.why == counted {
			if noPeriod == 0 {
				noPeriodRow = r
			}
			noPeriod++
		}
		p.rows = append(p.rows, row)
	})
	if noPeriod > 0 {
		rep.notice(noticeNoPeriod, noPeriod, t.Line(noPeriodRow), t.columnArg(m, m.StartDate))
	}
	if m.Cents {
		rep.notice(noticeCents, t.columnArg(m, m.Amount))
	}
	if m.EndInclusive && m.EndDate >= 0 {
		rep.notice(noticeEndInclusive, t.columnArg(m, m.EndDate))
	}
	return p.build(func(g *grid, row *periodRow) bool {
		return spread(row.amount, row.start, row.end, func(mo monthly.Month, share calc.Money) bool {
			return g.add(row.customer, mo, share)
		})
	})
}

// spread cuts amount into the months of the period [start, end) by the
// conventions of InvoiceSeries, and gives each month's share to put. An end
// of 0 is no period: the whole amount goes to the start's month.
func spread(amount calc.Money, start, end Date, put func(monthly.Month, calc.Money) bool) bool {
	first := start.Month()
	if end == 0 || end <= start || (end-1).Month() == first {
		return put(first, amount)
	}
	n := int(end.Month() - first)
	whole := addMonths(start, n) == end
	// The weights: months of a whole period, days of a part period (whose
	// last month is the one its last day falls in).
	total, last := uint64(n), first+monthly.Month(n-1)
	if !whole {
		total, last = uint64(end-start), (end - 1).Month()
	}
	var done int64 // round(amount × W_(k−1) / W)
	for k, mo := 1, first; mo <= last; k, mo = k+1, mo+1 {
		through := uint64(k) // W_k
		if !whole {
			through = uint64(min(lastDay(mo)+1, end) - start)
		}
		cum, _ := calc.MulDivRound(int64(amount), through, total)
		if !put(mo, calc.Money(cum-done)) {
			return false
		}
		done = cum
	}
	return true
}
