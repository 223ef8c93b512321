//go:build js && wasm

package main

import (
	"errors"

	"github.com/hack-pad/safejs"
)

// awaitValue calls v[method](args...) and waits for the promise it returns.
// It must run on a goroutine of its own, never in a callback from
// JavaScript.
func awaitValue(v safejs.Value, method string, args ...any) (safejs.Value, error) {
	p, err := v.Call(method, args...)
	if err != nil {
		return safejs.Value{}, err
	}
	type result struct {
		v   safejs.Value
		err error
	}
	done := make(chan result, 1)
	ok, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		r := result{v: safejs.Undefined()}
		if len(args) > 0 {
			r.v = args[0]
		}
		done <- r
		return nil
	})
	if err != nil {
		return safejs.Value{}, err
	}
	defer ok.Release()
	fail, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		msg := "failed"
		if len(args) > 0 {
			if m, err := args[0].Call("toString"); err == nil {
				msg = str(m)
			}
		}
		done <- result{err: errors.New(msg)}
		return nil
	})
	if err != nil {
		return safejs.Value{}, err
	}
	defer fail.Release()
	if _, err := p.Call("then", ok.Value(), fail.Value()); err != nil {
		return safejs.Value{}, err
	}
	r := <-done
	return r.v, r.err
}

// bytesOf copies an ArrayBuffer into Go.
func bytesOf(buf safejs.Value) ([]byte, error) {
	u8, err := safejs.MustGetGlobal("Uint8Array").New(buf)
	if err != nil {
		return nil, err
	}
	n, err := u8.Length()
	if err != nil {
		return nil, err
	}
	data := make([]byte, n)
	_, err = safejs.CopyBytesToGo(data, u8)
	return data, err
}

// fetchBytes fetches a file of the site's web folder (nrrlabBase, which the
// page sets when it starts the worker): the service worker answers from its
// cache offline.
func fetchBytes(name string) ([]byte, error) {
	buf, err := fetchBuffer(name)
	if err != nil {
		return nil, err
	}
	return bytesOf(buf)
}

// fetchBuffer fetches a file of the site's web folder as an ArrayBuffer,
// still in JavaScript.
func fetchBuffer(name string) (safejs.Value, error) {
	base, _ := safejs.Global().Get("nrrlabBase")
	res, err := awaitValue(safejs.Global(), "fetch", str(base)+name)
	if err != nil {
		return safejs.Value{}, err
	}
	if ok, _ := res.Get("ok"); !truthy(ok) {
		return safejs.Value{}, errors.New(name + " is not available")
	}
	return awaitValue(res, "arrayBuffer")
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
