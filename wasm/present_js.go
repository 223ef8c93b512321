//go:build js && wasm

package main

import "github.com/hack-pad/safejs"

// Presentation mode: the page full screen, with the large type and the
// figures that matter (the stylesheet's html.presenting rules), the arrow
// keys stepping through pages (by go-app's navigation, with no reload), Esc
// leaving it (the browser's own exit from full screen, which the page
// follows).
var presenting struct {
	pages     []string
	listening bool
}

// Present enters presentation mode; pages are the addresses the arrow keys
// step through, in order.
func (jsBrowser) Present(pages []string) error {
	presenting.pages = pages
	doc := safejs.MustGetGlobal("document")
	root, err := doc.Get("documentElement")
	if err != nil {
		return err
	}
	if !presenting.listening {
		presenting.listening = true
		keys, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
			step(args[0])
			return nil
		})
		if err == nil {
			_, _ = doc.Call("addEventListener", "keydown", keys.Value())
		}
		change, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
			if fs, _ := doc.Get("fullscreenElement"); !truthy(fs) {
				setPresenting(root, false)
			}
			return nil
		})
		if err == nil {
			_, _ = doc.Call("addEventListener", "fullscreenchange", change.Value())
		}
	}
	setPresenting(root, true)
	// The Present button is at the foot of the page: start from the top,
	// where the headline figures are, not where the button was.
	_, _ = safejs.Global().Call("scrollTo", 0, 0)
	if _, err := root.Call("requestFullscreen"); err != nil {
		// Some browsers refuse full screen (an iframe, a setting): the
		// large type still helps on a projector.
		return nil
	}
	return nil
}

func setPresenting(root safejs.Value, on bool) {
	if list, err := root.Get("classList"); err == nil {
		_, _ = list.Call("toggle", "presenting", on)
	}
}

// step moves to the next or the previous page on an arrow key, while
// presenting; Esc leaves presentation mode when full screen was refused.
func step(ev safejs.Value) {
	root, _ := safejs.MustGetGlobal("document").Get("documentElement")
	list, _ := root.Get("classList")
	if on, _ := list.Call("contains", "presenting"); !truthy(on) {
		return
	}
	key, _ := ev.Get("key")
	dir := 0
	switch str(key) {
	case "ArrowRight", "ArrowDown", "PageDown", " ":
		dir = 1
	case "ArrowLeft", "ArrowUp", "PageUp":
		dir = -1
	case "Escape":
		setPresenting(root, false)
		return
	default:
		return
	}
	loc, _ := safejs.Global().Get("location")
	path, _ := loc.Get("pathname")
	current := str(path)
	n := len(presenting.pages)
	if n == 0 {
		return
	}
	i := 0
	for k, p := range presenting.pages {
		if p == current || p+"/" == current || p == current+"/" {
			i = k
		}
	}
	_, _ = ev.Call("preventDefault")
	_, _ = safejs.Global().Call("goappNav", presenting.pages[(i+dir+n)%n])
}
