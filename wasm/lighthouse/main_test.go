//go:build !wasm

package main

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

func TestMedian(t *testing.T) {
	tbt := func(m metrics) float64 { return m.tbt }
	for _, c := range []struct {
		scenario string
		runs     []float64
		want     float64
	}{
		{"odd number of runs", []float64{300, 100, 200}, 200},
		{"even number of runs: mean of the middle two", []float64{400, 100, 300, 200}, 250},
		{"no runs", nil, 0},
	} {
		ms := make([]metrics, len(c.runs))
		for i, v := range c.runs {
			ms[i].tbt = v
		}
		if got := median(ms, tbt); got != c.want {
			t.Errorf("%s: median %v, want %v", c.scenario, got, c.want)
		}
	}
}

// TestGzipped serves a file as GitHub Pages does: compressed for a client
// that accepts gzip, whole and plain for one that does not.
func TestGzipped(t *testing.T) {
	dir := t.TempDir()
	body := []byte("(module) compresses well well well well well")
	if err := os.WriteFile(filepath.Join(dir, "app.wasm"), body, 0o644); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(gzipped(http.FileServer(http.Dir(dir))))
	defer srv.Close()
	for _, accept := range []string{"gzip, deflate", ""} {
		req, _ := http.NewRequest("GET", srv.URL+"/app.wasm", nil)
		req.Header.Set("Accept-Encoding", accept)
		res, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		var r io.Reader = res.Body
		gz := res.Header.Get("Content-Encoding") == "gzip"
		if gz != (accept != "") {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q", accept, res.Header.Get("Content-Encoding"))
		}
		if gz {
			if res.Header.Get("Content-Length") == strconv.Itoa(len(body)) {
				t.Errorf("a compressed answer carries the plain Content-Length %s", res.Header.Get("Content-Length"))
			}
			if r, err = gzip.NewReader(res.Body); err != nil {
				t.Fatal(err)
			}
		}
		got, err := io.ReadAll(r)
		res.Body.Close()
		if err != nil || string(got) != string(body) {
			t.Errorf("Accept-Encoding %q: body %q, %v; want %q", accept, got, err, body)
		}
	}
}
