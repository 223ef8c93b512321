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
	dropped  safejs.Value
	dropping bool
)

// Engine sends a request to the engine, starting it on first use, with a
// file when file says which: "drop" for the file dropped last, or
// "input:<id>" for the file chosen in that file input; or with the text of
// the textarea "text:<id>", which goes to the worker without a copy through
// app.wasm.
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

// Listen passes the engine's replies, and the names of files dropped on the
// page, to the data page; nil for both when it leaves. A file dropped
// anywhere else is refused rather than opened in place of the app.
func (jsBrowser) Listen(reply func([]byte), drop func(string)) {
	onReply, onDrop = reply, drop
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
	_, _ = doc.Call("addEventListener", "dragover", over.Value())
	_, _ = doc.Call("addEventListener", "drop", drops.Value())
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
