//go:build js && wasm

package main

import "github.com/hack-pad/safejs"

// onSettled calls v[method]() and, when the promise it returns resolves,
// then(result); a rejection is caught, so that it never reaches the console
// as an uncaught error. then may be nil. The callbacks are released once the
// promise has settled.
func onSettled(v safejs.Value, method string, then func(safejs.Value)) {
	p, err := v.Call(method)
	if err != nil {
		println("nrrlab:", method+":", err.Error())
		return
	}
	var ok, fail safejs.Func
	release := func() {
		ok.Release()
		fail.Release()
	}
	ok, err = safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		release()
		if then != nil {
			res := safejs.Undefined()
			if len(args) > 0 {
				res = args[0]
			}
			then(res)
		}
		return nil
	})
	if err != nil {
		return
	}
	fail, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		release()
		return nil
	})
	if err != nil {
		ok.Release()
		return
	}
	if _, err := p.Call("then", ok.Value(), fail.Value()); err != nil {
		release()
	}
}

// listen calls f on every event of this type on target, for the page's
// lifetime.
func listen(target safejs.Value, event string, f func()) {
	fn, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		f()
		return nil
	})
	if err != nil {
		return
	}
	if _, err := target.Call("addEventListener", event, fn.Value()); err != nil {
		fn.Release()
	}
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
