package data

import (
	"slices"
	"strconv"
	"strings"

	"nrrlab/app/model"
	"nrrlab/calc"
	"nrrlab/calc/ingest"
	"nrrlab/calc/lang"
	"nrrlab/calc/monthly"
)

// Keys of the choices, as the model keeps them (model.Model.Data).
const (
	keyShape       = "shape"
	keyRolePrefix  = "role:"
	keyUnit        = "unit"
	keyStyle       = "style"
	keyDates       = "dates"
	keyEnd         = "end"
	keyAnalysed    = "analysed-currency"
	keySkip        = "skip"
	keyReactivated = "reactivated"
	keyGRR         = "grr"
	keyTrailing    = "trailing"
	keyOpening     = "opening"
	keyCohort      = "cohort"
	keyCohortOf    = "cohort-metric"
	keyFrom        = "from"
	keyTo          = "to"
	keySearch      = "search"
)

// settings are the user's choices read into what the page uses.
type settings struct {
	raw   map[string]string
	p     lang.Printer
	today ingest.Date

	shape ingest.Shape
	// shapeSet says the user chose the shape.
	shapeSet bool
	roles    map[int]ingest.Role

	grrCap            calc.GRRCap
	endPoint          bool
	reactivationAsNew bool
	openingAsNew      bool
	cohort            monthly.Grouping
	logos             bool
	from, to          string
}

func settingsOf(m *model.Model, today string) settings {
	s := m.Data
	if s == nil {
		s = map[string]string{}
	}
	st := settings{raw: s, roles: map[int]ingest.Role{}, p: m.Printer()}
	if d, ok := ingest.ParseDate(today); ok {
		st.today = d
	}
	if sh, ok := shapeKeys[s[keyShape]]; ok {
		st.shape, st.shapeSet = sh, true
	}
	for k, v := range s {
		col, ok := strings.CutPrefix(k, keyRolePrefix)
		if !ok {
			continue
		}
		c, err := strconv.Atoi(col)
		r, known := roleKeys[v]
		if err == nil && known && c >= 0 {
			st.roles[c] = r
		}
	}
	if s[keyGRR] == "totals" {
		st.grrCap = calc.CapOnTotals
	}
	st.endPoint = s[keyTrailing] == "end-point"
	st.reactivationAsNew = s[keyReactivated] == "new"
	st.openingAsNew = s[keyOpening] == "new"
	switch s[keyCohort] {
	case "quarter":
		st.cohort = monthly.ByQuarter
	case "year":
		st.cohort = monthly.ByYear
	}
	st.logos = s[keyCohortOf] == "logos"
	st.from, st.to = s[keyFrom], s[keyTo]
	return st
}

// shapeKeys and roleKeys name shapes and roles in settings.
var shapeKeys = map[string]ingest.Shape{
	"per-customer": ingest.PerCustomer, "wide": ingest.Wide, "long": ingest.Long,
	"subscriptions": ingest.Subscriptions, "invoices": ingest.Invoices,
}

var roleKeys = map[string]ingest.Role{
	"ignored": ingest.RoleIgnored, "customer": ingest.RoleCustomer, "customer-id": ingest.RoleCustomerID,
	"segment": ingest.RoleSegment, "plan": ingest.RolePlan, "signup": ingest.RoleSignup,
	"start-arr": ingest.RoleStartARR, "end-arr": ingest.RoleEndARR, "month": ingest.RoleMonth,
	"amount": ingest.RoleAmount, "start-date": ingest.RoleStartDate, "end-date": ingest.RoleEndDate,
	"interval": ingest.RoleInterval, "interval-count": ingest.RoleIntervalCount, "quantity": ingest.RoleQuantity,
	"currency": ingest.RoleCurrency, "trial": ingest.RoleTrial, "trial-end": ingest.RoleTrialEnd,
	"revenue-type": ingest.RoleRevenueType,
}

func keyOf[K comparable](m map[string]K, v K) string {
	for k, x := range m {
		if x == v {
			return k
		}
	}
	return ""
}

// mappingFor is the detected mapping with the user's choices applied.
func (e *Page) mappingFor(st settings) ingest.Mapping {
	m := e.detected
	if st.shapeSet && st.shape != m.Shape {
		m = reshape(m, st.shape)
	}
	cols := make([]int, 0, len(st.roles))
	for c := range st.roles {
		cols = append(cols, c)
	}
	slices.Sort(cols)
	for _, c := range cols {
		if c < e.table.Columns {
			_ = m.SetRole(c, st.roles[c])
		}
	}
	s := st.raw
	switch s[keyUnit] {
	case "mrr":
		m.Unit = monthly.MRR
	case "arr":
		m.Unit = monthly.ARR
	}
	switch s[keyStyle] {
	case "dot":
		m.Style = ingest.StyleDotDecimal
	case "comma":
		m.Style = ingest.StyleCommaDecimal
	}
	switch s[keyDates] {
	case "day-first":
		m.DateStyle = ingest.DatesDayFirst
	case "month-first":
		m.DateStyle = ingest.DatesMonthFirst
	}
	switch s[keyEnd] {
	case "inclusive":
		m.EndInclusive = true
	case "exclusive":
		m.EndInclusive = false
	}
	if c := s[keyAnalysed]; c != "" {
		m.AnalysedCurrency = c
	}
	m.SkipBadRows = s[keySkip] == "on"
	m.AsOf = st.today
	return m
}

// reshape turns a mapping into one of another shape, keeping the columns
// both shapes use.
func reshape(m ingest.Mapping, to ingest.Shape) ingest.Mapping {
	n := ingest.NewMapping(to)
	n.Header = m.Header
	allowed := to.Roles()
	for c := 0; c < 1024; c++ {
		r := m.Role(c)
		if r != ingest.RoleIgnored && r != ingest.RoleMonth && slices.Contains(allowed, r) {
			_ = n.SetRole(c, r)
		}
	}
	if to == ingest.Wide {
		n.Months = m.Months
	}
	return n
}

// monthlyOptions are the conventions of the monthly analysis.
func (st settings) monthlyOptions() monthly.Options {
	return monthly.Options{GRRCap: st.grrCap, EndPoint: st.endPoint, ReactivationAsNew: st.reactivationAsNew, OpeningAsNew: st.openingAsNew}
}

// bridgeMonths are the two months of a series the per-customer bridge
// compares: the user's, or else the last month and the same month a year
// before (the first month when the series is shorter).
func (st settings) bridgeMonths(s *monthly.Series) (from, to int) {
	to = s.Months - 1
	from = max(0, to-12)
	if i, ok := monthIndex(s, st.to); ok {
		to = i
	}
	if i, ok := monthIndex(s, st.from); ok {
		from = i
	}
	if from > to {
		from, to = to, from
	}
	return from, to
}

// monthIndex finds a month written "2024-01" in a series.
func monthIndex(s *monthly.Series, key string) (int, bool) {
	for i := 0; i < s.Months; i++ {
		if (s.Start + monthly.Month(i)).String() == key {
			return i, true
		}
	}
	return 0, false
}
