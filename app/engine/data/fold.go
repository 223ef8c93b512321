package data

import (
	"cmp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The customer table sorts and searches names in lower case. A million
// customers' names written again in lower case took 30 MB of the engine's
// memory, so they are compared and searched as if lowered instead.

// compareFolded compares a and b as strings.Compare(strings.ToLower(a),
// strings.ToLower(b)) does. Up to the first byte that differs, or the end
// of the shorter, the two are the same; ASCII letters that differ only in
// case are lowered by a table. Where a character beyond ASCII differs, or
// may end differently, they are compared rune by rune from the character's
// first byte (see compareRunes).
func compareFolded(a, b string) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		ca, cb := a[i], b[i]
		if ca == cb {
			continue
		}
		if ca >= utf8.RuneSelf || cb >= utf8.RuneSelf {
			return compareRunesFrom(a, b, i)
		}
		if la, lb := lowerByte[ca], lowerByte[cb]; la != lb {
			if la < lb {
				return -1
			}
			return 1
		}
	}
	// A character cut off by the shorter's end reads as U+FFFD there, and
	// whole in the longer.
	if len(a) != len(b) && n > 0 && a[n-1] >= utf8.RuneSelf {
		return compareRunesFrom(a, b, n)
	}
	return cmp.Compare(len(a), len(b))
}

// compareRunesFrom compares a and b, the same up to byte i, from the last
// byte at or before i that starts a character in both: a byte that is no
// continuation always starts one, so the characters before it are the same
// in both.
func compareRunesFrom(a, b string, i int) int {
	for i > 0 && !(i < len(a) && i < len(b) && utf8.RuneStart(a[i]) && utf8.RuneStart(b[i])) {
		i--
	}
	return compareRunes(a[i:], b[i:])
}

// compareRunes compares a and b rune by rune in lower case. UTF-8 keeps the
// order of code points, so comparing the lowered runes gives the order of
// their bytes; bytes that are not UTF-8 compare as U+FFFD, which ToLower
// writes for them.
func compareRunes(a, b string) int {
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
	if !isASCII(term) {
		return strings.Contains(strings.ToLower(s), term)
	}
	first := term[0]
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
