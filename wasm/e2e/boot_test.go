package e2e

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// bootProbe records, before each frame the browser paints from the moment
// the document is parsed, what the visitor sees: how many of the site's
// pages are in the document and how many of them can be seen, the heading
// of the one seen, and how many of its blocks show their HTML. It counts
// the frames in which the app's page was in the document, not yet seen.
const bootProbe = `window.nrrlabBoot = {frames: 0, behind: 0, seen: [], first: null};
document.addEventListener("DOMContentLoaded", () => {
	const shown = site => site.querySelectorAll(".html[data-shown]:not(:empty)").length;
	const b = window.nrrlabBoot;
	b.first = {heading: document.querySelector(".site h1").textContent, html: shown(document.querySelector(".site"))};
	(function frame() {
		b.frames++;
		const sites = [...document.querySelectorAll(".site")];
		const seen = sites.filter(s => getComputedStyle(s).visibility === "visible" && s.getClientRects().length > 0);
		if (sites.length > seen.length) b.behind++;
		const h1 = seen.length === 1 ? seen[0].querySelector("h1") : null;
		const what = seen.length + " seen of " + sites.length + ", heading " + JSON.stringify(h1 ? h1.textContent : null) +
			", " + (seen.length === 1 ? shown(seen[0]) : 0) + " blocks' HTML";
		if (b.seen[b.seen.length - 1] !== what) b.seen.push(what);
		requestAnimationFrame(frame);
	})();
});`

// bootSeen is what bootProbe saw.
type bootSeen struct {
	Frames, Behind int
	Seen           []string
	First          struct {
		Heading string
		HTML    int
	}
}

// The app takes over the pre-rendered page without a frame showing less of
// it: it mounts its own page in steps, each in a task of its own so that
// none blocks the page long, behind the pre-rendered one, which it replaces
// only once complete. Every frame from the first shows one page, with its
// heading and every block's HTML; the app's page was in the document,
// unseen, for at least one frame; and once the app runs, its page alone is
// there, its controls enabled.
func TestTheAppTakesOverThePrerenderedPageWhole(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: bootProbe}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ route, role, field string }{
		{"benchmarks", "combobox", "Segment"},
		{"id/", "textbox", "ARR awal"},
	} {
		open(t, ctx, srv.url(tc.route))
		// The probe sees the frame after the boot, too.
		waitFor(t, ctx, "a frame after the boot", func() (bool, string) {
			n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`(() => { const b = nrrlabBoot; if (!b.mark) b.mark = b.frames; return b.frames - b.mark; })()`))
			return err == nil && n >= 2, "no frame yet"
		})
		boot, err := chromedp.Run(ctx, chromedp.Evaluate[bootSeen](`nrrlabBoot`))
		if err != nil {
			t.Fatal(err)
		}
		if boot.First.Heading == "" || boot.First.HTML == 0 {
			t.Fatalf("%s: the pre-rendered page has heading %q and %d blocks' HTML", tc.route, boot.First.Heading, boot.First.HTML)
		}
		want := "1 seen of 1, heading \"" + boot.First.Heading + "\", "
		for _, s := range boot.Seen {
			if !strings.HasPrefix(s, "1 seen of ") || !strings.Contains(s, ", heading \""+boot.First.Heading+"\", ") || !strings.HasSuffix(s, ", "+strconv.Itoa(boot.First.HTML)+" blocks' HTML") {
				t.Errorf("%s: a frame showed %s; every frame should show the heading %q and %d blocks' HTML (all it saw: %q)", tc.route, s, boot.First.Heading, boot.First.HTML, boot.Seen)
			}
		}
		if last := boot.Seen[len(boot.Seen)-1]; !strings.HasPrefix(last, want) {
			t.Errorf("%s: after the boot the document shows %s, want the app's page alone", tc.route, last)
		}
		if boot.Behind == 0 {
			t.Errorf("%s: no frame had the app's page mounting behind the pre-rendered one (%d frames): it was mounted at once", tc.route, boot.Frames)
		}
		disabled, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(".site :disabled").length`))
		if err != nil || disabled != 0 {
			t.Errorf("%s: %d controls are disabled after the boot (%v)", tc.route, disabled, err)
		}
		waitFind(t, ctx, tc.role, tc.field)
	}
}
