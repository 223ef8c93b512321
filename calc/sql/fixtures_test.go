//go:build cgo

package sql

import (
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"nrrlab/calc"
	"nrrlab/calc/ingest"
	"nrrlab/calc/monthly"
)

// engines opens every engine available: DuckDB always, PostgreSQL when it
// is installed.
func engines(t *testing.T) []*engine {
	t.Helper()
	es := []*engine{openDuckDB(t)}
	if pg := startPostgreSQL(t); pg != nil {
		es = append(es, pg)
	} else {
		t.Run("PostgreSQL", func(t *testing.T) { t.Skip(noPostgreSQL) })
	}
	for _, e := range es {
		t.Logf("%s: %s", e.name, e.version)
	}
	return es
}

func describe(c Conventions) string {
	var parts []string
	if c.ReactivationAsNew {
		parts = append(parts, "reactivation as new")
	}
	if c.OpeningAsNew {
		parts = append(parts, "opening as new")
	}
	if c.EndInclusive {
		parts = append(parts, "end inclusive")
	}
	if !c.AsOf.IsZero() {
		parts = append(parts, "as of "+c.AsOf.Format(time.DateOnly))
	}
	if len(parts) == 0 {
		return "defaults"
	}
	return strings.Join(parts, ", ")
}

// tally counts the figures each fixture compared equal, for the log.
type tally map[string]int

func (ty tally) log(t *testing.T) {
	total := 0
	for name, n := range ty {
		t.Logf("%6d equal figures: %s", n, name)
		total += n
	}
	t.Logf("%6d equal figures in all", total)
}

func readCSV(t testing.TB, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func cellOrNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// centsText writes cents as a decimal text.
func centsText(c int64) string { return calc.Money(c).String() }

var subscriptionColumns = []sqlColumn{{"subscription_id", "INTEGER"}, {"customer_id", "VARCHAR(40)"}, {"start_date", "DATE"}, {"end_date", "DATE"}, {"monthly_amount", "DECIMAL(18, 2)"}}

var dbtSource = Source{Shape: Subscriptions, Customer: "customer_id", Start: "start_date", End: "end_date", Amount: "monthly_amount"}

func TestQueriesEqualAnalyseInRealEngines(t *testing.T) {
	es := engines(t)
	counts := tally{}
	for _, e := range es {
		t.Run(e.name, func(t *testing.T) {
			t.Run("dbt mrr-playbook subscription periods", func(t *testing.T) { testDBT(t, e, counts) })
			t.Run("monthly fixtures of calc/ingest", func(t *testing.T) { testMonthlyFixtures(t, e, counts) })
			t.Run("export fixtures of calc/ingest", func(t *testing.T) { testExportFixtures(t, e, counts) })
			t.Run("random monthly rows", func(t *testing.T) { testRandomMonthly(t, e, counts) })
			t.Run("random subscription periods", func(t *testing.T) { testRandomPeriods(t, e, counts, Subscriptions) })
			t.Run("random invoice lines", func(t *testing.T) { testRandomPeriods(t, e, counts, Invoices) })
		})
	}
	counts.log(t)
}

func testDBT(t *testing.T, e *engine, counts tally) {
	rows := readCSV(t, "testdata/dbt_mrr_playbook_subscription_periods.csv")[1:]
	var data [][]any
	var periods []period
	for _, r := range rows {
		data = append(data, []any{r[0], r[1], r[2], cellOrNil(r[3]), r[4]})
		f, _ := ingest.ParseFigure(r[4], ingest.StyleDotDecimal)
		p := period{customer: r[1], start: dayOf(r[2]), running: r[3] == "", cents: int64(f.Amount), months: 1, quantity: 1}
		if !p.running {
			p.end = dayOf(r[3])
		}
		periods = append(periods, p)
	}
	src := dbtSource
	src.Table = e.load(t, subscriptionColumns, data)
	convs := append(allConventions(false), allConventions(true)...)
	convs = append(convs, Conventions{AsOf: time.Date(2019, 6, 30, 0, 0, 0, 0, time.UTC)}, Conventions{AsOf: time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC)})
	for _, conv := range convs {
		label := e.name + ", dbt subscription periods, " + describe(conv)
		q, err := Movements(e.d, src, conv)
		if err != nil {
			t.Fatal(err)
		}
		s := referenceSubscriptions(periods, conv)
		got := e.movements(t, q)
		counts[e.name+": dbt mrr-playbook subscription periods (121 rows), 10 conventions"] += compareMovements(t, label, got, s, conv)
		if len(got) > 0 {
			counts[e.name+": dbt result pasted back through calc/ingest's movements reader"] += pasteBack(t, label, e, q, s, conv)
		}
		for _, pair := range [][2]monthly.Month{{monthly.MonthOf(2018, 12), monthly.MonthOf(2019, 12)}, {monthly.MonthOf(2017, 1), monthly.MonthOf(2030, 1)}} {
			q, err := Customers(e.d, src, conv, pair[0], pair[1])
			if err != nil {
				t.Fatal(err)
			}
			counts[e.name+": dbt mrr-playbook customers in two months"] += compareCustomers(t, e, label, q, s, pair[0], pair[1])
		}
	}
}

