// Package markup writes the HTML and SVG fragments NRR Lab inserts whole:
// tables of figures and charts. Writing them as text, rather than as
// components, costs one string comparison per update and keeps the code that
// every visitor downloads small; the data page's engine, which has no DOM,
// writes its results with the same functions.
package markup

import "strings"

// Escape makes text safe inside HTML and SVG markup and attributes. It is
// written here rather than taken from package html, whose entity table, or
// strings.Replacer, would add kilobytes to every visitor's download.
func Escape(s string) string {
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
