// The engines' drivers need cgo (DuckDB), so these tests are not built
// for the browser or without a C compiler.

//go:build cgo

package sql

import (
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"
	_ "github.com/jackc/pgx/v5/stdlib"

	"nrrlab/calc"
	"nrrlab/calc/monthly"
)

// engine is a real SQL engine the generated queries run in.
type engine struct {
	name    string
	d       Dialect
	db      *sql.DB
	version string
	tables  int
}

// openDuckDB opens an in-memory DuckDB in this process.
func openDuckDB(t testing.TB) *engine {
	t.Helper()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	// One connection: the in-memory database is the connection's.
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	e := &engine{name: "DuckDB", d: DuckDB, db: db}
	if err := db.QueryRow("SELECT version()").Scan(&e.version); err != nil {
		t.Fatal(err)
	}
	return e
}

// pgBinary finds a PostgreSQL server program: on the PATH, or where
// Debian's postgresql package puts it.
func pgBinary(name string) string {
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	matches, _ := filepath.Glob("/usr/lib/postgresql/*/bin/" + name)
	if len(matches) > 0 {
		return matches[len(matches)-1]
	}
	return ""
}

// noPostgreSQL says why the PostgreSQL tests do not run.
const noPostgreSQL = "PostgreSQL is not installed (no initdb): install Debian's postgresql package to run the queries in it"

// startPostgreSQL starts a PostgreSQL server of its own for the test, on a
// Unix socket in a temporary directory and no TCP port, and stops it when
// the test ends. Without PostgreSQL installed it returns nil, and the
// caller skips, unless NRRLAB_REQUIRE_ENGINES=1 says the engines must be
// there.
func startPostgreSQL(t testing.TB) *engine {
	t.Helper()
	initdb, pgctl := pgBinary("initdb"), pgBinary("pg_ctl")
	if initdb == "" || pgctl == "" {
		if os.Getenv("NRRLAB_REQUIRE_ENGINES") == "1" {
			t.Fatal(noPostgreSQL)
		}
		return nil
	}
	dir, err := os.MkdirTemp("", "nrrlab-pg-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	// PostgreSQL refuses to run as root: run it as the postgres user.
	var cred *syscall.Credential
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			t.Fatalf("running as root, and there is no postgres user to run PostgreSQL as: %v", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
		if err := os.Chown(dir, uid, gid); err != nil {
			t.Fatal(err)
		}
	}
	run := func(name string, args ...string) {
		cmd := exec.Command(name, args...)
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, out)
		}
	}
	data := filepath.Join(dir, "data")
	run(initdb, "-D", data, "-A", "trust", "-U", "nrr", "--no-sync")
	run(pgctl, "-D", data, "-o", "-k "+dir+" -c listen_addresses='' -c fsync=off -c jit=off", "-l", filepath.Join(dir, "log"), "-w", "start")
	t.Cleanup(func() { run(pgctl, "-D", data, "-m", "fast", "-w", "stop") })
	db, err := sql.Open("pgx", "host="+dir+" user=nrr dbname=postgres sslmode=disable")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	e := &engine{name: "PostgreSQL", d: PostgreSQL, db: db}
	if err := db.QueryRow("SELECT version()").Scan(&e.version); err != nil {
		t.Fatal(err)
	}
	return e
}

// sqlColumn is a column of a test table and its SQL type.
type sqlColumn struct{ name, typ string }

// load creates a table with a fresh name and inserts rows of texts (nil for
// NULL), which the engine casts to the columns' types.
func (e *engine) load(t testing.TB, cols []sqlColumn, rows [][]any) string {
	t.Helper()
	e.tables++
	table := fmt.Sprintf("t%d", e.tables)
	var defs []string
	for _, c := range cols {
		q, err := quoteName(e.d, c.name, true)
		if err != nil {
			t.Fatal(err)
		}
		defs = append(defs, q+" "+c.typ)
	}
	if _, err := e.db.Exec("CREATE TABLE " + table + " (" + strings.Join(defs, ", ") + ")"); err != nil {
		t.Fatal(err)
	}
	const batch = 500
	for i := 0; i < len(rows); i += batch {
		chunk := rows[i:min(i+batch, len(rows))]
		var values []string
		var args []any
		for _, r := range chunk {
			var ph []string
			for j, v := range r {
				args = append(args, v)
				ph = append(ph, fmt.Sprintf("CAST($%d AS %s)", len(args), cols[j].typ))
			}
			values = append(values, "("+strings.Join(ph, ", ")+")")
		}
		if _, err := e.db.Exec("INSERT INTO "+table+" VALUES "+strings.Join(values, ", "), args...); err != nil {
			t.Fatal(err)
		}
	}
	return table
}

// movementRow is one row of the movements query's result.
type movementRow struct {
	month                                                                monthly.Month
	starting, new, expansion, contraction, churned, reactivation, ending calc.Money
	paying                                                               int
}

// textOf wraps a generated query so that every column comes back as text,
// the same way from both drivers.
func textOf(e *engine, query string, cols []string) string {
	var sel []string
	for _, c := range cols {
		sel = append(sel, "CAST(q."+c+" AS "+textType.text[e.d]+")")
	}
	return "SELECT " + strings.Join(sel, ", ") + " FROM (\n" + query + ") AS q"
}