// longRows writes a series as the long monthly rows a warehouse holds: one
// row per customer and month, the month as its first day, every cell
// written so that the series' first and last months are the data's.
func longRows(s *monthly.Series, split *rand.Rand) [][]any {
	var out [][]any
	for c, name := range s.Customers {
		for m := 0; m < s.Months; m++ {
			mo := s.Start + monthly.Month(m)
			date := fmt.Sprintf("%04d-%02d-%02d", mo.Year(), int(mo.Month()), 1)
			v := s.Amount(c, m)
			if split != nil && v > 0 && split.IntN(4) == 0 {
				// Two rows for one month, one of them a credit: they add up.
				credit := calc.Money(split.Int64N(int64(v) + 1))
				out = append(out, []any{name, date, (v + credit).String()}, []any{name, lastDay(mo).String(), (-credit).String()})
				continue
			}
			out = append(out, []any{name, date, v.String()})
		}
	}
	return out
}

var longColumns = []sqlColumn{{"customer", "VARCHAR(200)"}, {"month", "DATE"}, {"mrr", "DECIMAL(18, 2)"}}

func compareLong(t *testing.T, e *engine, label string, s *monthly.Series, split *rand.Rand, convs []Conventions) int {
	src := Source{Shape: MonthlyRows, Table: e.load(t, longColumns, longRows(s, split)), Customer: "customer", Month: "month", Amount: "mrr"}
	equal := 0
	for _, conv := range convs {
		q, err := Movements(e.d, src, conv)
		if err != nil {
			t.Fatal(err)
		}
		equal += compareMovements(t, label+", "+describe(conv), e.movements(t, q), s, conv)
	}
	if s.Months > 0 {
		from, to := s.Start, s.Start+monthly.Month(s.Months-1)
		q, err := Customers(e.d, src, Conventions{}, from, to)
		if err != nil {
			t.Fatal(err)
		}
		equal += compareCustomers(t, e, label, q, s, from, to)
	}
	return equal
}

func testMonthlyFixtures(t *testing.T, e *engine, counts tally) {
	files, _ := filepath.Glob("../ingest/testdata/*")
	// The built-in samples the data page offers, as a consultant demos them.
	samples, _ := filepath.Glob("../../web/sample-*.csv")
	files = append(files, samples...)
	found := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil || len(data) == 0 {
			continue
		}
		tab, err := ingest.ReadTable(data)
		if err != nil {
			continue
		}
		m, err := tab.Detect()
		if err != nil || (m.Shape != ingest.Wide && m.Shape != ingest.Long) {
			continue
		}
		s, rep := tab.Series(m)
		if s == nil {
			t.Errorf("%s: %v", f, rep.Errors)
			continue
		}
		found++
		if s.Unit == monthly.ARR {
			for i, a := range s.Amounts {
				s.Amounts[i] = calc.Money(rha(int64(a), 12))
			}
		}
		name := fmt.Sprintf("%s: %s (%d customers × %d months)", e.name, filepath.ToSlash(filepath.Join("calc/sql", f)), len(s.Customers), s.Months)
		counts[name] += compareLong(t, e, name, s, nil, allConventions(false))
	}
	if found < 2 {
		t.Errorf("found %d monthly fixtures in calc/ingest/testdata, expected at least 2", found)
	}
}

