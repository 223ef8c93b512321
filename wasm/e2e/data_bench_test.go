package e2e

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"nrrlab/calc"
	"nrrlab/calc/lang"
)

// The data page's speed, measured in Chromium by the page's own clock: from
// a paste of n customers to every result on screen (the customer table's
// caption counts them all, and the page is no longer marked busy), and
// the longest task the page ran meanwhile (PerformanceObserver "longtask").
// Run with ./build.sh bench (go test -bench); nothing asserts on it.

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

// pasteProbe watches the page: the longest task (PerformanceObserver
// "longtask") and when the page shows a table with this caption and is no
// longer marked busy (a long page is shown in steps: every result is then
// on screen).
const pasteProbe = `(caption) => {
	window.nrrlabLongest = 0;
	window.nrrlabShown = 0;
	new PerformanceObserver(list => {
		for (const e of list.getEntries()) nrrlabLongest = Math.max(nrrlabLongest, e.duration);
	}).observe({type: "longtask"});
	const seen = new MutationObserver(() => {
		const page = document.querySelector(".engine-page");
		if (page && page.getAttribute("aria-busy") !== "true" &&
			[...document.querySelectorAll("caption")].some(c => c.textContent.replace(/\s+/g, " ").trim().startsWith(caption))) {
			nrrlabShown = performance.now();
			seen.disconnect();
		}
	});
	seen.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["aria-busy"]});
	return true;
}`

// monthlySheet writes n customers' MRR over months months as a wide sheet
// pasted from a spreadsheet, from a fixed seed: customers start in any
// month, expand, contract, churn and some come back.
func monthlySheet(n, months int) string {
	rng := rand.New(rand.NewPCG(5, 13))
	var b strings.Builder
	b.WriteString("Customer")
	for m := range months {
		fmt.Fprintf(&b, "\t%s %d", time.Month(m%12 + 1).String()[:3], 2023+m/12)
	}
	b.WriteByte('\n')
	for i := range n {
		fmt.Fprintf(&b, "Customer %06d", i)
		start := rng.IntN(months)
		mrr := 50_00 + rng.IntN(2_000_00)
		for m := range months {
			b.WriteByte('\t')
			if m < start {
				continue
			}
			switch r := rng.IntN(100); {
			case r < 2 && mrr > 0:
				mrr = 0
			case r < 4 && mrr == 0:
				mrr = 50_00 + rng.IntN(1_000_00)
			case r < 9 && mrr > 0:
				mrr += rng.IntN(mrr/5 + 1)
			case r < 12 && mrr > 0:
				mrr -= rng.IntN(mrr/5 + 1)
			}
			if mrr > 0 {
				fmt.Fprintf(&b, "%d.%02d", mrr/100, mrr%100)
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func benchmarkPaste(b *testing.B, n int) {
	benchmarkPasteOf(b, customersTable(n), "Customers "+lang.Printer{}.Text("%d customer|%d customers", n))
}

// benchmarkPasteOf times pastes of table until a table whose caption
// begins with caption is shown.
func benchmarkPasteOf(b *testing.B, table, caption string) {
	ctx := newBrowser(b)
	srv := newServer(b, siteDir)
	open(b, ctx, srv.url("data"))
	probe := `(` + pasteProbe + `)(` + strconv.Quote(caption) + `)`
	var took, longest []float64
	for b.Loop() {
		b.StopTimer()
		if len(took) > 0 {
			press(b, ctx, "button", "Forget this table")
			waitFor(b, ctx, "the table to be forgotten", func() (bool, string) {
				shown, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`[...document.querySelectorAll("caption")].some(c => c.textContent.replace(/\s+/g, " ").trim().startsWith(`+strconv.Quote(caption)+`))`))
				return err == nil && !shown, "still shown"
			})
		}
		copyToClipboard(b, ctx, table)
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](probe)); err != nil {
			b.Fatal(err)
		}
		area := waitFind(b, ctx, "textbox", "Paste your table")
		b.StartTimer()
		start := clipboardPaste(b, ctx, area)
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`nrrlabShown > 0`, chromedp.WithPollingTimeout(patience))); err != nil {
			b.Fatalf("waiting for the table %q: %v", caption, err)
		}
		b.StopTimer()
		shown, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`nrrlabShown`))
		if err != nil {
			b.Fatal(err)
		}
		took = append(took, shown-start)
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
	b.ReportMetric(workerMemory(b, ctx)/(1<<20), "MiB-engine-memory")
}

