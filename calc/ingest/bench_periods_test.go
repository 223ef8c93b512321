package ingest

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// subscriptionsCSV writes n subscription periods of n/3 customers over five
// years, a third of them still running, as a billing export would.
func subscriptionsCSV(n int) []byte {
	rng := rand.New(rand.NewPCG(5, 6))
	var b strings.Builder
	b.Grow(n * 64)
	b.WriteString("subscription_id,customer_id,start_date,end_date,amount,interval,currency\n")
	base := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	intervals := []string{"month", "month", "month", "year", "quarter"}
	for i := 0; i < n; i++ {
		start := base.AddDate(0, 0, rng.IntN(1800))
		end := ""
		if rng.IntN(3) > 0 {
			end = start.AddDate(0, 1+rng.IntN(24), 0).Format("2006-01-02")
		}
		fmt.Fprintf(&b, "sub_%07d,cus_%06d,%s,%s,%d.%02d,%s,USD\n", i, rng.IntN(n/3), start.Format("2006-01-02"), end,
			rng.IntN(2000), rng.IntN(100), intervals[rng.IntN(len(intervals))])
	}
	return []byte(b.String())
}

// invoicesCSV writes n invoice lines of n/10 customers with service periods
// of one, three or twelve months or a few odd days, some of them credits.
func invoicesCSV(n int) []byte {
	rng := rand.New(rand.NewPCG(7, 8))
	var b strings.Builder
	b.Grow(n * 72)
	b.WriteString("invoice_id,customer_id,service_period_start,service_period_end,amount,currency\n")
	base := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < n; i++ {
		start := base.AddDate(0, 0, rng.IntN(1800))
		var end time.Time
		switch rng.IntN(4) {
		case 0:
			end = start.AddDate(0, 12, 0)
		case 1:
			end = start.AddDate(0, 3, 0)
		case 2:
			end = start.AddDate(0, 1, 0)
		default:
			end = start.AddDate(0, 0, 1+rng.IntN(90))
		}
		sign := ""
		if rng.IntN(20) == 0 {
			sign = "-"
		}
		fmt.Fprintf(&b, "in_%07d,cus_%06d,%s,%s,%s%d.%02d,USD\n", i, rng.IntN(n/10), start.Format("2006-01-02"),
			end.Format("2006-01-02"), sign, rng.IntN(5000), rng.IntN(100))
	}
	return []byte(b.String())
}

func benchmarkPeriods(b *testing.B, data []byte, shape Shape) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		tab, err := ReadTable(data)
		if err != nil {
			b.Fatal(err)
		}
		m, err := tab.Detect()
		if err != nil || m.Shape != shape {
			b.Fatalf("shape %d, %v", m.Shape, err)
		}
		if s, rep := tab.ReadSeries(m); s == nil || !rep.OK() {
			b.Fatalf("errors %v", rep.Errors)
		}
	}
}

func BenchmarkSubscriptions100k(b *testing.B) {
	benchmarkPeriods(b, subscriptionsCSV(100_000), Subscriptions)
}

func BenchmarkInvoiceLines100k(b *testing.B) {
	benchmarkPeriods(b, invoicesCSV(100_000), Invoices)
}

func BenchmarkParseDate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := ParseDate("2024-01-31T10:00:00Z"); !ok {
			b.Fatal("not read")
		}
	}
}
