//go:build !wasm

package site

import (
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

func init() {
	// Not in every system's MIME table; the manifest must carry its type.
	_ = mime.AddExtensionType(".webmanifest", "application/manifest+json")
	_ = mime.AddExtensionType(".wasm", "application/wasm")
}

// Server serves a generated site from Dir under Base the way GitHub Pages
// does: /base redirects to /base/, /base/page serves page.html, and anything
// else is 404.html with status 404.
type Server struct {
	Dir  string
	Base string
	// NoStore sends Cache-Control: no-store, so that a browser test sees
	// exactly what the service worker cached and nothing from the HTTP
	// cache.
	NoStore bool
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if s.NoStore {
		w.Header().Set("Cache-Control", "no-store")
	}
	base := NormalizeBase(s.Base)
	if r.URL.Path+"/" == base {
		http.Redirect(w, r, base, http.StatusMovedPermanently)
		return
	}
	rel, ok := strings.CutPrefix(r.URL.Path, base)
	if !ok || (r.Method != http.MethodGet && r.Method != http.MethodHead) {
		s.notFound(w, r)
		return
	}
	rel = path.Clean("/" + rel)
	switch {
	case rel == "/":
		rel = "/index.html"
	case path.Ext(rel) == "":
		rel += ".html"
	}
	name := filepath.Join(s.Dir, filepath.FromSlash(rel))
	if fi, err := os.Stat(name); err != nil || fi.IsDir() {
		s.notFound(w, r)
		return
	}
	http.ServeFile(w, r, name)
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	data, err := os.ReadFile(filepath.Join(s.Dir, "404.html"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	w.Write(data)
}
