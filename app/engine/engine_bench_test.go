package engine

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"nrrlab/app/engine/api"
	"nrrlab/app/model"
)

// customersTable writes n customers with ARR at the start and the end, as a
// spreadsheet paste: tab-separated, 8% new, 10% churned, from a fixed seed
// (the same table as the browser benchmark's).
func customersTable(n int) string {
	rng := rand.New(rand.NewPCG(7, 11))
	var b strings.Builder
	b.WriteString("Customer\tSegment\tStart ARR\tEnd ARR\n")
	segments := []string{"SMB", "Mid-market", "Enterprise"}
	for i := range n {
		start, end := rng.IntN(100_000_00), rng.IntN(120_000_00)
		switch r := rng.IntN(100); {
		case r < 8:
			start = 0
		case r < 18:
			end = 0
		}
		fmt.Fprintf(&b, "Customer %07d\t%s\t%d.%02d\t%d.%02d\n", i, segments[i%3], start/100, start%100, end/100, end%100)
	}
	return b.String()
}

// benchmarkPaste measures what the engine does for a paste on the data
// page: read, analyse, render the page and encode the reply as the worker
// posts it.
func benchmarkPaste(b *testing.B, n int) {
	text := []byte(customersTable(n))
	var size int
	for b.Loop() {
		e := New(nil)
		r := api.Request{Page: "/data", Model: model.Sample(), Event: &api.Event{Kind: api.EventLoad, Value: "paste"}}
		reply := e.Handle(r, &Input{Data: text}, nil)
		var out bytes.Buffer
		enc := json.NewEncoder(&out)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(reply); err != nil {
			b.Fatal(err)
		}
		size = out.Len()
	}
	b.ReportMetric(float64(size), "reply-bytes")
}

func BenchmarkPaste10000Customers(b *testing.B)  { benchmarkPaste(b, 10_000) }
func BenchmarkPaste100000Customers(b *testing.B) { benchmarkPaste(b, 100_000) }
