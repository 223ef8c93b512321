package e2e

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"nrrlab/calc"
	"nrrlab/calc/ingest"
	"nrrlab/calc/lang"
)

// The data page's tests put a table in as a user does (a paste, a sample's
// button, a file opened or dropped) and compare every figure the page shows
// with what the core computes natively from the same bytes.

func TestDataPagePastedTablesGiveTheCoresFigures(t *testing.T) {
	for _, c := range []struct {
		name, file string
	}{
		{"per-customer export from Excel, dollars, with a total row", "calc/ingest/testdata/excel-usd.tsv"},
		{"CSV with a BOM, CRLF and quoted thousands", "calc/ingest/testdata/messy/bom-crlf-quoted.csv"},
		{"a customer called Total, credits and a Grand Total row", "calc/ingest/testdata/messy/per-customer-total-customer.csv"},
		{"wide Malay MRR sheet", "calc/ingest/testdata/wide-malay.tsv"},
		{"long billing table", "calc/ingest/testdata/billing-long.csv"},
		{"PivotTable paste with a grand total", "calc/ingest/testdata/messy/mrr-pivot-paste.tsv"},
	} {
		t.Run(c.name, func(t *testing.T) {
			data := readFile(t, c.file)
			ctx := newBrowser(t)
			srv := newServer(t, siteDir)
			log := recordConsole(ctx)
			open(t, ctx, srv.url("data"))
			paste(t, ctx, "Paste your table", string(data))
			waitCoresFigures(t, ctx, data)
			if p := log.problems(); len(p) > 0 {
				t.Errorf("console: %q", p)
			}
		})
	}
}

func TestDataPageSamplesGiveTheCoresFigures(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url("data"))

	press(t, ctx, "button", "Sample: 200 customers, ARR at start and end")
	waitBridge(t, ctx, nativeBridge(t, readFile(t, "web/sample-customers.csv"), calc.BridgeOptions{}))

	press(t, ctx, "button", "Sample: monthly MRR of 300 customers over 24 months")
	waitMovements(t, ctx, nativeMonthly(t, readFile(t, "web/sample-mrr.csv")))

	press(t, ctx, "button", "Sample: Indonesian MRR sheet in rupiah")
	// A table written in rupiah is shown in rupiah.
	waitFor(t, ctx, "the rupiah sample to be shown in IDR", func() (bool, string) {
		c := shownCurrency(t, ctx)
		return c == lang.IDR, c.Code()
	})
	waitMovements(t, ctx, nativeMonthly(t, readFile(t, "web/sample-mrr-id.csv")))
}

func TestDataPageOpensAFileAndTakesADrop(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url("data"))

	// A spreadsheet opened with the file button: the first sheet is read.
	xlsx := "calc/ingest/testdata/xlsx/usd-per-customer.xlsx"
	path, err := filepath.Abs("../../" + xlsx)
	if err != nil {
		t.Fatal(err)
	}
	chooseFile(t, ctx, "Open a file", path)
	waitCoresFigures(t, ctx, readFile(t, xlsx))
	waitFind(t, ctx, "heading", "How usd-per-customer.xlsx was read")

	// A CSV dropped anywhere on the page replaces it.
	csv := readFile(t, "calc/ingest/testdata/excel-usd.tsv")
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](fmt.Sprintf(`(() => {
		const dt = new DataTransfer();
		dt.items.add(new File([%q], "dropped.tsv", {type: "text/tab-separated-values"}));
		for (const type of ["dragenter", "dragover", "drop"]) {
			document.querySelector("main").dispatchEvent(new DragEvent(type, {dataTransfer: dt, bubbles: true, cancelable: true}));
		}
		return true;
	})()`, string(csv)))); err != nil {
		t.Fatal(err)
	}
	waitFind(t, ctx, "heading", "How dropped.tsv was read")
	waitBridge(t, ctx, nativeBridge(t, csv, calc.BridgeOptions{}))
}

