package sql

import "nrrlab/calc/lang"

// Every user-facing sentence of this package is here, so that a translation
// touches one file. The refusals are whole sentences; the header lines are
// written into the generated query as SQL comments, one sentence a line,
// and stay English, as the rest of the query.

// The refusals, as lang.Keys the page writes in the user's language. A
// column is named by its role, a noun phrase written in the language; the
// names the user typed are lang.Quotes.
const (
	errNameEmpty          lang.Key = "The %s column has no name: type the column's name as it appears in your table."
	errTableEmpty         lang.Key = "The table has no name: type it as your warehouse writes it, such as analytics.billing.subscriptions."
	errTablePartEmpty     lang.Key = "The table name %s has an empty part between its dots: write it as schema.table or project.dataset.table."
	errTableParts         lang.Key = "The table name %s has %d parts; at most three (catalog, schema and table) can be written."
	errNameControl        lang.Key = "The name %s contains a control character (such as a line break or a NUL), which cannot be written safely in SQL: rename the column or choose another."
	errNameUTF8           lang.Key = "The name %s is not valid UTF-8 text: retype it."
	errNameTooLong        lang.Key = "The name %s is %d bytes long; %s accepts names of at most %d bytes."
	errNameBacktick       lang.Key = "BigQuery cannot quote a name with a backtick in it, and %s has one: rename the column or choose another."
	errNameBackslash      lang.Key = "BigQuery reads a backslash in a quoted name as an escape, and %s has one: rename the column or choose another."
	errDialect            lang.Key = "The SQL dialect %d is not one NRR Lab writes: choose DuckDB, PostgreSQL, BigQuery or Snowflake."
	errShape              lang.Key = "The source shape %d is not one NRR Lab reads: choose subscription periods, invoice lines or monthly rows."
	errCurrencyCode       lang.Key = "The currency %s cannot be used as a filter: write a code of letters and digits such as USD or IDR."
	errCurrencyNoCol      lang.Key = "A currency (%s) was chosen but no currency column was named: name the column that holds each line's currency."
	errARRInterval        lang.Key = "Amounts said to be ARR are already yearly, so the interval column %s cannot also divide them: choose MRR amounts with an interval, or ARR without one."
	errNotForSubscription lang.Key = "The %s column is not used with subscription periods: leave it empty."
	errNotForInvoice      lang.Key = "The %s column is not used with invoice lines: leave it empty."
	errNotForMonthly      lang.Key = "The %s column is not used with monthly rows: leave it empty."
	errMonthRange         lang.Key = "The month %s is outside the years NRR Lab can compute (1900 to 2200)."
	errAsOfRange          lang.Key = "The as-of date %s is outside the years NRR Lab can compute (1900 to 2200)."
	errSameColumn         lang.Key = "The %s and %s columns are both %s: each role needs its own column."
)

// Names of the roles a column plays, in the refusals: noun phrases.
const (
	roleCustomer      lang.Key = "customer"
	roleStart         lang.Key = "start date"
	roleEnd           lang.Key = "end date"
	roleAmount        lang.Key = "amount"
	roleMonth         lang.Key = "month"
	roleInterval      lang.Key = "interval"
	roleIntervalCount lang.Key = "interval count"
	roleQuantity      lang.Key = "quantity"
	roleCurrency      lang.Key = "currency"
	roleTrial         lang.Key = "trial"
	roleTrialEnd      lang.Key = "trial end"
	roleRevenueType   lang.Key = "revenue type"
)

// Names of the shapes in the query's header comment, which stays English:
// it is code.
const (
	shapeSubscription = "subscription periods"
	shapeInvoice      = "invoice lines"
	shapeMonthly      = "monthly rows"
)

// Lines of the header comment written at the top of every query.
const (
	headMovements      = "NRR Lab: monthly MRR movements, one row per month, from %s (written for %s)."
	headCustomers      = "NRR Lab: each customer's MRR in %s and in %s, from %s (written for %s)."
	headPaste          = "Run it in your warehouse and paste the result into NRR Lab: amounts are exact, in whole currency units with two decimals."
	headSnapshot       = "A month's MRR is the MRR on its last day: a period counts in a month when it is active on that day."
	headEndExclusive   = "End dates are exclusive: a period ending on 2024-03-01 is active through 2024-02-29."
	headEndInclusive   = "End dates are inclusive: a period ending on 2024-02-29 is active on that day."
	headRunning        = "A period with no end date is still running, through the last month."
	headSpread         = "Each line's amount is spread over the months of its service period: equal shares for whole months, shares by days otherwise, cut so that they add up to the line exactly."
	headMonthRows      = "Each row is a customer's revenue in the month of its date; rows of the same customer and month add up."
	headPerMonth       = "A period's amount is divided by its interval in months (quarter 3, year 12, N months N, a week 12/52, times the interval count), after the quantity multiplies it."
	headARR            = "Amounts are ARR: each is divided by 12 into MRR."
	headCents          = "Amounts are in cents."
	headRounding       = "Amounts are rounded to the cent half away from zero; a customer whose month adds up to less than zero counts as paying nothing."
	headUnknownInt     = "A period whose interval is not a day, week, month, quarter, half year, year or a number of months counts nothing."
	headBadRows        = "Rows without a customer or a start date, and rows whose end date is on or before their start date, are left out."
	headSeries         = "The months run from the month of the earliest date to the month of the latest date in the data."
	headAsOf           = "The months run from the month of the earliest date to the month of the latest date in the data, but not past %s."
	headReactivation   = "A customer who paid before, stopped and pays again counts as a reactivation."
	headReactivateNew  = "A customer who paid before, stopped and pays again counts as new."
	headOpeningBase    = "The first month is the starting base: its customers are not new, and it has no movements."
	headOpeningNew     = "The first month's paying customers count as new, starting from zero."
	headGRRPerCustomer = "NRR Lab caps GRR per customer at its starting MRR."
	headGRROnTotals    = "NRR Lab caps GRR on the totals."
	headCurrency       = "Only rows in %s (or with no currency) are read; rows in other currencies are left out."
	headCurrencyMost   = "Only rows in the currency with the most rows (or with no currency) are read; rows in other currencies are left out."
	headTrial          = "Rows marked as trials are left out."
	headTrialEnd       = "A period whose trial ends after its start starts paying at the trial end."
	headNonRecurring   = "Rows whose revenue type is non-recurring are left out; a revenue type of MRR or ARR says how to read the row's amount."
	headNoEnd          = "A line without an end date puts its whole amount in the month of its start date."
	headQuantity       = "A fractional quantity makes a fraction of a cent, rounded half away from zero before the division."
)
