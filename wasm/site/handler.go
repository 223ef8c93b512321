//go:build !wasm

package site

import (
	_ "embed"
	"strconv"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app"
	"nrrlab/calc/lang"
)

//go:embed app-worker.js
var workerTemplate string

// updateJS is NRR Lab's side of the update flow, added to go-app's app.js.
//
//go:embed update.js
var updateJS string

// engineJS starts the data page's engine in its worker.
//
//go:embed engine.js
var engineJS string

// Build is what a generated site is made of.
type Build struct {
	// Base is the path the site is served under, with leading and trailing
	// slashes: "/" locally, "/<repo>/" on GitHub Pages.
	Base string
	// Wasm is the compiled app.
	Wasm []byte
	// Engine is the data page's engine, engine.wasm; nil builds a site
	// whose data page cannot start it (tests of the generator).
	Engine []byte
	// Web holds the static assets by file name (icons, stylesheets).
	Web map[string][]byte
}

// NormalizeBase returns base with exactly one leading and one trailing slash.
func NormalizeBase(base string) string {
	base = strings.Trim(base, "/")
	if base == "" {
		return "/"
	}
	return "/" + base + "/"
}

// handler configures go-app for a build. Resource paths are resolved under
// the base, the version is the build's hash, and the service worker is
// NRR Lab's own, which works offline under a sub-path.
func (b *Build) handler() *goapp.Handler {
	var resources goapp.ResourceResolver = goapp.LocalDir("")
	if b.Base != "/" {
		resources = goapp.PrefixedLocation(strings.TrimSuffix(b.Base, "/"))
	}
	var cacheable []string
	for _, p := range app.Pages {
		for _, r := range p.Routes() {
			if r != "/" {
				cacheable = append(cacheable, r)
			}
		}
	}
	// The not-found page answers, offline too, an address that is no page.
	cacheable = append(cacheable, "/404.html")
	for _, l := range lang.All {
		if l != lang.English {
			cacheable = append(cacheable, "/"+manifestName(l))
		}
	}
	for name := range b.generated() {
		cacheable = append(cacheable, "/web/"+name)
	}
	return &goapp.Handler{
		Name:            app.Name,
		ShortName:       app.Name,
		Title:           app.Name + " — " + string(app.Tagline),
		Description:     string(app.Description),
		Lang:            "en",
		Icon:            goapp.Icon{Default: "/web/icon-192.png", Large: "/web/icon-512.png", Maskable: "/web/icon-maskable.png", SVG: "/web/icon.svg"},
		BackgroundColor: "#ffffff",
		ThemeColor:      "#0f4c5c",
		// The page says what loads, in its language (see loaderIn); the
		// label go-app updates is the progress alone.
		LoadingLabel:          "{progress}%",
		Styles:                []string{"/web/nrrlab.css"},
		CacheableResources:    cacheable,
		Resources:             resources,
		Version:               b.Version(),
		WasmContentLength:     strconv.Itoa(len(b.Wasm)),
		ServiceWorkerTemplate: workerTemplate,
	}
}
