// Package app is NRR Lab's user interface: go-app components that read the
// user's figures, compute with the calc core and show the results. It knows
// nothing of JavaScript; the browser is reached through the Browser interface,
// which the wasm entry point implements.
package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Name, Tagline and Description present the product in page titles and the
// web app manifest.
const (
	Name        = "NRR Lab"
	Tagline     = "net revenue retention, computed in your browser"
	Description = "Paste or type ARR figures and see NRR, GRR, logo retention, the ARR bridge, benchmarks, compounding and what-if scenarios. Nothing you enter leaves your device."
)

// Page is one route of the site.
type Page struct {
	Path  string
	Title string // the navigation label
	New   func() goapp.Composer
}

// Pages are the site's routes in navigation order. The static generator
// pre-renders each one.
var Pages = []Page{
	{Path: "/", Title: "Calculator", New: func() goapp.Composer { return &calculator{} }},
	{Path: "/data", Title: "Your data", New: func() goapp.Composer { return &data{} }},
	{Path: "/scenarios", Title: "What-if", New: func() goapp.Composer { return &scenarios{} }},
	{Path: "/benchmarks", Title: "Benchmarks", New: func() goapp.Composer { return &benchmarks{} }},
	{Path: "/metrics", Title: "Metrics", New: func() goapp.Composer { return &metrics{} }},
}

// Register routes every page, and every other path to the not-found page.
func Register() {
	for _, p := range Pages {
		goapp.Route(p.Path, p.New)
	}
	goapp.RouteWithRegexp("^/", func() goapp.Composer { return &notFound{} })
}

// rawHref returns the URL of a route for HTML that go-app does not rewrite
// (goapp.Raw): prefixed on the server as in the browser.
func rawHref(path string) string {
	return strings.TrimSuffix(goapp.Getenv("GOAPP_ROOT_PREFIX"), "/") + path
}

// href returns the URL of a route under the site's base path (/<repo>/ on
// GitHub Pages). In the browser go-app leaves links as they are, so they
// carry the prefix; the page generator prefixes every URL itself.
func href(path string) string {
	if goapp.IsServer {
		return path
	}
	return strings.TrimSuffix(goapp.Getenv("GOAPP_ROOT_PREFIX"), "/") + path
}
