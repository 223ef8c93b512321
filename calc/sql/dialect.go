package sql

import (
	"fmt"
	"strings"
)

// Dialect is the SQL engine a query is written for.
type Dialect uint8

const (
	// DuckDB writes the query for DuckDB (1.x).
	DuckDB Dialect = iota
	// PostgreSQL writes the query for PostgreSQL (12 and later).
	PostgreSQL
	// BigQuery writes the query for Google BigQuery (GoogleSQL).
	BigQuery
	// Snowflake writes the query for Snowflake.
	Snowflake
)

// Dialects lists every dialect, in the order the product offers them.
var Dialects = []Dialect{DuckDB, PostgreSQL, BigQuery, Snowflake}

// String is the engine's name as its users write it.
func (d Dialect) String() string {
	switch d {
	case DuckDB:
		return "DuckDB"
	case PostgreSQL:
		return "PostgreSQL"
	case BigQuery:
		return "BigQuery"
	case Snowflake:
		return "Snowflake"
	}
	return fmt.Sprintf("Dialect(%d)", uint8(d))
}

// construct is a piece of SQL that the dialects write differently: a format
// per dialect, whose %[1]s, %[2]s … are the arguments. Every difference
// between the dialects' queries goes through one, and each has a
// "// dialect: name:" comment saying what differs and why; a test renders
// the queries with every construct replaced by its name and checks that the
// four dialects then give the same text.
type construct struct {
	name string
	text [4]string // DuckDB, PostgreSQL, BigQuery, Snowflake
}

