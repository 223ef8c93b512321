//go:build !wasm

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"nrrlab/app"
)

func init() { app.Register() }

func TestRunRefusesWhatItDoesNotKnowWithTheUsage(t *testing.T) {
	for _, args := range [][]string{nil, {"bogus"}, {"static", "--nope"}, {"serve", "--addr"}} {
		err := run(args, &bytes.Buffer{})
		if err == nil || !strings.Contains(err.Error(), "usage:") {
			t.Errorf("run(%q) = %v, want the usage", args, err)
		}
	}
}

func TestRunStaticWritesTheSite(t *testing.T) {
	dir := t.TempDir()
	wasm := filepath.Join(dir, "app.wasm")
	if err := os.WriteFile(wasm, []byte("\x00asm"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "dist")
	var stdout bytes.Buffer
	if err := run([]string{"static", "--base", "/x/", "--out", out, "--wasm", wasm, "--web", "../web"}, &stdout); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout.String(), "wrote "+out+" for /x/") {
		t.Errorf("output %q", stdout.String())
	}
	for name, want := range map[string]string{"index.html": "NRR calculator", "scenarios.html": "What-if scenarios", "benchmarks.html": "Benchmarks",
		"metrics.html": "Operations metrics", "404.html": "Page not found", ".nojekyll": "", "web/app.wasm": "asm", "web/nrrlab.css": "NRR Lab", "web/icon-192.png": "PNG"} {
		data, err := os.ReadFile(filepath.Join(out, name))
		if err != nil || !bytes.Contains(data, []byte(want)) {
			t.Errorf("%s: %v, want it to contain %q", name, err, want)
		}
	}
}
