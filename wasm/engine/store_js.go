//go:build js && wasm

package main

import (
	"encoding/json"
	"errors"

	"github.com/hack-pad/safejs"

	"nrrlab/app/engine"
)

// store keeps the data page's table and the saved models in IndexedDB: a
// 100,000-row export is several megabytes, more than localStorage takes.
// One table is kept, under one key; models are kept by name. When the
// browser refuses storage (a private window, a full disk), db is undefined,
// the table lives in memory only and the models in a memory store.
type store struct {
	db     safejs.Value
	err    error
	memory engine.MemoryStore
}

const (
	dbName    = "nrrlab"
	dbVersion = 2
	tableKey  = "table"
	tableKind = "tables"
	modelKind = "models"
)

// openStore opens (or creates) the database.
func openStore() *store {
	s := &store{memory: engine.MemoryStore{}}
	idb, err := safejs.Global().Get("indexedDB")
	if err != nil || !truthy(idb) {
		s.err = errors.New("IndexedDB is not available")
		return s
	}
	req, err := idb.Call("open", dbName, dbVersion)
	if err != nil {
		s.err = err
		return s
	}
	upgrade, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		if db, err := req.Get("result"); err == nil {
			for _, kind := range []string{tableKind, modelKind} {
				if names, err := db.Get("objectStoreNames"); err == nil {
					if has, _ := names.Call("contains", kind); truthy(has) {
						continue
					}
				}
				_, _ = db.Call("createObjectStore", kind)
			}
		}
		return nil
	})
	if err == nil {
		_ = req.Set("onupgradeneeded", upgrade.Value())
		defer upgrade.Release()
	}
	s.db, s.err = wait(req)
	return s
}

// wait waits for an IndexedDB request and returns its result.
func wait(req safejs.Value) (safejs.Value, error) {
	done := make(chan error, 1)
	ok, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any { done <- nil; return nil })
	if err != nil {
		return safejs.Value{}, err
	}
	defer ok.Release()
	fail, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		msg := "refused"
		if e, err := req.Get("error"); err == nil && truthy(e) {
			if m, err := e.Get("message"); err == nil {
				msg = str(m)
			}
		}
		done <- errors.New(msg)
		return nil
	})
	if err != nil {
		return safejs.Value{}, err
	}
	defer fail.Release()
	_ = req.Set("onsuccess", ok.Value())
	_ = req.Set("onerror", fail.Value())
	if err := <-done; err != nil {
		return safejs.Value{}, err
	}
	return req.Get("result")
}

// objects returns the table store in a new transaction.
func (s *store) objects(mode string) (safejs.Value, error) { return s.objectsOf(tableKind, mode) }

// objectsOf returns an object store in a new transaction.
func (s *store) objectsOf(kind, mode string) (safejs.Value, error) {
	if s.err != nil {
		return safejs.Value{}, s.err
	}
	tx, err := s.db.Call("transaction", kind, mode)
	if err != nil {
		return safejs.Value{}, err
	}
	return tx.Call("objectStore", kind)
}

// Models returns every saved model.
func (s *store) Models() ([]engine.SavedModel, error) {
	if s.err != nil {
		return s.memory.Models()
	}
	os, err := s.objectsOf(modelKind, "readonly")
	if err != nil {
		return nil, err
	}
	req, err := os.Call("getAll")
	if err != nil {
		return nil, err
	}
	all, err := wait(req)
	if err != nil {
		return nil, err
	}
	n, _ := all.Length()
	out := make([]engine.SavedModel, 0, n)
	for i := 0; i < n; i++ {
		v, err := all.Index(i)
		if err != nil {
			continue
		}
		var m engine.SavedModel
		if json.Unmarshal([]byte(str(v)), &m) == nil {
			out = append(out, m)
		}
	}
	return out, nil
}

// Put saves a model under its name.
func (s *store) Put(m engine.SavedModel) error {
	if s.err != nil {
		return s.memory.Put(m)
	}
	os, err := s.objectsOf(modelKind, "readwrite")
	if err != nil {
		return err
	}
	data, err := json.Marshal(m)
	if err != nil {
		return err
	}
	req, err := os.Call("put", string(data), m.Name)
	if err != nil {
		return err
	}
	_, err = wait(req)
	return err
}

// Delete forgets a saved model.
func (s *store) Delete(name string) error {
	if s.err != nil {
		return s.memory.Delete(name)
	}
	os, err := s.objectsOf(modelKind, "readwrite")
	if err != nil {
		return err
	}
	req, err := os.Call("delete", name)
	if err != nil {
		return err
	}
	_, err = wait(req)
	return err
}

// put keeps the table's name and bytes.
func (s *store) put(name string, data []byte) error {
	os, err := s.objects("readwrite")
	if err != nil {
		return err
	}
	u8, err := safejs.MustGetGlobal("Uint8Array").New(len(data))
	if err != nil {
		return err
	}
	if _, err := safejs.CopyBytesToJS(u8, data); err != nil {
		return err
	}
	rec, err := safejs.ValueOf(map[string]any{"name": name})
	if err != nil {
		return err
	}
	if err := rec.Set("data", u8); err != nil {
		return err
	}
	req, err := os.Call("put", rec, tableKey)
	if err != nil {
		return err
	}
	_, err = wait(req)
	return err
}

// get returns the table kept, if there is one.
func (s *store) get() (string, []byte, bool) {
	os, err := s.objects("readonly")
	if err != nil {
		return "", nil, false
	}
	req, err := os.Call("get", tableKey)
	if err != nil {
		return "", nil, false
	}
	rec, err := wait(req)
	if err != nil || !truthy(rec) {
		return "", nil, false
	}
	name, _ := rec.Get("name")
	u8, err := rec.Get("data")
	if err != nil {
		return "", nil, false
	}
	n, _ := u8.Length()
	data := make([]byte, n)
	if _, err := safejs.CopyBytesToGo(data, u8); err != nil {
		return "", nil, false
	}
	return str(name), data, true
}

// clear forgets the table.
func (s *store) clear() {
	if os, err := s.objects("readwrite"); err == nil {
		if req, err := os.Call("delete", tableKey); err == nil {
			_, _ = wait(req)
		}
	}
}