// randomSeries draws customers who start, grow, shrink, leave and return.
func randomSeries(rng *rand.Rand, customers, months int) *monthly.Series {
	s := &monthly.Series{Start: monthly.MonthOf(2020+rng.IntN(5), time.Month(1+rng.IntN(12))), Months: months}
	for c := 0; c < customers; c++ {
		s.Customers = append(s.Customers, fmt.Sprintf("customer %d", c))
		v := calc.Money(0)
		for m := 0; m < months; m++ {
			switch rng.IntN(7) {
			case 0:
				v = 0
			case 1:
				v = calc.Money(rng.Int64N(500_000))
			case 2:
				v = v / 3
			case 3:
				v += calc.Money(rng.Int64N(10_000))
			}
			s.Amounts = append(s.Amounts, v)
		}
	}
	return s
}

func testRandomMonthly(t *testing.T, e *engine, counts tally) {
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 8; i++ {
		s := randomSeries(rng, 1+rng.IntN(30), 1+rng.IntN(28))
		counts[e.name+": random monthly rows (8 series, some months split into a charge and a credit)"] += compareLong(t, e, fmt.Sprintf("random series %d", i), s, rng, allConventions(false))
	}
}

// randomPeriods draws subscription periods or invoice lines: back-to-back
// plan changes, gaps, overlaps, month ends, credits, zero amounts and
// unreadable rows.
func randomPeriods(rng *rand.Rand, n int, shape Shape) []period {
	var out []period
	base := day{2021, time.Month(1 + rng.IntN(12)), 1}
	for i := 0; i < n; i++ {
		p := period{customer: fmt.Sprintf("c%02d", rng.IntN(1+n/3)), months: 1, quantity: 1}
		start := base.addMonths(rng.IntN(24))
		if rng.IntN(3) == 0 {
			start = day{start.y, start.m, 1 + rng.IntN(daysIn(start.y, start.m))}
		}
		p.start = start
		switch rng.IntN(6) {
		case 0:
			p.running = shape == Subscriptions
			p.end = start.addMonths(1 + rng.IntN(12))
		case 1: // whole months from a month end
			p.start = lastDay(start.month())
			p.end = p.start.addMonths(1 + rng.IntN(13))
		case 2: // a part period
			t := p.start.time().AddDate(0, 0, 1+rng.IntN(200))
			p.end = day{t.Year(), t.Month(), t.Day()}
		case 3: // unreadable: ends before it starts
			p.end = start
		default:
			p.end = start.addMonths(1 + rng.IntN(18))
		}
		switch rng.IntN(8) {
		case 0:
			p.cents = 0
		case 1:
			p.cents = -rng.Int64N(50_000)
		default:
			p.cents = rng.Int64N(2_000_000)
		}
		if shape == Subscriptions {
			p.months = []int64{1, 1, 3, 12, 6}[rng.IntN(5)]
			p.quantity = 1 + rng.Int64N(3)
		}
		if rng.IntN(10) == 0 {
			p.customer = ""
		}
		out = append(out, p)
	}
	return out
}

var intervalWords = map[int64][]string{1: {"month", "monthly", "Month", "1 month"}, 3: {"quarter", "3 months", "Quarterly"}, 6: {"6 months", "6 month"}, 12: {"year", "yearly", "annual", "1 year"}}

