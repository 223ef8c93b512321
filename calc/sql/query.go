package sql

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"nrrlab/calc"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// MovementColumns are the columns of the movements query, in order.
var MovementColumns = []string{"month", "starting_mrr", "new_mrr", "expansion_mrr", "contraction_mrr",
	"churned_mrr", "reactivation_mrr", "ending_mrr", "paying_customers"}

// CustomerColumns are the columns of the customers query, in order.
var CustomerColumns = []string{"customer", "start_mrr", "end_mrr"}

// Movements writes the query that returns one row per month: month (the
// first of the month, a date), starting_mrr, new_mrr, expansion_mrr,
// contraction_mrr, churned_mrr, reactivation_mrr, ending_mrr (exact
// decimals with two places) and paying_customers, with
// ending = starting + new + expansion + reactivation − contraction − churn
// in every row and each month's ending the next month's starting: the same
// figures as monthly.Analyse's Movements on the same customer × month MRR.
// It refuses a description it cannot write safely, saying why.
func Movements(d Dialect, src Source, conv Conventions) (string, error) {
	return write(d, src, conv, false, func(g *gen) { g.movements() })
}

// Customers writes the query that returns each customer paying in month
// from or month to: customer, start_mrr (its MRR in from) and end_mrr (its
// MRR in to), for a per-customer bridge and the list of customers behind
// each movement. A month outside the data counts as nobody paying.
func Customers(d Dialect, src Source, conv Conventions, from, to monthly.Month) (string, error) {
	for _, m := range []monthly.Month{from, to} {
		if m < minMonth || m > maxMonth {
			return "", lang.M(errMonthRange, lang.Month(m))
		}
	}
	return write(d, src, conv, false, func(g *gen) { g.customers(from, to) })
}

// write checks the description and runs body to write the query.
func write(d Dialect, src Source, conv Conventions, marked bool, body func(*gen)) (string, error) {
	if err := src.check(d, conv); err != nil {
		return "", err
	}
	g := &gen{d: d, src: &src, conv: conv, marked: marked}
	body(g)
	if g.err != nil {
		return "", g.err
	}
	return g.b.String(), nil
}

// line writes one line of the query.
func (g *gen) line(parts ...string) {
	for _, p := range parts {
		g.b.WriteString(p)
	}
	g.b.WriteByte('\n')
}

// comment writes one sentence as an SQL comment line. The sentences are
// the package's own, never a name the user typed.
func (g *gen) comment(format string, args ...any) {
	g.line("-- ", fmt.Sprintf(format, args...))
}

func (g *gen) integer() string { return g.use(&integerType) }
func (g *gen) decimal() string { return g.use(&decimalType) }

// divRound is x / y rounded half away from zero, for integers x and y > 0,
// exactly: (2|x| + y) div 2y, with x's sign.
func (g *gen) divRound(x, y string) string {
	return "CASE WHEN " + x + " < 0 THEN -" + g.use(&integerDivision, y+" - 2 * "+x, "2 * "+y) +
		" ELSE " + g.use(&integerDivision, "2 * "+x+" + "+y, "2 * "+y) + " END"
}

// cents reads an amount column as whole cents.
func (g *gen) cents(amount string) string {
	scale := "100"
	if g.src.Cents {
		scale = "1"
	}
	return "COALESCE(" + g.use(&wholeCents, amount, scale) + ", 0)"
}

// text reads a column as trimmed text.
func (g *gen) text(col string) string {
	return "TRIM(CAST(" + col + " AS " + g.use(&textType) + "))"
}

func (g *gen) month(date string) string { return g.use(&monthNumber, date) }

func (g *gen) money(cents string) string { return g.use(&centsToDecimal, cents) }

