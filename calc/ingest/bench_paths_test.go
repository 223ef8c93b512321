package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strconv"
	"testing"
	"time"

	"nrrlab/calc"
	"nrrlab/calc/monthly"
)

// The two paths a consultant's export takes through the core, from the
// file's bytes to what the data page shows, measured on files generated from
// fixed seeds so that figures compare from run to run. ./build.sh bench runs
// them natively; under WebAssembly:
//
//	GOOS=js GOARCH=wasm go test -exec="$(go env GOROOT)/lib/wasm/go_js_wasm_exec" \
//	    -run '^$' -bench 'MillionCustomers|Wide10k' -benchmem ./calc/ingest
//
// Each reports sys-MB, the memory the Go runtime holds from the system at
// the end (in WebAssembly, the size the page's memory grew to), and
// natively cpu-ms/op, the processor time of an operation, which a machine
// busy with other work changes less than the time that passed.

// millionCSV writes n customers as a billing export writes them:
// "Customer,Start ARR,End ARR", amounts with cents, 8% new (no ARR at the
// start), 10% churned (none at the end), from a fixed seed.
func millionCSV(n int) []byte {
	rng := rand.New(rand.NewPCG(12, 2025))
	b := make([]byte, 0, n*36)
	b = append(b, "Customer,Start ARR,End ARR\n"...)
	for i := range n {
		start, end := rng.Int64N(100_000_00), rng.Int64N(120_000_00)
		switch r := rng.IntN(100); {
		case r < 8:
			start = 0
		case r < 18:
			end = 0
		}
		b = append(b, "Customer "...)
		b = appendPadded(b, i, 7)
		b = append(b, ',')
		b = appendCents(b, start)
		b = append(b, ',')
		b = appendCents(b, end)
		b = append(b, '\n')
	}
	return b
}

// wideSheet writes n customers by the month over months months as a
// spreadsheet paste: tab-separated, a header of months (2022-01…), MRR as
// the sheet's currency format shows it ($1,234.56), blank before a
// customer's first month and $0.00 once it has churned. Customers join
// over the months, expand, contract, churn and some come back, from a
// fixed seed.
func wideSheet(n, months int) []byte {
	rng := rand.New(rand.NewPCG(36, 10_000))
	b := make([]byte, 0, n*months*10)
	b = append(b, "Customer"...)
	for m := range months {
		b = append(b, '\t')
		b = strconv.AppendInt(b, int64(2022+m/12), 10)
		b = append(b, '-')
		b = appendPadded(b, m%12+1, 2)
	}
	b = append(b, '\n')
	for c := range n {
		b = append(b, "Customer "...)
		b = appendPadded(b, c, 5)
		joined := 0
		if rng.IntN(10) >= 3 {
			joined = rng.IntN(months)
		}
		mrr := 50_00 + rng.Int64N(5_000_00)
		for m := range months {
			b = append(b, '\t')
			if m < joined {
				continue
			}
			if m > joined {
				switch r := rng.IntN(100); {
				case r < 2 && mrr > 0:
					mrr = 0 // churned
				case r < 4 && mrr == 0:
					mrr = 50_00 + rng.Int64N(2_000_00) // back again
				case r < 8 && mrr > 0:
					mrr += mrr * int64(10+rng.IntN(40)) / 100
				case r < 10 && mrr > 0:
					mrr -= mrr * int64(10+rng.IntN(40)) / 100
				}
			}
			b = append(b, '$')
			b = appendGrouped(b, mrr)
		}
		b = append(b, '\n')
	}
	return b
}