// The table of differences.
var (
	// dialect: integer type: BigQuery spells a 64-bit integer INT64;
	// Snowflake's BIGINT is NUMBER(38, 0), written out so the scale is plain.
	integerType = construct{"integer type", [4]string{"BIGINT", "BIGINT", "INT64", "NUMBER(38, 0)"}}

	// dialect: decimal type: an exact decimal wide enough for an amount with
	// sub-cent digits. BigQuery's NUMERIC is fixed at 38 digits, 9 decimals,
	// and takes no parameters here.
	decimalType = construct{"decimal type", [4]string{"DECIMAL(38, 6)", "NUMERIC(38, 6)", "NUMERIC", "NUMBER(38, 6)"}}

	// dialect: text type: the name of a string type for customer names.
	textType = construct{"text type", [4]string{"VARCHAR", "TEXT", "STRING", "VARCHAR"}}

	// dialect: integer division: the quotient of two non-negative integers,
	// rounded down, exactly. DuckDB's / on integers returns a DOUBLE, so it
	// uses //; PostgreSQL and BigQuery have DIV; Snowflake's / returns a
	// decimal rounded to a few places, so the remainder is taken off first
	// to keep the quotient exact.
	integerDivision = construct{"integer division", [4]string{
		"((%[1]s) // (%[2]s))",
		"DIV(%[1]s, %[2]s)",
		"DIV(%[1]s, %[2]s)",
		"CAST(((%[1]s) - MOD(%[1]s, %[2]s)) / (%[2]s) AS NUMBER(38, 0))",
	}}

	// dialect: month number: a date's month counted from year 0 (year × 12 +
	// month − 1), the same number as monthly.Month. PostgreSQL's EXTRACT
	// returns NUMERIC, cast back to an integer.
	monthNumber = construct{"month number", [4]string{
		"(EXTRACT(YEAR FROM %[1]s) * 12 + EXTRACT(MONTH FROM %[1]s) - 1)",
		"(CAST(EXTRACT(YEAR FROM %[1]s) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM %[1]s) AS INTEGER) - 1)",
		"(EXTRACT(YEAR FROM %[1]s) * 12 + EXTRACT(MONTH FROM %[1]s) - 1)",
		"(EXTRACT(YEAR FROM %[1]s) * 12 + EXTRACT(MONTH FROM %[1]s) - 1)",
	}}

	// dialect: first day of a month: the date of the first day of a month
	// number (date truncation, in reverse). Each engine has its own function
	// to build a date from parts, and its own integer division.
	firstDay = construct{"first day of a month", [4]string{
		"make_date(CAST((%[1]s) // 12 AS INTEGER), CAST((%[1]s) %% 12 AS INTEGER) + 1, 1)",
		"make_date(CAST(DIV(%[1]s, 12) AS INTEGER), CAST(MOD(%[1]s, 12) AS INTEGER) + 1, 1)",
		"DATE(DIV(%[1]s, 12), MOD(%[1]s, 12) + 1, 1)",
		"DATE_FROM_PARTS(CAST(((%[1]s) - MOD(%[1]s, 12)) / 12 AS INTEGER), MOD(%[1]s, 12) + 1, 1)",
	}}

	// dialect: days between: the number of days from the first date to the
	// second. DuckDB and PostgreSQL subtract dates; BigQuery and Snowflake
	// have functions, with their arguments in opposite orders.
	daysBetween = construct{"days between", [4]string{
		"(%[2]s - %[1]s)",
		"(%[2]s - %[1]s)",
		"DATE_DIFF(%[2]s, %[1]s, DAY)",
		"DATEDIFF(DAY, %[1]s, %[2]s)",
	}}

	// dialect: add months: month arithmetic that keeps the day and clamps it
	// to the month's length (Jan 31 + 1 month = Feb 29). DuckDB and
	// PostgreSQL return a timestamp, cast back to a date. Snowflake's
	// ADD_MONTHS would move a month's last day to the next month's last day,
	// so DATEADD is used.
	addMonths = construct{"add months", [4]string{
		"CAST(%[1]s + to_months(CAST(%[2]s AS INTEGER)) AS DATE)",
		"CAST(%[1]s + make_interval(months => CAST(%[2]s AS INTEGER)) AS DATE)",
		"DATE_ADD(%[1]s, INTERVAL %[2]s MONTH)",
		"DATEADD(MONTH, %[2]s, %[1]s)",
	}}

	// dialect: next day: the day after a date, which turns an inclusive end
	// date into an exclusive one.
	nextDay = construct{"next day", [4]string{
		"(%[1]s + 1)",
		"(%[1]s + 1)",
		"DATE_ADD(%[1]s, INTERVAL 1 DAY)",
		"DATEADD(DAY, 1, %[1]s)",
	}}

	// dialect: month series: the rows of %[1]s, each joined to a row for
	// every month number from %[2]s to %[3]s, both included (series
	// generation). DuckDB and PostgreSQL have generate_series (PostgreSQL
	// wants LATERAL to see the row's columns); BigQuery unnests
	// GENERATE_ARRAY; Snowflake flattens ARRAY_GENERATE_RANGE, whose end is
	// excluded, as its GENERATOR only takes a constant row count.
	monthSeries = construct{"month series", [4]string{
		"FROM %[1]s CROSS JOIN generate_series(%[2]s, %[3]s) AS nrr_series(month_no)",
		"FROM %[1]s CROSS JOIN LATERAL generate_series(%[2]s, %[3]s) AS nrr_series(month_no)",
		"FROM %[1]s CROSS JOIN UNNEST(GENERATE_ARRAY(%[2]s, %[3]s)) AS nrr_series_month",
		"FROM %[1]s, LATERAL FLATTEN(INPUT => ARRAY_GENERATE_RANGE(%[2]s, %[3]s + 1)) AS nrr_series",
	}}

	// dialect: month series value: the month number of a month series row;
	// Snowflake's FLATTEN gives a VARIANT, cast to an integer.
	monthSeriesValue = construct{"month series value", [4]string{
		"nrr_series.month_no",
		"nrr_series.month_no",
		"nrr_series_month",
		"CAST(nrr_series.value AS INTEGER)",
	}}

	// dialect: first number in a text: the digits of "3 months", or NULL.
	// DuckDB's regexp_extract returns '' when nothing matches; the others
	// return NULL.
	firstNumber = construct{"first number in a text", [4]string{
		"NULLIF(regexp_extract(%[1]s, '[0-9]+'), '')",
		"substring(%[1]s from '[0-9]+')",
		"REGEXP_EXTRACT(%[1]s, r'[0-9]+')",
		"REGEXP_SUBSTR(%[1]s, '[0-9]+')",
	}}

	// dialect: cents to an exact decimal: an integer count of cents as a
	// decimal with two places, with no float in between. DuckDB divides
	// decimals into a DOUBLE, so it multiplies by 0.01 instead; BigQuery's
	// NUMERIC keeps nine places, rounded to two.
	centsToDecimal = construct{"cents to an exact decimal", [4]string{
		"CAST(CAST(%[1]s AS DECIMAL(38, 0)) * 0.01 AS DECIMAL(38, 2))",
		"CAST(CAST(%[1]s AS NUMERIC) / 100 AS NUMERIC(38, 2))",
		"ROUND(CAST(%[1]s AS NUMERIC) / 100, 2)",
		"CAST(CAST(%[1]s AS NUMBER(38, 0)) / 100 AS NUMBER(38, 2))",
	}}

	// dialect: whole cents: an amount column read as whole cents, %[2]s
	// being 100 for amounts in currency units and 1 for amounts in cents,
	// rounded half away from zero through an exact decimal (a FLOAT column's
	// 1.005 is the 1.005 its user typed, as in NRR Lab). DuckDB computes
	// DECIMAL(38, 6) in 128-bit integers, seventy times slower than
	// DECIMAL(18, 6), so amounts below 10^11 take the 64-bit path.
	wholeCents = construct{"whole cents", [4]string{
		"CASE WHEN ABS(CAST(%[1]s AS DOUBLE)) < 1e11 THEN CAST(ROUND(CAST(%[1]s AS DECIMAL(18, 6)) * %[2]s) AS BIGINT) ELSE CAST(ROUND(CAST(%[1]s AS DECIMAL(38, 6)) * %[2]s) AS BIGINT) END",
		"CAST(ROUND(CAST(%[1]s AS NUMERIC(38, 6)) * %[2]s) AS BIGINT)",
		"CAST(ROUND(CAST(%[1]s AS NUMERIC) * %[2]s) AS INT64)",
		"CAST(ROUND(CAST(%[1]s AS NUMBER(38, 6)) * %[2]s) AS NUMBER(38, 0))",
	}}

	// dialect: rounding: ROUND on an exact decimal rounds half away from zero
	// in all four engines, so every amount is cast to the decimal type before
	// it is rounded: PostgreSQL rounds a double precision half to even, and
	// a FLOAT column would round differently in each engine. The text is the
	// same everywhere; it is listed so that the rule has one home.
	roundHalfAway = construct{"rounding", [4]string{"ROUND(%[1]s)", "ROUND(%[1]s)", "ROUND(%[1]s)", "ROUND(%[1]s)"}}
)

// dialect: identifier quoting: DuckDB, PostgreSQL and Snowflake quote names
// in double quotes, doubling a double quote inside; BigQuery quotes in
// backticks, where a backslash starts an escape and a backtick cannot be
// written at all, so both are refused. PostgreSQL folds unquoted names to
// lower case and Snowflake to upper case: a plain name such as customer_id
// is folded the same way before it is quoted, so that it finds the column
// the user's own unquoted SQL would find (see Source.ExactCase).
var identifierQuoting = "identifier quoting"

// gen writes one query for one dialect.
type gen struct {
	d    Dialect
	src  *Source
	conv Conventions
	err  error
	b    strings.Builder
	// marked renders every construct as its name and arguments instead of
	// its text, for the test that proves the dialects differ only there.
	marked bool
}

// use renders construct c with args.
func (g *gen) use(c *construct, args ...string) string {
	if g.marked {
		return "⟪" + c.name + "(" + strings.Join(args, " | ") + ")⟫"
	}
	a := make([]any, len(args))
	for i, s := range args {
		a[i] = s
	}
	return fmt.Sprintf(c.text[g.d], a...)
}