// header writes the comment lines that say what the query computes and
// under which conventions.
func (g *gen) header(first string) {
	g.line(first)
	s, c := g.src, g.conv
	g.comment(headPaste)
	switch s.Shape {
	case Subscriptions:
		g.comment(headSnapshot)
	case Invoices:
		g.comment(headSpread)
	case MonthlyRows:
		g.comment(headMonthRows)
	}
	if s.Shape != MonthlyRows {
		if c.EndInclusive {
			g.comment(headEndInclusive)
		} else {
			g.comment(headEndExclusive)
		}
		if s.Shape == Subscriptions {
			g.comment(headRunning)
		}
		g.comment(headBadRows)
	}
	switch {
	case s.Unit == monthly.ARR:
		g.comment(headARR)
	case s.Shape == Subscriptions && (s.Interval != "" || s.IntervalCount != "" || s.Quantity != ""):
		g.comment(headPerMonth)
		if s.Interval != "" {
			g.comment(headUnknownInt)
		}
	}
	if s.Quantity != "" {
		g.comment(headQuantity)
	}
	if s.Shape == Invoices {
		g.comment(headNoEnd)
	}
	if s.Trial != "" {
		g.comment(headTrial)
	}
	if s.TrialEnd != "" {
		g.comment(headTrialEnd)
	}
	if s.RevenueType != "" {
		g.comment(headNonRecurring)
	}
	if s.Cents {
		g.comment(headCents)
	}
	g.comment(headRounding)
	if s.Currency != "" {
		if s.CurrencyCode != "" {
			g.comment(headCurrency, strings.ToUpper(s.CurrencyCode))
		} else {
			g.comment(headCurrencyMost)
		}
	}
	if c.AsOf.IsZero() {
		g.comment(headSeries)
	} else {
		g.comment(headAsOf, c.AsOf.Format(time.DateOnly))
	}
	if c.ReactivationAsNew {
		g.comment(headReactivateNew)
	} else {
		g.comment(headReactivation)
	}
	if c.OpeningAsNew {
		g.comment(headOpeningNew)
	} else {
		g.comment(headOpeningBase)
	}
	if c.GRRCap == calc.CapOnTotals {
		g.comment(headGRROnTotals)
	} else {
		g.comment(headGRRPerCustomer)
	}
}

// lastMonth caps the data's last month at the as-of date's.
func (g *gen) lastMonth(expr string) string {
	if g.conv.AsOf.IsZero() {
		return expr
	}
	m := monthly.MonthOf(g.conv.AsOf.Year(), g.conv.AsOf.Month())
	return "LEAST(" + expr + ", " + strconv.Itoa(int(m)) + ")"
}

// exclusiveEnd turns the end date column into the first day after the
// period.
func (g *gen) exclusiveEnd(end string) string {
	if g.conv.EndInclusive {
		return g.use(&nextDay, end)
	}
	return end
}

// levels writes the CTEs that end in nrr_bounds (first_month, last_month)
// and nrr_levels (customer, month_no, mrr): from month_no on, the
// customer's MRR in cents is mrr, until its next row.
func (g *gen) levels() {
	switch g.src.Shape {
	case Subscriptions:
		g.subscriptionLevels()
	case Invoices:
		g.invoiceAmounts()
		g.amountLevels()
	case MonthlyRows:
		g.monthlyAmounts()
		g.amountLevels()
	}
}

