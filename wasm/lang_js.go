//go:build js && wasm

package main

import (
	"strings"

	"github.com/hack-pad/safejs"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"nrrlab/app/model"
	"nrrlab/calc/lang"
)

// loadLanguage loads the catalogue of the page's language before the app
// starts (app.wasm carries none: only English, in its code), from the
// address of the page under the base, path: /id/… is Indonesian. It waits
// for the file, which the page's head asked for with a preload and the
// service worker keeps.
func loadLanguage(path string) {
	fetchCatalogue(model.LangOf(path))
}

// loadOtherLanguages loads the other languages' catalogues, for the
// language switch, once the first screen is shown: decoding them is work
// the first screen does not need. It waits for them.
func loadOtherLanguages() {
	for _, l := range lang.All {
		fetchCatalogue(l)
	}
}

// fetchCatalogue loads a language's catalogue, once.
func fetchCatalogue(l lang.Lang) {
	if lang.Loaded(l) {
		return
	}
	url := goapp.Getenv("GOAPP_STATIC_RESOURCES_URL") + "/lang-" + l.Code() + ".json"
	res, err := awaitPromise(safejs.Global(), "fetch", url)
	if err != nil {
		return
	}
	// The browser parses the JSON and joins keys and texts into one string,
	// which Go splits: decoding the JSON in Go took 18 ms, 37 ms the first
	// time (its code is compiled as it first runs), and reading the parsed
	// strings one call at a time about as long.
	obj, err := awaitPromise(res, "json")
	if err != nil {
		return
	}
	if t, ok := catalogue(obj); ok {
		lang.Load(l, t)
	}
}

// allStrings reports whether the n values of obj are all strings, in one
// call: each value's Object.prototype.toString, joined.
func allStrings(object, obj safejs.Value, n int) bool {
	values, err := object.Call("values", obj)
	if err != nil {
		return false
	}
	proto, err := object.Get("prototype")
	if err != nil {
		return false
	}
	toString, err := proto.Get("toString")
	if err != nil {
		return false
	}
	call, err := safejs.Global().Get("Function")
	if err == nil {
		call, err = call.Get("prototype")
	}
	if err == nil {
		call, err = call.Get("call")
	}
	if err != nil {
		return false
	}
	kinds, err := values.Call("map", call, toString)
	if err != nil {
		return false
	}
	joined, err := kinds.Call("join", "")
	if err != nil || joined.Type() != safejs.TypeString {
		return false
	}
	const kind = "[object String]"
	k := str(joined)
	return len(k) == n*len(kind) && strings.Count(k, kind) == n
}

// catalogue reads a parsed catalogue, an object of texts by key; false
// when it is anything else: an array, or a text that is not a string. A
// text that holds a NUL, which joins them, is refused too (none does; the
// pieces would not add up).
func catalogue(obj safejs.Value) (map[lang.Key]string, bool) {
	if obj.Type() != safejs.TypeObject {
		return nil, false
	}
	object, err := safejs.Global().Get("Object")
	if err != nil {
		return nil, false
	}
	array, err := safejs.Global().Get("Array")
	if err != nil {
		return nil, false
	}
	if isArray, err := array.Call("isArray", obj); err != nil || truthy(isArray) {
		return nil, false
	}
	entries, err := object.Call("entries", obj)
	if err != nil {
		return nil, false
	}
	n, err := entries.Length()
	if err != nil {
		return nil, false
	}
	if !allStrings(object, obj, n) {
		return nil, false
	}
	flat, err := entries.Call("flat")
	if err != nil {
		return nil, false
	}
	joined, err := flat.Call("join", "\x00")
	if err != nil || joined.Type() != safejs.TypeString {
		return nil, false
	}
	if n == 0 {
		return map[lang.Key]string{}, true
	}
	parts := strings.Split(str(joined), "\x00")
	if len(parts) != 2*n {
		return nil, false
	}
	t := make(map[lang.Key]string, n)
	for i := 0; i < len(parts); i += 2 {
		t[lang.Key(parts[i])] = parts[i+1]
	}
	return t, true
}

// awaitPromise calls v[method](args...) and waits for its promise. It runs
// on a goroutine of its own, never in a callback from JavaScript.
func awaitPromise(v safejs.Value, method string, args ...any) (safejs.Value, error) {
	p, err := v.Call(method, args...)
	if err != nil {
		return safejs.Value{}, err
	}
	type result struct {
		v  safejs.Value
		ok bool
	}
	done := make(chan result, 1)
	ok, _ := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		r := result{ok: true}
		if len(args) > 0 {
			r.v = args[0]
		}
		done <- r
		return nil
	})
	defer ok.Release()
	fail, _ := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		done <- result{}
		return nil
	})
	defer fail.Release()
	if _, err := p.Call("then", ok.Value(), fail.Value()); err != nil {
		return safejs.Value{}, err
	}
	r := <-done
	if !r.ok {
		return safejs.Value{}, errRejected
	}
	return r.v, nil
}

// errRejected is a promise that was rejected.
var errRejected = jsError("rejected")

type jsError string

func (e jsError) Error() string { return string(e) }
