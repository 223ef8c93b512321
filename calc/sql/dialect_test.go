package sql

import (
	"flag"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"nrrlab/calc/monthly"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// goldenCases are the descriptions whose queries are kept as golden files,
// one per dialect: the text a BigQuery or Snowflake user would run, which
// no test here can run.
var goldenCases = []struct {
	name string
	src  Source
	conv Conventions
	// customers writes the customers query instead of the movements one.
	customers bool
}{
	{"subscriptions-dbt", Source{Shape: Subscriptions, Table: "analytics.subscription_periods", Customer: "customer_id", Start: "start_date", End: "end_date", Amount: "monthly_amount"}, Conventions{}, false},
	{"subscriptions-baremetrics", Source{Shape: Subscriptions, Table: "billing.baremetrics.subscriptions", Customer: "customer_oid", Start: "subscription_started_at", End: "subscription_canceled_at",
		Amount: "plan_amount", Interval: "plan_interval", IntervalCount: "plan_interval_count", Quantity: "subscription_quantity", Cents: true},
		Conventions{ReactivationAsNew: true, OpeningAsNew: true, EndInclusive: true, AsOf: time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC)}, false},
	{"subscriptions-stripe", Source{Shape: Subscriptions, Table: "stripe.subscriptions", Customer: "Customer ID", Start: "Start (UTC)", End: "Ended At (UTC)",
		Amount: "Amount", Interval: "Interval", TrialEnd: "Trial End (UTC)"}, Conventions{}, false},
	{"subscriptions-saasgrid", Source{Shape: Subscriptions, Table: "saasgrid.transactions", Customer: "Customer ID", Start: "Start Date", End: "End Date",
		Amount: "Amount", RevenueType: "Revenue Type"}, Conventions{EndInclusive: true}, false},
	{"subscriptions-analytics", Source{Shape: Subscriptions, Table: "analytics.subscriptions", Customer: "account_id", Start: "start_date", End: "end_date",
		Amount: "mrr_amount", Trial: "is_trial", Currency: "currency"}, Conventions{}, false},
	{"invoices-chartmogul", Source{Shape: Invoices, Table: "chartmogul.line_items", Customer: "customer_external_id", Start: "service_period_start", End: "service_period_end",
		Amount: "amount_in_cents", Currency: "currency", Cents: true}, Conventions{}, false},
	{"invoices-xero-usd", Source{Shape: Invoices, Table: "Xero Invoices", Customer: "ContactName", Start: "ValidFrom", End: "ValidTo", Amount: "LineAmount", Currency: "Currency", CurrencyCode: "usd"},
		Conventions{EndInclusive: true}, false},
	{"monthly-arr", Source{Shape: MonthlyRows, Table: "finance.arr_by_month", Customer: "Customer Name", Month: "month", Amount: "ARR", Unit: monthly.ARR}, Conventions{}, false},
	{"customers-subscriptions", Source{Shape: Subscriptions, Table: "subscriptions", Customer: "customer_id", Start: "start_date", End: "end_date", Amount: "mrr"}, Conventions{}, true},
}

func render(t *testing.T, d Dialect, c int, marked bool) string {
	t.Helper()
	gc := goldenCases[c]
	body := func(g *gen) { g.movements() }
	if gc.customers {
		body = func(g *gen) { g.customers(monthly.MonthOf(2024, 1), monthly.MonthOf(2025, 1)) }
	}
	q, err := write(d, gc.src, gc.conv, marked, body)
	if err != nil {
		t.Fatalf("%s for %s: %v", gc.name, d, err)
	}
	return q
}

func TestGoldenQueries(t *testing.T) {
	for c, gc := range goldenCases {
		for _, d := range Dialects {
			q := render(t, d, c, false)
			path := filepath.Join("testdata", "golden", gc.name+"."+strings.ToLower(d.String())+".sql")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(q), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGoldenQueries -update to write it)", err)
			}
			if q != string(want) {
				t.Errorf("%s: the query differs from %s (run with -update if the change is meant)", gc.name, path)
			}
		}
	}
}

// dialectComments collects the names in the package's "// dialect: name:"
// comments.
func dialectComments(t *testing.T) map[string]bool {
	t.Helper()
	names := map[string]bool{}
	re := regexp.MustCompile(`(?m)^\s*dialect: ([^:(]+)[:(]`)
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		for _, cg := range file.Comments {
			for _, m := range re.FindAllStringSubmatch(cg.Text(), -1) {
				names[strings.TrimSpace(m[1])] = true
			}
		}
	}
	return names
}

// TestDialectsDifferOnlyInNamedConstructs renders every golden query with
// each dialect construct written as its name and arguments: the four
// dialects must then give the same text, so every difference between them
// is one of the constructs, and each construct must be named in a
// "// dialect:" comment where it is defined.
func TestDialectsDifferOnlyInNamedConstructs(t *testing.T) {
	named := dialectComments(t)
	used := regexp.MustCompile(`⟪([^(⟫]+)\(`)
	for c, gc := range goldenCases {
		base := render(t, DuckDB, c, true)
		base = strings.Replace(base, DuckDB.String(), "DIALECT", 1)
		for _, d := range Dialects[1:] {
			other := strings.Replace(render(t, d, c, true), d.String(), "DIALECT", 1)
			if other != base {
				bl, ol := strings.Split(base, "\n"), strings.Split(other, "\n")
				for i := range min(len(bl), len(ol)) {
					if bl[i] != ol[i] {
						t.Errorf("%s: %s differs from DuckDB outside the named constructs, line %d:\n%s\n%s", gc.name, d, i+1, bl[i], ol[i])
						break
					}
				}
			}
		}
		for _, m := range used.FindAllStringSubmatch(base, -1) {
			if !named[m[1]] {
				t.Errorf("%s: the construct %q has no \"// dialect: %s:\" comment", gc.name, m[1], m[1])
			}
		}
		// The unmarked texts differ where the constructs are: the marked
		// text is not the real one.
		if render(t, BigQuery, c, false) == render(t, DuckDB, c, false) {
			t.Errorf("%s: BigQuery and DuckDB wrote the same text", gc.name)
		}
	}
	for _, c := range []*construct{&integerType, &decimalType, &textType, &integerDivision, &monthNumber, &firstDay, &daysBetween,
		&addMonths, &nextDay, &monthSeries, &monthSeriesValue, &firstNumber, &centsToDecimal, &roundHalfAway, &wholeCents} {
		if !named[c.name] {
			t.Errorf("the construct %q has no \"// dialect: %s:\" comment", c.name, c.name)
		}
	}
	if !named[identifierQuoting] {
		t.Errorf("identifier quoting has no \"// dialect:\" comment")
	}
}