// periodRows writes the CTEs every period shape shares: nrr_rows (the
// table's columns, read), nrr_readable (rows with a customer, a start date
// and an end after it, which make the series' span whether they count or
// not), nrr_bounds, and nrr_counted (the readable rows that count: not
// trials, not non-recurring, in the currency analysed), with start_day
// moved to a later trial end and end_day made exclusive.
func (g *gen) periodRows() {
	s := g.src
	g.line("WITH")
	g.line("nrr_rows AS (")
	g.line("  SELECT")
	g.line("    ", g.text(g.ident(s.Customer)), " AS customer,")
	g.line("    CAST(", g.ident(s.Start), " AS DATE) AS start_day,")
	if s.End != "" {
		g.line("    CAST(", g.ident(s.End), " AS DATE) AS end_day,")
	} else {
		g.line("    CAST(NULL AS DATE) AS end_day,")
	}
	if s.Interval != "" {
		g.line("    LOWER(", g.text(g.ident(s.Interval)), ") AS interval_text,")
	}
	if s.IntervalCount != "" {
		g.line("    COALESCE(CAST(", g.ident(s.IntervalCount), " AS ", g.integer(), "), 1) AS interval_count,")
	}
	if s.Quantity != "" {
		// Hundredths of a unit, so that a quantity of 1.5 rounds once, with
		// the division.
		g.line("    COALESCE(", g.use(&wholeCents, g.ident(s.Quantity), "100"), ", 100) AS quantity,")
	}
	if s.Currency != "" {
		cur := "UPPER(" + g.text(g.ident(s.Currency)) + ")"
		g.line("    COALESCE(CASE ", cur, " WHEN '$' THEN 'USD' WHEN 'US$' THEN 'USD' WHEN 'RP' THEN 'IDR' WHEN 'RP.' THEN 'IDR'",
			" WHEN 'RM' THEN 'MYR' WHEN 'S$' THEN 'SGD' WHEN '€' THEN 'EUR' WHEN '£' THEN 'GBP' ELSE ", cur, " END, '') AS currency,")
	}
	if s.Trial != "" {
		g.line("    LOWER(", g.text(g.ident(s.Trial)), ") AS trial_flag,")
	}
	if s.TrialEnd != "" {
		g.line("    CAST(", g.ident(s.TrialEnd), " AS DATE) AS trial_end,")
	}
	if s.RevenueType != "" {
		g.line("    REPLACE(REPLACE(REPLACE(LOWER(", g.text(g.ident(s.RevenueType)), "), '-', ' '), '_', ' '), '/', ' ') AS revenue_type,")
	}
	g.line("    ", g.cents(g.ident(s.Amount)), " AS amount")
	g.line("  FROM ", g.table())
	g.line("),")
	g.line("nrr_readable AS (")
	g.line("  SELECT *")
	g.line("  FROM nrr_rows")
	g.line("  WHERE customer <> '' AND start_day IS NOT NULL AND (end_day IS NULL OR end_day > start_day)")
	g.line("),")
	g.line("nrr_bounds AS (")
	g.line("  SELECT MIN(", g.month("start_day"), ") AS first_month, ", g.lastMonth("MAX("+g.month("COALESCE(end_day, start_day)")+")"), " AS last_month")
	g.line("  FROM nrr_readable")
	g.line("),")
	var where []string
	if s.Currency != "" {
		chosen := "'" + strings.ToUpper(s.CurrencyCode) + "'"
		if s.CurrencyCode == "" {
			// The currency with the most lines, the first code on a tie; a
			// line with no currency goes with the one analysed.
			g.line("nrr_currency AS (")
			g.line("  SELECT currency")
			g.line("  FROM (SELECT currency, COUNT(*) AS line_count FROM nrr_readable WHERE currency <> '' GROUP BY currency) AS c")
			g.line("  ORDER BY line_count DESC, currency")
			g.line("  LIMIT 1")
			g.line("),")
			chosen = "(SELECT currency FROM nrr_currency)"
		}
		where = append(where, "(currency = '' OR currency = "+chosen+")")
	}
	if s.Trial != "" {
		where = append(where, "COALESCE(trial_flag, '') NOT IN ('true', 't', '1', 'yes', 'y', 'ya', 'benar', 'betul', 'x', '✓')")
	}
	if s.RevenueType != "" {
		where = append(where, "COALESCE(revenue_type, '') NOT IN ('non recurring', 'nonrecurring', 'one time', 'onetime', 'one off', 'once', 'setup',"+
			" 'sekali', 'sekali bayar', 'tidak berulang', 'nrr', 'services', 'professional services')")
	}
	start := "start_day"
	if s.TrialEnd != "" {
		start = "CASE WHEN trial_end > start_day THEN trial_end ELSE start_day END"
	}
	g.line("nrr_counted AS (")
	g.line("  SELECT *,")
	g.line("    ", start, " AS paid_from,")
	g.line("    ", g.exclusiveEnd("end_day"), " AS paid_until")
	g.line("  FROM nrr_readable")
	if len(where) > 0 {
		g.line("  WHERE ", strings.Join(where, "\n    AND "))
	}
	g.line("),")
}