// workerMemory is the size of the engine's WebAssembly memory in its web
// worker, in bytes: the most the engine has held, since Go's memory never
// shrinks.
func workerMemory(b *testing.B, ctx context.Context) float64 {
	targets, err := chromedp.Targets(ctx)
	if err != nil {
		b.Fatal(err)
	}
	for _, t := range targets {
		if t.Type != "worker" {
			continue
		}
		wctx, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(t.TargetID))
		defer cancel()
		size, err := chromedp.Run(wctx, chromedp.Evaluate[float64](`go._inst.exports.mem.buffer.byteLength`))
		if err != nil {
			b.Fatalf("reading the engine's memory: %v", err)
		}
		return size
	}
	b.Fatal("no engine worker")
	return 0
}

func BenchmarkDataPagePaste10000Customers(b *testing.B)   { benchmarkPaste(b, 10_000) }
func BenchmarkDataPagePaste100000Customers(b *testing.B)  { benchmarkPaste(b, 100_000) }
func BenchmarkDataPagePaste1000000Customers(b *testing.B) { benchmarkPaste(b, 1_000_000) }

func BenchmarkDataPagePaste10000CustomersBy36Months(b *testing.B) {
	benchmarkPasteOf(b, monthlySheet(10_000, 36), lang.Printer{}.Text("Monthly %s movements", "MRR"))
}

// choiceProbe records, by the page's clock, when a field last changed and
// when the output with this id last began to show a text: the time from a
// choice to its figure on screen.
const choiceProbe = `(id) => {
	window.nrrlabChanged = 0;
	window.nrrlabShownText = "";
	document.addEventListener("change", () => { nrrlabChanged = performance.now(); }, true);
	new MutationObserver(() => {
		const out = document.getElementById(id);
		const text = out ? out.textContent : "";
		if (text !== nrrlabShownText) {
			nrrlabShownText = text;
			window.nrrlabShown = performance.now();
		}
	}).observe(document.body, {subtree: true, childList: true, characterData: true});
	return true;
}`

// BenchmarkDataPageGRRConvention100000Customers measures a switch of the
// GRR convention (capped per customer or on the totals) on a table of
// 100,000 customers: from the choice to the new GRR on screen.
func BenchmarkDataPageGRRConvention100000Customers(b *testing.B) {
	const n = 100_000
	ctx := newBrowser(b)
	srv := newServer(b, siteDir)
	open(b, ctx, srv.url("data"))
	table := customersTable(n)
	copyToClipboard(b, ctx, table)
	clipboardPaste(b, ctx, waitFind(b, ctx, "textbox", "Paste your table"))
	waitFind(b, ctx, "table", "Customers "+lang.Printer{}.Text("%d customer|%d customers", n))
	p := lang.Printer{Currency: shownCurrency(b, ctx)}
	grr := map[string]string{
		"Per customer: one customer's expansion never offsets another's loss": p.Percent(nativeBridge(b, []byte(table), calc.BridgeOptions{}).Retention.GRR),
		"On the totals: expansion can offset losses up to 100%":               p.Percent(nativeBridge(b, []byte(table), calc.BridgeOptions{GRRCap: 1}).Retention.GRR),
	}
	if grr["Per customer: one customer's expansion never offsets another's loss"] == grr["On the totals: expansion can offset losses up to 100%"] {
		b.Fatalf("both conventions give a GRR of %s: the switch cannot be seen", grr["On the totals: expansion can offset losses up to 100%"])
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(`+choiceProbe+`)("bridge-grr")`)); err != nil {
		b.Fatal(err)
	}
	options := []string{"On the totals: expansion can offset losses up to 100%", "Per customer: one customer's expansion never offsets another's loss"}
	var took []float64
	for i := 0; b.Loop(); i++ {
		// The arrow keys step through a select's options, firing a change
		// for each, as a keyboard user switches.
		option, key := options[i%2], kb.ArrowDown
		if i%2 == 1 {
			key = kb.ArrowUp
		}
		sel := waitFind(b, ctx, "combobox", "GRR is capped")
		if _, err := chromedp.Call(ctx, dom.Focus, dom.FocusParams{ObjectID: sel}); err != nil {
			b.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.KeyEvent(key)); err != nil {
			b.Fatal(err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById("bridge-grr").textContent === `+strconv.Quote(grr[option]), chromedp.WithPollingTimeout(patience))); err != nil {
			got, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("bridge-grr").outerHTML`))
			b.Fatalf("waiting for the GRR of %q (%q): %v; shown %s", option, grr[option], err, got)
		}
		b.StopTimer()
		times, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`[nrrlabChanged, nrrlabShown]`))
		if err != nil {
			b.Fatal(err)
		}
		took = append(took, times[1]-times[0])
		b.StartTimer()
	}
	slices.Sort(took)
	b.ReportMetric(took[len(took)/2], "ms-to-new-GRR")
}
