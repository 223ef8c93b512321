//go:build js && wasm

package main

import (
	"bytes"
	"encoding/json"
	"runtime"
	"strings"

	"github.com/hack-pad/safejs"

	"nrrlab/app/engine"
	"nrrlab/app/engine/api"
	"nrrlab/calc/lang"
)

// message is one message from the page: the request as JSON, and the file
// or the pasted table it carries, if any.
type message struct {
	req  api.Request
	file safejs.Value
	// text is a pasted table, still a JavaScript string: it is copied into
	// Go once the table before it has been let go (see worker.letGo).
	text safejs.Value
}

// serve takes over the worker's messages (those that came while engine.wasm
// was loading wait in nrrlabQueue) and answers them one at a time, in order,
// on one goroutine: callbacks from JavaScript must not block, and a request
// may wait for a file or for storage.
func serve() {
	self := safejs.Global()
	queue := make(chan message, 1024)
	receive, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		if len(args) > 0 {
			queue <- decode(args[0])
		}
		return nil
	})
	if err != nil {
		panic(err)
	}
	if waiting, err := self.Get("nrrlabQueue"); err == nil && truthy(waiting) {
		n, _ := waiting.Length()
		for i := 0; i < n; i++ {
			if ev, err := waiting.Index(i); err == nil {
				queue <- decode(ev)
			}
		}
	}
	if err := self.Set("onmessage", receive.Value()); err != nil {
		panic(err)
	}
	st := openStore()
	w := &worker{engine: engine.New(st), store: st}
	for m := range queue {
		w.handle(m)
	}
}

// decode reads a message event: data.json is the request, data.file the
// file it carries, data.text a pasted table.
func decode(ev safejs.Value) message {
	var m message
	data, err := ev.Get("data")
	if err != nil {
		return m
	}
	if s, err := data.Get("json"); err == nil {
		_ = json.Unmarshal([]byte(str(s)), &m.req)
	}
	m.file, _ = data.Get("file")
	if text, err := data.Get("text"); err == nil && text.Type() == safejs.TypeString {
		m.text = text
	}
	return m
}

// worker answers requests with the engine and keeps the data page's table
// in storage.
type worker struct {
	engine *engine.Engine
	store  *store
	// storageTold says the page has been told once that the browser refused
	// to keep the table.
	storageTold bool
}

func (w *worker) handle(m message) {
	r := m.req
	p := w.printer(r.Model.Lang, r.Model.Currency)
	progress := func(stage string, done float64) {
		post(api.Reply{ID: r.ID, Progress: done, Stage: stage})
	}
	in, err := w.input(m)
	if err != nil {
		post(api.Reply{ID: r.ID, Done: true, Error: p.Text("The table could not be read: %s", err.Error())})
		return
	}
	post(w.engine.Handle(r, in, progress))
	// The table is kept once its results are on their way: storing a
	// table of several megabytes takes a while.
	if r.Page == "/data" && in != nil && in.Data != nil && r.Event != nil {
		if err := w.store.put(in.Name, in.Data); err != nil && !w.storageTold {
			w.storageTold = true
			// A reply to no request, which the page shows whatever it
			// waits for.
			post(api.Reply{Notice: p.Text("This browser does not let NRR Lab keep the table (%s): it stays until you close the page.", err.Error())})
		}
	}
	if r.Page == "/data" && r.Event != nil && r.Event.Target == "forget" {
		w.store.clear()
	}
}

// input returns the table a request brings: its file, its pasted text, the
// built-in sample it names, or, when the data page opens with a table named
// in the working state that the engine does not hold (a reload), the table
// kept in storage.
func (w *worker) input(m message) (*engine.Input, error) {
	r := m.req
	ev := r.Event
	switch {
	case truthy(m.file):
		name, _ := m.file.Get("name")
		buf, err := awaitValue(m.file, "arrayBuffer")
		if err != nil {
			return nil, err
		}
		w.letGo(r)
		data, err := bytesOf(buf)
		return &engine.Input{Name: str(name), Data: data}, err
	case ev != nil && ev.Kind == api.EventLoad && ev.Value == "paste":
		var text []byte
		if m.text.Type() == safejs.TypeString {
			w.letGo(r)
			text = utf8Bytes(m.text)
		}
		return &engine.Input{Data: text}, nil
	case ev != nil && ev.Kind == api.EventClick && strings.HasPrefix(ev.Target, "sample:"):
		name := "sample-" + strings.TrimPrefix(ev.Target, "sample:") + ".csv"
		buf, err := fetchBuffer(name)
		if err != nil {
			return nil, err
		}
		w.letGo(r)
		data, err := bytesOf(buf)
		return &engine.Input{Name: name, Data: data}, err
	case (r.Page == "/data" || r.Page == "/report") && r.Model.DataName != "" && !w.engine.HasTable():
		if name, data, ok := w.store.get(); ok {
			return &engine.Input{Name: name, Data: data}, nil
		}
	}
	return nil, nil
}

// letGo lets the data page's table go when a new one has come and is about
// to be copied into Go: the new one replaces it whether it reads or not (a
// table that cannot be read is shown as such), and storage keeps the old
// one until the new one is stored. Collected first, the old table's memory
// is the new one's: WebAssembly's memory never shrinks, and a million
// customers pasted twice otherwise held both tables (216 MiB instead of
// 134). A table that did not come (a file that cannot be read, a sample
// offline) leaves the old one as it was.
func (w *worker) letGo(r api.Request) {
	if r.Page == "/data" {
		w.engine.DropTable()
		runtime.GC()
	}
}

// utf8Bytes returns a JavaScript string as UTF-8, copied once into Go: a
// pasted table is megabytes long, and reading it as a Go string first
// would copy it twice more.
func utf8Bytes(text safejs.Value) []byte {
	enc, err := safejs.MustGetGlobal("TextEncoder").New()
	if err != nil {
		return []byte(str(text))
	}
	arr, err := enc.Call("encode", text)
	if err != nil {
		return []byte(str(text))
	}
	n, err := arr.Length()
	if err != nil {
		return []byte(str(text))
	}
	b := make([]byte, n)
	if _, err := safejs.CopyBytesToGo(b, arr); err != nil {
		return []byte(str(text))
	}
	return b
}

// printer returns the printer of a language and currency, loading the
// language's catalogue on first use.
func (w *worker) printer(l lang.Lang, c lang.Currency) lang.Printer {
	if !lang.Loaded(l) {
		if data, err := fetchBytes("lang-" + l.Code() + ".json"); err == nil {
			var t map[lang.Key]string
			if json.Unmarshal(data, &t) == nil {
				lang.Load(l, t)
			}
		}
	}
	return lang.Printer{Lang: l, Currency: c}
}

// post sends a reply to the page as JSON text. HTML is not escaped inside
// the JSON: the page reads it as JSON, never as markup.
func post(r api.Reply) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return
	}
	_, _ = safejs.Global().Call("postMessage", b.String())
}
