package e2e

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"nrrlab/calc"
	"nrrlab/calc/lang"
)

// copyToClipboard puts text where clipboardPaste takes it from, so that
// what the test sends the browser is not timed with the paste.
func copyToClipboard(t testing.TB, ctx context.Context, text string) {
	t.Helper()
	js, err := json.Marshal(text)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(window.nrrlabClipboard = `+string(js)+`, true)`)); err != nil {
		t.Fatal(err)
	}
}

// clipboardPaste pastes the text copyToClipboard copied into a field as
// the browser does: a paste event carrying the text, whose default, unless
// the page prevents it, writes the text into the field and fires an input
// event of type insertFromPaste. It returns the page's clock when the paste
// began.
func clipboardPaste(t testing.TB, ctx context.Context, field runtime.RemoteObjectID) float64 {
	t.Helper()
	start, err := callOn[float64](ctx, field, `function() {
		const text = window.nrrlabClipboard;
		const start = performance.now();
		this.focus();
		const data = new DataTransfer();
		data.setData("text/plain", text);
		const ev = new ClipboardEvent("paste", {clipboardData: data, bubbles: true, cancelable: true});
		if (this.dispatchEvent(ev)) {
			this.value = text;
			this.dispatchEvent(new InputEvent("input", {inputType: "insertFromPaste", bubbles: true}));
		}
		return start;
	}`)
	if err != nil {
		t.Fatal(err)
	}
	return start
}

// A long table pasted into the box is read without being written into it
// (a box of thousands of lines freezes the page), says so, gives the core's
// figures and is kept across a reload; a short one is written into the box
// as usual.
func TestDataPageLongPasteIsReadWithoutFillingTheBox(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url("data"))

	short := customersTable(9)
	copyToClipboard(t, ctx, short)
	clipboardPaste(t, ctx, waitFind(t, ctx, "textbox", "Paste your table"))
	waitFind(t, ctx, "table", "Customers "+lang.Printer{}.Text("%d customer|%d customers", 9))
	waitBridge(t, ctx, nativeBridge(t, []byte(short), calc.BridgeOptions{}))
	if v, err := callOn[string](ctx, waitFind(t, ctx, "textbox", "Paste your table"), `function() { return this.value; }`); err != nil || v != short {
		t.Errorf("after a short paste the box holds %.80q (%v), want the pasted text", v, err)
	}

	long := customersTable(3000)
	copyToClipboard(t, ctx, long)
	clipboardPaste(t, ctx, waitFind(t, ctx, "textbox", "Paste your table"))
	caption := "Customers " + lang.Printer{}.Text("%d customer|%d customers", 3000)
	waitFind(t, ctx, "table", caption)
	want := nativeBridge(t, []byte(long), calc.BridgeOptions{})
	waitBridge(t, ctx, want)
	waitShown(t, ctx, "A table this long is read without being written into this box")
	if v, err := callOn[string](ctx, waitFind(t, ctx, "textbox", "Paste your table"), `function() { return this.value; }`); err != nil || v != "" {
		t.Errorf("after a long paste the box holds %.80q (%v), want it empty", v, err)
	}

	if _, err := chromedp.Run(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	waitBooted(t, ctx)
	waitFind(t, ctx, "table", caption)
	waitBridge(t, ctx, want)
}