func (e *engine) queryText(t testing.TB, query string, cols []string) [][]string {
	t.Helper()
	rows, err := e.db.Query(textOf(e, query, cols))
	if err != nil {
		t.Fatalf("%s: %v\n%s", e.name, err, query)
	}
	defer rows.Close()
	var out [][]string
	for rows.Next() {
		cells := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range cells {
			ptrs[i] = &cells[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		r := make([]string, len(cols))
		for i, c := range cells {
			if !c.Valid {
				t.Fatalf("%s: column %s is NULL", e.name, cols[i])
			}
			r[i] = c.String
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// money reads an exact decimal with at most two places.
func money(t testing.TB, s string) calc.Money {
	t.Helper()
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 2 {
		t.Fatalf("amount %q has more than two decimals", s)
	}
	frac += strings.Repeat("0", 2-len(frac))
	w, err1 := strconv.ParseInt(whole, 10, 64)
	f, err2 := strconv.ParseInt(frac, 10, 64)
	if err1 != nil || err2 != nil {
		t.Fatalf("amount %q", s)
	}
	m := calc.Money(w*100 + f)
	if neg {
		m = -m
	}
	return m
}

func (e *engine) movements(t testing.TB, query string) []movementRow {
	t.Helper()
	var out []movementRow
	for _, r := range e.queryText(t, query, MovementColumns) {
		d, err := time.Parse(time.DateOnly, r[0][:10])
		if err != nil || d.Day() != 1 {
			t.Fatalf("month %q is not the first of a month", r[0])
		}
		paying, err := strconv.Atoi(r[8])
		if err != nil {
			t.Fatalf("paying_customers %q", r[8])
		}
		out = append(out, movementRow{month: monthly.MonthOf(d.Year(), d.Month()),
			starting: money(t, r[1]), new: money(t, r[2]), expansion: money(t, r[3]), contraction: money(t, r[4]),
			churned: money(t, r[5]), reactivation: money(t, r[6]), ending: money(t, r[7]), paying: paying})
	}
	return out
}

// compareMovements checks every figure of every month against
// monthly.Analyse's, and returns how many figures are equal.
func compareMovements(t testing.TB, label string, got []movementRow, s *monthly.Series, conv Conventions) int {
	t.Helper()
	opt := monthly.Options{GRRCap: conv.GRRCap, ReactivationAsNew: conv.ReactivationAsNew, OpeningAsNew: conv.OpeningAsNew}
	if s.Months == 0 {
		if len(got) != 0 {
			t.Errorf("%s: no months in Go, %d rows in SQL", label, len(got))
		}
		return 0
	}
	a, err := monthly.Analyse(s, opt)
	if err != nil {
		t.Fatalf("%s: %v", label, err)
	}
	if len(got) != len(a.Movements) {
		t.Errorf("%s: %d months in SQL, %d in Go (from %s)", label, len(got), len(a.Movements), s.Start)
		return 0
	}
	equal := 0
	for m, mv := range a.Movements {
		g := got[m]
		starting := mv.Total - mv.New - mv.Expansion - mv.Reactivation + mv.Contraction + mv.Churn
		if m > 0 {
			starting = a.Movements[m-1].Total
		}
		want := movementRow{mv.Month, starting, mv.New, mv.Expansion, mv.Contraction, mv.Churn, mv.Reactivation, mv.Total, mv.Paying}
		if g.month != want.month {
			t.Errorf("%s: row %d is %s, want %s", label, m, g.month, want.month)
			continue
		}
		for _, f := range []struct {
			name      string
			got, want calc.Money
		}{
			{"starting", g.starting, want.starting}, {"new", g.new, want.new}, {"expansion", g.expansion, want.expansion},
			{"contraction", g.contraction, want.contraction}, {"churned", g.churned, want.churned},
			{"reactivation", g.reactivation, want.reactivation}, {"ending", g.ending, want.ending},
			{"paying", calc.Money(g.paying), calc.Money(want.paying)},
		} {
			if f.got == f.want {
				equal++
			} else {
				t.Errorf("%s: %s %s = %s in SQL, %s in Go", label, g.month, f.name, f.got, f.want)
			}
		}
		if g.ending != g.starting+g.new+g.expansion+g.reactivation-g.contraction-g.churned {
			t.Errorf("%s: %s does not reconcile in SQL: %+v", label, g.month, g)
		}
	}
	return equal
}

// compareCustomers runs the customers query for two months and checks each
// customer's MRR against the series.
func compareCustomers(t testing.TB, e *engine, label, query string, s *monthly.Series, from, to monthly.Month) int {
	t.Helper()
	got := map[string][2]calc.Money{}
	for _, r := range e.queryText(t, query, CustomerColumns) {
		got[r[0]] = [2]calc.Money{money(t, r[1]), money(t, r[2])}
	}
	at := func(c int, m monthly.Month) calc.Money {
		i := int(m - s.Start)
		if i < 0 || i >= s.Months {
			return 0
		}
		return s.Amount(c, i)
	}
	want := map[string][2]calc.Money{}
	for c, name := range s.Customers {
		if a, b := at(c, from), at(c, to); a > 0 || b > 0 {
			w := want[name]
			want[name] = [2]calc.Money{w[0] + a, w[1] + b}
		}
	}
	equal := 0
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: customer %q in %s and %s: SQL %v, Go %v", label, name, from, to, got[name], w)
		} else {
			equal += 2
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("%s: customer %q in SQL only: %v", label, name, got[name])
		}
	}
	return equal
}

// allConventions is every combination of the conventions that change the
// figures.
func allConventions(endInclusive bool) []Conventions {
	var out []Conventions
	for _, r := range []bool{false, true} {
		for _, o := range []bool{false, true} {
			out = append(out, Conventions{ReactivationAsNew: r, OpeningAsNew: o, EndInclusive: endInclusive})
		}
	}
	return out
}
