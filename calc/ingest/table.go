package ingest

import (
	"runtime"
	"strings"
	"unicode/utf8"

	"nrrlab/calc/lang"
)

// MaxBytes is the largest text ReadTable reads: 64 MiB, above the 40 MB of a
// million-customer CSV.
const MaxBytes = 64 << 20

// Table is delimited text read into rows of cells: a spreadsheet paste
// (tab-separated), or a CSV file with commas or semicolons. A cell is where
// its text is in the table's text, without surrounding spaces, wherever
// quoting allows, so that reading copies the text once and a million rows
// hold no pointer for the collector to follow. Blank rows are dropped; each
// row keeps its line number.
type Table struct {
	// Delimiter is the byte that separated the cells: '\t', ';' or ','.
	Delimiter byte
	// Columns is the width of the table once empty trailing columns are
	// dropped.
	Columns int
	text    string
	// from is where each cell's text starts in text, and size how long it
	// is; a cell whose text is not in text, such as "a ""b""", or is 255
	// bytes or longer, is own[from], its size ownCell. Five bytes a cell: a
	// million customers' three columns took 25 MB as two offsets a cell,
	// 16 MB so.
	from []uint32
	size []uint8
	own  []string // trimmed
	// starts is the index in from of each row's first cell, and the end;
	// nil while every row has width cells, when row r's first is r×width.
	starts []int32
	// lines is the 1-based line number of each row; nil while row r is
	// on line line0+r, one row a line as nearly every file is written.
	lines []int32
	// A million customers' regular rows spared starts and lines 8 MB.
	nrows, width, line0 int
}

// ownCell is the size of a cell in Table.own: one whose text is not in the
// table's text, or whose length does not fit a byte. Texts are shorter
// than 2³² bytes: MaxBytes is 64 MiB, and UTF-16 decoded grows by half at
// most.
const ownCell = 255

// Rows returns the number of rows, header included.
func (t *Table) Rows() int {
	if t.lines != nil {
		return len(t.lines)
	}
	return t.nrows
}

// cells returns the index in from of row r's first cell and the end of
// its cells.
func (t *Table) cells(r int) (int, int) {
	if t.starts == nil {
		return r * t.width, (r + 1) * t.width
	}
	return int(t.starts[r]), int(t.starts[r+1])
}

// Cell returns the text of row r, column c, without surrounding spaces; a
// cell beyond the end of a short row is empty.
func (t *Table) Cell(r, c int) string {
	i, n := r*t.width, t.width
	if t.starts != nil {
		i, n = int(t.starts[r]), int(t.starts[r+1]-t.starts[r])
	}
	if uint(c) >= uint(n) { // c < 0 too
		return ""
	}
	f, size := t.from[i+c], uint32(t.size[i+c])
	if size == ownCell {
		return t.own[f]
	}
	return t.text[f:][:size]
}

// addCell adds the cell text[from:to] without its surrounding spaces.
func (t *Table) addCell(from, to int) {
	if from < to && (maybeSpace(t.text[from]) || maybeSpace(t.text[to-1])) {
		a, b := spaceBounds(t.text[from:to])
		from, to = from+a, from+b
	}
	if to-from >= ownCell {
		t.addOwnTrimmed(t.text[from:to])
		return
	}
	t.from = append(t.from, uint32(from))
	t.size = append(t.size, uint8(to-from))
}

// maybeSpace reports whether c may be, or start, a space that trimSpaces
// trims.
func maybeSpace(c byte) bool { return c == ' ' || c == '\t' || c >= utf8.RuneSelf }

// addOwn adds a cell whose text is not in the table's text.
func (t *Table) addOwn(s string) { t.addOwnTrimmed(trimSpaces(s)) }

// addOwnTrimmed adds a cell in own whose text s is trimmed already.
func (t *Table) addOwnTrimmed(s string) {
	t.from = append(t.from, uint32(len(t.own)))
	t.size = append(t.size, ownCell)
	t.own = append(t.own, s)
}

// Line returns the line of the text that row r started on, counting from 1,
// as the user sees it in their sheet or file.
func (t *Table) Line(r int) int {
	if t.lines == nil {
		return t.line0 + r
	}
	return int(t.lines[r])
}

// addRow adds a row whose cells start at from[start], on line line. Rows
// of the first row's width, one a line, are counted without their starts
// and lines until one is not; then those of the rows so far are written
// out, and every row's from then on.
func (t *Table) addRow(start, line, rows int) {
	r := t.nrows
	t.nrows++
	if r == 0 && t.starts == nil && t.lines == nil {
		t.width, t.line0 = len(t.from)-start, line
		if t.width > 0 {
			return
		}
	}
	if t.starts == nil && (start != r*t.width || len(t.from)-start != t.width) {
		t.starts = make([]int32, r, max(rows, r)+2)
		for k := range t.starts {
			t.starts[k] = int32(k * t.width)
		}
	}
	if t.starts != nil {
		t.starts = append(t.starts, int32(start))
	}
	if t.lines == nil && line != t.line0+r {
		t.lines = make([]int32, r, max(rows, r)+1)
		for k := range t.lines {
			t.lines[k] = int32(t.line0 + k)
		}
	}
	if t.lines != nil {
		t.lines = append(t.lines, int32(line))
	}
}