// chooseFile picks a file in the file field labelled label, as the
// browser's file dialog does.
func chooseFile(t testing.TB, ctx context.Context, label, path string) {
	t.Helper()
	var obj *runtime.RemoteObject
	waitFor(t, ctx, fmt.Sprintf("a file field labelled %q", label), func() (bool, string) {
		res, err := chromedp.Call(ctx, runtime.Evaluate, runtime.EvaluateParams{Expression: fmt.Sprintf(
			`[...document.querySelectorAll("label")].find(l => l.textContent.trim().startsWith(%q))?.control`, label)})
		if err != nil {
			return false, err.Error()
		}
		obj = res.Result
		return obj.ObjectID != "", "none"
	})
	if _, err := chromedp.Call(ctx, dom.SetFileInputFiles, dom.SetFileInputFilesParams{Files: []string{path}, ObjectID: obj.ObjectID}); err != nil {
		t.Fatal(err)
	}
}

// waitCoresFigures waits until the page shows what the core computes from
// data: the ARR bridge of a per-customer table, the monthly movements of
// any other.
func waitCoresFigures(t testing.TB, ctx context.Context, data []byte) {
	t.Helper()
	if _, m := nativeTable(t, data); m.Shape == ingest.PerCustomer {
		waitBridge(t, ctx, nativeBridge(t, data, calc.BridgeOptions{}))
		return
	}
	waitMovements(t, ctx, nativeMonthly(t, data))
}

// toggle flips the checkbox labelled label from the keyboard: focus, then
// Space.
func toggle(t testing.TB, ctx context.Context, label string) {
	t.Helper()
	obj := waitFind(t, ctx, "checkbox", label)
	if _, err := chromedp.Call(ctx, dom.Focus, dom.FocusParams{ObjectID: obj}); err != nil {
		t.Fatalf("focusing %q: %v", label, err)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(" ")); err != nil {
		t.Fatalf("toggling %q: %v", label, err)
	}
}

// bodyText is what the page shows, as text.
func bodyText(ctx context.Context) (string, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
}

// waitShown waits until the page shows every one of texts.
func waitShown(t testing.TB, ctx context.Context, texts ...string) {
	t.Helper()
	waitFor(t, ctx, fmt.Sprintf("the page to show %q", texts), func() (bool, string) {
		body, err := bodyText(ctx)
		if err != nil {
			return false, err.Error()
		}
		for _, s := range texts {
			if !strings.Contains(body, s) {
				return false, fmt.Sprintf("no %q in %.2000q", s, body)
			}
		}
		return true, ""
	})
}

func TestDataPageUnreadableCellIsNamedAndTheOtherWorkStays(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	log := recordConsole(ctx)
	open(t, ctx, srv.url(""))
	typeInto(t, ctx, "Starting ARR", "2M")
	var typed string
	waitFor(t, ctx, "NRR to follow the typed Starting ARR", func() (bool, string) {
		var err error
		typed, err = textOf(ctx, "status", "Net revenue retention")
		return err == nil && typed != "" && typed != "105.0%", typed
	})

	press(t, ctx, "link", "Your data")
	table := "Customer\tARR 2023\tARR 2024\nAcme\t1,000\t1,200\nBolt\t2,000\t12 apples\nCask\t500\t0\n"
	paste(t, ctx, "Paste your table", table)
	// The cell is named by its row as the sheet numbers it, its column's
	// header and its text; nothing is analysed while it stands.
	waitShown(t, ctx, "Row 3", "ARR 2024", "“12 apples”", "Skip unreadable rows")
	if ids, _ := findAll(ctx, "table", "ARR bridge"); len(ids) != 0 {
		t.Fatal("the bridge is shown while a cell cannot be read")
	}

	// Skipping the row analyses the others, and says how many were skipped.
	toggle(t, ctx, "Skip unreadable rows")
	p := lang.Printer{Currency: shownCurrency(t, ctx)}
	waitColumn(t, ctx, "ARR bridge", "Amount", map[string]string{
		"Starting ARR": p.Money(150000), "Expansion": "+" + p.Money(20000), "Churn": "−" + p.Money(50000), "Ending ARR": p.Money(120000),
	})
	waitText(t, ctx, "status", "Net revenue retention", "80.0%")

	// The calculator kept what the user typed.
	press(t, ctx, "link", "Calculator")
	waitText(t, ctx, "status", "Net revenue retention", typed)
	if v := fieldValue(t, ctx, "Starting ARR"); v != "2M" {
		t.Errorf("Starting ARR after the data page = %q, want 2M", v)
	}
	if p := log.problems(); len(p) > 0 {
		t.Errorf("console: %q", p)
	}
}

