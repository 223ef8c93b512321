//go:build !wasm

package main

import (
	"fmt"
	"os"
)

// serve explains that the engine runs in a browser: the site generator copies
// engine.wasm into the site, and the page starts it in a worker.
func serve() {
	fmt.Fprintln(os.Stderr, "engine: build with GOOS=js GOARCH=wasm; the data page runs it in a web worker")
	os.Exit(2)
}
