//go:build js && wasm

package main

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app"
)

// start runs the app in the browser; it never returns.
func start() {
	app.SetBrowser(jsBrowser{})
	readEmbedded()
	loadLanguage()
	goapp.RunWhenOnBrowser()
}
