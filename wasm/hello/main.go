// Command hello is the smallest go-app program: the floor that
// ./build.sh bench measures app.wasm against. Compiled with GOOS=js
// GOARCH=wasm it is the hello world's app.wasm; compiled natively it writes
// the hello world's static site, so that both sites can be measured in a
// browser from one server.
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

type hello struct{ app.Compo }

func (h *hello) Render() app.UI { return app.H1().Text("Hello, world") }

func main() {
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
	generate()
}
