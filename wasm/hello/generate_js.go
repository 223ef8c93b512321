//go:build js && wasm

package main

// generate is never reached in the browser: RunWhenOnBrowser does not return.
func generate() {}
