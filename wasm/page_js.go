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

// shownHTML is what ShowHTML last wrote, by element id: the element and
// its HTML, so that HTML already shown is not parsed again.
var shownHTML = map[string]struct {
	el   safejs.Value
	html string
}{}

// ShowHTML writes html into the element with this id, unless that very
// element already holds it.
func (jsBrowser) ShowHTML(id, html string) bool {
	el, err := safejs.MustGetGlobal("document").Call("getElementById", id)
	if err != nil || !truthy(el) {
		delete(shownHTML, id)
		return false
	}
	if s, ok := shownHTML[id]; ok && s.html == html && s.el.Equal(el) {
		return true
	}
	if el.Set("innerHTML", html) != nil {
		delete(shownHTML, id)
		return false
	}
	// go-app may have given the element another id since: it no longer
	// shows what it showed under that one.
	for other, s := range shownHTML {
		if other != id && s.el.Equal(el) {
			delete(shownHTML, other)
		}
	}
	shownHTML[id] = struct {
		el   safejs.Value
		html string
	}{el, html}
	return true
}
