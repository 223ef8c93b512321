//go:build !wasm

package site

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"nrrlab/app"
)

func init() { app.Register() }

func testBuild(base string) *Build {
	return &Build{Base: NormalizeBase(base), Wasm: []byte("\x00asm fake build"), Web: map[string][]byte{"nrrlab.css": []byte("body{}"), "icon-192.png": []byte("png")}}
}

func TestNormalizeBase(t *testing.T) {
	for in, want := range map[string]string{"": "/", "/": "/", "nrrlab": "/nrrlab/", "/nrrlab": "/nrrlab/", "/nrrlab/": "/nrrlab/", "a/b": "/a/b/"} {
		if got := NormalizeBase(in); got != want {
			t.Errorf("NormalizeBase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestVersionIsAHashOfTheBuild(t *testing.T) {
	a, b := testBuild("/x/"), testBuild("/x/")
	if a.Version() != b.Version() || len(a.Version()) != 16 {
		t.Fatalf("the same build has versions %q and %q", a.Version(), b.Version())
	}
	for name, change := range map[string]func(*Build){
		"base":        func(b *Build) { b.Base = "/y/" },
		"wasm":        func(b *Build) { b.Wasm = append(b.Wasm, 1) },
		"asset":       func(b *Build) { b.Web["nrrlab.css"] = []byte("body{color:red}") },
		"a new asset": func(b *Build) { b.Web["extra.txt"] = nil },
	} {
		c := testBuild("/x/")
		change(c)
		if c.Version() == a.Version() {
			t.Errorf("changing the %s kept the version", name)
		}
	}
}

func TestGenerateWritesACompleteSiteForASubPath(t *testing.T) {
	b := testBuild("/nrrlab/")
	out := filepath.Join(t.TempDir(), "site")
	if err := b.Generate(out); err != nil {
		t.Fatal(err)
	}
	read := func(name string) string {
		data, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return string(data)
	}
	for _, p := range app.Pages {
		name := strings.TrimPrefix(p.Path, "/") + ".html"
		if p.Path == "/" {
			name = "index.html"
		}
		page := read(name)
		if !strings.Contains(page, `src="/nrrlab/app.js"`) {
			t.Errorf("%s does not load the app under the sub-path", name)
		}
		if !strings.HasPrefix(page[strings.Index(page, "<head>")+len("<head>"):], `<meta http-equiv="Content-Security-Policy" content="`+ContentSecurityPolicy+`">`) {
			t.Errorf("%s does not start its head with the security policy", name)
		}
		if strings.Contains(page, "<script>") || strings.Contains(page, " style=") {
			t.Errorf("%s has an inline script or style, which the policy blocks", name)
		}
		checkPrerenderedControls(t, name, page)
		if strings.Count(page, `<span id="app-wasm-loader-label">0%</span>`) != 1 {
			t.Errorf("%s has no loader label for app.js to update", name)
		}
	}
	if page := read("id.html"); !strings.Contains(page, `<p class="goapp-label">Memuat NRR Lab <span`) {
		t.Error("id.html's loader does not say what loads in Indonesian")
	}
	if page := read("404.html"); !strings.Contains(page, "Page not found") || !strings.Contains(page, "/nrrlab/app.js") {
		t.Error("404.html is not the app's not-found page")
	}
	read(".nojekyll")
	if got := read("web/app.wasm"); got != string(b.Wasm) {
		t.Error("app.wasm not copied")
	}
	var manifest struct {
		Scope    string `json:"scope"`
		StartURL string `json:"start_url"`
		Icons    []struct {
			Src string `json:"src"`
		} `json:"icons"`
	}
	if err := json.Unmarshal([]byte(read("manifest.webmanifest")), &manifest); err != nil {
		t.Fatal(err)
	}
	if manifest.Scope != "/nrrlab/" || manifest.StartURL != "/nrrlab/" {
		t.Errorf("manifest scope %q, start_url %q", manifest.Scope, manifest.StartURL)
	}
	for _, icon := range manifest.Icons {
		if !strings.HasPrefix(icon.Src, "/nrrlab/web/") {
			t.Errorf("icon %q is not local to the site", icon.Src)
		}
	}
	appJS := read("app.js")
	if !strings.Contains(appJS, "nrrlabApplyUpdate") || !strings.HasSuffix(appJS, updateJS) {
		t.Error("app.js does not end with the update flow")
	}
	if strings.Contains(appJS, registerWorker) || !strings.Contains(appJS, "async function goappInitServiceWorker()") {
		t.Error("app.js registers the service worker as the page starts, or has no function to register it with")
	}
	if !strings.Contains(appJS, `goappWasmContentLength = "`+strconv.Itoa(len(b.Wasm))+`"`) {
		t.Error("app.js does not carry app.wasm's length for the loading progress")
	}
	worker := read("app-worker.js")
	if !strings.Contains(worker, `const version = "`+b.Version()+`"`) || strings.Contains(worker, "{{") {
		t.Error("the service worker does not carry the build's version")
	}
	for _, want := range []string{`"/nrrlab/web/app.wasm"`, `"/nrrlab/scenarios"`, `"/nrrlab/web/nrrlab.css"`} {
		if !strings.Contains(worker, want) {
			t.Errorf("the service worker does not cache %s", want)
		}
	}
	if strings.Contains(worker, "raw.githubusercontent.com") || strings.Contains(read("index.html"), "raw.githubusercontent.com") {
		t.Error("the site refers to another host")
	}
	if err := b.Generate(out); err == nil {
		t.Error("generating into a non-empty directory was accepted")
	}
}

func TestServerBehavesLikeGitHubPages(t *testing.T) {
	b := testBuild("/nrrlab/")
	dir := filepath.Join(t.TempDir(), "site")
	if err := b.Generate(dir); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(&Server{Dir: dir, Base: "/nrrlab/", NoStore: true})
	defer srv.Close()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, c := range []struct {
		path, method string
		status       int
		contains     string
	}{
		{"/nrrlab", "GET", http.StatusMovedPermanently, ""},
		{"/nrrlab/", "GET", http.StatusOK, "NRR calculator"},
		{"/nrrlab/scenarios", "GET", http.StatusOK, "What-if scenarios"},
		{"/nrrlab/web/app.wasm", "GET", http.StatusOK, "fake build"},
		{"/nrrlab/nowhere", "GET", http.StatusNotFound, "Page not found"},
		{"/elsewhere/", "GET", http.StatusNotFound, "Page not found"},
		{"/nrrlab/../etc/passwd", "GET", http.StatusNotFound, ""},
		{"/nrrlab/", "POST", http.StatusNotFound, ""},
	} {
		req, _ := http.NewRequest(c.method, srv.URL+c.path, nil)
		res, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(res.Body)
		res.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		if res.StatusCode != c.status || !strings.Contains(string(body), c.contains) {
			t.Errorf("%s %s: %d, want %d with %q", c.method, c.path, res.StatusCode, c.status, c.contains)
		}
		if res.Header.Get("Cache-Control") != "no-store" {
			t.Errorf("%s: Cache-Control %q", c.path, res.Header.Get("Cache-Control"))
		}
	}
	res, err := http.Get(srv.URL + "/nrrlab/web/app.wasm")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if ct := res.Header.Get("Content-Type"); ct != "application/wasm" {
		t.Errorf("app.wasm served as %q", ct)
	}
}

func TestLoadBuildReadsTheAssets(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "app.wasm"), []byte("wasm"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.css"), []byte("css"), 0o644)
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	b, err := LoadBuild("x", filepath.Join(dir, "app.wasm"), dir)
	if err != nil {
		t.Fatal(err)
	}
	if b.Base != "/x/" || string(b.Wasm) != "wasm" || len(b.Web) != 1 || string(b.Web["a.css"]) != "css" {
		t.Errorf("build %+v", b)
	}
	if _, err := LoadBuild("/", filepath.Join(dir, "missing.wasm"), dir); err == nil {
		t.Error("a missing app.wasm was accepted")
	}
}

// checkPrerenderedControls checks a pre-rendered page's controls: the app's
// own are disabled until it runs (the engine's buttons, which act through
// the app, do nothing before), and no boolean attribute that is off is
// written, as HTML would read it as on.
func checkPrerenderedControls(t *testing.T, name, page string) {
	t.Helper()
	for _, off := range []string{`checked="false"`, `selected="false"`, `disabled="false"`} {
		if strings.Contains(page, off) {
			t.Errorf("%s writes %s, which HTML reads as on", name, off)
		}
	}
	controls := regexp.MustCompile(`<(input|select|textarea|button)[ >][^>]*>`).FindAllString(page, -1)
	if len(controls) == 0 {
		t.Errorf("%s has no controls", name)
	}
	for _, c := range controls {
		if !strings.Contains(c, " disabled") && !strings.Contains(c, "data-action=") {
			t.Errorf("%s: %s is not disabled before the app runs", name, c)
		}
	}
	if name == "index.html" {
		if n := strings.Count(page, `name="field-period"`); n != 2 {
			t.Fatalf("index.html has %d period radio buttons, want 2", n)
		}
		// go-app writes an element's attributes in no fixed order.
		checked := 0
		for _, c := range controls {
			if strings.Contains(c, `name="field-period"`) && regexp.MustCompile(` checked[ >]`).MatchString(c) {
				checked++
			}
		}
		if checked != 1 {
			t.Errorf("index.html checks %d period radio buttons, want 1", checked)
		}
	}
}
