//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// generate writes the hello world's static site: go-app's own generator with
// a default handler, under a base path, with app.wasm and local icons (the
// default icons live on another host, which a page measured offline cannot
// reach and NRR Lab does not load either).
//
//	hello --base /hello/ --out build/hello-site --wasm build/hello.wasm --icons web
func generate() {
	base := flag.String("base", "/hello/", "path the site is served under")
	out := flag.String("out", "build/hello-site", "directory to write the site into")
	wasm := flag.String("wasm", "build/hello.wasm", "the compiled hello world")
	icons := flag.String("icons", "web", "directory holding icon-192.png and icon-512.png")
	flag.Parse()
	if err := write(*base, *out, *wasm, *icons); err != nil {
		fmt.Fprintln(os.Stderr, "hello:", err)
		os.Exit(2)
	}
}

func write(base, out, wasmPath, icons string) error {
	wasm, err := os.ReadFile(wasmPath)
	if err != nil {
		return err
	}
	var resources app.ResourceResolver = app.LocalDir("")
	if b := strings.Trim(base, "/"); b != "" {
		resources = app.PrefixedLocation("/" + b)
	}
	h := &app.Handler{
		Name:              "Hello",
		Title:             "Hello",
		Icon:              app.Icon{Default: "/web/icon-192.png", Large: "/web/icon-512.png", SVG: "/web/icon.svg"},
		Resources:         resources,
		Version:           strconv.Itoa(len(wasm)),
		WasmContentLength: strconv.Itoa(len(wasm)),
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(out, h); err != nil {
		return err
	}
	files := map[string][]byte{"app.wasm": wasm}
	for _, name := range []string{"icon-192.png", "icon-512.png", "icon.svg"} {
		if files[name], err = os.ReadFile(filepath.Join(icons, name)); err != nil {
			return err
		}
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(out, "web", name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
