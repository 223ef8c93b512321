package sql

import (
	"fmt"
	"strings"
	"time"

	"nrrlab/calc"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// Shape is how the user's table holds recurring revenue.
type Shape uint8

const (
	// Subscriptions has a row per subscription period: customer, start
	// date, end date (blank while running) and an amount per interval.
	Subscriptions Shape = iota
	// Invoices has a row per invoice line with a service period: customer,
	// amount (negative for credits) and the period's start and end.
	Invoices
	// MonthlyRows has a row per customer and month with an amount: the long
	// shape of a monthly MRR sheet.
	MonthlyRows
)

// String names the shape in the user's words, as the query's header does.
func (s Shape) String() string {
	switch s {
	case Subscriptions:
		return shapeSubscription
	case Invoices:
		return shapeInvoice
	case MonthlyRows:
		return shapeMonthly
	}
	return fmt.Sprintf("Shape(%d)", uint8(s))
}

// Source describes the user's table: its shape, and its table and column
// names exactly as the user types them. Names are identifiers, never SQL:
// each is quoted for the dialect, and a name that cannot be quoted safely is
// refused. Optional columns are empty when the table has none.
type Source struct {
	Shape Shape
	// Table is the table's name, its parts separated by dots:
	// "subscriptions", "billing.subscriptions" or
	// "project.dataset.subscriptions". A part cannot contain a dot.
	Table string

	Customer string
	// Start and End are the period's dates (Subscriptions, Invoices).
	Start, End string
	// Month is the month's date (MonthlyRows): any day stands for its month.
	Month string
	// Amount is the amount of the period, the line or the month.
	Amount string

	// Interval, IntervalCount and Quantity are optional (Subscriptions):
	// month, quarter, year or "N months"; a multiplier of the interval
	// (Baremetrics' plan_interval_count); a number of seats.
	Interval, IntervalCount, Quantity string

	// Currency is the optional column of each row's currency; CurrencyCode
	// chooses the currency read, and when it is empty the currency with the
	// most rows is read. A row with no currency goes with the one read.
	Currency, CurrencyCode string

	// Trial flags trial rows (is_trial: true, yes, ya…), which are left out;
	// TrialEnd is when a period starts paying, when later than its start;
	// RevenueType says per row whether the amount is MRR, ARR or
	// non-recurring (left out), as SaaSGrid's Revenue Type does. All three
	// are optional (Subscriptions, Invoices).
	Trial, TrialEnd, RevenueType string

	// Unit says whether amounts are MRR (the default) or ARR, which is
	// divided by 12 into MRR.
	Unit monthly.Unit
	// Cents says the amounts are integer cents (Baremetrics' plan_amount,
	// ChartMogul's amount_in_cents) rather than whole currency units.
	Cents bool
	// ExactCase keeps the case of plain names. Without it, a plain name such
	// as Customer_ID finds the column that an unquoted customer_id would
	// find: PostgreSQL folds it to lower case, Snowflake to upper case. With
	// it, the name must match the column's stored name exactly.
	ExactCase bool
}

// Conventions choose how the query counts; the zero value is NRR Lab's
// default everywhere.
type Conventions struct {
	// ReactivationAsNew counts a customer who paid before, stopped and pays
	// again as new instead of as a reactivation.
	ReactivationAsNew bool
	// OpeningAsNew counts the first month's paying customers as new
	// movements from zero (dbt's mrr-playbook) instead of as the starting
	// base.
	OpeningAsNew bool
	// EndInclusive reads end dates as the last day of the period instead of
	// the first day after it.
	EndInclusive bool
	// GRRCap is how NRR Lab caps GRR once the result is pasted back; the
	// query's figures do not depend on it, and its header says which.
	GRRCap calc.GRRCap
	// AsOf, when not zero, caps the last month of the series at its month:
	// the browser passes today, so that a period with an end date in the
	// future is not counted in months that have not happened.
	AsOf time.Time
}

// GuessCents reports whether a column name says its amounts are integer
// cents, as Baremetrics' plan_amount and ChartMogul's amount_in_cents do.
func GuessCents(column string) bool {
	c := strings.ToLower(strings.TrimSpace(column))
	return strings.Contains(c, "cents") || c == "plan_amount"
}

// Limits of the month numbers a query can hold: the years ingest reads.
var (
	minMonth = monthly.MonthOf(1900, time.January)
	maxMonth = monthly.MonthOf(2200, time.December)
)

// column is a role and the name the user gave it.
type column struct {
	role     lang.Key
	name     string
	required bool
}

// columns lists the roles of the shape, and refuses names given for roles
// the shape does not use.
func (s *Source) columns() ([]column, error) {
	var cols []column
	use := func(role lang.Key, name string, required bool) {
		cols = append(cols, column{role, name, required})
	}
	unused := func(role lang.Key, name string) error {
		if strings.TrimSpace(name) != "" {
			return lang.M([...]lang.Key{Subscriptions: errNotForSubscription, Invoices: errNotForInvoice, MonthlyRows: errNotForMonthly}[s.Shape], role)
		}
		return nil
	}
	use(roleCustomer, s.Customer, true)
	use(roleAmount, s.Amount, true)
	var extra []error
	periods := func() {
		use(roleStart, s.Start, true)
		use(roleEnd, s.End, false)
		use(roleQuantity, s.Quantity, false)
		use(roleCurrency, s.Currency, false)
		use(roleTrial, s.Trial, false)
		use(roleTrialEnd, s.TrialEnd, false)
		use(roleRevenueType, s.RevenueType, false)
		extra = append(extra, unused(roleMonth, s.Month))
	}
	switch s.Shape {
	case Subscriptions:
		periods()
		use(roleInterval, s.Interval, false)
		use(roleIntervalCount, s.IntervalCount, false)
	case Invoices:
		periods()
		extra = append(extra, unused(roleInterval, s.Interval), unused(roleIntervalCount, s.IntervalCount))
	case MonthlyRows:
		use(roleMonth, s.Month, true)
		extra = append(extra, unused(roleStart, s.Start), unused(roleEnd, s.End), unused(roleInterval, s.Interval),
			unused(roleIntervalCount, s.IntervalCount), unused(roleQuantity, s.Quantity), unused(roleCurrency, s.Currency),
			unused(roleTrial, s.Trial), unused(roleTrialEnd, s.TrialEnd), unused(roleRevenueType, s.RevenueType))
	default:
		return nil, lang.M(errShape, int(s.Shape))
	}
	for _, err := range extra {
		if err != nil {
			return nil, err
		}
	}
	return cols, nil
}

// check refuses a description that cannot make a query, with the first
// thing wrong in words the user can act on.
func (s *Source) check(d Dialect, c Conventions) error {
	if d > Snowflake {
		return lang.M(errDialect, int(d))
	}
	cols, err := s.columns()
	if err != nil {
		return err
	}
	if _, err := quoteTable(d, s.Table, s.ExactCase); err != nil {
		return err
	}
	seen := map[string]lang.Key{}
	for _, col := range cols {
		if col.name == "" && !col.required {
			continue
		}
		if strings.TrimSpace(col.name) == "" {
			return lang.M(errNameEmpty, col.role)
		}
		q, err := quoteName(d, col.name, s.ExactCase)
		if err != nil {
			return err
		}
		if other, dup := seen[q]; dup {
			return lang.M(errSameColumn, other, col.role, shown(col.name))
		}
		seen[q] = col.role
	}
	if s.Unit == monthly.ARR && s.Interval != "" {
		return lang.M(errARRInterval, shown(s.Interval))
	}
	if s.CurrencyCode != "" {
		if s.Currency == "" {
			return lang.M(errCurrencyNoCol, shown(s.CurrencyCode))
		}
		if !currencyCode(s.CurrencyCode) {
			return lang.M(errCurrencyCode, shown(s.CurrencyCode))
		}
	}
	if !c.AsOf.IsZero() {
		if m := monthly.MonthOf(c.AsOf.Year(), c.AsOf.Month()); m < minMonth || m > maxMonth {
			return lang.M(errAsOfRange, c.AsOf.Format(time.DateOnly))
		}
	}
	return nil
}

// currencyCode reports whether code can be written as a string literal in
// every dialect without escapes: letters and digits, at most 16 of them.
// BigQuery and Snowflake read a backslash in a literal as an escape, so
// nothing else is let through.
func currencyCode(code string) bool {
	if code == "" || len(code) > 16 {
		return false
	}
	for i := 0; i < len(code); i++ {
		c := code[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