func (g *gen) subscriptionLevels() {
	s := g.src
	g.periodRows()
	// The interval as a fraction of months, num / den: a word (a week is
	// 12/52 of a month, a day 12/365), times the number before it ("3
	// months"), times the interval count; a bare number is months. A
	// revenue type of MRR or ARR overrides the interval. Anything else is
	// NULL and the period counts nothing.
	num, den := "1", "1"
	if s.Interval != "" {
		like := func(words ...string) string {
			var or []string
			for _, w := range words {
				or = append(or, "interval_text LIKE '%"+w+"%'")
			}
			return strings.Join(or, " OR ")
		}
		number := "CAST(" + g.use(&firstNumber, "interval_text") + " AS " + g.integer() + ")"
		semi, week, day := like("semi", "half", "setengah", "semester", "enam bulan"), like("week", "minggu", "wk"), like("day", "daily", "hari")
		num = "CASE WHEN interval_text IS NULL OR interval_text = '' THEN 1" +
			" WHEN " + semi + " THEN 6" +
			" WHEN " + week + " THEN 12" +
			" WHEN " + day + " THEN 12" +
			" WHEN " + like("quarter", "qtr", "triwulan", "kuartal", "suku") + " THEN 3" +
			" WHEN " + like("year", "annual", "tahun", "yr") + " THEN 12" +
			" WHEN " + like("month", "bulan", "mo", "mth") + " THEN 1" +
			" WHEN interval_text = " + g.use(&firstNumber, "interval_text") + " THEN 1 END" +
			" * COALESCE(" + number + ", 1)"
		den = "CASE WHEN " + semi + " THEN 1 WHEN " + week + " THEN 52 WHEN " + day + " THEN 365 ELSE 1 END"
	}
	if s.IntervalCount != "" {
		num = "(" + num + ") * interval_count"
	}
	if s.Unit == monthly.ARR {
		num, den = "12", "1"
	}
	if s.RevenueType != "" {
		num = "CASE WHEN revenue_type IN ('mrr', 'monthly', 'monthly recurring') THEN 1" +
			" WHEN revenue_type IN ('arr', 'annual', 'annual recurring') THEN 12 ELSE " + num + " END"
		den = "CASE WHEN revenue_type IN ('mrr', 'monthly', 'monthly recurring', 'arr', 'annual', 'annual recurring') THEN 1 ELSE " + den + " END"
	}
	units, scale := "amount", "1"
	if s.Quantity != "" {
		units, scale = "amount * quantity", "100"
	}
	g.line("nrr_priced AS (")
	g.line("  SELECT customer, paid_from, paid_until,")
	g.line("    ", units, " AS units,")
	g.line("    ", num, " AS interval_num,")
	g.line("    ", den, " AS interval_den")
	g.line("  FROM nrr_counted")
	g.line("),")
	g.line("nrr_periods AS (")
	g.line("  SELECT")
	g.line("    customer,")
	g.line("    ", g.month("paid_from"), " AS first_month,")
	// The first month the period no longer counts in: the month of the day
	// after it ends, less one, is the last whose last day it covers.
	g.line("    ", g.month("paid_until"), " AS end_month,")
	if num == "1" && den == "1" && scale == "1" {
		g.line("    units AS mrr")
	} else {
		divisor := "interval_num"
		if scale != "1" {
			divisor = scale + " * interval_num"
		}
		g.line("    CASE WHEN interval_num > 0 THEN ", g.divRound("units * interval_den", divisor), " ELSE 0 END AS mrr")
	}
	g.line("  FROM nrr_priced")
	g.line("),")
	// A period adds its MRR from its first month and takes it away from
	// the month after its last, so the work grows with the periods, not
	// with customers × months.
	g.line("nrr_changes AS (")
	g.line("  SELECT p.customer, p.first_month AS month_no, p.mrr AS mrr_change")
	g.line("  FROM nrr_periods AS p CROSS JOIN nrr_bounds AS b")
	g.line("  WHERE p.mrr <> 0 AND p.first_month <= b.last_month AND (p.end_month IS NULL OR p.end_month > p.first_month)")
	g.line("  UNION ALL")
	g.line("  SELECT p.customer, p.end_month AS month_no, -p.mrr AS mrr_change")
	g.line("  FROM nrr_periods AS p CROSS JOIN nrr_bounds AS b")
	g.line("  WHERE p.mrr <> 0 AND p.end_month <= b.last_month AND p.end_month > p.first_month")
	g.line("),")
	// The running sum over RANGE takes a month's changes together: a
	// customer with several changes in one month gets one level on each of
	// those rows, and the rows after the first move nothing. It spares a
	// GROUP BY of every change, a third of the work.
	g.line("nrr_levels AS (")
	g.line("  SELECT customer, month_no,")
	g.line("    GREATEST(SUM(mrr_change) OVER (PARTITION BY customer ORDER BY month_no RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), 0) AS mrr")
	g.line("  FROM nrr_changes")
	g.line("),")
}

