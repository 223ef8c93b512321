package ingest

import (
	"bytes"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"nrrlab/calc/lang"
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

// decodeText returns the text of data as UTF-8: a BOM is dropped, UTF-16
// with a BOM is converted, and binary data is refused.
func decodeText(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data[2:], data[0] == 0xFE), nil
	}
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return "", lang.M(errBinary)
	}
	if !utf8.Valid(head) {
		// A cut in the middle of a character at the end of head is fine.
		bad := 0
		for i := 0; i < len(head); {
			r, size := utf8.DecodeRune(head[i:])
			if r == utf8.RuneError && size == 1 && len(head)-i > 3 {
				bad++
			}
			i += size
		}
		if bad*20 > len(head) {
			return "", lang.M(errBinary)
		}
	}
	return unsafe.String(unsafe.SliceData(data), len(data)), nil
}

func decodeUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return string(utf16.Decode(u))
}

// detectDelimiter picks the delimiter that splits the first lines most
// consistently: a tab (spreadsheet pastes), then a semicolon (CSV where the
// comma marks decimals), then a comma.
func detectDelimiter(text string) byte {
	best, bestScore := byte(','), -1
	for _, d := range []byte{'\t', ';', ','} {
		counts := map[int]int{}
		lines := 0
		for rest := text; rest != "" && lines < 20; {
			var line string
			line, rest, _ = strings.Cut(rest, "\n")
			if strings.TrimSpace(line) == "" {
				continue
			}
			counts[countOutsideQuotes(line, d)]++
			lines++
		}
		// The score: how many lines share the most common non-zero count.
		score := 0
		for n, c := range counts {
			if n > 0 && c > score {
				score = c
			}
		}
		if score > bestScore {
			best, bestScore = d, score
		}
	}
	return best
}

func countOutsideQuotes(line string, d byte) int {
	n, quoted := 0, false
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '"':
			quoted = !quoted
		case d:
			if !quoted {
				n++
			}
		}
	}
	return n
}
