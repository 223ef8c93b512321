//go:build js && wasm

package main

import (
	"errors"

	"github.com/hack-pad/safejs"
)

// store keeps the user's table in IndexedDB: a 100,000-row export is several
// megabytes, more than localStorage takes. One table is kept, under one key.
// When the browser refuses storage (a private window, a full disk), db is
// undefined and the table lives in memory only.
type store struct {
	db  safejs.Value
	err error
}

const (
	dbName    = "nrrlab"
	tableKey  = "table"
	tableKind = "tables"
)

// openStore opens (or creates) the database.
func openStore() *store {
	s := &store{}
	idb, err := safejs.Global().Get("indexedDB")
	if err != nil || !truthy(idb) {
		s.err = errors.New("IndexedDB is not available")
		return s
	}
	req, err := idb.Call("open", dbName, 1)
	if err != nil {
		s.err = err
		return s
	}
	upgrade, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		if db, err := req.Get("result"); err == nil {
			_, _ = db.Call("createObjectStore", tableKind)
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
func (s *store) objects(mode string) (safejs.Value, error) {
	if s.err != nil {
		return safejs.Value{}, s.err
	}
	tx, err := s.db.Call("transaction", tableKind, mode)
	if err != nil {
		return safejs.Value{}, err
	}
	return tx.Call("objectStore", tableKind)
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
