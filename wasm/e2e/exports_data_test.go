package e2e

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/chromedp"

	"nrrlab/calc"
	"nrrlab/calc/lang"
)

// The data page's tables export as the calculator's do; the customer table,
// of which the page holds only the rows on screen, exports all its rows.

// downloadCSV presses the CSV button of the table captioned caption and
// returns the file's rows, checking its name.
func downloadCSV(t testing.TB, ctx context.Context, files *downloads, caption, name string) [][]string {
	t.Helper()
	press(t, ctx, "button", "Download the table as CSV: "+caption)
	got, data := files.next(t, ctx, caption)
	if got != name {
		t.Errorf("file name %q, want %q", got, name)
	}
	return readCSV(t, data)
}

// copyCells presses the "Copy as cells" button of the table captioned
// caption and returns the clipboard's text.
func copyCells(t testing.TB, ctx context.Context, caption string) string {
	t.Helper()
	stubClipboard(t, ctx)
	press(t, ctx, "button", "Copy the table to paste into a spreadsheet: "+caption)
	text := clipboardText(t, ctx)
	waitShown(t, ctx, "Copied: paste it into a spreadsheet.")
	return text
}

// cells writes rows as tab-separated text, as a spreadsheet reads a paste.
func cells(rows [][]string) string {
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Join(r, "\t") + "\r\n")
	}
	return b.String()
}

func TestDataPageBridgeDownloadsAsCSVAndCopiesAsCells(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	files := allowDownloads(t, ctx)
	open(t, ctx, srv.url("data"))
	press(t, ctx, "button", "Sample: 200 customers, ARR at start and end")
	b := nativeBridge(t, readFile(t, "web/sample-customers.csv"), calc.BridgeOptions{})
	waitBridge(t, ctx, b)
	p := lang.Printer{Currency: shownCurrency(t, ctx)}
	want := [][]string{
		{"Step", "Amount"},
		{"Starting ARR", p.Money(int64(b.Start))},
		{"Expansion", "+" + p.Money(int64(b.Expansion))},
		{"Contraction", "−" + p.Money(int64(b.Contraction))},
		{"Churn", "−" + p.Money(int64(b.Churn))},
		{"New", "+" + p.Money(int64(b.New))},
		{"Ending ARR", p.Money(int64(b.End))},
	}
	sameRows(t, "the page's bridge", exported(t, ctx, "ARR bridge"), want)
	sameRows(t, "the CSV file", downloadCSV(t, ctx, files, "ARR bridge", "arr-bridge.csv"), want)
	if got := copyCells(t, ctx, "ARR bridge"); got != cells(want) {
		t.Errorf("copied\n%q\nwant\n%q", got, cells(want))
	}
}

func TestDataPageMonthlyTablesDownloadAsCSVAndCopyAsCells(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	files := allowDownloads(t, ctx)
	open(t, ctx, srv.url("data"))
	press(t, ctx, "button", "Sample: monthly MRR of 300 customers over 24 months")
	waitMovements(t, ctx, nativeMonthly(t, readFile(t, "web/sample-mrr.csv")))
	for _, table := range []struct{ caption, file string }{
		{"Monthly MRR movements", "monthly-mrr-movements.csv"},
		{"Cohort revenue retention", "cohort-revenue-retention.csv"},
	} {
		want := exported(t, ctx, table.caption)
		if len(want) < 13 {
			t.Fatalf("%s has %d rows on the page, want a header and 12 months at least", table.caption, len(want))
		}
		sameRows(t, table.caption+" as CSV", downloadCSV(t, ctx, files, table.caption, table.file), want)
		if got := copyCells(t, ctx, table.caption); got != cells(want) {
			t.Errorf("%s copied\n%q\nwant\n%q", table.caption, got, cells(want))
		}
	}
}

func TestDataPageCustomersDownloadAllRowsNotOnlyThoseOnScreen(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	files := allowDownloads(t, ctx)
	open(t, ctx, srv.url("data"))
	press(t, ctx, "button", "Sample: 200 customers, ARR at start and end")
	b := nativeBridge(t, readFile(t, "web/sample-customers.csv"), calc.BridgeOptions{})
	waitBridge(t, ctx, b)
	en := lang.Printer{}
	p := lang.Printer{Currency: shownCurrency(t, ctx)}
	shown, err := tableCells(ctx, "Customers "+en.Text("%d customer|%d customers", len(b.Rows)))
	if err != nil {
		t.Fatal(err)
	}

	// Every customer, by name as the table sorts them first, each with the
	// core's figures to the cent.
	rows := append([]calc.BridgeRow(nil), b.Rows...)
	slices.SortStableFunc(rows, func(x, y calc.BridgeRow) int {
		return cmp.Compare(strings.ToLower(x.Customer), strings.ToLower(y.Customer))
	})
	got := downloadCSV(t, ctx, files, "Customers", "customers.csv")
	if len(got) != len(rows)+1 {
		t.Fatalf("the CSV file has %d rows, want a header and %d customers", len(got), len(rows))
	}
	if strings.Join(got[0], "|") != strings.Join(shown[0], "|") {
		t.Errorf("CSV header %q, want the page's %q", got[0], shown[0])
	}
	for i, r := range rows {
		want := []string{r.Customer, r.Segment, p.Money(int64(r.Start)), p.Money(int64(r.End)), p.Money(int64(r.End - r.Start))}
		if g := got[i+1]; len(g) != 6 || strings.Join(g[:5], "|") != strings.Join(want, "|") {
			t.Fatalf("CSV row %d = %q, want %q and the movement", i+1, g, want)
		}
	}
	// The rows on screen read the same, but for the change, which the page
	// shows short.
	n := 0
	for _, s := range shown[1:] {
		if len(s) != 6 || s[0] == "" {
			continue // the spacers around the window
		}
		if g := got[n+1]; g[0] != s[0] || g[1] != s[1] || g[2] != s[2] || g[3] != s[3] || g[5] != s[5] {
			t.Errorf("CSV row %d = %q, the page shows %q", n+1, g, s)
		}
		n++
	}
	if n == 0 || n >= len(rows) {
		t.Errorf("the page shows %d customers' rows, want a window of them", n)
	}

	// Copied as cells after a search: the customers found, all of them.
	obj := waitFind(t, ctx, "searchbox", "Search customers")
	if _, err := chromedp.Call(ctx, dom.Focus, dom.FocusParams{ObjectID: obj}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent("a")); err != nil {
		t.Fatal(err)
	}
	found := [][]string{got[0]}
	for _, g := range got[1:] {
		if strings.Contains(strings.ToLower(g[0]), "a") {
			found = append(found, g)
		}
	}
	waitFind(t, ctx, "table", "Customers "+en.Text("%d customer|%d customers", len(found)-1))
	if text := copyCells(t, ctx, "Customers"); text != cells(found) {
		t.Errorf("copied %d lines, want %d:\n%.300q", strings.Count(text, "\n"), len(found), text)
	}
}
