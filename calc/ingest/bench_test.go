package ingest

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// perCustomerCSV writes n rows of customer, segment, start and end ARR as a
// billing export would: about 40 bytes a row.
func perCustomerCSV(n int) []byte {
	rng := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	b.Grow(n * 44)
	b.WriteString("customer,segment,arr_start,arr_end\n")
	segments := []string{"SMB", "Mid-market", "Enterprise"}
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "cust-%07d,%s,%d.%02d,%d.%02d\n", i, segments[i%3],
			rng.IntN(100_000), rng.IntN(100), rng.IntN(120_000), rng.IntN(100))
	}
	return []byte(b.String())
}

func BenchmarkReadPerCustomerCSV1M(b *testing.B) {
	data := perCustomerCSV(1_000_000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		tab, err := ReadTable(data)
		if err != nil {
			b.Fatal(err)
		}
		m, err := tab.Detect()
		if err != nil {
			b.Fatal(err)
		}
		if accounts, rep := tab.Accounts(m); !rep.OK() || len(accounts) != 1_000_000 {
			b.Fatalf("%d accounts, %v", len(accounts), rep.Errors)
		}
	}
}

func BenchmarkReadWideSheet10000x36(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	var sb strings.Builder
	sb.WriteString("Customer")
	for m := 0; m < 36; m++ {
		fmt.Fprintf(&sb, "\t%d-%02d", 2022+m/12, m%12+1)
	}
	sb.WriteByte('\n')
	for c := 0; c < 10_000; c++ {
		fmt.Fprintf(&sb, "Customer %d", c)
		for m := 0; m < 36; m++ {
			fmt.Fprintf(&sb, "\t$%d.%02d", rng.IntN(5_000), rng.IntN(100))
		}
		sb.WriteByte('\n')
	}
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		tab, err := ReadTable(data)
		if err != nil {
			b.Fatal(err)
		}
		m, err := tab.Detect()
		if err != nil {
			b.Fatal(err)
		}
		if s, rep := tab.Series(m); !rep.OK() || len(s.Customers) != 10_000 || s.Months != 36 {
			b.Fatalf("series %v", rep.Errors)
		}
	}
}
