package lang

import (
	"flag"
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// writeKeys writes every sentence the product shows, in English, one per
// line as Go strings, for translators: go test ./calc/lang -run TestCatalogues -keys
var writeKeys = flag.Bool("keys", false, "write testdata/keys.txt, every sentence the code shows")

// usedKeys finds every sentence the module's code shows: each constant of
// type Key, whether written as lang.Key("…"), given to a parameter or field
// of type Key, or declared as one. Type-checking the packages finds them
// all, wherever they are written, with no convention to remember.
// catalogueFile reports whether a file of this package is a catalogue,
// whose keys are translations of the keys the code uses, not uses.
func catalogueFile(name string) bool {
	base := filepath.Base(name)
	return base == "id.go" || base == "ms.go" || base == "load_native.go"
}

func usedKeys(t *testing.T) map[Key][]string {
	t.Helper()
	out, err := exec.Command("go", "list", "-f", "{{.Dir}} {{.ImportPath}}", "nrrlab/app/...", "nrrlab/calc/...").Output()
	if err != nil {
		t.Fatalf("listing the packages: %v", err)
	}
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "source", nil)
	keys := map[Key][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		dir, path, _ := strings.Cut(line, " ")
		names, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		var files []*ast.File
		for _, n := range names {
			if strings.HasSuffix(n, "_test.go") || path == "nrrlab/calc/lang" && catalogueFile(n) {
				continue
			}
			f, err := parser.ParseFile(fset, n, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, f)
		}
		info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
		conf := types.Config{Importer: imp.(types.ImporterFrom), Error: func(error) {}}
		if _, err := conf.Check(path, fset, files, info); err != nil {
			t.Fatalf("type-checking %s: %v", path, err)
		}
		for expr, tv := range info.Types {
			if tv.Value == nil || tv.Value.Kind() != constant.String {
				continue
			}
			named, ok := tv.Type.(*types.Named)
			// A Sentence is a Key that is also an error: it is shown too.
			if !ok || named.Obj().Name() != "Key" && named.Obj().Name() != "Sentence" || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != "nrrlab/calc/lang" {
				continue
			}
			// A constant expression is recorded with its parts: keep the
			// whole only.
			if _, lit := expr.(*ast.BasicLit); !lit {
				if _, id := expr.(*ast.Ident); !id {
					if _, sel := expr.(*ast.SelectorExpr); !sel {
						continue
					}
				}
			}
			k := Key(constant.StringVal(tv.Value))
			if k == "" {
				continue
			}
			pos := fset.Position(expr.Pos())
			keys[k] = append(keys[k], filepath.Base(filepath.Dir(pos.Filename))+"/"+filepath.Base(pos.Filename))
		}
	}
	return keys
}

func TestCatalogues(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks the module")
	}
	keys := usedKeys(t)
	if len(keys) < 300 {
		t.Fatalf("found only %d sentences: is the search broken?", len(keys))
	}
	if *writeKeys {
		list := make([]string, 0, len(keys))
		for k := range keys {
			list = append(list, string(k))
		}
		slices.Sort(list)
		var b strings.Builder
		for _, k := range list {
			b.WriteString(quoteGo(k) + "\n")
		}
		if err := os.WriteFile("testdata/keys.txt", []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, l := range []Lang{Indonesian, Malay} {
		c := compiled[l]
		var missing []string
		for k, where := range keys {
			if c[k] == "" {
				missing = append(missing, quoteGo(string(k))+" ("+where[0]+")")
			}
		}
		slices.Sort(missing)
		if len(missing) > 0 {
			t.Errorf("%s: %d of %d sentences have no translation, such as:\n%s", l.Name(), len(missing), len(keys), strings.Join(missing[:min(len(missing), 20)], "\n"))
		}
		var stale []string
		for k := range c {
			if _, used := keys[k]; !used {
				stale = append(stale, quoteGo(string(k)))
			}
		}
		slices.Sort(stale)
		if len(stale) > 0 {
			t.Errorf("%s: %d translations of sentences the code no longer shows, such as:\n%s", l.Name(), len(stale), strings.Join(stale[:min(len(stale), 20)], "\n"))
		}
	}
}

// verbs returns the formatting verbs of a catalogue entry, in the order its
// arguments are used: "%d", "%s", "%[2]s" as "%s" for argument 2, "%%"
// left out.
func verbs(f string) []string {
	var out []string
	arg := 0
	for i := 0; i < len(f); i++ {
		// A percent sign after a digit is a percentage written in a
		// sentence with no arguments ("40% or more"), which prints as it is.
		if f[i] != '%' {
			continue
		}
		if i+1 < len(f) && f[i+1] == '%' {
			i++
			continue
		}
		if i > 0 && f[i-1] >= '0' && f[i-1] <= '9' {
			continue
		}
		i++
		if i < len(f) && f[i] == '%' {
			continue
		}
		if i < len(f) && f[i] == '[' {
			j := strings.IndexByte(f[i:], ']')
			if j < 0 {
				return append(out, "bad")
			}
			n := 0
			for _, c := range f[i+1 : i+j] {
				n = n*10 + int(c-'0')
			}
			arg = n - 1
			i += j + 1
		}
		for i < len(f) && strings.IndexByte("+-# 0123456789.", f[i]) >= 0 {
			i++
		}
		if i < len(f) {
			out = append(out, strconv.Itoa(arg)+string(f[i]))
			arg++
		}
	}
	slices.Sort(out)
	return out
}

// A translation uses the same arguments as its English, in any order, and
// a plural entry's forms each use them all.
func TestTranslationsKeepTheArguments(t *testing.T) {
	for _, l := range []Lang{Indonesian, Malay} {
		for k, v := range compiled[l] {
			want := verbs(strings.Split(string(k), "|")[0])
			for _, form := range strings.Split(v, "|") {
				if got := verbs(form); !slices.Equal(got, want) {
					t.Errorf("%s: %q uses %v; %q uses %v", l.Name(), form, got, k, want)
				}
			}
		}
	}
}

func TestVerbs(t *testing.T) {
	for f, want := range map[string][]string{
		"%d customers":         {"0d"},
		"%s of %d (100%%)":     {"0s", "1d"},
		"%[2]s dari %[1]d":     {"0d", "1s"},
		"no verbs":             nil,
		"%.1f%% and %q":        {"0f", "1q"},
		"%[2]s then %s and %d": {"1s", "2s", "3d"},
	} {
		if got := verbs(f); !slices.Equal(got, want) {
			t.Errorf("verbs(%q) = %v, want %v", f, got, want)
		}
	}
}

func quoteGo(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}