func (g *gen) invoiceAmounts() {
	g.periodRows()
	amount := "amount"
	if g.src.Quantity != "" {
		amount = g.divRound("amount * quantity", "100") + " AS amount"
	}
	// A line with no end, or whose trial ends after it, is one month long:
	// its whole amount in its first month.
	g.line("nrr_lines AS (")
	g.line("  SELECT")
	g.line("    customer, paid_from AS start_day,")
	g.line("    ", amount, ",")
	g.line("    CASE WHEN paid_until > paid_from THEN paid_until END AS end_day,")
	g.line("    ", g.month("paid_from"), " AS first_month,")
	g.line("    CASE WHEN paid_until > paid_from THEN ", g.month("paid_until"), " END AS end_month")
	g.line("  FROM nrr_counted")
	g.line("),")
	// A whole number of months (day d to day d, clamped to the month's
	// length) is spread in equal shares over the months from its start
	// month; any other period by its days in each calendar month.
	whole := "end_month > first_month AND " + g.use(&addMonths, "start_day", "end_month - first_month") + " = end_day"
	g.line("nrr_periods AS (")
	g.line("  SELECT")
	g.line("    customer, amount, start_day, end_day, first_month,")
	g.line("    CASE WHEN ", whole, " THEN end_month - first_month END AS whole_months,")
	g.line("    CASE WHEN end_day IS NULL THEN 1 ELSE ", g.use(&daysBetween, "start_day", "end_day"), " END AS period_days,")
	g.line("    CASE WHEN end_day IS NULL THEN first_month WHEN ", whole, " THEN end_month - 1")
	g.line("      WHEN EXTRACT(DAY FROM end_day) = 1 THEN end_month - 1 ELSE end_month END AS span_last")
	g.line("  FROM nrr_lines")
	g.line("),")
	g.line("nrr_clipped AS (")
	g.line("  SELECT p.*, LEAST(p.span_last, b.last_month) AS last_in")
	g.line("  FROM nrr_periods AS p CROSS JOIN nrr_bounds AS b")
	g.line("),")
	series := g.use(&monthSeriesValue)
	g.line("nrr_weights AS (")
	g.line("  SELECT")
	g.line("    p.customer, p.amount,")
	g.line("    ", series, " AS month_no,")
	g.line("    COALESCE(p.whole_months, p.period_days) AS total_weight,")
	g.line("    CASE WHEN p.end_day IS NULL THEN 1 WHEN p.whole_months IS NOT NULL THEN ", series, " - p.first_month + 1")
	g.line("      ELSE ", g.use(&daysBetween, "p.start_day", "LEAST(p.end_day, "+g.use(&firstDay, series+" + 1")+")"), " END AS weight_through,")
	g.line("    CASE WHEN p.end_day IS NULL THEN 0 WHEN p.whole_months IS NOT NULL THEN ", series, " - p.first_month")
	g.line("      ELSE ", g.use(&daysBetween, "p.start_day", "GREATEST(p.start_day, "+g.use(&firstDay, series)+")"), " END AS weight_before")
	g.line("  ", g.use(&monthSeries, "nrr_clipped AS p", "p.first_month", "p.last_in"))
	g.line("),")
	// Cumulative rounding: each month gets round(amount × weight through
	// it / total) less the same through the month before, so the shares
	// add up to the line exactly.
	g.line("nrr_amounts AS (")
	g.line("  SELECT customer, month_no,")
	g.line("    SUM((", g.divRound("amount * weight_through", "total_weight"), ") - (", g.divRound("amount * weight_before", "total_weight"), ")) AS amount")
	g.line("  FROM nrr_weights")
	g.line("  GROUP BY customer, month_no")
	g.line("),")
}

