//go:build cgo

package sql

import (
	"database/sql"
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"nrrlab/calc"
	"nrrlab/calc/monthly"
)

// The warehouse benchmark: 10,000,000 subscription periods of 1,000,000
// customers, generated inside DuckDB from a fixed seed (hash of the row
// number), the movements query timed there, and the same periods exported
// through the driver into a Series and timed through monthly.Analyse.
const (
	warehouseRows      = 10_000_000
	warehouseCustomers = 1_000_000
)

// warehouseTable generates the periods: a start in 2020–2024, an end 30 to
// 730 days later or none (one in five still running), an amount of up to
// 50,000.00 with cents.
const warehouseTable = `CREATE TABLE subs AS
SELECT
  'c' || CAST(i % ` + "1000000" + ` AS VARCHAR) AS customer_id,
  DATE '2020-01-01' + CAST(hash(i, 42) % 1800 AS INTEGER) AS start_date,
  CASE WHEN hash(i, 7) % 5 = 0 THEN NULL
    ELSE DATE '2020-01-01' + CAST(hash(i, 42) % 1800 + 30 + hash(i, 9) % 700 AS INTEGER) END AS end_date,
  CAST(CAST(hash(i, 11) % 5000000 AS DECIMAL(18, 0)) * 0.01 AS DECIMAL(18, 2)) AS monthly_amount
FROM range(` + "10000000" + `) AS r(i)`

// cpuSeconds is the CPU time the process has used, DuckDB's threads
// included: on a shared machine it tells the work from the waiting.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime) + tv(ru.Stime)
}

// peakRSS is the process's peak resident memory in bytes, DuckDB's and
// Go's together.
func peakRSS() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			kb, _ := strconv.ParseFloat(strings.Fields(line)[1], 64)
			return kb * 1024
		}
	}
	return 0
}

func BenchmarkWarehouseSubscriptions10M(b *testing.B) {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		b.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	defer db.Close()
	t0 := time.Now()
	if _, err := db.Exec(warehouseTable); err != nil {
		b.Fatal(err)
	}
	b.Logf("generated %d periods of %d customers in DuckDB in %v", warehouseRows, warehouseCustomers, time.Since(t0).Round(time.Millisecond))
	e := &engine{name: "DuckDB", d: DuckDB, db: db}
	if err := db.QueryRow("SELECT version()").Scan(&e.version); err != nil {
		b.Fatal(err)
	}
	src := Source{Shape: Subscriptions, Table: "subs", Customer: "customer_id", Start: "start_date", End: "end_date", Amount: "monthly_amount"}
	q, err := Movements(DuckDB, src, Conventions{})
	if err != nil {
		b.Fatal(err)
	}
	var got []movementRow
	b.Run("DuckDB movements query", func(b *testing.B) {
		cpu, n := cpuSeconds(), 0
		for b.Loop() {
			got = e.movements(b, q)
			n++
		}
		b.ReportMetric((cpuSeconds()-cpu)/float64(n), "cpu-s/op")
		var mem int64
		if err := db.QueryRow("SELECT CAST(SUM(memory_usage_bytes) AS BIGINT) FROM duckdb_memory()").Scan(&mem); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(mem)/1e6, "duckdb-MB")
		b.ReportMetric(peakRSS()/1e6, "peak-RSS-MB")
	})
	// The same periods, exported through the driver into a Series.
	t0 = time.Now()
	s := exportSeries(b, db)
	export := time.Since(t0)
	b.Logf("exported into a Series of %d customers × %d months in %v", len(s.Customers), s.Months, export.Round(time.Millisecond))
	var a *monthly.Analysis
	b.Run("Go monthly.Analyse", func(b *testing.B) {
		cpu, n := cpuSeconds(), 0
		for b.Loop() {
			n++
			if a, err = monthly.Analyse(s, monthly.Options{}); err != nil {
				b.Fatal(err)
			}
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		b.ReportMetric((cpuSeconds()-cpu)/float64(n), "cpu-s/op")
		b.ReportMetric(float64(ms.HeapAlloc)/1e6, "go-heap-MB")
		b.ReportMetric(export.Seconds(), "export-s")
		b.ReportMetric(peakRSS()/1e6, "peak-RSS-MB")
	})
	// Both sides agree to the cent on every month.
	if got != nil && a != nil {
		if n := compareMovements(b, "10M periods", got, s, Conventions{}); n != 8*len(a.Movements) {
			b.Errorf("%d of %d figures equal", n, 8*len(a.Movements))
		} else {
			b.Logf("DuckDB %s and monthly.Analyse agree on all %d figures of %d months", e.version, n, len(a.Movements))
		}
	}
}

// exportSeries reads the periods through the driver and builds the
// customer × month series by the conventions: a period counts from its
// start month to the month before its (exclusive) end's month.
func exportSeries(b *testing.B, db *sql.DB) *monthly.Series {
	rows, err := db.Query("SELECT customer_id, start_date, end_date, CAST(monthly_amount * 100 AS BIGINT) FROM subs")
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	type p struct {
		c          int32
		first, end monthly.Month
		running    bool
		cents      calc.Money
	}
	periods := make([]p, 0, warehouseRows)
	index := make(map[string]int32, warehouseCustomers)
	var customers []string
	lo, hi := monthly.Month(1<<30), monthly.Month(0)
	for rows.Next() {
		var name string
		var start time.Time
		var end sql.NullTime
		var cents int64
		if err := rows.Scan(&name, &start, &end, &cents); err != nil {
			b.Fatal(err)
		}
		c, ok := index[name]
		if !ok {
			c = int32(len(customers))
			index[name] = c
			customers = append(customers, name)
		}
		x := p{c: c, first: monthly.MonthOf(start.Year(), start.Month()), running: !end.Valid, cents: calc.Money(cents)}
		lo, hi = min(lo, x.first), max(hi, x.first)
		if end.Valid {
			x.end = monthly.MonthOf(end.Time.Year(), end.Time.Month())
			hi = max(hi, x.end)
		}
		periods = append(periods, x)
	}
	if err := rows.Err(); err != nil {
		b.Fatal(err)
	}
	s := &monthly.Series{Start: lo, Months: int(hi-lo) + 1, Customers: customers}
	s.Amounts = make([]calc.Money, len(customers)*s.Months)
	for _, x := range periods {
		row := s.Amounts[int(x.c)*s.Months:]
		row[x.first-lo] += x.cents
		if !x.running && x.end <= hi {
			row[x.end-lo] -= x.cents
		}
	}
	for c := range customers {
		row := s.Amounts[c*s.Months : (c+1)*s.Months]
		var run calc.Money
		for m := range row {
			run += row[m]
			row[m] = max(run, 0)
		}
	}
	return s
}
