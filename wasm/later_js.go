//go:build js && wasm

package main

import "github.com/hack-pad/safejs"

// Later calls f from requestIdleCallback (within a second at the latest),
// or from setTimeout where the browser has no idle callbacks: in a task of
// its own, after the one running now.
func (jsBrowser) Later(f func()) {
	var cb safejs.Func
	cb, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		cb.Release()
		f()
		return nil
	})
	if err != nil {
		f()
		return
	}
	if idle, _ := safejs.Global().Get("requestIdleCallback"); idle.Type() == safejs.TypeFunction {
		opts, _ := safejs.ValueOf(map[string]any{"timeout": 1000})
		if _, err := safejs.Global().Call("requestIdleCallback", cb.Value(), opts); err == nil {
			return
		}
	}
	if _, err := safejs.Global().Call("setTimeout", cb.Value(), 0); err != nil {
		cb.Release()
		f()
	}
}
