package e2e

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"nrrlab/calc/lang"
)

// The data page's speed, measured in Chromium: from a paste of n customers
// to every result on screen (the customer table's caption counts them all),
// and the longest task the page ran meanwhile (PerformanceObserver
// "longtask"). Run with ./build.sh bench (go test -bench); nothing asserts
// on it.

// customersTable writes n customers with ARR at the start and the end, as a
// spreadsheet paste: tab-separated, 8% new, 10% churned, from a fixed seed.
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

const longTaskProbe = `(() => {
	window.nrrlabLongest = 0;
	new PerformanceObserver(list => {
		for (const e of list.getEntries()) nrrlabLongest = Math.max(nrrlabLongest, e.duration);
	}).observe({type: "longtask"});
	return true;
})()`

func benchmarkPaste(b *testing.B, n int) {
	ctx := newBrowser(b)
	srv := newServer(b, siteDir)
	open(b, ctx, srv.url("data"))
	table := customersTable(n)
	caption := "Customers " + lang.Printer{}.Text("%d customer|%d customers", n)
	text, err := json.Marshal(table)
	if err != nil {
		b.Fatal(err)
	}
	// A paste as the browser reports one (inputType insertFromPaste), which
	// the page reads at once, with no pause for typing.
	pasteAll := `function() { this.value = ` + string(text) + `; this.dispatchEvent(new InputEvent("input", {inputType: "insertFromPaste", bubbles: true})); return true; }`
	var took, longest []float64
	for b.Loop() {
		b.StopTimer()
		if len(took) > 0 {
			press(b, ctx, "button", "Forget this table")
			waitFor(b, ctx, "the table to be forgotten", func() (bool, string) {
				ids, err := findAll(ctx, "table", caption)
				return err == nil && len(ids) == 0, "still shown"
			})
		}
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](longTaskProbe)); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		area := waitFind(b, ctx, "textbox", "Paste your table")
		t0 := time.Now()
		if _, err := callOn[bool](ctx, area, pasteAll); err != nil {
			b.Fatal(err)
		}
		waitFind(b, ctx, "table", caption)
		took = append(took, float64(time.Since(t0).Milliseconds()))
		b.StopTimer()
		l, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`nrrlabLongest`))
		if err != nil {
			b.Fatal(err)
		}
		longest = append(longest, l)
		b.StartTimer()
	}
	slices.Sort(took)
	slices.Sort(longest)
	b.ReportMetric(took[len(took)/2], "ms-to-results")
	b.ReportMetric(longest[len(longest)-1], "ms-longest-task")
}

func BenchmarkDataPagePaste10000Customers(b *testing.B)  { benchmarkPaste(b, 10_000) }
func BenchmarkDataPagePaste100000Customers(b *testing.B) { benchmarkPaste(b, 100_000) }
