package sql

import (
	"strings"
	"testing"

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
		{"one column for two roles", PostgreSQL, func(s *Source) { s.End = "A" }, "The start date and end date columns are both “A”"},
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
