// Package app is NRR Lab's user interface: go-app components that read the
// user's figures, compute with the calc core and show the results. It knows
// nothing of JavaScript; the browser is reached through the Browser interface,
// which the wasm entry point implements.
package app

import (
	"strings"
	"sync"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/model"
	"nrrlab/calc/lang"
)

// Name, Tagline and Description present the product in page titles and the
// web app manifest; Loading says what loads while app.wasm downloads and
// starts, under a pre-rendered page.
const (
	Name                 = "NRR Lab"
	Tagline     lang.Key = "net revenue retention, computed in your browser"
	Description lang.Key = "Paste or type ARR figures and see NRR, GRR, logo retention, the ARR bridge, benchmarks, compounding and what-if scenarios. Nothing you enter leaves your device."
	Loading     lang.Key = "Loading %s"
)

// Page is one page of the site.
type Page struct {
	// Path is the page's path in English; its path in another language has
	// the language's code before it (/id/scenarios).
	Path string
	// Title is the navigation label.
	Title lang.Key
	// Present says presentation mode shows the page: the arrow keys step
	// through these pages, in order.
	Present bool
	// Hidden pages are not in the navigation (the report).
	Hidden bool
	// new makes the page's component in a language.
	new func(lang.Lang) goapp.Composer
}

// Pages are the site's pages in navigation order. The static generator
// pre-renders each one in each language.
var Pages = []Page{
	{Path: "/", Title: "Calculator", Present: true, new: engineRendered("/")},
	{Path: "/data", Title: "Your data", Present: true, new: engineRendered("/data")},
	{Path: "/scenarios", Title: "What-if", Present: true, new: engineRendered("/scenarios")},
	{Path: "/benchmarks", Title: "Benchmarks", Present: true, new: engineRendered("/benchmarks")},
	{Path: "/metrics", Title: "Metrics", new: engineRendered("/metrics")},
	{Path: "/models", Title: "Your models", new: engineRendered("/models")},
	{Path: "/report", Title: "Report", Hidden: true, new: engineRendered("/report")},
}

// engineRendered makes the component of a page the engine renders.
func engineRendered(path string) func(lang.Lang) goapp.Composer {
	return func(l lang.Lang) goapp.Composer { return &shell{Path: path, Lang: l} }
}

// Routes returns every path of a page, in every language: "/", "/id",
// "/id/" and "/ms"… for the calculator, "/scenarios", "/id/scenarios"…
func (p Page) Routes() []string {
	var out []string
	for _, l := range lang.All {
		out = append(out, model.PathIn(l, p.Path))
		if l != lang.English && p.Path == "/" {
			out = append(out, "/"+l.Code())
		}
	}
	return out
}

// Register routes every page in every language, and every other path to the
// not-found page.
func Register() {
	RegisterPages()
	RegisterNotFound()
}

// RegisterPages routes every page in every language.
func RegisterPages() {
	for _, p := range Pages {
		for _, l := range lang.All {
			l, p := l, p
			goapp.Route(model.PathIn(l, p.Path), func() goapp.Composer { return p.new(l) })
			if l != lang.English && p.Path == "/" {
				goapp.Route("/"+l.Code(), func() goapp.Composer { return p.new(l) })
			}
		}
	}
}

// RegisterNotFound routes every path that is no page to the not-found page,
// for the page generator. These routes are regular expressions: the app in
// the browser routes only the address it starts on (RouteNotFound), so
// that app.wasm carries no regular expressions, whose Unicode tables every
// visit would build at start.
func RegisterNotFound() {
	// An address under a language's prefix that is no page says so in
	// that language; go-app tries these in the order they are registered.
	for _, l := range lang.All[1:] {
		l := l
		goapp.RouteWithRegexp("^/"+l.Code()+"(/|$)", func() goapp.Composer { return &shell{Path: "/404", Lang: l} })
	}
	goapp.RouteWithRegexp("^/", func() goapp.Composer { return &shell{Path: "/404"} })
}

// RouteNotFound routes path, an address under the site's base that is no
// page, to the not-found page, in the language its prefix names. The app
// starts on such an address when GitHub Pages serves 404.html for it; its
// own links lead only to pages.
func RouteNotFound(path string) {
	l := model.LangOf(path)
	goapp.Route(path, func() goapp.Composer { return &shell{Path: "/404", Lang: l} })
}

// IsPage reports whether path, under the site's base, is the address of a
// page in some language.
func IsPage(path string) bool {
	for _, p := range Pages {
		for _, r := range p.Routes() {
			if r == path {
				return true
			}
		}
	}
	return false
}

// basePath is the site's base path without its trailing slash: "" at the
// root, "/nrrlab" under a sub-path.
func basePath() string {
	if goapp.IsServer {
		// The page generator may write sites for several bases in one
		// run: the base is read each time.
		return strings.TrimSuffix(goapp.Getenv("GOAPP_ROOT_PREFIX"), "/")
	}
	return browserBase()
}

// browserBase is the base path in the browser, where it never changes: it
// is read once, since reading it is a call into JavaScript and every render
// writes a dozen links.
var browserBase = sync.OnceValue(func() string {
	return strings.TrimSuffix(goapp.Getenv("GOAPP_ROOT_PREFIX"), "/")
})

// origin is the site's scheme and host, for share links, read once.
var origin = sync.OnceValue(func() string {
	u := goapp.Window().URL()
	return u.Scheme + "://" + u.Host
})

// href returns the URL of a route under the site's base path (/<repo>/ on
// GitHub Pages). In the browser go-app leaves links as they are, so they
// carry the prefix; the page generator prefixes every URL itself.
func href(path string) string {
	if goapp.IsServer {
		return path
	}
	return basePath() + path
}
