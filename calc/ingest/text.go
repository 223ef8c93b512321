package ingest

import (
	"strings"
	"unicode/utf8"
)

// isSpace reports whether r is a space that pads a cell: ASCII ones, and
// the no-break, thin, narrow and figure spaces of web pages and PDFs.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\u00a0', '\u2009', '\u202f', '\u2007':
		return true
	}
	return false
}

// trimSpaces trims spaces as isSpace knows them.
func trimSpaces(s string) string {
	a, b := spaceBounds(s)
	return s[a:b]
}

// spaceBounds returns where s is once trimSpaces has trimmed it: plain
// ASCII ends, the common case of every table cell, are trimmed without
// decoding runes.
func spaceBounds(s string) (a, b int) {
	a, b = 0, len(s)
	for a < b && (s[a] == ' ' || s[a] == '\t') {
		a++
	}
	for b > a && (s[b-1] == ' ' || s[b-1] == '\t') {
		b--
	}
	if a < b && (s[a] >= utf8.RuneSelf || s[b-1] >= utf8.RuneSelf) {
		left := strings.TrimLeftFunc(s[a:b], isSpace)
		a = b - len(left)
		b = a + len(strings.TrimRightFunc(left, isSpace))
	}
	return a, b
}

func isLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }
