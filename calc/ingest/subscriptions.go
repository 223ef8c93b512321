package ingest

import (
	"nrrlab/calc"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// SubscriptionSeries reads a table of subscription periods (one row per
// subscription: customer, start date, end date, amount) into monthly MRR per
// customer, by the conventions below, which the SQL that NRR Lab generates
// follows too, so that both give the same MRR to the cent
// (testdata/exports/README.md has them in full):
//
// Months and the snapshot. A month's MRR is the MRR at the end of the month:
// a period counts in month M when it is active on M's last day. With the end
// exclusive (the default) a period is active on day d when start <= d < end;
// with Mapping.EndInclusive, when start <= d <= end. So, end exclusive, it
// counts in M iff start <= lastDay(M) and (end is blank or end > lastDay(M)).
// For first-of-month dates, as in dbt's mrr-playbook, this is dbt's own rule
// (date_month >= start_date and date_month < end_date). A blank end means
// still running. The series runs from the month of the
// earliest start to the last month of the data, the month of the latest date
// in the start or end columns, but never later than Mapping.AsOf. A running
// period counts through the last month; the last month is never churn merely
// because the data stops there. An end date before or equal to its start
// date makes the row unreadable.
//
// Amounts. A row's MRR is its amount converted to one month, exactly in
// cents, rounded half away from zero: round(amount × quantity / months),
// where months is 1 for a monthly interval, 3 for a quarter, 12 for a year,
// N for "N months", 12/52 for a week and 12/365 for a day, times the
// interval count (Baremetrics' plan_interval_count: a year × 2 is 24). A
// quantity multiplies before the division. A revenue type of MRR makes the
// amount monthly and ARR annual, whatever the interval; so does Mapping.Unit
// (ARR: amount/12) when no revenue type says otherwise. Amounts in cents
// (Mapping.Cents: Baremetrics' plan_amount, headers that say "cents") are
// divided by 100 in the same rounding. Several periods of a customer active
// in the same month add up. Rows of amount 0 contribute nothing and do not
// make a customer paying. Trial rows (Mapping.Trial true) and non-recurring
// rows (a revenue type of Non-recurring, one_time) are left out, with one
// notice each giving their count and total. When a trial-end column holds a
// date later than the start, revenue starts at the trial end. A
// customer-month whose total is below zero counts as zero, with one notice.
//
// Ends in Stripe's export. Only "Ended At" ends a subscription's revenue.
// "Canceled At" is when the customer asked to cancel, often weeks before
// the paid period runs out; "Cancel At Period End" is a flag that the
// current period will be the last; "Current Period End" is the next renewal
// of a running subscription. Revenue already earned continues until Ended
// At, so a scheduled cancellation still counts until it ends.
//
// Customers. With both a name and an id column, ids tell customers apart:
// rows of one id are one customer even when one of them has a blank or
// placeholder name ("-", "N/A", "[Business Name]"). The series shows the
// first usable name of an id, or the id when no row names it usably, and a
// name shared by two ids gets its id after it. Without an id column, a row
// whose name is blank or a placeholder cannot be read. Customers who never
// pay in the series' months are not in it.
//
// Currencies. Amounts in several currencies cannot be added: rows in
// currencies other than Mapping.AnalysedCurrency (by default the one with
// the most rows) are left out, with one notice giving their totals per
// currency; a blank currency cell goes with the one analysed.
//
// With errors, it returns no series unless m.SkipBadRows; the report lists
// every cell that could not be read.
func (t *Table) SubscriptionSeries(m Mapping) (*monthly.Series, Report) {
	var rep Report
	p, ok := t.newPeriodReader(m, &rep)
	if !ok {
		return nil, rep
	}
	p.running = true
	centsDiv := uint64(1)
	if m.Cents {
		centsDiv = 100
	}
	blankIntervals, blankRow := 0, 0
	t.periodRows(m, &rep, func(r int) {
		errs := rowErrors{rep: &rep}
		row, amount, quantity, kind := p.readCommon(r, &errs)
		iv, count := interval{1, 1}, uint64(1)
		switch {
		case kind == revenueMonthly:
		case kind == revenueAnnual || m.Unit == monthly.ARR:
			iv = interval{12, 1}
		case m.Interval >= 0:
			if s := t.Cell(r, m.Interval); s == "" {
				if blankIntervals == 0 {
					blankRow = r
				}
				blankIntervals++
			} else if parsed, ok := parseInterval(s); ok {
				iv = parsed
			} else {
				errs.add(p.cellError(r, m.Interval, lang.M(expectInterval), ""))
			}
			if m.IntervalCount >= 0 {
				if s := t.Cell(r, m.IntervalCount); s != "" {
					n := 0
					if isDigitString(s) && len(s) <= 4 {
						n = atoi4(s)
					}
					if n < 1 {
						errs.add(p.cellError(r, m.IntervalCount, lang.M(expectIntervalCount), ""))
					} else {
						count = uint64(n)
					}
				}
			}
		}
		if !errs.bad {
			mrr, fits := monthlyAmount(amount, quantity, iv, count, centsDiv)
			if !fits {
				errs.add(p.cellError(r, m.Amount, lang.M(expectAmount), problemTooLarge))
			}
			row.amount = mrr
		}
		if errs.bad {
			rep.Skipped++
			if amount > 0 {
				rep.SkippedAmount += amount
			}
			return
		}
		p.rows = append(p.rows, row)
	})
	if blankIntervals > 0 {
		rep.notice(noticeIntervalBlank, blankIntervals, t.columnArg(m, m.Interval), t.Line(blankRow))
	}
	if m.Unit == monthly.ARR {
		rep.notice(noticeAnnual, t.columnArg(m, m.Amount))
	}
	if m.Cents {
		rep.notice(noticeCents, t.columnArg(m, m.Amount))
	}
	if m.EndInclusive && m.EndDate >= 0 {
		rep.notice(noticeEndInclusive, t.columnArg(m, m.EndDate))
	}
	return p.build(func(g *grid, row *periodRow) bool {
		last := g.hi
		if row.end != 0 {
			// Active on the last day of month M iff end > lastDay(M), that
			// is M is before the end's month.
			last = row.end.Month() - 1
		}
		return g.addRange(row.customer, row.start.Month(), last, row.amount)
	})
}

// monthlyAmount converts an amount per interval to one month, exactly:
// round(amount × quantity/100 / (interval months × count × centsDiv)), half
// away from zero, the quantity given in hundredths.
func monthlyAmount(amount calc.Money, quantity int64, iv interval, count, centsDiv uint64) (calc.Money, bool) {
	neg := quantity < 0
	if neg {
		quantity = -quantity
	}
	num, okNum := mulUint(uint64(quantity), iv.den)
	den, okDen := mulUint(100*centsDiv, iv.num)
	den, okCount := mulUint(den, count)
	mrr, ok := calc.MulDivRound(int64(amount), num, den)
	if !okNum || !okDen || !okCount || !ok {
		return 0, false
	}
	if neg {
		mrr = -mrr
	}
	return calc.Money(mrr), true
}