func TestDataPageCustomersSortSearchAndGoToTheCalculator(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url("data"))
	press(t, ctx, "button", "Sample: 200 customers, ARR at start and end")
	b := nativeBridge(t, readFile(t, "web/sample-customers.csv"), calc.BridgeOptions{})
	waitBridge(t, ctx, b)
	en := lang.Printer{}
	all := "Customers " + en.Text("%d customer|%d customers", len(b.Rows))
	waitFind(t, ctx, "table", all)

	// Sorting by ARR at start puts the biggest or the smallest first, as
	// the core has them.
	p := lang.Printer{Currency: shownCurrency(t, ctx)}
	biggest, smallest := b.Rows[0].Start, b.Rows[0].Start
	for _, r := range b.Rows {
		biggest, smallest = max(biggest, r.Start), min(smallest, r.Start)
	}
	ends := map[string]bool{p.Money(int64(biggest)): true, p.Money(int64(smallest)): true}
	press(t, ctx, "button", "ARR at start")
	waitFor(t, ctx, "the customers sorted by ARR at start", func() (bool, string) {
		rows, err := tableCells(ctx, all)
		if err != nil {
			return false, err.Error()
		}
		starts, err := column(rows, "ARR at start")
		if err != nil {
			return false, err.Error()
		}
		for _, r := range rows[1:] {
			if len(r) > 1 && r[0] != "" {
				return ends[starts[r[0]]], fmt.Sprintf("first row %q", r)
			}
		}
		return false, fmt.Sprintf("no rows in %q", rows)
	})

	// Searching by a part of a name keeps the customers whose names have it.
	name := b.Rows[len(b.Rows)/2].Customer
	part := strings.ToLower(name[1 : len(name)-1])
	var matches []string
	for _, r := range b.Rows {
		if strings.Contains(strings.ToLower(r.Customer), part) {
			matches = append(matches, r.Customer)
		}
	}
	obj := waitFind(t, ctx, "searchbox", "Search customers")
	if _, err := chromedp.Call(ctx, dom.Focus, dom.FocusParams{ObjectID: obj}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(part)); err != nil {
		t.Fatal(err)
	}
	found := "Customers " + en.Text("%d customer|%d customers", len(matches))
	waitFor(t, ctx, fmt.Sprintf("the search for %q to show %q", part, matches), func() (bool, string) {
		rows, err := tableCells(ctx, found)
		if err != nil {
			return false, err.Error()
		}
		var names []string
		for _, r := range rows[1:] {
			if len(r) > 1 && r[0] != "" {
				names = append(names, r[0])
			}
		}
		for _, m := range matches {
			if !strings.Contains(strings.Join(names, "\n"), m) {
				return false, fmt.Sprintf("%q", names)
			}
		}
		return len(names) == len(matches), fmt.Sprintf("%q", names)
	})

	// The totals go to the calculator, which gives the same NRR.
	press(t, ctx, "button", "Use these totals in the calculator")
	waitFind(t, ctx, "textbox", "Starting ARR")
	waitText(t, ctx, "status", "Net revenue retention", en.Percent(b.Retention.NRR))
	waitText(t, ctx, "status", "Gross revenue retention", en.Percent(b.Retention.GRR))
}