func (g *gen) monthlyAmounts() {
	s := g.src
	g.line("WITH")
	g.line("nrr_rows AS (")
	g.line("  SELECT")
	g.line("    ", g.text(g.ident(s.Customer)), " AS customer,")
	g.line("    ", g.month("CAST("+g.ident(s.Month)+" AS DATE)"), " AS month_no,")
	g.line("    ", g.cents(g.ident(s.Amount)), " AS amount")
	g.line("  FROM ", g.table())
	g.line("),")
	g.line("nrr_readable AS (")
	g.line("  SELECT *")
	g.line("  FROM nrr_rows")
	g.line("  WHERE customer <> '' AND month_no IS NOT NULL")
	g.line("),")
	g.line("nrr_bounds AS (")
	g.line("  SELECT MIN(month_no) AS first_month, ", g.lastMonth("MAX(month_no)"), " AS last_month")
	g.line("  FROM nrr_readable")
	g.line("),")
	amount := "r.amount"
	if s.Unit == monthly.ARR {
		amount = g.divRound("r.amount", "12")
	}
	g.line("nrr_amounts AS (")
	g.line("  SELECT r.customer, r.month_no, SUM(", amount, ") AS amount")
	g.line("  FROM nrr_readable AS r CROSS JOIN nrr_bounds AS b")
	g.line("  WHERE r.month_no <= b.last_month")
	g.line("  GROUP BY r.customer, r.month_no")
	g.line("),")
}

// amountLevels turns each customer's amount per month into levels: the
// month's amount (nothing below zero), and zero from the next month when
// that month has no amount.
func (g *gen) amountLevels() {
	g.line("nrr_next AS (")
	g.line("  SELECT customer, month_no, amount, LEAD(month_no) OVER (PARTITION BY customer ORDER BY month_no) AS next_month")
	g.line("  FROM nrr_amounts")
	g.line("),")
	g.line("nrr_levels AS (")
	g.line("  SELECT customer, month_no, GREATEST(amount, 0) AS mrr")
	g.line("  FROM nrr_next")
	g.line("  UNION ALL")
	g.line("  SELECT n.customer, n.month_no + 1 AS month_no, 0 AS mrr")
	g.line("  FROM nrr_next AS n CROSS JOIN nrr_bounds AS b")
	g.line("  WHERE (n.next_month IS NULL OR n.next_month > n.month_no + 1) AND n.month_no + 1 <= b.last_month")
	g.line("),")
}

