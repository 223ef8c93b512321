//go:build js && wasm

package main

import "github.com/hack-pad/safejs"

// embedded is the page the generator rendered, read before go-app mounts
// and replaces the pre-rendered body.
var embedded []byte

// readEmbedded keeps the JSON the generator put in the page, if any.
func readEmbedded() {
	doc := safejs.MustGetGlobal("document")
	el, err := doc.Call("getElementById", "nrrlab-page")
	if err != nil || !truthy(el) {
		return
	}
	text, _ := el.Get("textContent")
	embedded = []byte(str(text))
}

func (jsBrowser) Embedded() []byte { return embedded }

// Focus scrolls to an element and focuses it; an element that is not
// focusable by nature (a row, a section) is made focusable first.
func (jsBrowser) Focus(id string) {
	el, err := safejs.MustGetGlobal("document").Call("getElementById", id)
	if err != nil || !truthy(el) {
		return
	}
	if t, _ := el.Get("tabIndex"); t.Type() == safejs.TypeNumber {
		if n, _ := t.Int(); n < 0 {
			_, _ = el.Call("setAttribute", "tabindex", "-1")
		}
	}
	_, _ = el.Call("scrollIntoView", map[string]any{"block": "center"})
	_, _ = el.Call("focus", map[string]any{"preventScroll": true})
}

// Languages returns navigator.languages.
func (jsBrowser) Languages() []string {
	nav, err := safejs.Global().Get("navigator")
	if err != nil {
		return nil
	}
	list, err := nav.Get("languages")
	if err != nil {
		return nil
	}
	n, _ := list.Length()
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		if v, err := list.Index(i); err == nil {
			out = append(out, str(v))
		}
	}
	return out
}

// Copy writes text to the clipboard. The browser allows it in answer to a
// click; the promise's outcome is not waited for.
func (jsBrowser) Copy(text string) error {
	nav, err := safejs.Global().Get("navigator")
	if err != nil {
		return err
	}
	clip, err := nav.Get("clipboard")
	if err != nil || !truthy(clip) {
		return errNoClipboard
	}
	_, err = clip.Call("writeText", text)
	return err
}

// errNoClipboard is a browser without a clipboard for pages (an insecure
// context).
var errNoClipboard = jsError("this browser gives the page no clipboard")

// prerendered are the elements of the pre-rendered document that show
// blocks' HTML, by id, kept as go-app replaces the document's body, so that
// their HTML is moved into go-app's elements rather than parsed again (see
// ShowHTML).
var prerendered = map[string]safejs.Value{}

// prerenderedRoot is the pre-rendered page, shown until the app's first
// screen is (see Started).
var prerenderedRoot safejs.Value

// keepPrerendered keeps the pre-rendered document's elements of HTML, until
// the first screen is up: those not taken by then are let go, and the
// document's old body with them. Where the page carries its engine page,
// which the shell mounts in steps behind it, it stays on screen until then:
// go-app mounts the app in place of the body's first element, which is now
// an empty one before it.
func keepPrerendered() {
	doc := safejs.MustGetGlobal("document")
	if len(embedded) > 0 {
		body, _ := doc.Get("body")
		root, err := body.Get("firstElementChild")
		if err == nil && truthy(root) {
			if holder, err := doc.Call("createElement", "div"); err == nil {
				if _, err := body.Call("prepend", holder); err == nil {
					prerenderedRoot = root
					quiet(root)
				}
			}
		}
	}
	list, err := doc.Call("querySelectorAll", ".html[data-shown]")
	if err != nil {
		return
	}
	n, _ := list.Length()
	for i := 0; i < n; i++ {
		if el, err := list.Index(i); err == nil {
			id, _ := el.Get("id")
			prerendered[str(id)] = el
		}
	}
}

func (jsBrowser) ShowHTML(id, key, html string) bool {
	el, err := safejs.MustGetGlobal("document").Call("getElementById", id)
	if err != nil || !truthy(el) {
		return false
	}
	if shown, _ := el.Call("getAttribute", "data-shown"); shown.Type() == safejs.TypeString && str(shown) == key {
		return true
	}
	from, kept := prerendered[id]
	delete(prerendered, id)
	if html == "" {
		if !kept {
			return false
		}
		if k, _ := from.Call("getAttribute", "data-shown"); k.Type() != safejs.TypeString || str(k) != key {
			return false
		}
		if el.Set("textContent", "") != nil {
			return false
		}
		for {
			child, err := from.Get("firstChild")
			if err != nil || !truthy(child) {
				break
			}
			if _, err := el.Call("appendChild", child); err != nil {
				return false
			}
		}
	} else if el.Set("innerHTML", html) != nil {
		return false
	}
	_, err = el.Call("setAttribute", "data-shown", key)
	return err == nil
}

// unquiet releases the pre-rendered page's click handler (see quiet), once
// the page is gone; nil when there is none.
var unquiet func()

// quiet keeps the pre-rendered page, while the app mounts its own behind it,
// the plain page it was: its links load their page, which go-app would now
// open inside the app, still hidden; its labels do nothing, where they would
// now act on the app's fields with the same id, unseen; and its radio
// buttons keep their choice, which the app's, in the same group by name,
// would take from them.
func quiet(root safejs.Value) {
	if radios, err := root.Call("querySelectorAll", "input[type=radio][name]"); err == nil {
		n, _ := radios.Length()
		for i := 0; i < n; i++ {
			if r, err := radios.Index(i); err == nil {
				_, _ = r.Call("removeAttribute", "name")
			}
		}
	}
	f, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		if len(args) == 0 {
			return nil
		}
		ev := args[0]
		_, _ = ev.Call("stopPropagation")
		if target, err := ev.Get("target"); err == nil && truthy(target) {
			if label, err := target.Call("closest", "label"); err == nil && truthy(label) {
				_, _ = ev.Call("preventDefault")
			}
		}
		return nil
	})
	if err != nil {
		return
	}
	if _, err := root.Call("addEventListener", "click", f.Value(), true); err == nil {
		unquiet = f.Release
	} else {
		f.Release()
	}
}

// loader is go-app's loader, kept on screen until the app's first screen is
// (see keepLoader).
var loader safejs.Value

// keepLoader keeps go-app's loader on screen until the first screen is up.
// go-app removes it as soon as app.wasm first gives the browser its turn,
// which is now before the app has mounted anything: a copy takes its place.
func keepLoader() {
	doc := safejs.MustGetGlobal("document")
	el, err := doc.Call("getElementById", "app-wasm-loader")
	if err != nil || !truthy(el) {
		return
	}
	clone, err := el.Call("cloneNode", true)
	if err != nil {
		return
	}
	if _, err := el.Call("after", clone); err == nil {
		loader = clone
	}
}

// Started lets the pre-rendered page and the loader go: the app's first
// screen is complete and shown, in the same task.
func (jsBrowser) Started() {
	for _, el := range []safejs.Value{prerenderedRoot, loader} {
		if truthy(el) {
			_, _ = el.Call("remove")
		}
	}
	prerenderedRoot, loader = safejs.Null(), safejs.Null()
	if unquiet != nil {
		unquiet()
		unquiet = nil
	}
	clear(prerendered)
	embedded = nil
	go func() {
		loadOtherLanguages()
		registerWorker()
	}()
}

// registerWorker registers the service worker, which the site generator
// left to the app (see site's registerWorkerLater), with go-app's function.
func registerWorker() {
	if f, err := safejs.Global().Get("goappInitServiceWorker"); err == nil && f.Type() == safejs.TypeFunction {
		_, _ = f.Invoke()
	}
}
