package figure

import (
	"strings"
	"unicode/utf8"
)

// isASCII reports whether s is plain ASCII, the case where nothing needs
// mapping.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// hidden reports whether r is a character that is invisible on screen and
// has no place in a figure, so that a copy from a web page or a PDF brings
// it along unseen.
func hidden(r rune) bool {
	switch r {
	case '\u00ad', // soft hyphen
		'\u200b', '\u200c', '\u200d', // zero-width space, non-joiner, joiner
		'\u200e', '\u200f', // left-to-right and right-to-left marks
		'\u202a', '\u202b', '\u202c', '\u202d', '\u202e', // embeddings and overrides
		'\u2060',                               // word joiner
		'\u2066', '\u2067', '\u2068', '\u2069', // isolates
		'\ufeff': // byte order mark, zero-width no-break space
		return true
	}
	return false
}

// plainRune maps a rune to the rune the scanner reads: -1 for a hidden one,
// the ASCII twin of a fullwidth form (as East Asian input methods and some
// PDFs type them), and the rune itself otherwise.
func plainRune(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		return r - 0xFF01 + '!'
	case r == '\uffe1':
		return '£'
	case hidden(r):
		return -1
	}
	return r
}

// plain returns s with every rune mapped by plainRune, or s itself when
// none changes, as with most text: it runs on every cell of a table.
// Bytes that are not UTF-8 stay as they were, so that an error quotes them.
func plain(s string) string {
	i := 0
	for i < len(s) {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError && plainRune(r) != r {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch p := plainRune(r); {
		case r == utf8.RuneError:
			b.WriteString(s[i : i+size])
		case p >= 0:
			b.WriteRune(p)
		}
		i += size
	}
	return b.String()
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\u00a0', '\u2009', '\u202f', '\u2007':
		return true
	}
	return false
}

// spaceAt returns the size of the space at s[i], 0 for none: ASCII ones,
// and the no-break, thin, narrow and other spaces that group digits in
// French or Swiss style, or that a web page puts between Rp and the number.
func spaceAt(s string, i int) int {
	switch c := s[i]; {
	case c == ' ' || c == '\t' || c == '\r' || c == '\n':
		return 1
	case c < utf8.RuneSelf:
		return 0
	}
	switch r, size := utf8.DecodeRuneInString(s[i:]); r {
	case '\u00a0', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008',
		'\u2009', '\u200a', '\u202f', '\u205f', '\u3000':
		return size
	}
	return 0
}

// dashAt returns the size of the minus sign or dash at s[i], 0 for none:
// the hyphen, and the minus sign, hyphens and dashes that word processors
// and PDFs put in its place.
func dashAt(s string, i int) int {
	switch c := s[i]; {
	case c == '-':
		return 1
	case c < utf8.RuneSelf:
		return 0
	}
	switch r, size := utf8.DecodeRuneInString(s[i:]); r {
	case '\u2212', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\ufe63':
		return size
	}
	return 0
}

// groupAt returns the size of the character at s[i] that groups digits,
// when it stands between two: a space as spaceAt knows them (but a line
// break or tab), or an apostrophe, straight or typographic.
func groupAt(s string, i int) int {
	size := 0
	switch c := s[i]; {
	case c == ' ' || c == '\'':
		size = 1
	case c == '\t' || c == '\r' || c == '\n':
		return 0
	case strings.HasPrefix(s[i:], "’"):
		size = len("’")
	default:
		size = spaceAt(s, i)
	}
	if size == 0 || i == 0 || !isDigit(s[i-1]) || i+size >= len(s) || !isDigit(s[i+size]) {
		return 0
	}
	return size
}

// isLetter reports whether r is an ASCII letter, as currencies and
// magnitudes are mostly written.
func isLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// isDigit reports whether c is one of the digits 0 to 9, the only digits a
// figure has once fullwidth ones are mapped to them.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isUpper reports whether w is all ASCII capitals, as currency codes are.
func isUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}
