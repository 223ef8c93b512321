package e2e

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
)

// console records what the page writes to its console, so that a test can
// assert that nothing panicked.
type console struct {
	mu    sync.Mutex
	lines []string
}

func recordConsole(ctx context.Context) *console {
	c := &console{}
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			c.mu.Lock()
			c.lines = append(c.lines, string(m.Type)+": "+m.Text)
			c.mu.Unlock()
		}
	}()
	return c
}

// problems returns the console lines that show a Go panic, an uncaught
// exception or an error.
func (c *console) problems() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var p []string
	for _, l := range c.lines {
		low := strings.ToLower(l)
		if strings.Contains(low, "panic") || strings.HasPrefix(low, "error") || strings.HasPrefix(low, "exception") {
			p = append(p, l)
		}
	}
	return p
}

func TestCalculatorShowsTheSampleThenComputesAsTheUserTypes(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	log := recordConsole(ctx)
	open(t, ctx, srv.url(""))

	// The first visit shows SPEC.md's first worked example, and the NRR band.
	waitText(t, ctx, "status", "Net revenue retention", "105.0%")
	waitText(t, ctx, "status", "Gross revenue retention", "85.0%")
	if band := bandShown(t, ctx); band != "Strong" {
		t.Errorf("band of 105.0%% NRR = %q, want Strong", band)
	}

	for _, f := range []struct{ label, text string }{
		{"Starting ARR", "$1.2M"},
		{"Expansion", "$340K"},
		{"Contraction", "$68K"},
		{"Churn", "$115K"},
	} {
		typeInto(t, ctx, f.label, f.text)
	}
	waitText(t, ctx, "status", "Net revenue retention", "113.1%")
	waitText(t, ctx, "status", "Gross revenue retention", "84.8%")
	typeInto(t, ctx, "Expansion", "$500K")
	waitText(t, ctx, "status", "Net revenue retention", "126.4%")
	if band := bandShown(t, ctx); band != "World-class" {
		t.Errorf("band of 126.4%% NRR = %q, want World-class", band)
	}
	typeInto(t, ctx, "Churn", "$300K")
	waitText(t, ctx, "status", "Net revenue retention", "111.0%")
	typeInto(t, ctx, "Contraction", "$200K")
	waitText(t, ctx, "status", "Net revenue retention", "100.0%")
	typeInto(t, ctx, "Churn", "$400K")
	waitText(t, ctx, "status", "Net revenue retention", "91.7%")
	if band := bandShown(t, ctx); band != "Needs improvement" {
		t.Errorf("band of 91.7%% NRR = %q, want Needs improvement", band)
	}
	typeInto(t, ctx, "Churn", "$500K")
	waitText(t, ctx, "status", "Net revenue retention", "83.3%")
	if band := bandShown(t, ctx); band != "Critical" {
		t.Errorf("band of 83.3%% NRR = %q, want Critical", band)
	}
	if p := log.problems(); len(p) > 0 {
		t.Errorf("console problems: %q", p)
	}
}

// bandShown reads the NRR band named beside the figure.
func bandShown(t testing.TB, ctx context.Context) string {
	t.Helper()
	band, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("nrr-band").innerText.trim()`))
	if err != nil {
		t.Fatalf("reading the NRR band: %v", err)
	}
	return band
}

func TestCalculatorUnreadableValueIsMarkedAtItsFieldAndKeepsTheFigures(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	log := recordConsole(ctx)
	open(t, ctx, srv.url(""))
	waitText(t, ctx, "status", "Net revenue retention", "105.0%")

	typeInto(t, ctx, "Expansion", "abc")
	waitFor(t, ctx, "a message at the Expansion field", func() (bool, string) {
		desc, invalid, err := fieldState(ctx, "Expansion")
		if err != nil {
			return false, err.Error()
		}
		return invalid && strings.Contains(desc, "“abc”") && strings.Contains(desc, "Expected"), desc
	})
	if got, err := textOf(ctx, "status", "Net revenue retention"); err != nil || got != "105.0%" {
		t.Errorf("NRR after an unreadable expansion = %q, %v; want it unchanged at 105.0%%", got, err)
	}
	// Correcting the field clears the message and computes again.
	typeInto(t, ctx, "Expansion", "3M")
	waitText(t, ctx, "status", "Net revenue retention", "115.0%")
	if _, invalid, _ := fieldState(ctx, "Expansion"); invalid {
		t.Error("Expansion still marked invalid after a readable value")
	}
	if p := log.problems(); len(p) > 0 {
		t.Errorf("console problems: %q", p)
	}
}

func TestCalculatorZeroStartingARRSaysNRRNeedsStartingRevenue(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url(""))
	waitText(t, ctx, "status", "Net revenue retention", "105.0%")

	typeInto(t, ctx, "Starting ARR", "0")
	waitFor(t, ctx, "the starting-revenue message", func() (bool, string) {
		desc, invalid, err := fieldState(ctx, "Starting ARR")
		if err != nil {
			return false, err.Error()
		}
		return invalid && strings.Contains(desc, "NRR needs starting revenue"), desc
	})
	body, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"NaN", "Inf", "%!", "runtime error"} {
		if strings.Contains(body, bad) {
			t.Errorf("page shows %q:\n%s", bad, body)
		}
	}
}

// The report carries the title the user types, the date, the figures with
// their definitions and the charts, and prints from its own page.
func TestPrintReportHasItsTitleFiguresAndDefinitions(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url(""))
	typeInto(t, ctx, "Expansion", "$3M")
	waitText(t, ctx, "status", "Net revenue retention", "115.0%")
	press(t, ctx, "link", "Print report")
	waitText(t, ctx, "heading", "Report", "Report")
	typeInto(t, ctx, "Report title", "Acme, FY2025")
	waitFor(t, ctx, "the report's title, figures and definitions", func() (bool, string) {
		body, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("main").innerText`))
		if err != nil {
			return false, err.Error()
		}
		for _, want := range []string{"Acme, FY2025", "Prepared on", "115.0%", "Gross revenue retention (GRR)", "ARR bridge", "Projection"} {
			if !strings.Contains(body, want) {
				return false, "no " + want
			}
		}
		return true, ""
	})
	if n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("main svg.chart").length`)); err != nil || n < 3 {
		t.Errorf("the report has %d charts (%v), want the gauges, the bridge and the projection", n, err)
	}
	// Stand in for the dialog, which a headless browser cannot show.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.print = () => { window.nrrlabPrinted = true; }; true`)); err != nil {
		t.Fatal(err)
	}
	press(t, ctx, "button", "Print")
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.nrrlabPrinted === true`, chromedp.WithPollingTimeout(patience))); err != nil {
		t.Errorf("the print dialog was not asked for: %v", err)
	}
}
