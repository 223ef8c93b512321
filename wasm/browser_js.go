//go:build js && wasm

package main

import "github.com/hack-pad/safejs"

// jsBrowser is the app's Browser in a real browser. safejs turns a
// JavaScript exception into an error rather than a panic.
type jsBrowser struct{}

// Print calls window.print().
func (jsBrowser) Print() error {
	_, err := safejs.Global().Call("print")
	return err
}
