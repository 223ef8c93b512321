package e2e

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/cachestorage"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"nrrlab/wasm/site"
)

// waitControlled waits until the service worker has installed the whole site
// and is active: from the next load on the site works without the network.
func waitControlled(t testing.TB, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`navigator.serviceWorker.ready.then(r => r.active && r.active.state === "activated")`, chromedp.WithPollingTimeout(patience))); err != nil {
		t.Fatalf("waiting for the service worker: %v", err)
	}
}

func TestOfflineAfterTheFirstVisit(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url(""))
	waitText(t, ctx, "status", "Net revenue retention", "105.0%")
	waitControlled(t, ctx)

	// Stop the server: nothing answers on its port any more.
	srv.Close()
	open(t, ctx, srv.url(""))
	typeInto(t, ctx, "Starting ARR", "$1.2M")
	typeInto(t, ctx, "Expansion", "$340K")
	typeInto(t, ctx, "Contraction", "$68K")
	typeInto(t, ctx, "Churn", "$115K")
	waitText(t, ctx, "status", "Net revenue retention", "113.1%")

	// A deep link that was never visited loads from the cache too.
	open(t, ctx, srv.url("no-such-page"))
	waitText(t, ctx, "heading", "Page not found", "Page not found")
}

func TestUpdateIsOfferedAndThenRuns(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url(""))
	waitControlled(t, ctx)
	oldVersion := versionShown(t, ctx)
	// A first visit is not an update: the installed worker offers nothing.
	if ids, err := findAll(ctx, "button", "Reload"); err != nil || len(ids) != 0 {
		t.Fatalf("a first visit offers a reload (%d buttons, %v)", len(ids), err)
	}

	// Redeploy a changed build: the same app with a changed stylesheet.
	b, err := site.LoadBuild(base, filepath.Join(siteDir, "web", "app.wasm"), filepath.Join(siteDir, "web"))
	if err != nil {
		t.Fatal(err)
	}
	b.Web["nrrlab.css"] = append(b.Web["nrrlab.css"], "\n/* redeployed */\n"...)
	next := filepath.Join(t.TempDir(), "site")
	if err := b.Generate(next); err != nil {
		t.Fatal(err)
	}
	if b.Version() == oldVersion {
		t.Fatalf("a changed build kept version %s", oldVersion)
	}
	srv.deploy(next)

	// The reload runs the cached version, finds the new one, downloads all of
	// it and offers to switch.
	open(t, ctx, srv.url(""))
	waitFor(t, ctx, "the update notice", func() (bool, string) {
		ids, err := findAll(ctx, "button", "Reload")
		if err != nil {
			return false, err.Error()
		}
		return len(ids) == 1, "no Reload button"
	})
	reload, err := find(ctx, "button", "Reload")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := callOn[bool](ctx, reload, `function() { this.click(); return true; }`); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, "the new version to run", func() (bool, string) {
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.getElementById("version") || {}).textContent || ""`))
		if err != nil {
			return false, err.Error()
		}
		return v == b.Version(), v
	})
	// The new version's stylesheet is what the page uses.
	css, err := chromedp.Run(ctx, chromedp.Evaluate[string](`fetch(document.querySelector('link[href$="nrrlab.css"]').href).then(r => r.text())`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(css, "/* redeployed */") {
		t.Error("the new version runs with the old stylesheet")
	}
	// The new version is the one installed: nothing more is offered.
	if ids, err := findAll(ctx, "button", "Reload"); err != nil || len(ids) != 0 {
		t.Errorf("the new version still offers a reload (%d buttons, %v)", len(ids), err)
	}
}

func versionShown(t testing.TB, ctx context.Context) string {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("version").textContent`))
	if err != nil || v == "" {
		t.Fatalf("version shown: %q, %v", v, err)
	}
	return v
}

