//go:build js && wasm

package main

import (
	"encoding/json"

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
	text, err := awaitPromise(res, "text")
	if err != nil {
		return
	}
	var t map[lang.Key]string
	if json.Unmarshal([]byte(str(text)), &t) == nil {
		lang.Load(l, t)
	}
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
