// Package sql writes NRR Lab's definitions of monthly MRR movements as one
// self-contained SQL query that runs where a company's billing data lives:
// DuckDB, PostgreSQL, BigQuery or Snowflake. The user describes a table
// (Source) and chooses conventions (Conventions); Movements writes the
// query of monthly movements and Customers the query of each customer's MRR
// in two months. The results are pasted back into NRR Lab, whose
// calc/monthly gives the same figures to the cent on the same data: the
// package's tests run every query in DuckDB and PostgreSQL and compare
// every month and every category with monthly.Analyse.
//
// The queries work on change points, not on a customer × month grid: a
// period adds its MRR in its first month and takes it away in the month
// after its last, and each customer's MRR is a running sum of its changes,
// so the work grows with the rows, not with customers × months.
//
// # From subscription periods and invoice lines to monthly MRR
//
// These conventions are shared with the Go reader of calc/ingest, and both
// give the same customer × month MRR to the cent. Dates are calendar dates
// (no time zone arithmetic: a timestamp such as 2024-01-31 23:10:00 is read
// as its date, 2024-01-31, as the engine casts it to DATE).
//
// Months and the snapshot:
//   - A month's MRR is the MRR at the END of the month (a month-end
//     snapshot): a period counts in month M when it is active on M's last
//     day.
//   - A period [start, end) with the end EXCLUSIVE (the default) is active
//     on day d when start <= d < end. With the end INCLUSIVE (a user
//     choice), when start <= d <= end. So, end exclusive: counts in M iff
//     start <= lastDay(M) and (end is blank or end > lastDay(M)). For
//     first-of-month dates (dbt's mrr-playbook fixture) this equals dbt's
//     own rule (date_month >= start_date and date_month < end_date).
//   - A blank end means still running. The series runs from the month of
//     the earliest start to the LAST MONTH of the data, which is the month
//     of the latest date appearing in the start or end columns, but never
//     later than an "as of" date given by the caller (the browser passes
//     today; tests pass a fixed date). A running period counts through the
//     last month. The last month is never churn merely because the data
//     stops there: there is no month after it.
//   - An end date before or equal to its start date makes the row
//     unreadable; the query leaves such rows out, and rows without a
//     customer or a start date, and says so in its header.
//
// Amounts:
//   - A subscription row's MRR = amount converted to one month, exactly in
//     cents, rounded half away from zero: interval month → amount; quarter
//     → amount/3; year → amount/12; "N months" → amount/N; when the user
//     says amounts are ARR → amount/12; an interval count column
//     (Baremetrics' plan_interval_count) multiplies the interval (year × 2
//     = 24 months); a quantity column multiplies the amount BEFORE the
//     division. Amounts given in cents (Source.Cents; GuessCents recognises
//     a header with "cents" and Baremetrics' plan_amount) are read as cents.
//     Rounding: round_half_away_from_zero(amount_cents / months) in whole
//     cents. An interval the query cannot read (a week, a day) counts
//     nothing.
//   - Several periods of one customer active in the same month add up.
//   - Rows with amount 0 (trials) contribute nothing and do not make a
//     customer paying.
//   - A customer-month whose total is below zero (credits larger than
//     charges) counts as no revenue (zero).
//
// Invoice lines with a service period:
//   - A line has a customer, an amount (negative for credits and refunds),
//     a service period start and end (end exclusive by default, inclusive as
//     a user choice), and optionally a currency.
//   - The amount is spread over the months the service period covers: when
//     the period is a whole number n of months (from day d of one month to
//     day d of the month n later, exclusive; day d clamped to the month's
//     length, so Jan 31 → Feb 29 → Mar 31 counts as whole months), each of
//     the n months starting at the period's start month gets an equal
//     share; otherwise (a part period) each calendar month gets a share
//     weighted by the number of days of the period that fall in it. Shares
//     are cut with cumulative rounding so they add up EXACTLY to the line's
//     amount: share_k = round_half_away(amount_cents × W_k / W) −
//     round_half_away(amount_cents × W_(k−1) / W), where W_k is the
//     cumulative weight through the k-th month (months for whole periods,
//     days for part periods) and W the total weight. A line whose period
//     lies in one month puts its whole amount in that month.
//   - A month's MRR of a customer is the sum of its lines' shares in that
//     month (then floored at zero as above).
//   - Several currencies in one file cannot be added: the query reads one
//     currency (by default the one with the most lines, ties to the first
//     code in order; the caller can choose another) and leaves the others
//     out.
//
// Long monthly rows (customer, month, amount): any date stands for its
// month; rows of the same customer and month add up, floored at zero; ARR
// amounts are divided by 12 row by row, rounded half away from zero.
//
// # Conventions the analyses offer
//
//   - Reactivation: a customer who paid before, stopped, and pays again is
//     "reactivation" (default), or counted as "new" (a user choice).
//   - The opening month (the first month of the series) has no movements:
//     its customers are the starting base (default). A user choice counts
//     the opening month's customers as new, as dbt's mrr-playbook does.
//   - GRR capped per customer (default) or on totals: applied by NRR Lab to
//     the pasted customers; it does not change the queries' figures.
//
// # Dialects
//
// Each engine's differences (month arithmetic, date truncation, series
// generation, integer division, rounding, casts and identifier quoting) are
// handled in dialect.go, each under a "// dialect:" comment that names it;
// the golden files under testdata/golden show the text written for each.
// PostgreSQL's JIT compiler, on by default, can spend a second compiling
// the query's many small steps; on small tables SET jit = off runs it
// faster.
package sql
