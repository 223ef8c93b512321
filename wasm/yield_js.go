//go:build js && wasm

package main

import "github.com/hack-pad/safejs"

// yieldTask ends the browser's task running now and goes on in a new one,
// so that the browser may paint and answer input in between.
func yieldTask() {
	done := make(chan struct{})
	var cb safejs.Func
	cb, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		close(done)
		return nil
	})
	if err != nil {
		return
	}
	defer cb.Release()
	if _, err := safejs.Global().Call("setTimeout", cb.Value(), 0); err != nil {
		return
	}
	<-done
}
