//go:build js && wasm

package main

import "github.com/hack-pad/safejs"

// ApplyUpdate lets the new version that has been downloaded take over and
// reloads into it (nrrlabApplyUpdate, which the site generator adds to the
// page's app.js with the rest of the update flow).
func (jsBrowser) ApplyUpdate() error {
	_, err := safejs.Global().Call("nrrlabApplyUpdate")
	return err
}
