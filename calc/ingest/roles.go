package ingest

import (
	"slices"

	"nrrlab/calc/lang"
)

// Role is what a column of a table is used for, as the data page shows it in
// each column's select.
type Role uint8

const (
	// RoleIgnored is a column that is not read.
	RoleIgnored Role = iota
	// RoleCustomer names the customers (or holds their ids when there is no
	// other id column).
	RoleCustomer
	// RoleCustomerID holds customer ids that tell apart customers whose
	// names are in another column.
	RoleCustomerID
	// RoleSegment groups customers, such as SMB or Enterprise.
	RoleSegment
	// RolePlan names a customer's plan or product.
	RolePlan
	// RoleSignup is a per-customer table's signup date.
	RoleSignup
	// RoleStartARR and RoleEndARR are a per-customer table's ARR at the start
	// and end of the period.
	RoleStartARR
	RoleEndARR
	// RoleMonth is a long table's month column, or one month of a wide sheet.
	RoleMonth
	// RoleAmount holds a long table's monthly amounts, a subscription's
	// amount per interval or an invoice line's amount.
	RoleAmount
	// RoleStartDate holds the first day of a subscription or of an invoice
	// line's service period (its invoice date when it has none).
	RoleStartDate
	// RoleEndDate holds the end of a period, blank while it runs.
	RoleEndDate
	// RoleInterval holds a subscription's billing interval: month, year…
	RoleInterval
	// RoleIntervalCount multiplies the interval: 2 with year is 24 months.
	RoleIntervalCount
	// RoleQuantity multiplies a unit price, such as seats.
	RoleQuantity
	// RoleCurrency holds each row's currency code.
	RoleCurrency
	// RoleTrial flags trial rows; RoleTrialEnd holds the day paying starts.
	RoleTrial
	RoleTrialEnd
	// RoleRevenueType says per row whether the amount is MRR, ARR or
	// non-recurring.
	RoleRevenueType
)

// String names the role in English.
func (r Role) String() string { return string(r.Label()) }

// Label names the role for the column select and the mapping notices, to
// write in the user's language.
func (r Role) Label() lang.Key {
	switch r {
	case RoleCustomer:
		return roleCustomer
	case RoleCustomerID:
		return roleCustomerID
	case RoleSegment:
		return roleSegment
	case RolePlan:
		return rolePlan
	case RoleSignup:
		return roleSignup
	case RoleStartARR:
		return roleStart
	case RoleEndARR:
		return roleEnd
	case RoleMonth:
		return roleMonth
	case RoleAmount:
		return roleAmount
	case RoleStartDate:
		return roleStartDate
	case RoleEndDate:
		return roleEndDate
	case RoleInterval:
		return roleInterval
	case RoleIntervalCount:
		return roleIntervalCount
	case RoleQuantity:
		return roleQuantity
	case RoleCurrency:
		return roleCurrency
	case RoleTrial:
		return roleTrial
	case RoleTrialEnd:
		return roleTrialEnd
	case RoleRevenueType:
		return roleRevenueType
	}
	return roleIgnored
}

// Roles lists the roles a column may take in tables of shape s, in the
// order a select offers them, RoleIgnored last.
func (s Shape) Roles() []Role {
	switch s {
	case PerCustomer:
		return []Role{RoleCustomer, RoleStartARR, RoleEndARR, RoleSegment, RolePlan, RoleSignup, RoleIgnored}
	case Wide:
		return []Role{RoleCustomer, RoleMonth, RoleSegment, RolePlan, RoleIgnored}
	case Long:
		return []Role{RoleCustomer, RoleMonth, RoleAmount, RoleSegment, RolePlan, RoleIgnored}
	case Subscriptions:
		return []Role{RoleCustomer, RoleCustomerID, RoleStartDate, RoleEndDate, RoleAmount, RoleInterval, RoleIntervalCount,
			RoleQuantity, RoleCurrency, RoleTrial, RoleTrialEnd, RoleRevenueType, RoleSegment, RolePlan, RoleIgnored}
	case Invoices:
		return []Role{RoleCustomer, RoleCustomerID, RoleStartDate, RoleEndDate, RoleAmount, RoleQuantity, RoleCurrency,
			RoleTrial, RoleRevenueType, RoleSegment, RolePlan, RoleIgnored}
	}
	return []Role{RoleIgnored}
}

// field returns the mapping's column field for role r, or nil for the roles
// that are no single column (ignored, a wide sheet's months).
func (m *Mapping) field(r Role) *int {
	switch r {
	case RoleCustomer:
		return &m.Customer
	case RoleCustomerID:
		return &m.CustomerID
	case RoleSegment:
		return &m.Segment
	case RolePlan:
		return &m.Plan
	case RoleSignup:
		return &m.Signup
	case RoleStartARR:
		return &m.Start
	case RoleEndARR:
		return &m.End
	case RoleMonth:
		if m.Shape == Wide {
			return nil
		}
		return &m.Month
	case RoleAmount:
		return &m.Amount
	case RoleStartDate:
		return &m.StartDate
	case RoleEndDate:
		return &m.EndDate
	case RoleInterval:
		return &m.Interval
	case RoleIntervalCount:
		return &m.IntervalCount
	case RoleQuantity:
		return &m.Quantity
	case RoleCurrency:
		return &m.Currency
	case RoleTrial:
		return &m.Trial
	case RoleTrialEnd:
		return &m.TrialEnd
	case RoleRevenueType:
		return &m.RevenueType
	}
	return nil
}

// Role returns what column col is used for in m's shape; a column no role
// of the shape names is RoleIgnored.
func (m *Mapping) Role(col int) Role {
	if col < 0 {
		return RoleIgnored
	}
	for _, r := range m.Shape.Roles() {
		if r == RoleMonth && m.Shape == Wide {
			if isMonthColumn(m.Months, col) {
				return RoleMonth
			}
			continue
		}
		if f := m.field(r); f != nil && *f == col {
			return r
		}
	}
	return RoleIgnored
}

// SetRole makes column col hold role r: the column that held r before now
// holds nothing, and col gives up its own role. RoleIgnored leaves col
// unused. A wide sheet's month columns come from their headers, so they can
// be left out (RoleIgnored) but not added.
func (m *Mapping) SetRole(col int, r Role) error {
	if col < 0 {
		return lang.M(errColumnRange, col+1, 0)
	}
	f := m.field(r)
	if r != RoleIgnored && f == nil {
		return lang.M(errRoleWideMonth)
	}
	switch old := m.Role(col); {
	case old == RoleMonth && m.Shape == Wide:
		m.Months = slices.DeleteFunc(m.Months, func(mc MonthColumn) bool { return mc.Column == col })
	case old != RoleIgnored:
		*m.field(old) = -1
	}
	if f != nil {
		*f = col
	}
	return nil
}