// ReadTable reads delimited text: tabs, semicolons or commas, whichever
// separates the first lines consistently; quoted fields with delimiters,
// doubled quotes and line breaks inside; a UTF-8 BOM, UTF-16 text as Excel
// saves it, CRLF or CR line ends, blank lines, rows of different lengths and
// empty trailing columns.
//
// The table keeps data as its text, without a copy, unless it had to be
// decoded from UTF-16: data must not change while the table is in use. A
// copy of a million customers' file was a tenth of the time of reading it,
// and 34 MB more at once in WebAssembly's memory, which never shrinks.
func ReadTable(data []byte) (*Table, error) {
	if len(data) > MaxBytes {
		return nil, lang.M(errTooLarge, len(data)>>20, MaxBytes>>20)
	}
	text, err := decodeText(data)
	if err != nil {
		return nil, err
	}
	if strings.TrimFunc(text, func(r rune) bool { return isSpace(r) || r == '\n' || r == '\r' }) == "" {
		return nil, lang.M(errEmpty)
	}
	t := &Table{Delimiter: detectDelimiter(text), text: text}
	// Size the slices once from the line ends of the first 64 KiB and the
	// first row. Counting them all took as long as splitting the text in
	// WebAssembly, which counts a byte at a time.
	// Neither may be more than a quarter of the text's bytes: a first line
	// of 200,000 commas over a million short lines would ask for more
	// memory than there is. Appending grows what is short.
	bound := len(text)/4 + 64
	lines := min(estimateLines(text), bound)
	firstLine, _, _ := strings.Cut(text, "\n")
	width := strings.Count(firstLine, string(t.Delimiter)) + 1
	cells := min(lines*width, bound)
	t.from, t.size = make([]uint32, 0, cells), make([]uint8, 0, cells)
	if err := t.parse(text, lines); err != nil {
		return nil, err
	}
	if t.starts != nil {
		t.starts = append(t.starts, int32(len(t.from)))
	}
	t.trimColumns()
	return t, nil
}

// yield lets the collector's worker run every 64Ki rows. WebAssembly has
// one thread, and a goroutine that reads a table never blocks: a collection
// that the reading's allocations start would stay in its mark phase to the
// end of the reading, with write barriers on every copy of a pointer and
// the heap growing past its goal.
func yield(row int) {
	if row&(1<<16-1) == 0 {
		runtime.Gosched()
	}
}

// estimateLines returns the number of lines of text, counted when it is
// short and estimated from its start, with a margin, when it is long: a
// table's lines are much alike.
func estimateLines(text string) int {
	const sample = 64 << 10
	if len(text) <= sample {
		return strings.Count(text, "\n") + 1
	}
	n := strings.Count(text[:sample], "\n") + 1
	return int(float64(n)*float64(len(text))/sample*1.05) + 16
}

// parse splits text into rows and cells; rows is how many there may be.
func (t *Table) parse(text string, rows int) error {
	d := t.Delimiter
	// stop marks the bytes that end an unquoted field: one look-up a byte
	// instead of three comparisons.
	var stop [256]bool
	stop[d], stop['\n'], stop['\r'] = true, true, true
	line, rowLine := 1, 1
	rowStart := len(t.from)
	blank := true
	i := 0
	endRow := func() {
		if blank {
			t.from, t.size = t.from[:rowStart], t.size[:rowStart]
		} else {
			t.addRow(rowStart, rowLine, rows)
			yield(t.nrows)
		}
		rowStart = len(t.from)
		blank = true
	}
	for {
		// One field from i.
		j := i
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' && d != '\t') {
			j++
		}
		if j < len(text) && text[j] == '"' {
			start := j + 1
			k := start
			escaped := false
			for {
				q := strings.IndexByte(text[k:], '"')
				if q < 0 {
					return lang.M(errOpenQuote, rowLine)
				}
				k += q
				if k+1 < len(text) && text[k+1] == '"' {
					escaped = true
					k += 2
					continue
				}
				break
			}
			field := text[start:k]
			line += strings.Count(field, "\n")
			// Anything after the closing quote up to the delimiter is kept.
			e := k + 1
			for e < len(text) && text[e] != d && text[e] != '\n' && text[e] != '\r' {
				e++
			}
			if rest := strings.TrimSpace(text[k+1 : e]); escaped || rest != "" {
				if escaped {
					field = strings.ReplaceAll(field, `""`, `"`)
				}
				field += rest
				t.addOwn(field)
			} else {
				t.addCell(start, k)
			}
			if blank && strings.TrimSpace(field) != "" {
				blank = false
			}
			i = e
		} else {
			e := i
			for e < len(text) && !stop[text[e]] {
				e++
			}
			t.addCell(i, e)
			if blank && e > i && (text[i] > ' ' && text[i] < utf8.RuneSelf || strings.TrimSpace(text[i:e]) != "") {
				blank = false
			}
			i = e
		}
		if i >= len(text) {
			endRow()
			return nil
		}
		switch text[i] {
		case d:
			i++
			continue
		case '\r':
			i++
			if i < len(text) && text[i] == '\n' {
				i++
			}
		case '\n':
			i++
		}
		endRow()
		line++
		rowLine = line
		if i >= len(text) {
			return nil
		}
	}
}

// trimColumns sets Columns to the widest row once empty trailing cells are
// ignored.
func (t *Table) trimColumns() {
	for r := 0; r < t.Rows(); r++ {
		from, to := t.cells(r)
		for c := to - from - 1; c >= t.Columns; c-- {
			if t.Cell(r, c) != "" {
				t.Columns = c + 1
				break
			}
		}
	}
}
