package e2e

import (
	"fmt"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"nrrlab/app/model"
	"nrrlab/calc/lang"
)

// stepsProbe records, after each task that changed the engine's page, how
// many elements it held and whether it was marked busy.
const stepsProbe = `(() => {
	window.nrrlabSteps = [];
	new MutationObserver(() => {
		const page = document.querySelector(".engine-page");
		if (!page) return;
		const n = page.getElementsByTagName("*").length, last = nrrlabSteps[nrrlabSteps.length - 1];
		if (!last || last[0] !== n) nrrlabSteps.push([n, page.getAttribute("aria-busy") === "true" ? 1 : 0]);
	}).observe(document.body, {subtree: true, childList: true});
	return true;
})()`

// A wide monthly sheet's page (37 column menus, the movements of 36 months,
// cohorts) is shown in steps, each in a task of its own, so that the page
// answers input meanwhile; it is marked busy until the last, which shows
// every figure.
func TestAWideSheetIsShownInStepsAndWhole(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url("data"))
	sheet := monthlySheet(500, 36)
	copyToClipboard(t, ctx, sheet)
	area := waitFind(t, ctx, "textbox", "Paste your table")
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](stepsProbe)); err != nil {
		t.Fatal(err)
	}
	clipboardPaste(t, ctx, area)
	waitMovements(t, ctx, nativeMonthly(t, []byte(sheet)))
	waitFind(t, ctx, "table", "Cohort revenue retention")
	var steps [][2]int
	waitFor(t, ctx, "the page to be shown whole", func() (bool, string) {
		var err error
		steps, err = chromedp.Run(ctx, chromedp.Evaluate[[][2]int](`nrrlabSteps`))
		if err != nil {
			return false, err.Error()
		}
		return len(steps) > 0 && steps[len(steps)-1][1] == 0, fmt.Sprintf("elements and busy after each change: %v", steps)
	})
	// The page before the paste, then at least three steps of the new one.
	growing := 0
	for i := 1; i < len(steps); i++ {
		if steps[i][0] > steps[i-1][0] {
			growing++
		}
	}
	if growing < 3 {
		t.Errorf("the page grew in %d steps, want 3 or more: elements and busy after each change: %v", growing, steps)
	}
	final := steps[len(steps)-1][0]
	for _, s := range steps {
		if s[0] < final && s[1] == 0 && s[0] > steps[0][0] {
			t.Errorf("the page was not marked busy with %d of its %d elements shown: %v", s[0], final, steps)
			break
		}
	}
}

// Choosing another language from the keyboard leaves the focus on the link
// just chosen, now marked as the current language: the header is changed in
// place, not replaced.
func TestTheChosenLanguageKeepsTheFocus(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url("benchmarks"))
	waitFind(t, ctx, "heading", "Benchmarks")
	for _, l := range []lang.Lang{lang.Indonesian, lang.Malay, lang.English} {
		press(t, ctx, "link", l.Name())
		heading := lang.Printer{Lang: l}.Text("Benchmarks")
		waitFind(t, ctx, "heading", heading)
		waitFor(t, ctx, "the focus on the link to "+l.Name(), func() (bool, string) {
			focus, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(() => { const a = document.activeElement;
				return [a.tagName, a.getAttribute("hreflang") || "", a.getAttribute("aria-current") || "", a.closest("nav.languages") ? "in the switch" : "elsewhere", document.documentElement.lang]; })()`))
			if err != nil {
				return false, err.Error()
			}
			want := []string{"A", l.Code(), "true", "in the switch", l.Code()}
			return fmt.Sprint(focus) == fmt.Sprint(want), fmt.Sprintf("focus on %v, want %v", focus, want)
		})
		path, err := chromedp.Run(ctx, chromedp.Evaluate[string](`location.pathname`))
		if want := base + model.PathIn(l, "/benchmarks")[1:]; err != nil || path != want {
			t.Errorf("address %q (%v) after choosing %s, want %q", path, err, l.Name(), want)
		}
	}
}

// frameProbe counts, before each frame the browser paints, the frames, the
// engine's blocks shown without their HTML (the shell writes a block's HTML
// into an element go-app made empty, in the task that made it), and HTML
// left where it does not belong: inside a field, or in an element that is
// not one of the blocks' own. The app's first screen, while it is mounted
// unseen behind the pre-rendered page (.site.mounting), is not shown: its
// blocks get their HTML as it is shown (see TestTheAppTakesOverThePrerenderedPageWhole).
const frameProbe = `window.nrrlabFrames = 0; window.nrrlabEmpty = [];
(function frame() {
	nrrlabFrames++;
	const empty = document.querySelectorAll(".site:not(.mounting) .engine-page .html:empty");
	if (empty.length) nrrlabEmpty.push(location.pathname + ": empty " + [...empty].map(e => e.id).join(" "));
	const astray = document.querySelectorAll(".engine-page .field .html, .engine-page .field table, [data-shown]:not(.html)");
	if (astray.length) nrrlabEmpty.push(location.pathname + ": astray " + [...astray].map(e => e.tagName + "#" + e.id).join(" "));
	requestAnimationFrame(frame);
})();`

// No frame shows a block of the engine's page without its HTML, or with HTML
// left from another: not as the app takes over the pre-rendered page, nor
// when the engine answers a click, nor while a long page is shown in steps,
// nor when a table is forgotten and the page's sections change.
func TestNoFrameShowsABlockWithoutItsHTML(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: frameProbe}); err != nil {
		t.Fatal(err)
	}
	open(t, ctx, srv.url("scenarios"))
	press(t, ctx, "button", "Add scenario")
	waitFind(t, ctx, "textbox", "Scenario 1 Expansion")
	press(t, ctx, "link", "Your data")
	sheet := monthlySheet(300, 24)
	copyToClipboard(t, ctx, sheet)
	clipboardPaste(t, ctx, waitFind(t, ctx, "textbox", "Paste your table"))
	waitMovements(t, ctx, nativeMonthly(t, []byte(sheet)))
	press(t, ctx, "button", "Forget this table")
	waitNoTable(t, ctx, "Monthly MRR movements")
	press(t, ctx, "button", "Sample: monthly MRR of 300 customers over 24 months")
	waitFind(t, ctx, "table", "Monthly MRR movements")
	press(t, ctx, "button", "Forget this table")
	waitNoTable(t, ctx, "Monthly MRR movements")
	open(t, ctx, srv.url("benchmarks"))
	choose(t, ctx, "Segment", "SMB")
	waitFind(t, ctx, "region", "NRR, SMB")
	frames, err := chromedp.Run(ctx, chromedp.Evaluate[int](`nrrlabFrames`))
	if err != nil || frames < 10 {
		t.Fatalf("the probe saw %d frames (%v): it did not run", frames, err)
	}
	empty, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`nrrlabEmpty`))
	if err != nil || len(empty) > 0 {
		t.Errorf("frames showed blocks without their HTML, or HTML astray (%v): %q", err, empty)
	}
}
