// Package markup writes the HTML and SVG fragments NRR Lab inserts whole:
// tables of figures and charts. Writing them as text, rather than as
// components, costs one string comparison per update and keeps the code that
// every visitor downloads small; the data page's engine, which has no DOM,
// writes its results with the same functions.
package markup

import "nrrlab/app/markup/escape"

// Escape makes text safe inside HTML and SVG markup and attributes (see
// escape.HTML): the fragments' writers call it by this name.
func Escape(s string) string { return escape.HTML(s) }
