package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The customer table sorts and searches names in lower case. A million
// customers' names written again in lower case took 30 MB of the engine's
// memory, so they are compared and searched as if lowered instead.

// compareFolded compares a and b as strings.Compare(strings.ToLower(a),
// strings.ToLower(b)) does. UTF-8 keeps the order of code points, so
// comparing the lowered runes one by one gives the order of their bytes;
// bytes that are not UTF-8 compare as U+FFFD, which ToLower writes for them.
func compareFolded(a, b string) int {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		ra, rb := rune(a[i]), rune(b[j])
		if ra < utf8.RuneSelf {
			ra, i = lowerASCII(ra), i+1
		} else {
			r, n := utf8.DecodeRuneInString(a[i:])
			ra, i = unicode.ToLower(r), i+n
		}
		if rb < utf8.RuneSelf {
			rb, j = lowerASCII(rb), j+1
		} else {
			r, n := utf8.DecodeRuneInString(b[j:])
			rb, j = unicode.ToLower(r), j+n
		}
		if ra != rb {
			if ra < rb {
				return -1
			}
			return 1
		}
	}
	switch {
	case i < len(a):
		return 1
	case j < len(b):
		return -1
	}
	return 0
}

// containsFolded reports whether strings.ToLower(s) contains term, which is
// in lower case already. A name in ASCII, as nearly all are, is searched in
// one pass over its bytes; a name or a term with other characters is
// lowered first.
func containsFolded(s, term string) bool {
	if len(term) == 0 {
		return true
	}
	first := term[0]
	if first >= utf8.RuneSelf || !isASCII(term) {
		return strings.Contains(strings.ToLower(s), term)
	}
	// A match may begin with the first byte in either case.
	other := first
	if 'a' <= first && first <= 'z' {
		other = first - 'a' + 'A'
	}
	last := len(s) - len(term)
outer:
	for i := 0; i <= last; i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.Contains(strings.ToLower(s), term)
		}
		if c != first && c != other {
			continue
		}
		for k := 1; k < len(term); k++ {
			if lowerByte[s[i+k]] != term[k] {
				continue outer
			}
		}
		return true
	}
	// The bytes no match could start at: lowering another character may
	// make the name shorter, and a match of it possible.
	if !isASCII(s[max(last+1, 0):]) {
		return strings.Contains(strings.ToLower(s), term)
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lowerByte maps each byte to its lower case in ASCII, and every other
// byte to itself.
var lowerByte = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(lowerASCII(rune(i)))
	}
	return t
}()

func lowerASCII(r rune) rune {
	if 'A' <= r && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return r
}