// appendPadded appends n with leading zeros to width digits.
func appendPadded(b []byte, n, width int) []byte {
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// appendCents appends cents as units and two decimals: 48213.07.
func appendCents(b []byte, cents int64) []byte {
	b = strconv.AppendInt(b, cents/100, 10)
	b = append(b, '.')
	return appendPadded(b, int(cents%100), 2)
}

// appendGrouped appends cents with commas grouping thousands: 1,234.56.
func appendGrouped(b []byte, cents int64) []byte {
	units := strconv.FormatInt(cents/100, 10)
	for i := range len(units) {
		if i > 0 && (len(units)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, units[i])
	}
	b = append(b, '.')
	return appendPadded(b, int(cents%100), 2)
}

// customersToBridge is the path for a per-customer file: read, detect, read
// the accounts, build the bridge.
func customersToBridge(data []byte) (*calc.Bridge, Report, error) {
	return customersToBridgeVia(data, false)
}

// customersToBridgeRows is the data page's path: customersToBridge through
// Table.BridgeRows and calc.NewBridgeOf, which hold the accounts once
// instead of twice.
func customersToBridgeRows(data []byte) (*calc.Bridge, Report, error) {
	return customersToBridgeVia(data, true)
}

func customersToBridgeVia(data []byte, asRows bool) (*calc.Bridge, Report, error) {
	t, err := ReadTable(data)
	if err != nil {
		return nil, Report{}, err
	}
	m, err := t.Detect()
	if err != nil {
		return nil, Report{}, err
	}
	if !asRows {
		accounts, rep := t.Accounts(m)
		if !rep.OK() {
			return nil, rep, rep.Errors[0]
		}
		b, err := calc.NewBridge(accounts, calc.BridgeOptions{})
		return b, rep, err
	}
	rows, rep := t.BridgeRows(m)
	if !rep.OK() {
		return nil, rep, rep.Errors[0]
	}
	b, err := calc.NewBridgeOf(rows, calc.BridgeOptions{})
	return b, rep, err
}

// wideToAnalysis is the data page's path for a wide sheet: read, detect,
// read the series, its monthly movements and trailing NRR, and its cohorts.
func wideToAnalysis(data []byte) (*monthly.Analysis, []monthly.Cohort, Report, error) {
	t, err := ReadTable(data)
	if err != nil {
		return nil, nil, Report{}, err
	}
	m, err := t.Detect()
	if err != nil {
		return nil, nil, Report{}, err
	}
	s, rep := t.Series(m)
	if !rep.OK() {
		return nil, nil, rep, rep.Errors[0]
	}
	a, err := monthly.Analyse(s, monthly.Options{})
	if err != nil {
		return nil, nil, rep, err
	}
	cs, err := monthly.Cohorts(s, monthly.ByMonth)
	return a, cs, rep, err
}

// report adds the processor time an operation took since cpu0, natively,
// and the memory the runtime holds.
func report(b *testing.B, cpu0 time.Duration) {
	if cpu := cpuTime(); cpu > 0 {
		b.ReportMetric(float64(cpu-cpu0)/1e6/float64(b.N), "cpu-ms/op")
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.Sys)/1e6, "sys-MB")
}

func BenchmarkMillionCustomersToBridge(b *testing.B) {
	benchmarkMillionCustomers(b, customersToBridge)
}

func BenchmarkMillionCustomersToBridgeRows(b *testing.B) {
	benchmarkMillionCustomers(b, customersToBridgeRows)
}

func benchmarkMillionCustomers(b *testing.B, toBridge func([]byte) (*calc.Bridge, Report, error)) {
	data := millionCSV(1_000_000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		br, _, err := toBridge(data)
		if err != nil {
			b.Fatal(err)
		}
		if len(br.Rows) != 1_000_000 {
			b.Fatalf("%d rows", len(br.Rows))
		}
	}
	report(b, cpu0)
}

func BenchmarkWide10kx36ToAnalysis(b *testing.B) {
	data := wideSheet(10_000, 36)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		a, cs, _, err := wideToAnalysis(data)
		if err != nil {
			b.Fatal(err)
		}
		if len(a.Movements) != 36 || len(cs) == 0 {
			b.Fatalf("%d months, %d cohorts", len(a.Movements), len(cs))
		}
	}
	report(b, cpu0)
}

// TestGeneratedPathsKeepTheirFigures pins what the benchmarks' files read
// as, every row and every rate, to a digest taken before the readers were
// made faster: a faster reader must read them to the same cent.
func TestGeneratedPathsKeepTheirFigures(t *testing.T) {
	br, rep, err := customersToBridge(millionCSV(100_000))
	if err != nil {
		t.Fatal(err)
	}
	if br.Counts[calc.New] == 0 || br.Counts[calc.Churned] == 0 {
		t.Errorf("counts %v: the file should have new and churned customers", br.Counts)
	}
	ret := br.Retention
	ret.Logos = nil // a pointer, which %+v writes as an address
	if got, want := digest(br.BridgeTotals, br.Rows, ret, br.RetentionErr, br.ExpansionPenetration, br.AverageExpansion, br.Segments, br.Notices, rep), "c000edc5650400c0"; got != want {
		t.Errorf("bridge digest %s, want %s", got, want)
	}
	a, cs, rep, err := wideToAnalysis(wideSheet(10_000, 36))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := digest(a, cs, rep), "1b19a54b1ac900a9"; got != want {
		t.Errorf("analysis digest %s, want %s", got, want)
	}
}

// digest is a short hash of values as %+v writes them.
func digest(vs ...any) string {
	h := sha256.New()
	for _, v := range vs {
		fmt.Fprintf(h, "%+v\n", v)
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// BenchmarkReadTableMillionCustomers is the first step of
// BenchmarkMillionCustomersToBridge alone: the text split into cells.
func BenchmarkReadTableMillionCustomers(b *testing.B) {
	data := millionCSV(1_000_000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		if t, err := ReadTable(data); err != nil || t.Rows() != 1_000_001 {
			b.Fatal(err)
		}
	}
	report(b, cpu0)
}
