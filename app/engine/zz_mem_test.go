package engine

import (
	"runtime"
	"testing"

	"nrrlab/app/engine/api"
	"nrrlab/app/model"
)

func TestZZMem(t *testing.T) {
	text := []byte(customersTable(1000000))
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	e := New(nil)
	r := e.Handle(api.Request{ID: 1, Page: "/data", Model: model.Sample(), Event: &api.Event{Kind: api.EventLoad, Value: "paste"}}, &Input{Data: text}, nil)
	runtime.GC()
	runtime.ReadMemStats(&m1)
	t.Logf("text %d MB; live after (engine holds) %d MB; total allocated %d MB; sys %d MB; reply page nil %v", len(text)>>20, (int64(m1.HeapAlloc)-int64(m0.HeapAlloc))>>20, (m1.TotalAlloc-m0.TotalAlloc)>>20, m1.Sys>>20, r.Page == nil)
	runtime.KeepAlive(e)
}
