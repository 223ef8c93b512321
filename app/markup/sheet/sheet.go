// Package sheet writes tables for spreadsheets: CSV files to download and
// tab-separated text to paste. The app in the browser exports the tables it
// shows with it, and the data page's engine its customer table; it is a
// package of its own so that app.wasm carries it without the rest of markup
// and the benchmark tables markup draws from.
package sheet

import (
	"strings"

	"nrrlab/calc/lang"
)

// Sheet writes a table for a spreadsheet, row by row: as a CSV file or as
// tab-separated text to paste. Text cells are written as shown; figures as
// plain numbers (see lang's Plain), so that a spreadsheet reads them as
// numbers and a column total adds every one of them, where "−$1.2M" or
// "Rp 1.200.000" would be read as text and silently left out.
//
// A CSV file follows RFC 4180: fields separated by commas, quoted when they
// hold a comma, a quote or a line break, lines ended by CRLF, numbers with
// a decimal point whatever the page's language, as programs read them.
// Tab-separated text is for a paste into the user's own spreadsheet, which
// reads it in the user's locale: its numbers carry the decimal mark of the
// page's language (lang's Pasted), and a cell has no tab or line break.
type Sheet struct {
	b     strings.Builder
	tsv   bool
	lang  lang.Lang
	cells int // written in the current row
}

// New starts a sheet of kind "csv", or "tsv" for tab-separated text,
// in the page's language l.
func New(kind string, l lang.Lang) *Sheet {
	return &Sheet{tsv: kind == "tsv", lang: l}
}

// Text writes a text cell. A text that a spreadsheet would take for a
// formula (it begins with =, +, -, @, a tab or a carriage return: a customer
// named "=HYPERLINK(…)" in a client's export) is written after an
// apostrophe, which spreadsheets read as "this is text" and do not show:
// opening an export never runs what a name holds.
func (s *Sheet) Text(t string) {
	s.sep()
	if t != "" && strings.ContainsRune("=+-@\t\r", rune(t[0])) {
		t = "'" + t
	}
	s.write(t)
}

// Figure writes a figure given as a plain number; "" leaves the cell empty.
func (s *Sheet) Figure(plain string) {
	s.sep()
	if s.tsv {
		plain = s.lang.Pasted(plain)
	}
	s.write(plain)
}

// write writes a cell's text, quoted in CSV when it must be, without tabs
// or line breaks in tab-separated text.
func (s *Sheet) write(t string) {
	switch {
	case s.tsv:
		s.b.WriteString(strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return ' '
			}
			return r
		}, t))
	case strings.ContainsAny(t, ",\"\n\r"):
		s.b.WriteString(`"` + strings.ReplaceAll(t, `"`, `""`) + `"`)
	default:
		s.b.WriteString(t)
	}
}

func (s *Sheet) sep() {
	if s.cells > 0 {
		if s.tsv {
			s.b.WriteByte('\t')
		} else {
			s.b.WriteByte(',')
		}
	}
	s.cells++
}

// EndRow ends a row with CRLF, as RFC 4180 has it and as spreadsheets
// write their own copies.
func (s *Sheet) EndRow() {
	s.b.WriteString("\r\n")
	s.cells = 0
}

// String is what was written.
func (s *Sheet) String() string { return s.b.String() }

// CSVFile is the bytes of a CSV file of text: UTF-8 after a byte order
// mark. Excel opens a CSV file without one in the computer's legacy code
// page (Windows-1252 on most), so "Café Nusantara", "€" or "—" would come
// out garbled; with it, Excel, LibreOffice and Google Sheets read UTF-8,
// and most CSV readers skip it (Python's "utf-8-sig", R's readr).
func CSVFile(text string) []byte {
	return []byte("\ufeff" + text)
}
