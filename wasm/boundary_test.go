package main

import (
	"go/build/constraint"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The boundaries of the layout, checked on every Go file of the module:
// calc/ imports only the standard library (and itself), only wasm/ touches
// JavaScript, and wasm/ does so only in files built for the browser.

type goFile struct {
	path    string // relative to the module root, with slashes
	imports []string
	tags    string // the //go:build expression, if any
}

func moduleFiles(t *testing.T) []goFile {
	t.Helper()
	var files []goFile
	root := ".."
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "build" || name == "dist") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly|parser.ParseComments)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		gf := goFile{path: filepath.ToSlash(rel)}
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			gf.imports = append(gf.imports, p)
		}
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if constraint.IsGoBuild(c.Text) {
					gf.tags = strings.TrimSpace(strings.TrimPrefix(c.Text, "//go:build"))
				}
			}
		}
		files = append(files, gf)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 20 {
		t.Fatalf("found only %d Go files: is the walk rooted at the module?", len(files))
	}
	return files
}

// standard reports whether an import path is in the standard library: its
// first element has no dot.
func standard(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// engineDrivers are the SQL engines' drivers that calc/ test files may
// import, to run generated SQL in a real engine; they never reach app.wasm.
var engineDrivers = []string{"github.com/duckdb/duckdb-go/v2", "github.com/jackc/pgx/v5/stdlib"}

func TestCalcImportsOnlyTheStandardLibrary(t *testing.T) {
	for _, f := range moduleFiles(t) {
		if !strings.HasPrefix(f.path, "calc/") {
			continue
		}
		for _, imp := range f.imports {
			if imp == "nrrlab/calc" || strings.HasPrefix(imp, "nrrlab/calc/") {
				continue
			}
			if strings.HasSuffix(f.path, "_test.go") && slices.Contains(engineDrivers, imp) {
				continue
			}
			if !standard(imp) || strings.HasPrefix(imp, "nrrlab/") || imp == "syscall/js" {
				t.Errorf("%s imports %s: calc/ may use only the standard library", f.path, imp)
			}
		}
	}
}

func TestOnlyWasmTouchesJavaScript(t *testing.T) {
	for _, f := range moduleFiles(t) {
		for _, imp := range f.imports {
			if imp != "syscall/js" && !strings.HasPrefix(imp, "github.com/hack-pad/safejs") {
				continue
			}
			if !strings.HasPrefix(f.path, "wasm/") {
				t.Errorf("%s imports %s: only wasm/ may touch JavaScript", f.path, imp)
			}
			if !strings.Contains(f.tags, "js") || !strings.Contains(f.tags, "wasm") {
				t.Errorf("%s imports %s without a //go:build js && wasm constraint", f.path, imp)
			}
		}
	}
}

func TestTheAppLinksNoServer(t *testing.T) {
	for _, f := range moduleFiles(t) {
		if !strings.HasPrefix(f.path, "app/") || strings.HasSuffix(f.path, "_test.go") {
			continue
		}
		for _, imp := range f.imports {
			if imp == "net/http" || strings.HasPrefix(imp, "nrrlab/wasm") || strings.HasPrefix(imp, "html/template") || strings.HasPrefix(imp, "text/template") {
				t.Errorf("%s imports %s, which would be linked into app.wasm", f.path, imp)
			}
		}
	}
}

// The SQL engines' drivers (cgo) and the engine's readers never reach
// app.wasm, and the drivers never reach engine.wasm either: what each
// browser build links is listed by the go command itself.
func TestTheBrowserBuildsLinkNoDriver(t *testing.T) {
	if testing.Short() {
		t.Skip("lists the browser builds' dependencies")
	}
	for _, pkg := range []string{"nrrlab/wasm", "nrrlab/wasm/engine"} {
		cmd := exec.Command("go", "list", "-deps", pkg)
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("go list %s: %v", pkg, err)
		}
		deps := strings.Fields(string(out))
		if len(deps) < 20 {
			t.Fatalf("%s lists only %d dependencies", pkg, len(deps))
		}
		for _, d := range deps {
			for _, driver := range engineDrivers {
				if strings.HasPrefix(d, strings.TrimSuffix(driver, "/stdlib")) {
					t.Errorf("%s links %s", pkg, d)
				}
			}
			if pkg == "nrrlab/wasm" && (d == "nrrlab/app/engine" || d == "nrrlab/calc/sql" || d == "nrrlab/calc/monthly" ||
				d == "nrrlab/app/markup" || d == "nrrlab/calc/benchmark") {
				// markup and the benchmark tables are the engine's: in
				// app.wasm they cost every visit their download and the
				// building of the tables at start.
				t.Errorf("app.wasm links %s, which belongs to the engine's worker", d)
			}
		}
	}
}
