//go:build cgo

package sql

import (
	"strings"
	"testing"
	"time"

	"nrrlab/calc"
	"nrrlab/calc/monthly"
)

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
