package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// fieldValue is the value of the text field labelled label.
func fieldValue(t testing.TB, ctx context.Context, label string) string {
	t.Helper()
	obj := waitFind(t, ctx, "textbox", label)
	v, err := callOn[string](ctx, obj, `function() { return this.value; }`)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// typedNRR types a Starting ARR into the calculator and returns the NRR
// the page then shows, which must differ from the one it showed before.
// "Before" is read once the calculator shows an NRR: read while the page
// was still being drawn, it would be empty, and the NRR the page then
// drew, before the typing, would pass for the typed one.
func typedNRR(t testing.TB, ctx context.Context, start string) string {
	t.Helper()
	var before string
	waitFor(t, ctx, "the calculator's NRR", func() (bool, string) {
		var err error
		before, err = textOf(ctx, "status", "Net revenue retention")
		return err == nil && before != "", fmt.Sprint(err)
	})
	typeInto(t, ctx, "Starting ARR", start)
	var nrr string
	waitFor(t, ctx, "NRR to follow Starting ARR "+start, func() (bool, string) {
		var err error
		nrr, err = textOf(ctx, "status", "Net revenue retention")
		return err == nil && nrr != "" && nrr != before, nrr
	})
	return nrr
}

func TestModelsSaveReopenRenameDeleteAndUndo(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	log := recordConsole(ctx)
	open(t, ctx, srv.url(""))
	saved := typedNRR(t, ctx, "3M")

	press(t, ctx, "link", "Your models")
	typeInto(t, ctx, "Save as", "Board Q3")
	press(t, ctx, "button", "Save")
	waitShown(t, ctx, "Saved as “Board Q3”.")
	waitFind(t, ctx, "button", "Open Board Q3")

	// Changed work is not lost by opening a model without asking.
	press(t, ctx, "link", "Calculator")
	typedNRR(t, ctx, "6M")
	press(t, ctx, "link", "Your models")
	press(t, ctx, "button", "Open Board Q3")
	waitFind(t, ctx, "heading", "Unsaved changes")
	press(t, ctx, "button", "Open Board Q3 anyway")
	waitShown(t, ctx, "Opened “Board Q3”.")
	press(t, ctx, "link", "Calculator")
	waitText(t, ctx, "status", "Net revenue retention", saved)
	if v := fieldValue(t, ctx, "Starting ARR"); v != "3M" {
		t.Errorf("Starting ARR of the reopened model = %q, want 3M", v)
	}

	press(t, ctx, "link", "Your models")
	press(t, ctx, "button", "Rename Board Q3")
	typeInto(t, ctx, "New name for Board Q3", "Board Q4")
	press(t, ctx, "button", "Rename")
	waitShown(t, ctx, "Renamed “Board Q3” to “Board Q4”.")

	press(t, ctx, "button", "Delete Board Q4")
	waitShown(t, ctx, "Deleted “Board Q4”.")
	if ids, _ := findAll(ctx, "button", "Open Board Q4"); len(ids) != 0 {
		t.Error("a deleted model is still listed")
	}
	press(t, ctx, "button", "Undo")
	waitShown(t, ctx, "“Board Q4” is back.")
	waitFind(t, ctx, "button", "Open Board Q4")

	// The list survives a reload.
	open(t, ctx, srv.url("models"))
	waitFind(t, ctx, "button", "Open Board Q4")
	if p := log.problems(); len(p) > 0 {
		t.Errorf("console: %q", p)
	}
}

// copiedLink presses "Copy share link" and returns what went to the
// clipboard.
func copiedLink(t testing.TB, ctx context.Context) string {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
		window.nrrlabCopied = "";
		navigator.clipboard.writeText = async text => { window.nrrlabCopied = text; };
		return true;
	})()`)); err != nil {
		t.Fatal(err)
	}
	press(t, ctx, "button", "Copy share link")
	link, err := chromedp.Run(ctx, chromedp.Poll[string](`window.nrrlabCopied`, chromedp.WithPollingTimeout(patience)))
	if err != nil {
		t.Fatalf("waiting for the link on the clipboard: %v", err)
	}
	waitShown(t, ctx, "Copied to the clipboard.")
	return link
}

func TestShareLinkOpensTheSameFiguresElsewhereAndABrokenOneLeavesWorkAlone(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url(""))
	shared := typedNRR(t, ctx, "4M")
	press(t, ctx, "link", "Your models")
	link := copiedLink(t, ctx)
	_, fragment, ok := strings.Cut(link, "#")
	if !ok || !strings.HasPrefix(link, srv.url("")) {
		t.Fatalf("share link %q: want the site's address with a fragment", link)
	}
	if len(link) > 2000 {
		t.Errorf("the share link of a small model has %d characters, want under 2,000", len(link))
	}

	// Another browser, with its own work, opens the link and shows the
	// shared figures; its own work is untouched.
	other := newBrowser(t)
	open(t, other, srv.url(""))
	own := typedNRR(t, other, "5M")
	// As a link opened in a new tab: from a blank page.
	if err := chromedp.Do(other, chromedp.Navigate("about:blank")); err != nil {
		t.Fatal(err)
	}
	open(t, other, link)
	waitShown(t, other, "Opened from a shared link")
	waitText(t, other, "status", "Net revenue retention", shared)
	if v := fieldValue(t, other, "Starting ARR"); v != "4M" {
		t.Errorf("Starting ARR from the link = %q, want 4M", v)
	}
	press(t, other, "button", "Back to my work")
	waitText(t, other, "status", "Net revenue retention", own)

	// A link cut short or altered says so; the work is as it was.
	for _, broken := range []string{fragment[:len(fragment)/2], fragment[:len(fragment)-3] + "!!!"} {
		if err := chromedp.Do(other, chromedp.Navigate("about:blank")); err != nil {
			t.Fatal(err)
		}
		open(t, other, srv.url("")+"#"+broken)
		waitShown(t, other, "This link could not be opened")
		waitText(t, other, "status", "Net revenue retention", own)
	}
}

func TestUnreadableSavedWorkSaysSoAndCanBeDownloaded(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	log := recordConsole(ctx)
	open(t, ctx, srv.url(""))
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`localStorage.setItem("nrrlab.work", "{\"version\": 2, \"fields\": [tru"), true`)); err != nil {
		t.Fatal(err)
	}
	open(t, ctx, srv.url(""))
	waitShown(t, ctx, "Your saved work could not be read")
	// The app starts from the sample and works.
	waitText(t, ctx, "status", "Net revenue retention", "105.0%")
	typedNRR(t, ctx, "2M")
	waitFind(t, ctx, "button", "Download the unreadable text")
	if p := log.problems(); len(p) > 0 {
		t.Errorf("console: %q", p)
	}
}
