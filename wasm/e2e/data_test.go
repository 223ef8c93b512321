package e2e

import (
	"context"
	"os"
	"testing"

	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// paste puts text into the field labelled label as a paste from a
// spreadsheet does: one insertion of the whole text.
func paste(t testing.TB, ctx context.Context, label, text string) {
	t.Helper()
	obj := waitFind(t, ctx, "textbox", label)
	if _, err := chromedp.Call(ctx, dom.Focus, dom.FocusParams{ObjectID: obj}); err != nil {
		t.Fatal(err)
	}
	if _, err := callOn[bool](ctx, obj, `function() { this.select(); return true; }`); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: text}); err != nil {
		t.Fatal(err)
	}
}

func TestDataPagePastedPerCustomerTable(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url("data"))
	data, err := os.ReadFile("../../calc/ingest/testdata/excel-usd.tsv")
	if err != nil {
		t.Fatal(err)
	}
	paste(t, ctx, "Paste your table", string(data))
	waitFind(t, ctx, "table", "ARR bridge")
	got, err := textOf(ctx, "status", "Net revenue retention")
	t.Logf("NRR %q %v", got, err)
}
