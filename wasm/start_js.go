//go:build js && wasm

package main

import (
	"net/url"
	"strings"

	"github.com/hack-pad/safejs"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app"
)

// start runs the app in the browser; it never returns. An address that is
// no page is routed to the not-found page.
//
// The browser runs it in three tasks at least, so that none blocks the page
// long: the Go runtime's start and the packages' initialisation; the app's
// own preparations; go-app's start and the first render, after which the
// shell mounts the page in steps (see app's boot).
func start() {
	keepLoader()
	yieldTask()
	app.SetBrowser(jsBrowser{})
	app.RegisterPages()
	path := pagePath()
	if !app.IsPage(path) {
		app.RouteNotFound(path)
	}
	readEmbedded()
	keepPrerendered()
	loadLanguage(path)
	yieldTask()
	goapp.RunWhenOnBrowser()
}

// pagePath is the address of the page under the site's base: "/",
// "/id/scenarios". It is decoded, as go-app reads the address it routes:
// the browser keeps "/café" as "/caf%C3%A9".
func pagePath() string {
	loc, err := safejs.Global().Get("location")
	if err != nil {
		return ""
	}
	path, _ := loc.Get("pathname")
	decoded, err := url.PathUnescape(str(path))
	if err != nil {
		decoded = str(path)
	}
	rest := strings.TrimPrefix(decoded, strings.TrimSuffix(goapp.Getenv("GOAPP_ROOT_PREFIX"), "/"))
	if !strings.HasPrefix(rest, "/") {
		rest = "/" + rest
	}
	return rest
}
