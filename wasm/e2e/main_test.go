// Package e2e tests the generated static site in Debian's Chromium, as a
// user meets it: served under a sub-path, found by visible labels, typed
// into, read back, offline and across an update.
package e2e

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"nrrlab/app"
	"nrrlab/wasm/site"
)

// base is the sub-path the tests serve the site under, as GitHub Pages does.
const base = "/nrrlab/"

// Limits are generous, because a busy machine is slow, not wrong: a wait
// ends as soon as its condition holds, and fails only when it has not held
// for patience; a test's browser ends after testLimit.
const (
	patience  = 2 * time.Minute
	testLimit = 10 * time.Minute
)

var (
	// siteDir is the generated site under test.
	siteDir string
	// chromium is the browser's path; empty when it is missing and not
	// required.
	chromium string
)

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	var err error
	chromium, err = exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("NRRLAB_REQUIRE_BROWSER") != "" {
			fmt.Fprintln(os.Stderr, "e2e: chromium is required but not installed (./build.sh test installs it)")
			return 1
		}
		fmt.Fprintln(os.Stderr, "e2e: chromium not installed; browser tests skipped (./build.sh test installs it)")
		return m.Run()
	}
	app.Register()
	siteDir = os.Getenv("NRRLAB_SITE")
	if siteDir == "" {
		tmp, err := os.MkdirTemp("", "nrrlab-e2e-")
		if err != nil {
			fmt.Fprintln(os.Stderr, "e2e:", err)
			return 1
		}
		defer os.RemoveAll(tmp)
		if siteDir, err = buildSite(tmp); err != nil {
			fmt.Fprintln(os.Stderr, "e2e: building the site:", err)
			return 1
		}
	}
	return m.Run()
}

// buildSite compiles app.wasm and generates the site under base, for a plain
// `go test ./...` without ./build.sh.
func buildSite(tmp string) (string, error) {
	wasm := filepath.Join(tmp, "app.wasm")
	for out, pkg := range map[string]string{wasm: "nrrlab/wasm", filepath.Join(tmp, "engine.wasm"): "nrrlab/wasm/engine"} {
		cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, pkg)
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if out, err := cmd.CombinedOutput(); err != nil {
			return "", fmt.Errorf("%v: %s", err, out)
		}
	}
	b, err := site.LoadBuild(base, wasm, "../../web")
	if err != nil {
		return "", err
	}
	out := filepath.Join(tmp, "site")
	return out, b.Generate(out)
}

// server serves a generated site under base with Cache-Control: no-store, so
// that what survives a reload is only what the service worker cached. Its
// directory can be swapped, as a redeploy does.
type server struct {
	*httptest.Server
	base string
	mu   sync.Mutex
	dir  string
}

func newServer(t testing.TB, dir string) *server {
	return newServerAt(t, dir, base)
}

// newServerAt serves a site generated for another base path.
func newServerAt(t testing.TB, dir, base string) *server {
	s := &server{dir: dir, base: base}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		h := &site.Server{Dir: s.dir, Base: s.base, NoStore: true}
		s.mu.Unlock()
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

// deploy makes the server serve dir from now on.
func (s *server) deploy(dir string) {
	s.mu.Lock()
	s.dir = dir
	s.mu.Unlock()
}

// url returns the address of a route of the site.
func (s *server) url(route string) string {
	return s.URL + s.base + route
}

// newBrowser starts Chromium with a fresh profile and returns a tab context
// that ends with the test. Each test has its own profile, so no service
// worker or cache leaks from one test into another.
func newBrowser(t testing.TB) context.Context {
	t.Helper()
	if chromium == "" {
		t.Skip("chromium not installed")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.WindowSize(1280, 900),
	)

	ctx, cancel := context.WithTimeout(context.Background(), testLimit)
	t.Cleanup(cancel)
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelTab := chromedp.NewContext(ctx)
	t.Cleanup(cancelTab)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	return ctx
}