func testRandomPeriods(t *testing.T, e *engine, counts tally, shape Shape) {
	rng := rand.New(rand.NewPCG(5, uint64(shape)))
	cols := []sqlColumn{{"customer", "VARCHAR(20)"}, {"period_start", "DATE"}, {"period_end", "DATE"}, {"amount", "DECIMAL(18, 2)"}, {"billing interval", "VARCHAR(20)"}, {"seats", "INTEGER"}}
	src := Source{Shape: shape, Customer: "customer", Start: "period_start", End: "period_end", Amount: "amount"}
	if shape == Subscriptions {
		src.Interval, src.Quantity = "billing interval", "seats"
	}
	for i := 0; i < 6; i++ {
		periods := randomPeriods(rng, 5+rng.IntN(60), shape)
		var data [][]any
		for _, p := range periods {
			var end any
			if !p.running {
				end = p.end.String()
			}
			words := intervalWords[p.months]
			data = append(data, []any{cellOrNil(p.customer), p.start.String(), end, centsText(p.cents), words[rng.IntN(len(words))], strconv.FormatInt(p.quantity, 10)})
		}
		src.Table = e.load(t, cols, data)
		// The same rows as a CSV file, for calc/ingest's period reader.
		var csvText strings.Builder
		csvText.WriteString("customer,period_start,period_end,amount,billing interval,seats\n")
		for _, r := range data {
			for i, v := range r {
				if i > 0 {
					csvText.WriteByte(',')
				}
				if v != nil {
					csvText.WriteString(v.(string))
				}
			}
			csvText.WriteByte('\n')
		}
		tab, err := ingest.ReadTable([]byte(csvText.String()))
		if err != nil {
			t.Fatal(err)
		}
		convs := append(allConventions(false), allConventions(true)...)
		convs = append(convs, Conventions{AsOf: time.Date(2022, 3, 15, 0, 0, 0, 0, time.UTC)})
		for _, conv := range convs {
			q, err := Movements(e.d, src, conv)
			if err != nil {
				t.Fatal(err)
			}
			var s *monthly.Series
			if shape == Subscriptions {
				s = referenceSubscriptions(periods, conv)
			} else {
				s = referenceInvoices(periods, conv)
			}
			label := fmt.Sprintf("%s, random %s %d, %s", e.name, shape, i, describe(conv))
			got := e.movements(t, q)
			counts[fmt.Sprintf("%s: random %s against the reference in Go (6 tables × 9 conventions)", e.name, shape)] += compareMovements(t, label, got, s, conv)
			m := ingest.NewMapping(ingest.Subscriptions)
			read := tab.SubscriptionSeries
			if shape == Invoices {
				m, read = ingest.NewMapping(ingest.Invoices), tab.InvoiceSeries
			} else {
				m.Interval, m.Quantity = 4, 5
			}
			m.Customer, m.StartDate, m.EndDate, m.Amount = 0, 1, 2, 3
			m.EndInclusive, m.SkipBadRows = conv.EndInclusive, true
			if !conv.AsOf.IsZero() {
				m.AsOf = ingest.DateFromTime(conv.AsOf)
			}
			if reader, rep := read(m); reader != nil {
				counts[fmt.Sprintf("%s: random %s against calc/ingest's reader (6 tables × 9 conventions)", e.name, shape)] += compareMovements(t, label+", calc/ingest", got, reader, conv)
			} else if s.Months > 0 {
				t.Errorf("%s: calc/ingest reads nothing: %v", label, rep.Errors)
			}
			if s.Months > 2 {
				from, to := s.Start+1, s.Start+monthly.Month(s.Months-1)
				q, err := Customers(e.d, src, conv, from, to)
				if err != nil {
					t.Fatal(err)
				}
				counts[fmt.Sprintf("%s: random %s, customers in two months", e.name, shape)] += compareCustomers(t, e, label, q, s, from, to)
			}
		}
	}
}

// pasteBack writes the query's result as the engine's CSV output would and
// reads it with calc/ingest's movements reader, as a user pasting it into
// NRR Lab would: every month must come back equal and reconciled.
func pasteBack(t *testing.T, label string, e *engine, query string, s *monthly.Series, conv Conventions) int {
	var b strings.Builder
	b.WriteString(strings.Join(MovementColumns, ",") + "\n")
	for _, r := range e.queryText(t, query, MovementColumns) {
		b.WriteString(strings.Join(r, ",") + "\n")
	}
	tab, err := ingest.ReadTable([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	m, ok := ingest.DetectMovements(tab)
	if !ok {
		t.Fatalf("%s: the result is not taken for movements", label)
	}
	r, rep := tab.Movements(m)
	if r == nil || len(r.Mismatches) > 0 {
		t.Fatalf("%s: read back %v, %v", label, rep.Errors, r)
	}
	var rows []movementRow
	for _, mm := range r.Months {
		rows = append(rows, movementRow{mm.Month, mm.Starting, mm.New, mm.Expansion, mm.Contraction, mm.Churn, mm.Reactivation, mm.Total, mm.Paying})
	}
	return compareMovements(t, label+", pasted back", rows, s, conv)
}