func (g *gen) movements() {
	g.header(fmt.Sprintf("-- "+headMovements, g.src.Shape, g.d))
	g.levels()
	c := g.conv
	g.line("nrr_steps AS (")
	g.line("  SELECT customer, month_no, mrr,")
	g.line("    COALESCE(LAG(mrr) OVER (PARTITION BY customer ORDER BY month_no), 0) AS mrr_before,")
	if c.ReactivationAsNew {
		g.line("    0 AS paid_earlier")
	} else {
		g.line("    COALESCE(MAX(mrr) OVER (PARTITION BY customer ORDER BY month_no ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS paid_earlier")
	}
	g.line("  FROM nrr_levels")
	g.line("),")
	// The first month's rows are the base; they move the totals, and count
	// as movements only when the opening month counts as new.
	moved := "s.month_no > b.first_month AND "
	if c.OpeningAsNew {
		moved = ""
	}
	g.line("nrr_moves AS (")
	g.line("  SELECT s.month_no,")
	g.line("    SUM(s.mrr - s.mrr_before) AS net,")
	g.line("    SUM(CASE WHEN s.mrr > 0 AND s.mrr_before = 0 THEN 1 WHEN s.mrr = 0 AND s.mrr_before > 0 THEN -1 ELSE 0 END) AS paying_change,")
	g.line("    SUM(CASE WHEN ", moved, "s.mrr > 0 AND s.mrr_before = 0 AND s.paid_earlier = 0 THEN s.mrr ELSE 0 END) AS new_mrr,")
	g.line("    SUM(CASE WHEN ", moved, "s.mrr_before > 0 AND s.mrr > s.mrr_before THEN s.mrr - s.mrr_before ELSE 0 END) AS expansion_mrr,")
	g.line("    SUM(CASE WHEN ", moved, "s.mrr > 0 AND s.mrr < s.mrr_before THEN s.mrr_before - s.mrr ELSE 0 END) AS contraction_mrr,")
	g.line("    SUM(CASE WHEN ", moved, "s.mrr = 0 AND s.mrr_before > 0 THEN s.mrr_before ELSE 0 END) AS churned_mrr,")
	g.line("    SUM(CASE WHEN ", moved, "s.mrr > 0 AND s.mrr_before = 0 AND s.paid_earlier > 0 THEN s.mrr ELSE 0 END) AS reactivation_mrr")
	g.line("  FROM nrr_steps AS s CROSS JOIN nrr_bounds AS b")
	g.line("  GROUP BY s.month_no")
	g.line("),")
	g.line("nrr_months AS (")
	g.line("  SELECT ", g.use(&monthSeriesValue), " AS month_no")
	g.line("  ", g.use(&monthSeries, "nrr_bounds AS b", "b.first_month", "b.last_month"))
	g.line("),")
	g.line("nrr_totals AS (")
	g.line("  SELECT m.month_no,")
	for _, col := range []string{"new_mrr", "expansion_mrr", "contraction_mrr", "churned_mrr", "reactivation_mrr"} {
		g.line("    COALESCE(v.", col, ", 0) AS ", col, ",")
	}
	g.line("    SUM(COALESCE(v.net, 0)) OVER (ORDER BY m.month_no ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS ending_mrr,")
	g.line("    SUM(COALESCE(v.paying_change, 0)) OVER (ORDER BY m.month_no ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS paying_customers")
	g.line("  FROM nrr_months AS m LEFT JOIN nrr_moves AS v ON v.month_no = m.month_no")
	g.line(")")
	g.line("SELECT")
	g.line("  ", g.use(&firstDay, "t.month_no"), " AS month,")
	g.line("  ", g.money("t.ending_mrr - t.new_mrr - t.expansion_mrr - t.reactivation_mrr + t.contraction_mrr + t.churned_mrr"), " AS starting_mrr,")
	for _, col := range []string{"new_mrr", "expansion_mrr", "contraction_mrr", "churned_mrr", "reactivation_mrr", "ending_mrr"} {
		g.line("  ", g.money("t."+col), " AS ", col, ",")
	}
	g.line("  CAST(t.paying_customers AS ", g.integer(), ") AS paying_customers")
	g.line("FROM nrr_totals AS t")
	g.line("ORDER BY t.month_no")
}

func (g *gen) customers(from, to monthly.Month) {
	g.header(fmt.Sprintf("-- "+headCustomers, from, to, g.src.Shape, g.d))
	g.levels()
	f, t := strconv.Itoa(int(from)), strconv.Itoa(int(to))
	at := func(m string) string {
		return "SUM(CASE WHEN " + m + " BETWEEN b.first_month AND b.last_month AND l.month_no <= " + m +
			" AND (l.until_month IS NULL OR l.until_month > " + m + ") THEN l.mrr ELSE 0 END)"
	}
	g.line("nrr_spans AS (")
	g.line("  SELECT customer, month_no, mrr, LEAD(month_no) OVER (PARTITION BY customer ORDER BY month_no) AS until_month")
	g.line("  FROM nrr_levels")
	g.line("),")
	g.line("nrr_two AS (")
	g.line("  SELECT l.customer,")
	g.line("    ", at(f), " AS start_mrr,")
	g.line("    ", at(t), " AS end_mrr")
	g.line("  FROM nrr_spans AS l CROSS JOIN nrr_bounds AS b")
	g.line("  GROUP BY l.customer")
	g.line(")")
	g.line("SELECT")
	g.line("  customer,")
	g.line("  ", g.money("start_mrr"), " AS start_mrr,")
	g.line("  ", g.money("end_mrr"), " AS end_mrr")
	g.line("FROM nrr_two")
	g.line("WHERE start_mrr > 0 OR end_mrr > 0")
	g.line("ORDER BY customer")
}
