//go:build !wasm

package site

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"nrrlab/app"
	"nrrlab/app/model"
	"nrrlab/calc/lang"
)

// pagePath is a page's path in English: /id/scenarios is /scenarios.
func pagePath(path string) string {
	l := model.LangOf(path)
	if l == lang.English {
		return path
	}
	rest := strings.TrimPrefix(path, "/"+l.Code())
	if rest == "" {
		return "/"
	}
	return rest
}

// localize makes a generated page its language's: <html lang>, the title,
// the description, the manifest, the alternates in the other languages
// (hreflang), and a preload of the language's catalogue, which app.wasm
// reads before it starts.
func (b *Build) localize(page []byte, path string) []byte {
	l := model.LangOf(path)
	p := lang.Printer{Lang: l}
	title := app.Name + " — " + p.Text(app.Tagline)
	description := p.Text(app.Description)
	r := strings.NewReplacer(
		`<html lang="en">`, `<html lang="`+l.Code()+`">`,
		html.EscapeString(app.Name+" — "+string(app.Tagline)), html.EscapeString(title),
		html.EscapeString(string(app.Description)), html.EscapeString(description),
		`href="`+b.Base+`manifest.webmanifest"`, `href="`+b.Base+manifestName(l)+`"`,
	)
	out := r.Replace(string(page))
	out = loaderLabel.ReplaceAllLiteralString(out, loaderIn(p))
	var head strings.Builder
	if path != "/404" {
		english := pagePath(path)
		for _, other := range lang.All {
			head.WriteString(`<link rel="alternate" hreflang="` + other.Code() + `" href="` + b.Base + strings.TrimPrefix(model.PathIn(other, english), "/") + `">`)
		}
	}
	if l != lang.English {
		head.WriteString(`<link rel="preload" href="` + b.Base + `web/lang-` + l.Code() + `.json" as="fetch" crossorigin>`)
	}
	return []byte(strings.Replace(out, "</head>", head.String()+"</head>", 1))
}

// loaderLabel is go-app's label of its loader as it pre-renders it, its
// attributes in any order: the progress, which app.js then updates, and an
// error if app.wasm cannot start.
var loaderLabel = regexp.MustCompile(`<p [^>]*id="app-wasm-loader-label"[^>]*>0%</p>`)

// loaderIn is the loader's label in a page's language: what loads, then
// the progress that app.js writes into the element go-app's label was.
func loaderIn(p lang.Printer) string {
	return `<p class="goapp-label">` + html.EscapeString(p.Text(app.Loading, app.Name)) + ` <span id="app-wasm-loader-label">0%</span></p>`
}

// manifestName is the file of a language's web app manifest.
func manifestName(l lang.Lang) string {
	if l == lang.English {
		return "manifest.webmanifest"
	}
	return "manifest-" + l.Code() + ".webmanifest"
}

// writeManifests writes the web app manifest of each language from the one
// go-app generated: the name and description in the language, the start URL
// its home page, the scope the base, which go-app writes as "/" and without
// which an installed app may not start offline under a sub-path.
func (b *Build) writeManifests(out string) error {
	data, err := os.ReadFile(filepath.Join(out, "manifest.webmanifest"))
	if err != nil {
		return err
	}
	for _, l := range lang.All {
		var m map[string]any
		if err := json.Unmarshal(data, &m); err != nil {
			return fmt.Errorf("reading the generated manifest: %w", err)
		}
		p := lang.Printer{Lang: l}
		m["name"] = app.Name + " — " + p.Text(app.Tagline)
		m["short_name"] = app.Name
		m["description"] = p.Text(app.Description)
		m["lang"] = l.Code()
		m["scope"] = b.Base
		m["start_url"] = b.Base + strings.TrimPrefix(model.PathIn(l, "/"), "/")
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "  ")
		if err := enc.Encode(m); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, manifestName(l)), buf.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}
