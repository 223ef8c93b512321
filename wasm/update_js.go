//go:build js && wasm

package main

import (
	"time"

	"github.com/hack-pad/safejs"
)

// The update flow. A new version is installed by the service worker in the
// background and then waits; the page offers to switch, and switches only
// when the user asks (ApplyUpdate), so a page never runs half of one version
// and half of another.
//
// The browser checks for a new worker on its own after a navigation, but
// when it does is up to it (seen here: from 10 s to over a minute, later on a
// busy machine), and go-app listens for the news only once its registration
// promise has settled, so an update found before that was never offered.
// watchUpdates therefore asks for the check itself, and reads the
// registration's state when it starts listening, so no event can be missed.

// recheckAfter is how long a visible page waits between two update checks.
const recheckAfter = 30 * time.Minute

// watchUpdates checks for a new version now and whenever the page becomes
// visible again, and tells the app (through go-app's goappOnUpdate) when one
// is installed and waiting.
func watchUpdates() {
	container, ok := serviceWorkers()
	if !ok {
		return
	}
	onSettled(container, "getRegistration", func(reg safejs.Value) {
		if reg.IsUndefined() || reg.IsNull() {
			return
		}
		if w, err := reg.Get("waiting"); err == nil && truthy(w) {
			updateReady()
		}
		if w, err := reg.Get("installing"); err == nil && truthy(w) {
			track(reg, w)
		}
		listen(reg, "updatefound", func() {
			if w, err := reg.Get("installing"); err == nil && truthy(w) {
				track(reg, w)
			}
		})
		checkForUpdate(reg)
		doc, err := safejs.Global().Get("document")
		if err != nil {
			return
		}
		last := time.Now()
		listen(doc, "visibilitychange", func() {
			if s, _ := doc.Get("visibilityState"); str(s) == "visible" && time.Since(last) > recheckAfter {
				last = time.Now()
				checkForUpdate(reg)
			}
		})
	})
}

// track follows a worker being installed: once installed, it is an update
// when another version is active (on a first visit there is none, and the
// new worker activates at once).
func track(reg, worker safejs.Value) {
	listen(worker, "statechange", func() {
		state, _ := worker.Get("state")
		if str(state) != "installed" {
			return
		}
		active, err := reg.Get("active")
		if err != nil || !truthy(active) || active.Equal(worker) {
			return
		}
		updateReady()
	})
}

// updateReady tells go-app, which marks the update available and calls the
// components' OnAppUpdate; before go-app has started it records the news.
func updateReady() {
	if _, err := safejs.Global().Call("goappOnUpdate"); err != nil {
		println("nrrlab: announcing the update:", err.Error())
	}
}

// checkForUpdate asks the browser to fetch the worker script now. Offline it
// fails, which is fine: the next visible page or load tries again.
func checkForUpdate(reg safejs.Value) {
	onSettled(reg, "update", nil)
}

// ApplyUpdate lets the waiting version take over and reloads into it once it
// is active. With nothing waiting (another tab already switched) it reloads.
func (jsBrowser) ApplyUpdate() error {
	container, ok := serviceWorkers()
	if !ok {
		return reload()
	}
	onSettled(container, "getRegistration", func(reg safejs.Value) {
		var waiting safejs.Value
		if truthy(reg) {
			waiting, _ = reg.Get("waiting")
		}
		if !truthy(waiting) {
			reload()
			return
		}
		listen(waiting, "statechange", func() {
			if s, _ := waiting.Get("state"); str(s) == "activated" {
				reload()
			}
		})
		msg, err := safejs.ValueOf(map[string]any{"nrrlab": "activate"})
		if err == nil {
			_, err = waiting.Call("postMessage", msg)
		}
		if err != nil {
			reload()
		}
	})
	return nil
}

func reload() error {
	loc, err := safejs.Global().Get("location")
	if err == nil {
		_, err = loc.Call("reload")
	}
	return err
}

// serviceWorkers returns navigator.serviceWorker, absent in private modes of
// some browsers and on pages not served over HTTPS or localhost.
func serviceWorkers() (safejs.Value, bool) {
	nav, err := safejs.Global().Get("navigator")
	if err != nil {
		return safejs.Value{}, false
	}
	c, err := nav.Get("serviceWorker")
	if err != nil || !truthy(c) {
		return safejs.Value{}, false
	}
	return c, true
}
