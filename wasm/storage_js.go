//go:build js && wasm

package main

import "github.com/hack-pad/safejs"

// localStorage returns window.localStorage; reading the property itself
// throws when the browser disables storage for the site.
func localStorage() (safejs.Value, error) {
	return safejs.Global().Get("localStorage")
}

// Load returns the text kept under key, and false when there is none.
func (jsBrowser) Load(key string) (string, bool, error) {
	ls, err := localStorage()
	if err != nil {
		return "", false, err
	}
	v, err := ls.Call("getItem", key)
	if err != nil || v.IsNull() {
		return "", false, err
	}
	return str(v), true, nil
}

// Save keeps text under key; a full or disabled storage is an error.
func (jsBrowser) Save(key, text string) error {
	ls, err := localStorage()
	if err != nil {
		return err
	}
	_, err = ls.Call("setItem", key, text)
	return err
}

// Remove forgets key.
func (jsBrowser) Remove(key string) {
	if ls, err := localStorage(); err == nil {
		_, _ = ls.Call("removeItem", key)
	}
}

// Download saves data as a file named name, through an object URL that is
// revoked once the download has started.
func (jsBrowser) Download(name, mime string, data []byte) error {
	u8, err := safejs.MustGetGlobal("Uint8Array").New(len(data))
	if err != nil {
		return err
	}
	if _, err := safejs.CopyBytesToJS(u8, data); err != nil {
		return err
	}
	// The parts go to New as Go values, which unwraps the safejs.Value in
	// them; safejs.ValueOf does not, and fails on it.
	blob, err := safejs.MustGetGlobal("Blob").New([]any{u8}, map[string]any{"type": mime})
	if err != nil {
		return err
	}
	return clickDownload(blob, name)
}

// clickDownload downloads a blob as a file named name.
func clickDownload(blob safejs.Value, name string) error {
	urls := safejs.MustGetGlobal("URL")
	url, err := urls.Call("createObjectURL", blob)
	if err != nil {
		return err
	}
	defer urls.Call("revokeObjectURL", url)
	a, err := safejs.MustGetGlobal("document").Call("createElement", "a")
	if err != nil {
		return err
	}
	_ = a.Set("href", url)
	_ = a.Set("download", name)
	_, err = a.Call("click")
	return err
}

// Open loads url in place of the page.
func (jsBrowser) Open(url string) {
	if loc, err := safejs.Global().Get("location"); err == nil {
		_, _ = loc.Call("assign", url)
	}
}
