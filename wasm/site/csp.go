//go:build !wasm

package site

import (
	"bytes"
	"fmt"
)

// ContentSecurityPolicy is the policy every generated page carries, as a
// <meta http-equiv> first in its <head>, since GitHub Pages sets no headers.
// It turns "no figure leaves your device" into something the browser
// enforces: scripts, styles, images, fonts, workers and every connection
// (fetch, XHR, WebSocket, beacons) may reach only the site's own origin. The
// only exceptions are what go-app and WebAssembly need: compiling app.wasm
// ('wasm-unsafe-eval', which allows no JavaScript eval) and data: and blob:
// images, which never leave the page, and the data engine's worker, started
// from a blob so that it runs under this same policy. There is no inline
// script to allow, and no 'unsafe-inline' for scripts or styles.
//
// A meta policy cannot carry frame-ancestors, report-uri or sandbox: those
// need headers, which the host does not send.
const ContentSecurityPolicy = "default-src 'self'; " +
	"script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; " +
	"img-src 'self' data: blob:; " +
	"font-src 'self'; " +
	"connect-src 'self'; " +
	"worker-src 'self' blob:; " +
	"manifest-src 'self'; " +
	"object-src 'none'; " +
	"base-uri 'self'; " +
	"form-action 'none'"

// withPolicy returns an HTML page with the policy's <meta> placed first in
// its <head>, so that it governs everything the page loads.
func withPolicy(page []byte) ([]byte, error) {
	head := []byte("<head>")
	i := bytes.Index(page, head)
	if i < 0 {
		return nil, fmt.Errorf("the page has no <head> to put its security policy in")
	}
	i += len(head)
	meta := `<meta http-equiv="Content-Security-Policy" content="` + ContentSecurityPolicy + `">`
	out := make([]byte, 0, len(page)+len(meta))
	out = append(out, page[:i]...)
	out = append(out, meta...)
	return append(out, page[i:]...), nil
}
