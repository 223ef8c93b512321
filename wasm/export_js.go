//go:build js && wasm

package main

import (
	"strings"

	"github.com/hack-pad/safejs"

	"nrrlab/app/markup/sheet"
	"nrrlab/calc/lang"
)

// chartStyle is what the page's stylesheet gives a chart, written into an
// exported SVG so that it looks the same on its own.
const chartStyle = `<style>text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:13px;fill:#1b2330}` +
	`.grid line{stroke:#e2e8f0;stroke-width:1}.tick{fill:#4a5568;font-size:12px}.value{font-weight:700;font-size:14px}.legend{font-size:13px}</style>`

// Export saves or copies a table or a chart of the page: "csv:<id>" and
// "tsv:<id>" a table (as a CSV file, and as tab-separated text on the
// clipboard, which pastes into a spreadsheet as cells), "svg:<id>" and
// "png:<id>" a chart. A table's figures are written as the plain numbers
// its cells carry, in a copy with the decimal mark of the page's language l
// (see sheet.Sheet).
func (b jsBrowser) Export(what string, l lang.Lang) error {
	kind, id, _ := strings.Cut(what, ":")
	el, err := safejs.MustGetGlobal("document").Call("getElementById", id)
	if err != nil || !truthy(el) {
		return errNoElement
	}
	switch kind {
	case "csv", "tsv":
		text, name := tableText(el, kind, l)
		if kind == "tsv" {
			return b.Copy(text)
		}
		return b.Download(name+".csv", "text/csv;charset=utf-8", sheet.CSVFile(text))
	case "svg", "png":
		svg, err := svgText(el)
		if err != nil {
			return err
		}
		if kind == "svg" {
			return b.Download(id+".svg", "image/svg+xml", []byte(svg))
		}
		return pngOf(el, svg, id+".png")
	}
	return errNoElement
}

// tableText writes a table as CSV or tab-separated text, and a file name
// from its caption. A cell with a data-value is a figure; a column header
// with a data-head is named so in exports (see markup.Cell, ExportHead);
// any other cell is written as the text it shows. An empty data-value is a
// figure that is not defined, written as an empty cell.
func tableText(table safejs.Value, kind string, l lang.Lang) (string, string) {
	s := sheet.New(kind, l)
	rows, _ := table.Get("rows")
	n, _ := rows.Length()
	for i := 0; i < n; i++ {
		row, _ := rows.Index(i)
		cells, _ := row.Get("cells")
		m, _ := cells.Length()
		for j := 0; j < m; j++ {
			cell, _ := cells.Index(j)
			if v, _ := cell.Call("getAttribute", "data-head"); truthy(v) {
				s.Text(str(v))
			} else if v, _ := cell.Call("getAttribute", "data-value"); v.Type() == safejs.TypeString {
				s.Figure(str(v))
			} else if t, err := cell.Get("innerText"); err == nil {
				s.Text(strings.TrimSpace(str(t)))
			} else {
				s.Text("")
			}
		}
		s.EndRow()
	}
	name := "table"
	if caption, _ := table.Get("caption"); truthy(caption) {
		if t, err := caption.Get("innerText"); err == nil {
			name = fileName(str(t))
		}
	}
	return s.String(), name
}

// fileName makes a file name of a caption: letters, digits and dashes.
func fileName(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
		if b.Len() > 60 {
			break
		}
	}
	return strings.Trim(b.String(), "-")
}

// svgText is a chart as a standalone SVG file, with the page's styles. It
// is written as XML, not as the page's outerHTML: HTML writes a no-break
// space (after "Rp", "RM") as &nbsp;, an entity XML does not have, so the
// file would not open and the image for the PNG would not load.
func svgText(svg safejs.Value) (string, error) {
	serializer, err := safejs.MustGetGlobal("XMLSerializer").New()
	if err != nil {
		return "", err
	}
	outer, err := serializer.Call("serializeToString", svg)
	if err != nil {
		return "", err
	}
	s := str(outer)
	i := strings.IndexByte(s, '>')
	if i < 0 {
		return "", errNoElement
	}
	return `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + s[:i+1] + chartStyle + s[i+1:], nil
}

// pngOf draws the SVG on a canvas at twice its size, on white, and
// downloads it as a PNG file.
func pngOf(svg safejs.Value, text, name string) error {
	box, err := svg.Call("getBoundingClientRect")
	if err != nil {
		return err
	}
	wv, _ := box.Get("width")
	hv, _ := box.Get("height")
	w, _ := wv.Float()
	h, _ := hv.Float()
	if w <= 0 || h <= 0 {
		w, h = 720, 360
	}
	parts, _ := safejs.ValueOf([]any{text})
	opts, _ := safejs.ValueOf(map[string]any{"type": "image/svg+xml"})
	blob, err := safejs.MustGetGlobal("Blob").New(parts, opts)
	if err != nil {
		return err
	}
	urls := safejs.MustGetGlobal("URL")
	url, err := urls.Call("createObjectURL", blob)
	if err != nil {
		return err
	}
	img, err := safejs.MustGetGlobal("Image").New()
	if err != nil {
		return err
	}
	var loaded safejs.Func
	loaded, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		defer loaded.Release()
		defer urls.Call("revokeObjectURL", url)
		canvas, err := safejs.MustGetGlobal("document").Call("createElement", "canvas")
		if err != nil {
			return nil
		}
		_ = canvas.Set("width", int(w*2))
		_ = canvas.Set("height", int(h*2))
		ctx, err := canvas.Call("getContext", "2d")
		if err != nil {
			return nil
		}
		_ = ctx.Set("fillStyle", "#ffffff")
		_, _ = ctx.Call("fillRect", 0, 0, int(w*2), int(h*2))
		_, _ = ctx.Call("drawImage", img, 0, 0, int(w*2), int(h*2))
		var done safejs.Func
		done, _ = safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
			defer done.Release()
			if len(args) > 0 && truthy(args[0]) {
				_ = clickDownload(args[0], name)
			}
			return nil
		})
		_, _ = canvas.Call("toBlob", done.Value(), "image/png")
		return nil
	})
	if err != nil {
		return err
	}
	_ = img.Set("onload", loaded.Value())
	return img.Set("src", url)
}

// errNoElement is an export of something the page does not show.
var errNoElement = jsError("there is nothing to export")
