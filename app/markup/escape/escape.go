// Package escape makes text safe in the HTML the app and its engine write.
// It is a package of its own so that app.wasm carries it without the rest
// of markup and the benchmark tables markup draws from.
package escape

import "strings"

// HTML makes text safe inside HTML and SVG markup and attributes. It is
// written here rather than taken from package html, whose entity table, or
// strings.Replacer, would add kilobytes to every visitor's download.
func HTML(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		var e string
		switch s[i] {
		case '&':
			e = "&amp;"
		case '<':
			e = "&lt;"
		case '>':
			e = "&gt;"
		case '"':
			e = "&#34;"
		case '\'':
			e = "&#39;"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(e)
		last = i + 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
