package sql

import (
	"strings"
	"testing"
	"time"

	"nrrlab/calc"
	"nrrlab/calc/monthly"
)

func TestNamesAreQuotedOrRefused(t *testing.T) {
	for _, c := range []struct {
		scenario string
		d        Dialect
		name     string
		exact    bool
		want     string // the quoted name, or a part of the refusal
		refused  bool
	}{
		{"a plain name in DuckDB keeps its case", DuckDB, "Customer_ID", false, `"Customer_ID"`, false},
		{"PostgreSQL folds a plain name to lower case", PostgreSQL, "Customer_ID", false, `"customer_id"`, false},
		{"Snowflake folds a plain name to upper case", Snowflake, "customer_id", false, `"CUSTOMER_ID"`, false},
		{"exact case keeps the name as typed", Snowflake, "customer_id", true, `"customer_id"`, false},
		{"a name with a space is never folded", PostgreSQL, "Customer Name", false, `"Customer Name"`, false},
		{"BigQuery quotes in backticks", BigQuery, "customer id", false, "`customer id`", false},
		{"a double quote is doubled", DuckDB, `x"; DROP TABLE t; --`, false, `"x""; DROP TABLE t; --"`, false},
		{"a double quote is doubled in PostgreSQL", PostgreSQL, `a"b`, false, `"a""b"`, false},
		{"a double quote is fine in BigQuery", BigQuery, `a"b`, false, "`a\"b`", false},
		{"a reserved word is only a name once quoted", PostgreSQL, "end", false, `"end"`, false},
		{"Malay and Indonesian names", Snowflake, "Jumlah (RM)", false, `"Jumlah (RM)"`, false},
		{"a backtick in BigQuery is refused", BigQuery, "a`b", false, "backtick", true},
		{"a backslash in BigQuery is refused", BigQuery, `a\b`, false, "backslash", true},
		{"a NUL is refused", DuckDB, "a\x00b", false, "control character", true},
		{"a line break is refused", PostgreSQL, "a\nb", false, "control character", true},
		{"invalid UTF-8 is refused", DuckDB, "a\xffb", false, "not valid UTF-8", true},
		{"a name too long for PostgreSQL", PostgreSQL, strings.Repeat("x", 64), false, "at most 63 bytes", true},
		{"the same name fits DuckDB", DuckDB, strings.Repeat("x", 64), false, `"` + strings.Repeat("x", 64) + `"`, false},
		{"a name too long for Snowflake", Snowflake, strings.Repeat("é", 200), false, "400 bytes long", true},
	} {
		got, err := quoteName(c.d, c.name, c.exact)
		switch {
		case c.refused && err == nil:
			t.Errorf("%s: quoted as %s, want a refusal", c.scenario, got)
		case c.refused && !strings.Contains(err.Error(), c.want):
			t.Errorf("%s: %v, want %q", c.scenario, err, c.want)
		case !c.refused && err != nil:
			t.Errorf("%s: %v", c.scenario, err)
		case !c.refused && got != c.want:
			t.Errorf("%s: %s, want %s", c.scenario, got, c.want)
		}
	}
}

