package ingest

import (
	"slices"
	"testing"
)

func TestRolesOfEveryColumn(t *testing.T) {
	for _, c := range []struct {
		file  string
		roles []Role
	}{
		{"exports/dbt_mrr_playbook_subscription_periods.csv", []Role{RoleIgnored, RoleCustomer, RoleStartDate, RoleEndDate, RoleAmount}},
		{"exports/baremetrics-import.csv", []Role{RoleIgnored, RolePlan, RoleCurrency, RoleAmount, RoleInterval, RoleIntervalCount,
			RoleCustomerID, RoleCustomer, RoleIgnored, RoleIgnored, RoleStartDate, RoleEndDate, RoleQuantity}},
		{"exports/analytics-subscriptions.csv", []Role{RoleIgnored, RoleCustomer, RoleStartDate, RoleEndDate, RolePlan, RoleIgnored,
			RoleAmount, RoleIgnored, RoleTrial, RoleIgnored, RoleIgnored, RoleIgnored}},
		{"excel-usd.tsv", []Role{RoleCustomer, RoleSegment, RoleStartARR, RoleEndARR}},
		{"billing-long.csv", []Role{RoleIgnored, RoleCustomer, RoleMonth, RoleAmount, RoleIgnored}},
		{"wide-malay.tsv", nil},
	} {
		t.Run(c.file, func(t *testing.T) {
			tab, m := readFixture(t, c.file)
			got := make([]Role, tab.Columns)
			for col := range got {
				got[col] = m.Role(col)
				if !slices.Contains(m.Shape.Roles(), got[col]) {
					t.Errorf("column %d is %s, which shape %d does not offer", col, got[col], m.Shape)
				}
			}
			if c.roles != nil && !slices.Equal(got, c.roles) {
				t.Errorf("roles %v, want %v", got, c.roles)
			}
			if m.Role(-1) != RoleIgnored || m.Role(tab.Columns+3) != RoleIgnored {
				t.Error("a column outside the table has a role")
			}
		})
	}
}

func TestSetRole(t *testing.T) {
	tab, m := readFixture(t, "exports/analytics-subscriptions.csv")
	for _, c := range []struct {
		scenario string
		col      int
		role     Role
		check    func(Mapping) bool
	}{
		{"the billing frequency becomes the interval", 9, RoleInterval, func(m Mapping) bool { return m.Interval == 9 }},
		{"the ARR column replaces the MRR column as the amount, which is left unused", 7, RoleAmount,
			func(m Mapping) bool { return m.Amount == 7 && m.Role(6) == RoleIgnored }},
		{"the plan column becomes the segment and holds no plan any more", 4, RoleSegment,
			func(m Mapping) bool { return m.Segment == 4 && m.Plan == -1 && m.Role(4) == RoleSegment }},
		{"the trial column is ignored", 8, RoleIgnored, func(m Mapping) bool { return m.Trial == -1 }},
		{"the subscription id becomes the customer id", 0, RoleCustomerID, func(m Mapping) bool { return m.CustomerID == 0 && m.Customer == 1 }},
	} {
		t.Run(c.scenario, func(t *testing.T) {
			if err := m.SetRole(c.col, c.role); err != nil {
				t.Fatal(err)
			}
			if !c.check(m) || m.Role(c.col) != c.role {
				t.Fatalf("mapping %+v", m.Periods)
			}
		})
	}
	// The changed mapping reads with no second parse: ARR amounts billed at
	// each row's frequency.
	m.Unit = 1
	m.Interval = -1
	if s, rep := tab.ReadSeries(m); s == nil {
		t.Fatalf("errors %v", rep.Errors)
	}

	_, wm := readFixture(t, "wide-malay.tsv")
	first := wm.Months[0].Column
	if err := wm.SetRole(first, RoleIgnored); err != nil || wm.Role(first) != RoleIgnored || len(wm.Months) != 11 {
		t.Errorf("leaving out a month: %v, %d months", err, len(wm.Months))
	}
	if err := wm.SetRole(first, RoleMonth); err == nil {
		t.Error("a wide sheet's month column was added without its month")
	}
}

func TestRoleNames(t *testing.T) {
	seen := map[string]Role{}
	for r := RoleIgnored; r <= RoleRevenueType; r++ {
		name := r.String()
		if other, dup := seen[name]; dup || name == "" {
			t.Errorf("%d and %d are both named %q", other, r, name)
		}
		seen[name] = r
	}
}

func TestDescribePeriods(t *testing.T) {
	tab, m := readFixture(t, "exports/baremetrics-import.csv")
	want := []string{
		"Customers: column “customer_name”",
		"Customer ids: column “customer_oid”",
		"Start dates: column “subscription_started_at”",
		"End dates: column “subscription_canceled_at”",
		"Amounts: column “plan_amount”",
		"Billing intervals: column “plan_interval”",
		"Intervals per bill: column “plan_interval_count”",
		"Quantities: column “subscription_quantity”",
		"Currencies: column “plan_currency”",
		"Plan: column “plan_name”",
	}
	if got := english(tab.Describe(m)); !slices.Equal(got, want) {
		t.Errorf("description\n%q\nwant\n%q", got, want)
	}
}
