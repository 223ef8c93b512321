package app

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
}

// browser is the Browser the app uses; SetBrowser replaces it.
var browser Browser = noBrowser{}

// SetBrowser gives the app the browser it runs in.
func SetBrowser(b Browser) { browser = b }

// noBrowser does nothing: there is no browser when pages are pre-rendered.
type noBrowser struct{}

func (noBrowser) Print() error       { return nil }
func (noBrowser) ApplyUpdate() error { return nil }