func TestDescriptionsAreRefusedWithTheReason(t *testing.T) {
	ok := Source{Shape: Subscriptions, Table: "s", Customer: "c", Start: "a", End: "b", Amount: "m"}
	for _, c := range []struct {
		scenario string
		d        Dialect
		edit     func(*Source)
		want     string
	}{
		{"no table", DuckDB, func(s *Source) { s.Table = " " }, "The table has no name"},
		{"four parts", DuckDB, func(s *Source) { s.Table = "a.b.c.d" }, "at most three"},
		{"an empty part", BigQuery, func(s *Source) { s.Table = "project..table" }, "empty part"},
		{"no customer column", DuckDB, func(s *Source) { s.Customer = "" }, "The customer column has no name"},
		{"a month column for subscriptions", DuckDB, func(s *Source) { s.Month = "month" }, "The month column is not used with subscription periods"},
		{"one column for two roles", PostgreSQL, func(s *Source) { s.End = "A" }, `The start date and end date columns are both "A"`},
		{"ARR with an interval", DuckDB, func(s *Source) { s.Unit = monthly.ARR; s.Interval = "interval" }, "already yearly"},
		{"a currency code without a column", DuckDB, func(s *Source) { s.Shape = Invoices; s.CurrencyCode = "USD" }, "no currency column"},
		{"a currency code that is not one", DuckDB, func(s *Source) { s.Shape = Invoices; s.Currency = "cur"; s.CurrencyCode = "US'D" }, "cannot be used as a filter"},
		{"an unknown dialect", Dialect(9), func(s *Source) {}, "not one NRR Lab writes"},
		{"an unknown shape", DuckDB, func(s *Source) { s.Shape = 7 }, "not one NRR Lab reads"},
		{"a backtick in a BigQuery column", BigQuery, func(s *Source) { s.Amount = "mrr`" }, "backtick"},
	} {
		src := ok
		c.edit(&src)
		q, err := Movements(c.d, src, Conventions{})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.scenario, err, c.want)
		}
		if q != "" {
			t.Errorf("%s: a query came with the refusal", c.scenario)
		}
	}
	if _, err := Customers(DuckDB, ok, Conventions{}, monthly.MonthOf(1800, 1), monthly.MonthOf(2024, 1)); err == nil {
		t.Error("a month in 1800 was accepted")
	}
}

// TestAHostileNameIsHarmlessInRealEngines creates tables whose names and
// columns are literally SQL, runs the queries on them, and checks that the
// other table is still there and the figures are right.
func TestAHostileNameIsHarmlessInRealEngines(t *testing.T) {
	for _, e := range engines(t) {
		t.Run(e.name, func(t *testing.T) {
			if _, err := e.db.Exec("CREATE TABLE t (x INTEGER)"); err != nil {
				t.Fatal(err)
			}
			hostile := []string{`x"; DROP TABLE t; --`, `"); DROP TABLE t; --`, "customer' OR '1'='1", `a""b`}
			cols := []sqlColumn{{hostile[0], "VARCHAR(40)"}, {hostile[1], "DATE"}, {hostile[2], "DATE"}, {hostile[3], "DECIMAL(18, 2)"}}
			rows := [][]any{{"acme", "2024-01-01", "2024-03-01", "100.00"}, {"acme", "2024-03-01", nil, "150.00"}, {"bolt", "2024-02-01", "2024-03-01", "50.00"}}
			table := e.load(t, cols, rows)
			// A table whose own name is hostile, in a schema-qualified form.
			if _, err := e.db.Exec(`CREATE TABLE "t; DROP TABLE t" AS SELECT * FROM ` + table); err != nil {
				t.Fatal(err)
			}
			src := Source{Shape: Subscriptions, Table: "t; DROP TABLE t", Customer: hostile[0], Start: hostile[1], End: hostile[2], Amount: hostile[3], ExactCase: true}
			q, err := Movements(e.d, src, Conventions{AsOf: time.Date(2024, 4, 30, 0, 0, 0, 0, time.UTC)})
			if err != nil {
				t.Fatal(err)
			}
			got := e.movements(t, q)
			s := &monthly.Series{Start: monthly.MonthOf(2024, 1), Months: 3, Customers: []string{"acme", "bolt"},
				Amounts: []calc.Money{10000, 10000, 15000, 0, 5000, 0}}
			if n := compareMovements(t, e.name+", hostile names", got, s, Conventions{}); n != 3*8 {
				t.Errorf("%d figures equal, want 24", n)
			}
			var n int
			if err := e.db.QueryRow("SELECT COUNT(*) FROM t").Scan(&n); err != nil {
				t.Errorf("table t is gone: %v", err)
			}
			if !strings.Contains(q, `"x""; DROP TABLE t; --"`) {
				t.Errorf("the hostile column is not quoted as one name:\n%s", q)
			}
		})
	}
}