func TestEveryRequestStaysOnTheSite(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	requests := chromedp.Events(ctx, network.RequestWillBeSent)
	var mu sync.Mutex
	var urls []string
	go func() {
		for ev, err := range requests {
			if err != nil {
				return
			}
			mu.Lock()
			urls = append(urls, ev.Request.URL)
			mu.Unlock()
		}
	}()
	open(t, ctx, srv.url(""))
	waitControlled(t, ctx)
	typeInto(t, ctx, "Expansion", "$3M")
	waitText(t, ctx, "status", "Net revenue retention", "115.0%")

	origin, _ := url.Parse(srv.URL)
	mu.Lock()
	seen := append([]string(nil), urls...)
	mu.Unlock()
	if len(seen) < 4 {
		t.Fatalf("recorded only %d requests: %q", len(seen), seen)
	}
	for _, u := range seen {
		// A blob: URL names data made in the page (the engine's worker
		// starts from one); it carries the page's own origin.
		u = strings.TrimPrefix(u, "blob:")
		if p, err := url.Parse(u); err != nil || (p.Scheme != "data" && p.Host != origin.Host) {
			t.Errorf("request to another host: %s", u)
		}
	}
	// What the service worker fetched is in its cache: check those too.
	names, err := chromedp.Call(ctx, cachestorage.RequestCacheNames, cachestorage.RequestCacheNamesParams{SecurityOrigin: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	if len(names.Caches) != 1 {
		t.Fatalf("%d caches, want the one of this version", len(names.Caches))
	}
	entries, err := chromedp.Call(ctx, cachestorage.RequestEntries, cachestorage.RequestEntriesParams{CacheID: names.Caches[0].CacheID})
	if err != nil {
		t.Fatal(err)
	}
	var cached []string
	for _, e := range entries.CacheDataEntries {
		cached = append(cached, e.RequestURL)
		if p, err := url.Parse(e.RequestURL); err != nil || p.Host != origin.Host || !strings.HasPrefix(p.Path, base) {
			t.Errorf("cached from outside the site: %s", e.RequestURL)
		}
	}
	for _, want := range []string{"web/app.wasm", "app.js", "wasm_exec.js", "web/icon-192.png", "manifest.webmanifest"} {
		if !containsSuffix(cached, base+want) {
			t.Errorf("%s is not cached for offline use; cached: %q", want, cached)
		}
	}
	if _, err := os.Stat(filepath.Join(siteDir, ".nojekyll")); err != nil {
		t.Errorf("the site has no .nojekyll: %v", err)
	}
}

func containsSuffix(list []string, suffix string) bool {
	for _, s := range list {
		if strings.HasSuffix(s, suffix) {
			return true
		}
	}
	return false
}

// GitHub Pages serves a project site under /<repository>/, and a user site
// (<user>.github.io) or a custom domain at the root. The same app.wasm,
// generated for each base, boots, computes and reloads offline.
func TestEveryBasePagesServes(t *testing.T) {
	for _, base := range []string{"/", "/NRR.Lab/"} {
		t.Run("base "+base, func(t *testing.T) {
			b, err := site.LoadBuild(base, filepath.Join(siteDir, "web", "app.wasm"), filepath.Join(siteDir, "web"))
			if err != nil {
				t.Fatal(err)
			}
			dir := filepath.Join(t.TempDir(), "site")
			if err := b.Generate(dir); err != nil {
				t.Fatal(err)
			}
			ctx := newBrowser(t)
			srv := newServerAt(t, dir, base)
			open(t, ctx, srv.url(""))
			typeInto(t, ctx, "Expansion", "$3M")
			waitText(t, ctx, "status", "Net revenue retention", "115.0%")
			waitControlled(t, ctx)
			srv.Close()
			open(t, ctx, srv.url("scenarios"))
			waitFind(t, ctx, "heading", "What-if scenarios")
			open(t, ctx, srv.url(""))
			waitText(t, ctx, "status", "Net revenue retention", "115.0%")
		})
	}
}

// The page's security policy lets nothing reach another origin: a fetch, an
// image and a beacon to a second server (another port is another origin)
// are blocked by the browser before any request leaves, and each is
// reported as a violation. The rest of the suite runs under the same policy,
// so booting, computing, working offline and updating are proved under it.
func TestThePolicyBlocksOtherOrigins(t *testing.T) {
	var mu sync.Mutex
	var reached []string
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		reached = append(reached, r.URL.Path)
		mu.Unlock()
	}))
	defer other.Close()

	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	open(t, ctx, srv.url(""))
	waitText(t, ctx, "status", "Net revenue retention", "105.0%")
	script := `(async (url) => {
		const seen = [];
		let third;
		const three = new Promise((ok) => { third = ok; });
		document.addEventListener("securitypolicyviolation", (e) => { seen.push(e.effectiveDirective); if (seen.length === 3) third(); });
		let fetched = "sent";
		try { await fetch(url + "/fetch", {mode: "no-cors"}); } catch (e) { fetched = "blocked"; }
		const img = new Image();
		const loaded = new Promise((ok) => { img.onload = () => ok("loaded"); img.onerror = () => ok("blocked"); });
		img.src = url + "/image.png";
		const image = await loaded;
		// sendBeacon answers true even when the policy then stops it: the
		// violation and the silent server say it was blocked.
		navigator.sendBeacon(url + "/beacon", "figures");
		await three;
		return [fetched, image, seen.sort().join(",")].join(" ");
	})(` + strconv.Quote(other.URL) + `)`
	got, err := chromedp.Run(ctx, chromedp.Evaluate[string](script, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	if want := "blocked blocked connect-src,connect-src,img-src"; got != want {
		t.Errorf("requests to another origin: %q, want %q", got, want)
	}
	// The policy is still in force after the reload from the service
	// worker's cache.
	waitControlled(t, ctx)
	open(t, ctx, srv.url(""))
	got, err = chromedp.Run(ctx, chromedp.Evaluate[string](`fetch(`+strconv.Quote(other.URL+"/offline")+`, {mode: "no-cors"}).then(() => "sent", () => "blocked")`, chromedp.EvalAwaitPromise))
	if err != nil || got != "blocked" {
		t.Errorf("after a reload from the cache, a fetch to another origin: %q, %v", got, err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(reached) > 0 {
		t.Errorf("requests reached another origin: %q", reached)
	}
}

// A first visit shows the pre-rendered page while app.wasm downloads and
// starts: the page itself, not a screen over it, its choices as chosen, its
// fields disabled until the app replaces them. Here app.wasm never comes,
// as on a network that drops it: the page stays readable.
func TestThePrerenderedPageIsReadableUntilTheAppRuns(t *testing.T) {
	ctx := newBrowser(t)
	srv := newServer(t, siteDir)
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	block := []*network.BlockPattern{{URLPattern: "*://*:*/*/app.wasm", Block: true}}
	if _, err := chromedp.Call(ctx, network.SetBlockedURLs, network.SetBlockedURLsParams{URLPatterns: block}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.url(""))); err != nil {
		t.Fatal(err)
	}
	// go-app's loader says why the app could not start, in place of its
	// progress, after the page's word for what loads.
	waitFor(t, ctx, "the loader to report the failed download", func() (bool, string) {
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.getElementById("app-wasm-loader-label") || {}).innerText || ""`))
		return err == nil && s != "" && !strings.HasSuffix(s, "%"), s
	})
	if s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("#app-wasm-loader .goapp-label").innerText`)); err != nil || !strings.HasPrefix(s, "Loading NRR Lab ") {
		t.Errorf("the loader says %q (%v), want it to begin with what loads", s, err)
	}
	shown, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
		const h = document.querySelector("h1"), r = h.getBoundingClientRect();
		return h.contains(document.elementFromPoint(r.left + 4, r.top + r.height / 2));
	})()`))
	if err != nil || !shown {
		t.Errorf("the heading is covered (%v)", err)
	}
	waitText(t, ctx, "heading", "NRR calculator", "NRR calculator")
	field := waitFind(t, ctx, "textbox", "Starting ARR")
	if disabled, err := callOn[bool](ctx, field, `function() { return this.disabled; }`); err != nil || !disabled {
		t.Errorf("Starting ARR can be typed into before the app runs (%v)", err)
	}
	checked, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('input[name="field-period"]:checked')].map(e => e.value)`))
	if err != nil || len(checked) != 1 || checked[0] != "annual" {
		t.Errorf("period radio buttons checked: %q (%v), want the sample's annual", checked, err)
	}
}
