package app

import "nrrlab/calc/lang"

// Browser is what the app asks of the browser beyond rendering. The wasm
// entry point supplies one that calls JavaScript; everywhere else (the
// page generator, tests) the app runs with noBrowser.
type Browser interface {
	// Print opens the browser's print dialog for the current page, which
	// the print stylesheet lays out as a report.
	Print() error
	// ApplyUpdate switches to the new version that has been downloaded and
	// waits, and reloads the page into it.
	ApplyUpdate() error
	// Engine sends a request to the data page's engine, which runs in a
	// web worker; file names a file to send with it: "drop" for the file
	// dropped on the page last, "input:<id>" for the file chosen in that
	// file input, "text:<id>" for the text of that textarea, "paste" for
	// the table pasted last (see Listen), "" for none.
	Engine(request []byte, file string) error
	// Listen passes each reply of the engine to reply, the name of each
	// file dropped on the page to drop, and calls paste for each long
	// table pasted into a textarea marked data-table; all nil stop. A long paste is kept out of the textarea: laying out a
	// box of 100,000 lines freezes the page for seconds, and the engine
	// reads the text without it.
	Listen(reply func([]byte), drop func(name string), paste func())
	// Embedded returns the page the generator rendered into the page's
	// HTML (the JSON of an engine page), nil when there is none.
	Embedded() []byte
	// ShowHTML writes html into the element with this id and marks it
	// with key (its data-shown attribute), unless it is marked so already.
	// An empty html is the one the pre-rendered document showed under
	// this id and key: it is moved from there. False when there is no such
	// element (yet), or no such pre-rendered HTML.
	ShowHTML(id, key, html string) bool
	// Focus scrolls to the element with this id and gives it focus (a row
	// of a table, a list that was opened).
	Focus(id string)
	// Languages lists the browser's languages, most preferred first.
	Languages() []string
	// Copy puts text on the clipboard.
	Copy(text string) error
	// Load returns the text the site keeps under key in the browser
	// (localStorage), and false when there is none; an error when the
	// browser refuses storage.
	Load(key string) (string, bool, error)
	// Save keeps text under key; an error when storage is full or refused.
	Save(key, text string) error
	// Remove forgets key.
	Remove(key string)
	// Download saves data as a file.
	Download(name, mime string, data []byte) error
	// Open loads a page of the site afresh.
	Open(url string)
	// Export saves or copies a table or a chart of the page: "csv:<id>"
	// and "tsv:<id>" for a table, "svg:<id>" and "png:<id>" for a chart.
	// A table copied as cells writes its numbers as the page's language
	// l does (see sheet.Sheet).
	Export(what string, l lang.Lang) error
	// Present shows the page full screen with large type; the arrow keys
	// step through pages, Esc leaves.
	Present(pages []string) error
	// Later calls f in a task of its own once the browser is idle, so that
	// work the first screen does not need stays out of the task that starts
	// the app and the page is painted and answers input first.
	Later(f func())
	// Started says the app's first screen is complete and shown: what the
	// document showed until then, the pre-rendered page and the loader,
	// goes.
	Started()
}

// browser is the Browser the app uses; SetBrowser replaces it.
var browser Browser = noBrowser{}

// SetBrowser gives the app the browser it runs in.
func SetBrowser(b Browser) { browser = b }

// noBrowser has no browser: pages are pre-rendered, or tested. It keeps
// what is saved in memory.
type noBrowser struct{}

var memory = map[string]string{}

func (noBrowser) Print() error                              { return nil }
func (noBrowser) ApplyUpdate() error                        { return nil }
func (noBrowser) Engine([]byte, string) error               { return nil }
func (noBrowser) Listen(func([]byte), func(string), func()) {}
func (noBrowser) Embedded() []byte                          { return nil }
func (noBrowser) Focus(string)                              {}
func (noBrowser) ShowHTML(string, string, string) bool      { return false }
func (noBrowser) Languages() []string                       { return nil }
func (noBrowser) Copy(string) error                         { return nil }
func (noBrowser) Load(k string) (string, bool, error) {
	v, ok := memory[k]
	return v, ok, nil
}
func (noBrowser) Save(k, v string) error                { memory[k] = v; return nil }
func (noBrowser) Remove(k string)                       { delete(memory, k) }
func (noBrowser) Download(string, string, []byte) error { return nil }
func (noBrowser) Open(string)                           {}
func (noBrowser) Export(string, lang.Lang) error        { return nil }
func (noBrowser) Present([]string) error                { return nil }
func (noBrowser) Later(f func())                        { f() }
func (noBrowser) Started()                              {}
