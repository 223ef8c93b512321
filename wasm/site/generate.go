//go:build !wasm

package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app"
	"nrrlab/app/engine"
	"nrrlab/app/engine/api"
	"nrrlab/calc/lang"
)

// Version is a hash of everything the build serves: the base, app.wasm, the
// static assets and the service worker. The same build always has the same
// version, and any change to what visitors get makes a new one, which is how
// their service worker learns of an update.
func (b *Build) Version() string {
	h := sha256.New()
	write := func(name string, data []byte) {
		fmt.Fprintf(h, "%s\x00%d\x00", name, len(data))
		h.Write(data)
	}
	write("base", []byte(b.Base))
	write("app.wasm", b.Wasm)
	write("app-worker.js", []byte(workerTemplate))
	names := make([]string, 0, len(b.Web))
	for name := range b.Web {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		write("web/"+name, b.Web[name])
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// LoadBuild reads app.wasm, the engine (engine.wasm beside app.wasm, when
// there is one) and the static assets of webDir into a Build.
func LoadBuild(base, wasmPath, webDir string) (*Build, error) {
	wasm, err := os.ReadFile(wasmPath)
	if err != nil {
		return nil, fmt.Errorf("reading the compiled app: %w", err)
	}
	b := &Build{Base: NormalizeBase(base), Wasm: wasm, Web: map[string][]byte{}}
	engine, err := os.ReadFile(filepath.Join(filepath.Dir(wasmPath), "engine.wasm"))
	if err == nil {
		b.Engine = engine
	} else if !os.IsNotExist(err) {
		return nil, fmt.Errorf("reading the data engine: %w", err)
	}
	entries, err := os.ReadDir(webDir)
	if err != nil {
		return nil, fmt.Errorf("reading the static assets: %w", err)
	}
	for _, e := range entries {
		if e.IsDir() || e.Name() == "app.wasm" || e.Name() == "engine.wasm" {
			continue
		}
		data, err := os.ReadFile(filepath.Join(webDir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("reading the static assets: %w", err)
		}
		b.Web[e.Name()] = data
	}
	return b, nil
}

// Generate writes the complete static site into out, which must not exist or
// be empty: every page pre-rendered, app.wasm and the assets under web/, a
// 404.html that boots the app so deep links work, .nojekyll so GitHub Pages
// serves files as they are, and a manifest whose scope and start URL are the
// base.
func (b *Build) Generate(out string) error {
	if entries, err := os.ReadDir(out); err == nil && len(entries) > 0 {
		return fmt.Errorf("%s is not empty: generate into a new directory", out)
	}
	var pages []string
	for _, p := range app.Pages {
		pages = append(pages, p.Routes()...)
	}
	// Not a route: go-app pre-renders it with the app's not-found page.
	pages = append(pages, "/404")
	// The pages the engine renders in the browser are rendered here by the
	// engine itself, so that they are complete before app.wasm runs.
	app.SetPrerender(func(r api.Request) api.Reply { return engine.New(nil).Handle(r, nil, nil) })
	defer app.SetPrerender(nil)
	if err := goapp.GenerateStaticWebsite(out, b.handler(), pages...); err != nil {
		return fmt.Errorf("generating pages: %w", err)
	}
	for _, p := range pages {
		name := pageFile(p)
		path := filepath.Join(out, name)
		page, err := os.ReadFile(path)
		if err != nil || !bytes.Contains(page, []byte("<html")) {
			return fmt.Errorf("page %s did not render: are the app's routes registered?", p)
		}
		page = withoutFalseBooleans(page)
		if page, err = withPolicy(page); err != nil {
			return fmt.Errorf("page %s: %w", p, err)
		}
		page = b.localize(page, p)
		if err := os.WriteFile(path, page, 0o644); err != nil {
			return err
		}
		// GitHub Pages answers /<base>/id/ with id/index.html.
		if strings.HasSuffix(p, "/") && p != "/" {
			if err := os.WriteFile(filepath.Join(out, strings.Trim(p, "/"), "index.html"), page, 0o644); err != nil {
				return err
			}
		}
	}
	if err := b.writeManifests(out); err != nil {
		return err
	}
	appJS, err := os.ReadFile(filepath.Join(out, "app.js"))
	if err != nil {
		return fmt.Errorf("reading the generated app.js: %w", err)
	}
	appJS, err = registerWorkerLater(appJS)
	if err != nil {
		return err
	}
	files := map[string][]byte{"web/app.wasm": b.Wasm, ".nojekyll": nil, "app.js": append(appJS, updateJS...)}
	for name, data := range b.generated() {
		files["web/"+name] = data
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(out, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// falseBooleans are the boolean attributes go-app writes into pre-rendered
// HTML as name="false" when they are off. HTML reads such an attribute as on
// whatever its value: every option of a select and both radio buttons of a
// pair would show as chosen (the last one wins) until the app runs.
var falseBooleans = strings.NewReplacer(` checked="false"`, "", ` selected="false"`, "", ` disabled="false"`, "")

// withoutFalseBooleans drops the boolean attributes that are off from a
// generated page. The engine's HTML escapes quotes, so no text matches.
func withoutFalseBooleans(page []byte) []byte {
	return []byte(falseBooleans.Replace(string(page)))
}

// pageFile is the file go-app writes a page's path to: index.html for /,
// id.html for /id and /id/, id/scenarios.html for /id/scenarios.
func pageFile(path string) string {
	if path == "/" {
		return "index.html"
	}
	return strings.Trim(path, "/") + ".html"
}

// generated returns the files of the site's web folder: the static assets,
// the data engine and its script, and the catalogues of the languages that
// app.wasm loads when it needs them.
func (b *Build) generated() map[string][]byte {
	files := make(map[string][]byte, len(b.Web)+6)
	for name, data := range b.Web {
		files[name] = data
	}
	if b.Engine != nil {
		files["engine.wasm"] = b.Engine
		files["engine.js"] = []byte(engineJS)
	}
	for _, l := range lang.All {
		if t := lang.Export(l); t != nil {
			data, err := json.Marshal(t)
			if err != nil {
				panic("a catalogue does not encode: " + err.Error())
			}
			files["lang-"+l.Code()+".json"] = data
		}
	}
	return files
}

// registerWorker is go-app's call in app.js that registers the service
// worker as the page starts.
const registerWorker = "\ngoappInitServiceWorker();\n"

// registerWorkerLater drops from go-app's app.js its call that registers the
// service worker as the page starts: on a first visit the worker then
// downloads and stores the whole site, engine.wasm and all, while the page
// compiles and starts app.wasm, which it slowed by tens of milliseconds on
// this machine's two cores. The app registers it once its first screen is
// shown (see wasm's Started).
func registerWorkerLater(appJS []byte) ([]byte, error) {
	if strings.Count(string(appJS), registerWorker) != 1 {
		return nil, fmt.Errorf("go-app's app.js does not register its service worker as this generator expects (%q once)", strings.TrimSpace(registerWorker))
	}
	return []byte(strings.Replace(string(appJS), registerWorker, "\n", 1)), nil
}
