package e2e

import (
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// bootProbe records, before each frame the browser paints from the moment
// the document is parsed, what the visitor sees: how many of the site's
// pages are in the document and how many of them can be seen, and of the
// one seen its heading, how many of its blocks show their HTML and how many
// of its radio buttons are chosen. It counts the frames in which the app's
// page was in the document, not yet seen.
const bootProbe = `window.nrrlabBoot = {frames: 0, behind: 0, seen: [], first: null};
document.addEventListener("DOMContentLoaded", () => {
	const look = (sites, seen) => {
		const one = seen.length === 1 ? seen[0] : null;
		return {sites: sites.length, seen: seen.length, heading: one && one.querySelector("h1") ? one.querySelector("h1").textContent : "",
			html: one ? one.querySelectorAll(".html[data-shown]:not(:empty)").length : 0,
			chosen: one ? one.querySelectorAll("input[type=radio]:checked").length : 0};
	};
	const b = window.nrrlabBoot, sites = [...document.querySelectorAll(".site")];
	b.first = look(sites, sites);
	let last = "";
	(function frame() {
		b.frames++;
		const sites = [...document.querySelectorAll(".site")];
		const seen = sites.filter(s => getComputedStyle(s).visibility === "visible" && s.getClientRects().length > 0);
		if (sites.length > seen.length) b.behind++;
		const what = look(sites, seen), key = JSON.stringify(what);
		if (key !== last) { b.seen.push(what); last = key; }
		requestAnimationFrame(frame);
	})();
});`

// bootFrame is what a frame showed (see bootProbe).
type bootFrame struct {
	Sites, Seen, HTML, Chosen int
	Heading                   string
}

// bootSeen is what bootProbe saw.
type bootSeen struct {
	Frames, Behind int
	Seen           []bootFrame
	First          bootFrame
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
		first := boot.First
		if first.Sites != 1 || first.Heading == "" || first.HTML == 0 {
			t.Fatalf("%s: the pre-rendered page is %+v", tc.route, first)
		}
		want := bootFrame{Sites: 1, Seen: 1, Heading: first.Heading, HTML: first.HTML, Chosen: first.Chosen}
		for _, f := range boot.Seen {
			if f.Seen != 1 || f.Heading != first.Heading || f.HTML != first.HTML || f.Chosen != first.Chosen {
				t.Errorf("%s: a frame showed %+v; every frame should show one page with the heading %q, %d blocks' HTML and %d radio buttons chosen (all it saw: %+v)",
					tc.route, f, first.Heading, first.HTML, first.Chosen, boot.Seen)
			}
		}
		if last := boot.Seen[len(boot.Seen)-1]; last != want {
			t.Errorf("%s: after the boot the document shows %+v, want the app's page alone, %+v", tc.route, last, want)
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

// clickDuringBoot clicks, once in a tab, the pre-rendered page's link to the
// benchmarks in the first frame in which the app is mounting behind it.
const clickDuringBoot = `document.addEventListener("DOMContentLoaded", () => {
	if (sessionStorage.getItem("nrrlabClicked")) return;
	(function frame() {
		const sites = document.querySelectorAll(".site");
		if (sites.length > 1) {
			const link = [...sites[sites.length - 1].querySelectorAll("nav a")].find(a => a.textContent === "Benchmarks");
			sessionStorage.setItem("nrrlabClicked", link ? "yes" : "no link");
			if (link) link.click();
			return;
		}
		requestAnimationFrame(frame);
	})();
});`

// A link of the pre-rendered page, clicked while the app mounts behind it,
// loads its page as a plain page's link does: the new document shows the
// benchmarks from its first frame, whole, and the app takes them over.
func TestALinkClickedWhileTheAppMountsLoadsItsPage(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	for _, src := range []string{bootProbe, clickDuringBoot} {
		if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: src}); err != nil {
			t.Fatal(err)
		}
	}
	open(t, ctx, srv.url(""))
	waitFor(t, ctx, "the benchmarks to boot", func() (bool, string) {
		path, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.readyState === "complete" && !document.getElementById("app-wasm-loader") ? location.pathname : ""`))
		if err != nil {
			return false, err.Error()
		}
		return path == base+"benchmarks", "at " + path
	})
	clicked, err := chromedp.Run(ctx, chromedp.Evaluate[string](`sessionStorage.getItem("nrrlabClicked") || "never"`))
	if err != nil || clicked != "yes" {
		t.Fatalf("the link was clicked during the boot: %q (%v)", clicked, err)
	}
	boot, err := chromedp.Run(ctx, chromedp.Evaluate[bootSeen](`nrrlabBoot`))
	if err != nil {
		t.Fatal(err)
	}
	if boot.First.Heading != "Benchmarks" {
		t.Errorf("the document that shows the benchmarks began with %+v: the link did not load their page", boot.First)
	}
	waitFind(t, ctx, "combobox", "Segment")
	for _, f := range boot.Seen {
		if f.Seen != 1 || f.Heading != boot.First.Heading {
			t.Errorf("a frame showed %+v, want one page headed %q", f, boot.First.Heading)
		}
	}
}
