//go:build js && wasm

package main

import (
	"encoding/json"

	"github.com/hack-pad/safejs"

	"nrrlab/app/engine"
	"nrrlab/app/engine/api"
	"nrrlab/calc/lang"
)

// message is one message from the page: the request as JSON, and the file
// it carries, if any.
type message struct {
	req  api.Request
	file safejs.Value
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
	w := &worker{engine: engine.New(), store: openStore()}
	for m := range queue {
		w.handle(m)
	}
}

// decode reads a message event: data.json is the request, data.file the
// file it carries.
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
		m.req.Text = str(text)
	}
	return m
}

// worker answers requests with the engine and keeps the table in storage.
type worker struct {
	engine *engine.Engine
	store  *store
	// storageTold says the page has been told once that the browser refused
	// to keep the table.
	storageTold bool
}

func (w *worker) handle(m message) {
	r := m.req
	p := w.printer(r.Settings)
	progress := func(stage string, done float64) {
		post(api.Response{ID: r.ID, Progress: done, Stage: stage})
	}
	res := api.Response{ID: r.ID, Done: true}
	switch r.Op {
	case api.OpLoad:
		name, data, err := w.input(m)
		if err != nil {
			res.Error = p.Text("The file could not be read: %s", err.Error())
			break
		}
		res.View = w.engine.Load(name, data, r.Settings, progress)
		if err := w.store.put(name, data); err != nil && !w.storageTold {
			w.storageTold = true
			res.Storage = p.Text("This browser does not let NRR Lab keep the table (%s): it stays until you close the page.", err.Error())
		}
	case api.OpRestore:
		name, data, ok := w.store.get()
		if ok {
			res.View = w.engine.Load(name, data, r.Settings, progress)
		}
	case api.OpConfigure:
		res.View = w.engine.Configure(r.Settings, progress)
	case api.OpForget:
		w.engine.Forget()
		w.store.clear()
	case api.OpCustomers:
		if r.Query != nil {
			res.Rows = w.engine.Customers(*r.Query, r.Settings)
		}
	case api.OpPreview:
		res.HTML = w.engine.Preview(r.Row, r.Settings)
	case api.OpDrill:
		res.HTML = w.engine.Drill(r.Drill, r.Settings)
	}
	post(res)
}

// input returns what a load request reads: its file, its text, or the
// built-in sample it names.
func (w *worker) input(m message) (string, []byte, error) {
	r := m.req
	switch {
	case truthy(m.file):
		name, _ := m.file.Get("name")
		data, err := await(m.file, "arrayBuffer")
		return str(name), data, err
	case r.Text != "":
		return r.Name, []byte(r.Text), nil
	case r.Name != "":
		data, err := fetchBytes("sample-" + r.Name + ".csv")
		return r.Name, data, err
	}
	return "", nil, nil
}

// printer returns the printer of the request's language and currency,
// loading the language's catalogue on first use.
func (w *worker) printer(s api.Settings) lang.Printer {
	l, _ := lang.Parse(s["lang"])
	if !lang.Loaded(l) {
		if data, err := fetchBytes("lang-" + l.Code() + ".json"); err == nil {
			var t map[lang.Key]string
			if json.Unmarshal(data, &t) == nil {
				lang.Load(l, t)
			}
		}
	}
	cur, _ := lang.ParseCurrency(s["currency"])
	return lang.Printer{Lang: l, Currency: cur}
}

// post sends a response to the page as JSON text.
func post(r api.Response) {
	data, err := json.Marshal(r)
	if err != nil {
		return
	}
	_, _ = safejs.Global().Call("postMessage", string(data))
}
