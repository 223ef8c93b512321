//go:build !wasm

// Package site generates NRR Lab's static website and serves it the way
// GitHub Pages does. It runs natively, at build time and in tests, and is
// never linked into app.wasm: it carries the HTTP server and go-app's page
// renderer, which would add megabytes to every visitor's download.
package site
