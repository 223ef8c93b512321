// Command wasm is NRR Lab's entry point for both worlds. Compiled with
// GOOS=js GOARCH=wasm it is app.wasm and runs the app in the browser;
// compiled natively it is the build tool that generates the static site and
// serves it. Each world's half lives in files built only for it, so app.wasm
// links neither the HTTP server nor the page generator.
package main

func main() {
	start()
}
