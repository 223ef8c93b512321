//go:build js && wasm

package main

import (
	"strconv"
	"strings"

	"github.com/hack-pad/safejs"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The data page's engine runs in a web worker (see wasm/engine). It is
// started from a one-line script in a blob, so that it runs under the page's
// Content-Security-Policy: the engine, which reads the user's table, can
// reach the site's own origin and nothing else.
var (
	worker   safejs.Value
	onReply  func([]byte)
	onDrop   func(string)
	onPaste  func()
	dropped  safejs.Value
	pasted   safejs.Value
	dropping bool
)

// longPaste is the length, in characters, from which a paste into the data
// page's table box is kept out of the box (see app.Browser.Listen): a box of
// 64 KB (about 1,500 rows of a customer list) lays out in a few
// milliseconds, one of 4 MB in seconds.
const longPaste = 64 << 10

// Engine sends a request to the engine, starting it on first use, with a
// file when file says which: "drop" for the file dropped last, or
// "input:<id>" for the file chosen in that file input; or with the text of
// the textarea "text:<id>", or of the long table pasted last ("paste"),
// which goes to the worker without a copy through app.wasm.
func (jsBrowser) Engine(req []byte, file string) error {
	if !truthy(worker) {
		if err := startWorker(); err != nil {
			return err
		}
	}
	msg, err := safejs.ValueOf(map[string]any{"json": string(req)})
	if err != nil {
		return err
	}
	var f safejs.Value
	kind, id, _ := strings.Cut(file, ":")
	el, _ := safejs.MustGetGlobal("document").Call("getElementById", id)
	switch {
	case kind == "drop":
		f = dropped
	case kind == "input" && truthy(el):
		if files, err := el.Get("files"); err == nil {
			f, _ = files.Index(0)
		}
	case kind == "text" && truthy(el):
		if text, err := el.Get("value"); err == nil {
			_ = msg.Set("text", text)
		}
	case kind == "paste" && pasted.Type() == safejs.TypeString:
		// (Not truthy: the truthiness of a string is read by copying it
		// into Go, megabytes here.)
		_ = msg.Set("text", pasted)
	}
	if truthy(f) {
		if err := msg.Set("file", f); err != nil {
			return err
		}
	}
	_, err = worker.Call("postMessage", msg)
	return err
}

func startWorker() error {
	loc, err := safejs.Global().Get("location")
	if err != nil {
		return err
	}
	origin, _ := loc.Get("origin")
	base := str(origin) + goapp.Getenv("GOAPP_STATIC_RESOURCES_URL") + "/"
	src := "self.nrrlabBase=" + strconv.Quote(base) + ";importScripts(" + strconv.Quote(base+"engine.js") + ");"
	parts, err := safejs.ValueOf([]any{src})
	if err != nil {
		return err
	}
	opts, _ := safejs.ValueOf(map[string]any{"type": "text/javascript"})
	blob, err := safejs.MustGetGlobal("Blob").New(parts, opts)
	if err != nil {
		return err
	}
	url, err := safejs.MustGetGlobal("URL").Call("createObjectURL", blob)
	if err != nil {
		return err
	}
	if worker, err = safejs.MustGetGlobal("Worker").New(url); err != nil {
		return err
	}
	receive, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		if onReply != nil && len(args) > 0 {
			if data, err := args[0].Get("data"); err == nil {
				onReply([]byte(str(data)))
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return worker.Set("onmessage", receive.Value())
}

// Listen passes the engine's replies, the names of files dropped on the
// page and the long tables pasted into its table box to the data page; nil
// for all when it leaves. A file dropped anywhere else is refused rather
// than opened in place of the app.
func (jsBrowser) Listen(reply func([]byte), drop func(string), paste func()) {
	onReply, onDrop, onPaste = reply, drop, paste
	if dropping {
		return
	}
	dropping = true
	doc := safejs.MustGetGlobal("document")
	over, _ := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		_, _ = args[0].Call("preventDefault")
		return nil
	})
	drops, _ := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		ev := args[0]
		_, _ = ev.Call("preventDefault")
		dt, err := ev.Get("dataTransfer")
		if err != nil || !truthy(dt) {
			return nil
		}
		files, _ := dt.Get("files")
		f, err := files.Index(0)
		if err != nil || !truthy(f) || onDrop == nil {
			return nil
		}
		dropped = f
		name, _ := f.Get("name")
		onDrop(str(name))
		return nil
	})
	pastes, _ := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		takePaste(args[0])
		return nil
	})
	_, _ = doc.Call("addEventListener", "dragover", over.Value())
	_, _ = doc.Call("addEventListener", "drop", drops.Value())
	_, _ = doc.Call("addEventListener", "paste", pastes.Value(), true)
}

// takePaste keeps a long table pasted into a box marked data-table out of
// the box, and passes it on as a paste of its own. It runs in the event's
// callback, since only there can the browser's own insertion be prevented.
func takePaste(ev safejs.Value) {
	if onPaste == nil {
		return
	}
	target, err := ev.Get("target")
	if err != nil || !truthy(target) {
		return
	}
	if box, err := target.Call("closest", "textarea[data-table]"); err != nil || !truthy(box) {
		return
	}
	data, err := ev.Get("clipboardData")
	if err != nil || !truthy(data) {
		return
	}
	text, err := data.Call("getData", "text/plain")
	if err != nil || text.Type() != safejs.TypeString {
		return
	}
	// A string is not an object, whose properties Value.Get reaches: its
	// length is read from its String object, which copies nothing.
	obj, err := safejs.MustGetGlobal("Object").Invoke(text)
	if err != nil {
		return
	}
	length, err := obj.Get("length")
	if err != nil {
		return
	}
	if n, err := length.Int(); err != nil || n < longPaste {
		return
	}
	_, _ = ev.Call("preventDefault")
	_ = target.Set("value", "")
	pasted = text
	onPaste()
}

func truthy(v safejs.Value) bool {
	t, err := v.Truthy()
	return err == nil && t
}

func str(v safejs.Value) string {
	s, err := v.String()
	if err != nil {
		return ""
	}
	return s
}
