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

// trimSpaces trims spaces as isSpace knows them; plain ASCII ends, the
// common case of every table cell, are trimmed without decoding runes.
func trimSpaces(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	if len(s) > 0 && (s[0] >= utf8.RuneSelf || s[len(s)-1] >= utf8.RuneSelf) {
		return strings.TrimFunc(s, isSpace)
	}
	return s
}

func isLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }
