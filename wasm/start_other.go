//go:build !wasm

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"

	"nrrlab/app"
	"nrrlab/wasm/site"
)

// start runs the build tool.
func start() {
	app.Register()
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "nrrlab:", err)
		os.Exit(2)
	}
}

const usage = `usage:
  nrrlab static [--base /nrrlab/] [--out dist] [--wasm build/app.wasm] [--web web]
  nrrlab serve  [--addr 127.0.0.1:8000] [--base /] [--dir dist]`

func run(args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return errors.New(usage)
	}
	fs := flag.NewFlagSet(args[0], flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	base := fs.String("base", "/", "path the site is served under")
	switch args[0] {
	case "static":
		out := fs.String("out", "dist", "directory to write the site into")
		wasmPath := fs.String("wasm", "build/app.wasm", "the compiled app")
		web := fs.String("web", "web", "directory of static assets")
		if err := fs.Parse(args[1:]); err != nil {
			return fmt.Errorf("%v\n%s", err, usage)
		}
		b, err := site.LoadBuild(*base, *wasmPath, *web)
		if err != nil {
			return err
		}
		if err := b.Generate(*out); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote %s for %s (version %s, app.wasm %d bytes)\n", *out, b.Base, b.Version(), len(b.Wasm))
		return nil
	case "serve":
		addr := fs.String("addr", "127.0.0.1:8000", "address to listen on")
		dir := fs.String("dir", "dist", "generated site to serve")
		if err := fs.Parse(args[1:]); err != nil {
			return fmt.Errorf("%v\n%s", err, usage)
		}
		l, err := net.Listen("tcp", *addr)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "NRR Lab is at http://%s%s (Ctrl-C to stop)\n", l.Addr(), site.NormalizeBase(*base))
		return http.Serve(l, &site.Server{Dir: *dir, Base: *base})
	}
	return errors.New(usage)
}
